// SPDX-License-Identifier: Apache-2.0
// Runs the lambda and s3 checks (TypeSettingChecksLambda.cpp, TypeSettingChecksS3.cpp) over every
// env and region and says where each value is set.
#include "TypeSettingChecks.h"
#include "TypeSettingProblem.h"

#include "foremast/MergedSettings.h"
#include "runway/RunwayContext.h"
#include "core/MessageText.h"
#include "templates/PipelineTypes.h"
#include "json/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Fd::TypeSettingChecks {

QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isObject() || value.isArray())
        text = QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else
        text = QStringLiteral("null");
    return shownInMessage(text);
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble()
        && value.toDouble() >= 0 && value.toDouble() <= 2147483647.0;
}

bool pythonInt(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble()) {
        *out = qint64(value.toDouble());
        return std::isfinite(value.toDouble());
    }
    if (!value.isString())
        return false;
    bool ok = false;
    const QString text = value.toString().trimmed();
    const bool digits = !text.isEmpty()
        && std::all_of(text.begin()
                + (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+') ? 1 : 0),
            text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    *out = text.toLongLong(&ok);
    return digits && ok;
}

KeyPath key(std::initializer_list<const char *> parts)
{
    KeyPath path;
    for (const char *part : parts)
        path << QLatin1String(part);
    return path;
}

QStringList unknownKeys(const QJsonObject &object, const QStringList &allowed)
{
    QStringList out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            out << it.key();
    }
    return out;
}

QStringList missingKeys(const QJsonObject &object, const QStringList &required)
{
    QStringList out;
    for (const QString &name : required) {
        if (!object.contains(name))
            out << name;
    }
    return out;
}

Errors of(const RunwayContext &context, const MergedSettings &merged, const QString &onlyEnv)
{
    Errors found;
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    if (type != QLatin1String("lambda") && type != QLatin1String("s3"))
        return found;
    for (const QString &env : context.runway.envOrder()) {
        const RunwayFile *file = context.runway.envFile(env);
        if ((!onlyEnv.isEmpty() && env != onlyEnv) || !file)
            continue;
        QSet<QString> reported;
        for (const QString &region : merged.regionsOf(env)) {
            const QJsonObject settings = merged.region(env, region);
            Problems problems;
            if (type == QLatin1String("lambda"))
                lambdaChecks(settings, problems);
            else
                s3Checks(settings, problems);
            for (const Problem &problem : std::as_const(problems)) {
                // Where the value comes from: the region's override block, else the env's own.
                const KeyPath regionBlock { QStringLiteral("regions"), region };
                const bool inRegion = JsonPath::contains(
                    file->value, regionBlock + problem.path.mid(0, problem.settingLength));
                const KeyPath where = inRegion ? regionBlock + problem.path : problem.path;
                const QString keyPath = JsonPath::toString(where);
                if (reported.contains(keyPath + problem.message))
                    continue;
                reported.insert(keyPath + problem.message);
                Error e;
                e.severity = Error::Severity::Warning; // Foremast still generates this pipeline
                e.env = env;
                e.region = inRegion ? region : QString();
                e.file = file->path;
                e.line = file->lineOf(where);
                e.keyPath = keyPath;
                e.message = problem.message;
                found << e;
            }
        }
    }
    return found;
}

} // namespace Fd::TypeSettingChecks
