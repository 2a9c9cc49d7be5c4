// SPDX-License-Identifier: Apache-2.0
#include "ForemastConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Fd {

namespace {

const QString Base = QStringLiteral("base");

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

QStringList ForemastConfig::standardPaths(const QString &repositoryDir)
{
    QStringList paths{QStringLiteral("/etc/foremast/foremast.cfg"),
                      QDir::homePath() + QStringLiteral("/.foremast/foremast.cfg")};
    if (!repositoryDir.isEmpty())
        paths << QDir(repositoryDir).filePath(QStringLiteral(".foremast/foremast.cfg"));
    paths.removeDuplicates();
    return paths;
}

Result<ForemastConfig> ForemastConfig::load(const QStringList &paths, const QStringList &required)
{
    ForemastConfig config;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isFile()) {
            if (required.contains(path)) {
                Error e;
                e.file = path;
                e.message = QCoreApplication::translate("ForemastConfig",
                                                        "The Foremast configuration file does not exist.");
                return e;
            }
            continue;
        }
        Result<IniFile> ini = IniFile::read(path);
        if (!ini)
            return ini.error();
        for (auto section = ini->sections.begin(); section != ini->sections.end(); ++section) {
            for (auto it = section->begin(); it != section->end(); ++it) {
                config.m_values[section.key()][it.key()] = it.value();
                config.m_origins[section.key()][it.key()] = {path, ini->lines.value(section.key()).value(it.key())};
            }
        }
        config.m_files << path;
    }
    const Result<bool> checked = config.checkJsonValues();
    if (!checked)
        return checked.error();
    return config;
}

Result<bool> ForemastConfig::checkJsonValues() const
{
    // Keys whose values are JSON in foremast.cfg; a typo there should fail early, naming the line.
    static const QList<QPair<QString, QString>> jsonKeys = {
        {Base, QStringLiteral("securitygroup_replacements")},
        {Base, QStringLiteral("env_configs")},
        {Base, QStringLiteral("default_ec2_securitygroups")},
        {QStringLiteral("task_timeouts"), QStringLiteral("envs")},
    };
    for (const auto &[section, key] : jsonKeys) {
        const QString raw = value(section, key).trimmed();
        if (raw.isEmpty() || (key == QLatin1String("default_ec2_securitygroups") && !raw.startsWith(QLatin1Char('{'))))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const auto origin = m_origins.value(section).value(key);
            Error e;
            e.file = origin.first;
            e.line = origin.second;
            e.keyPath = section + QLatin1Char('.') + key;
            e.context = raw.section(QLatin1Char('\n'), 0, 0);
            e.message = QCoreApplication::translate("ForemastConfig", "Expected a JSON object: %1.")
                            .arg(parseError.error != QJsonParseError::NoError
                                     ? parseError.errorString()
                                     : QCoreApplication::translate("ForemastConfig", "not an object"));
            return e;
        }
    }
    return true;
}

QString ForemastConfig::value(const QString &section, const QString &key, const QString &fallback) const
{
    const auto s = m_values.constFind(section);
    if (s == m_values.constEnd())
        return fallback;
    const auto it = s->constFind(key);
    return it == s->constEnd() ? fallback : it.value();
}

bool ForemastConfig::contains(const QString &section, const QString &key) const
{
    return m_values.value(section).contains(key);
}

QJsonValue ForemastConfig::jsonValue(const QString &section, const QString &key) const
{
    return QJsonDocument::fromJson(value(section, key).toUtf8()).object();
}

// Foremast splits envs and regions at commas and keeps the spaces (`envs = dev, prod` lists
// " prod", whose file it never reads) and, for regions, the empty names (a trailing comma
// copies an env without regions under "" too).
QStringList ForemastConfig::envs() const
{
    return value(Base, QStringLiteral("envs")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList ForemastConfig::regions() const
{
    if (!contains(Base, QStringLiteral("regions")))
        return {};
    QStringList out = value(Base, QStringLiteral("regions")).split(QLatin1Char(','));
    out.removeDuplicates();
    return out;
}

QJsonValue ForemastConfig::defaultRunAsUser() const
{
    const QString user = value(Base, QStringLiteral("default_run_as_user")).trimmed();
    return user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user);
}

QStringList ForemastConfig::defaultEc2SecurityGroups(const QString &env) const
{
    const QString raw = value(Base, QStringLiteral("default_ec2_securitygroups")).trimmed();
    if (!raw.startsWith(QLatin1Char('{')))
        return splitList(raw);
    QStringList groups;
    for (const QJsonValue &group : jsonValue(Base, QStringLiteral("default_ec2_securitygroups")).toObject().value(env).toArray())
        groups << group.toString();
    return groups;
}

QJsonObject ForemastConfig::securityGroupReplacements() const
{
    return jsonValue(Base, QStringLiteral("securitygroup_replacements")).toObject();
}

bool ForemastConfig::isApprovalSkipEnabled(const QString &env) const
{
    const QJsonObject configs = jsonValue(Base, QStringLiteral("env_configs")).toObject();
    return configs.value(env).toObject().value(QStringLiteral("enable_approval_skip")).toBool(false);
}

QString ForemastConfig::format(const QString &name) const
{
    // foremast-utils' defaults.
    static const QMap<QString, QString> defaults = {
        {QStringLiteral("app"), QStringLiteral("{repo}{project}")},
        {QStringLiteral("jenkins_job_name"), QStringLiteral("{project}_{repo}")},
        {QStringLiteral("iam_profile"), QStringLiteral("{project}_{repo}_profile")},
        {QStringLiteral("iam_role"), QStringLiteral("{project}_{repo}_role")},
        {QStringLiteral("elb_app"), QStringLiteral("{repo}{project}")},
        {QStringLiteral("security_group_app"), QStringLiteral("{repo}{project}")},
        {QStringLiteral("git_repo"), QStringLiteral("{raw_project}/{raw_repo}")},
        {QStringLiteral("dns_elb"), QStringLiteral("{repo}.{project}.{env}.{domain}")},
        {QStringLiteral("s3_bucket"), QStringLiteral("archaius-{env}")},
    };
    return value(QStringLiteral("formats"), name, defaults.value(name));
}

} // namespace Fd
