// SPDX-License-Identifier: Apache-2.0
#include "SubnetSource.h"

#include "json/JsonFile.h"
#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "SubnetSource", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SubnetSource)
};

const QString AnyAccount = QStringLiteral("*");

} // namespace

SubnetSource SubnetSource::offline()
{
    return SubnetSource();
}

Result<SubnetSource> SubnetSource::fromJson(const QJsonValue &value, const QString &origin)
{
    SubnetSource source;
    source.m_offline = false;
    auto fail = [&](const KeyPath &path, const QString &message) {
        Error e;
        e.file = origin;
        e.keyPath = JsonPath::toString(path);
        e.message = message;
        return e;
    };
    if (value.isArray()) {
        const QJsonArray subnets = value.toArray();
        for (int i = 0; i < subnets.size(); ++i) {
            const QJsonObject subnet = subnets.at(i).toObject();
            const QString account = subnet.value(QStringLiteral("account")).toString();
            const QString region = subnet.value(QStringLiteral("region")).toString();
            const QString zone = subnet.value(QStringLiteral("availabilityZone")).toString();
            if (account.isEmpty() || region.isEmpty() || zone.isEmpty()) {
                return fail({QString::number(i)},
                            Tr::tr("Expected a subnet with \"account\", \"region\" and \"availabilityZone\" "
                                   "(the shape of Gate's /subnets/aws answer)."));
            }
            if (subnet.value(QStringLiteral("target")).toString() != QLatin1String("ec2"))
                continue;
            QStringList &zones = source.m_zones[account][region];
            if (!zones.contains(zone))
                zones << zone;
        }
        return source;
    }
    if (!value.isObject())
        return fail({}, Tr::tr("Expected Gate's /subnets/aws answer (a list) or {account: {region: [zone, …]}}."));
    const QJsonObject accounts = value.toObject();
    for (auto account = accounts.begin(); account != accounts.end(); ++account) {
        if (!account.value().isObject())
            return fail({account.key()}, Tr::tr("Expected {region: [zone, …]} for account \"%1\".").arg(account.key()));
        const QJsonObject regions = account.value().toObject();
        for (auto region = regions.begin(); region != regions.end(); ++region) {
            QStringList zones;
            for (const QJsonValue &zone : region.value().toArray()) {
                if (!zone.isString() || zone.toString().isEmpty())
                    return fail({account.key(), region.key()}, Tr::tr("Expected a list of availability zone names."));
                zones << zone.toString();
            }
            if (!region.value().isArray())
                return fail({account.key(), region.key()}, Tr::tr("Expected a list of availability zone names."));
            source.m_zones[account.key()][region.key()] = zones;
        }
    }
    return source;
}

Result<SubnetSource> SubnetSource::readFile(const QString &path)
{
    // JsonFile insists on an object; this file may also be a list, so parse it here.
    Result<JsonFile> file = JsonFile::read(path);
    if (file)
        return fromJson(file->value, path);
    QFile raw(path);
    if (raw.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(raw.readAll());
        if (doc.isArray())
            return fromJson(doc.array(), path);
    }
    return file.error();
}

QStringList SubnetSource::zones(const QString &env, const QString &region) const
{
    if (m_offline) {
        return {region + QLatin1Char('a'), region + QLatin1Char('b'), region + QLatin1Char('c')};
    }
    auto account = m_zones.constFind(env);
    if (account == m_zones.constEnd())
        account = m_zones.constFind(AnyAccount);
    return account == m_zones.constEnd() ? QStringList() : account->value(region);
}

} // namespace Fd
