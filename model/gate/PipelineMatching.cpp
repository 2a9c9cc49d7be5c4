// SPDX-License-Identifier: Apache-2.0
#include "PipelineMatching.h"

#include "TextDiff.h"
#include "json/JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Fd {

namespace {

const QString KeyName = QStringLiteral("name");
const QString KeyApplication = QStringLiteral("application");
const QString KeyId = QStringLiteral("id");
const QString KeyUpdateTs = QStringLiteral("updateTs");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool belongsTo(const QJsonObject &pipeline, const QString &application)
{
    const QString app = pipeline.value(KeyApplication).toString();
    return app.isEmpty() || app.compare(application, Qt::CaseInsensitive) == 0;
}

} // namespace

int findStoredPipeline(const QJsonArray &stored, const QString &application, const QString &name)
{
    for (int i = 0; i < stored.size(); ++i) {
        const QJsonObject pipeline = stored.at(i).toObject();
        if (belongsTo(pipeline, application) && sameName(pipeline.value(KeyName).toString(), name))
            return i;
    }
    return -1;
}

QString managedRegion(const QString &pipelineName, const QString &application)
{
    const QString prefix = application + QStringLiteral(" [");
    if (!pipelineName.startsWith(prefix) || !pipelineName.endsWith(QLatin1Char(']')))
        return {};
    const QString region = pipelineName.mid(prefix.size(), pipelineName.size() - prefix.size() - 1);
    if (region.isEmpty() || region.contains(QLatin1Char('[')) || region.contains(QLatin1Char(']'))
        || region.contains(QLatin1Char(' ')))
        return {};
    return region;
}

QList<ObsoletePipeline> findObsoletePipelines(const QJsonArray &stored, const QString &application,
                                              const QStringList &regions)
{
    QList<ObsoletePipeline> obsolete;
    for (const QJsonValue &value : stored) {
        const QJsonObject pipeline = value.toObject();
        if (!belongsTo(pipeline, application))
            continue;
        const QString name = pipeline.value(KeyName).toString();
        const QString region = managedRegion(name, application);
        if (region.isEmpty() || regions.contains(region, Qt::CaseInsensitive))
            continue;
        obsolete << ObsoletePipeline{name, region, pipeline.value(KeyId).toString()};
    }
    return obsolete;
}

QJsonObject pipelineToSend(const QJsonObject &generated, const QString &application, const QString &name,
                           const QJsonObject &stored)
{
    QJsonObject out = generated;
    out.insert(KeyApplication, application);
    out.insert(KeyName, name.trimmed());
    out.remove(QStringLiteral("lastModifiedBy"));
    if (stored.isEmpty()) {
        // A generated id that matches no stored name could overwrite some other pipeline.
        out.remove(KeyId);
        out.remove(KeyUpdateTs);
    } else {
        out.insert(KeyId, stored.value(KeyId));
        out.insert(KeyUpdateTs, stored.value(KeyUpdateTs));
    }
    return out;
}

QJsonObject comparablePipeline(const QJsonObject &pipeline)
{
    QJsonObject out = pipeline;
    for (const char *key : {"updateTs", "lastModifiedBy", "lastModified", "createTs", "index"})
        out.remove(QLatin1String(key));
    return out;
}

QString canonicalPipelineText(const QJsonObject &pipeline)
{
    if (pipeline.isEmpty())
        return {};
    // QJsonObject keeps its keys sorted, so the text is stable whatever order the JSON came in.
    return QString::fromUtf8(indentedJson(comparablePipeline(pipeline)));
}

RegionPlan planRegion(const PipelineToPublish &generated, const QString &application, const QJsonObject &stored)
{
    RegionPlan plan;
    plan.region = generated.region;
    plan.name = generated.name.trimmed();
    plan.toSend = pipelineToSend(generated.pipeline, application, generated.name, stored);
    if (!stored.isEmpty()) {
        plan.storedName = stored.value(KeyName).toString();
        plan.storedId = stored.value(KeyId).toString();
        plan.storedUpdateTs = stored.value(KeyUpdateTs);
        plan.storedBy = stored.value(QStringLiteral("lastModifiedBy")).toString();
    }
    const QString before = canonicalPipelineText(stored);
    const QString after = canonicalPipelineText(plan.toSend);
    if (!stored.isEmpty() && before == after) {
        plan.action = RegionAction::Unchanged;
        return plan;
    }
    plan.action = stored.isEmpty() ? RegionAction::Create : RegionAction::Update;
    const QString label = QCoreApplication::translate("PipelineMatching", "%1 in Spinnaker").arg(plan.name);
    const QString newLabel = QCoreApplication::translate("PipelineMatching", "%1 to publish").arg(plan.name);
    const QList<DiffLine> lines = diffLines(splitLines(before), splitLines(after));
    plan.diff = unifiedDiff(lines, stored.isEmpty() ? QStringLiteral("/dev/null") : label, newLabel);
    for (const DiffLine &line : lines) {
        plan.addedLines += line.kind == DiffLine::Kind::Added;
        plan.removedLines += line.kind == DiffLine::Kind::Removed;
    }
    return plan;
}

QString updateTsText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

} // namespace Fd
