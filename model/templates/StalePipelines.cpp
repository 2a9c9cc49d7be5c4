// SPDX-License-Identifier: Apache-2.0
#include "StalePipelines.h"

#include "foremast/MergedSettings.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Fd {

QString StalePipelines::managedRegion(const QString &name, const QString &app)
{
    // Python's str.split(): runs of whitespace, no empty words.
    const QStringList words = name.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString last = words.last();
    QString region = last;
    // str.strip('[]'): brackets off both ends.
    while (region.startsWith(QLatin1Char('[')) || region.startsWith(QLatin1Char(']')))
        region.remove(0, 1);
    while (region.endsWith(QLatin1Char('[')) || region.endsWith(QLatin1Char(']')))
        region.chop(1);
    if (region.contains(QLatin1String("onetime")))
        return region;
    if (!last.startsWith(QLatin1Char('[')) || !last.endsWith(QLatin1Char(']')))
        return {};
    if (words.size() != 2 || words.first() != app)
        return {};
    return region.isEmpty() ? QStringLiteral("[]") : region; // "[]" is managed, region "" is in no env
}

QStringList StalePipelines::names(const QJsonArray &existing, const QString &app, const QStringList &regions)
{
    QStringList out;
    for (const QJsonValue &value : existing) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        const QString region = managedRegion(name, app);
        if (!region.isEmpty() && !regions.contains(region))
            out << name;
    }
    return out;
}

QJsonArray StalePipelines::remaining(const QJsonArray &existing, const QString &app, const QStringList &regions)
{
    const QStringList stale = names(existing, app, regions);
    QJsonArray out;
    for (const QJsonValue &value : existing) {
        if (!stale.contains(value.toObject().value(QStringLiteral("name")).toString()))
            out.append(value);
    }
    return out;
}

QStringList StalePipelines::keptRegions(const MergedSettings &merged)
{
    QStringList regions;
    for (const QJsonValue &env : merged.pipeline().value(QStringLiteral("env")).toArray()) {
        for (const QString &region : merged.regionsOf(env.toString())) {
            if (!regions.contains(region))
                regions << region;
        }
    }
    return regions;
}

} // namespace Fd
