// SPDX-License-Identifier: Apache-2.0
#include "RegionGenerator.h"

#include "PipelineValidator.h"
#include "foremast/MergedSettings.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "PipelineGenerator", the context tr() looks them up in
/// (they were written in PipelineGenerator.cpp, and their translations stay where they are).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineGenerator)
};

} // namespace

/// How refIds chain: main stages number 1, 2, 3…, each waiting for the previous main stage;
/// side stages get main×100 + n and wait for the latest main stage (or the entry named in
/// "after"). This is Foremast's renumbering of "master"/"branch" stages.
struct RegionGenerator::RefIds
{
    int main = 0;
    int side = 0;
    QString lastMain;
    QHash<QString, QString> startIds; ///< entry id → refId, for stages of the start list
};

RegionGenerator::RegionGenerator(const RegionInputs &inputs)
    : m_in(inputs), m_scopes(inputs.context, inputs.pipelineSettings)
{
}

RegionOutcome RegionGenerator::generate(const QString &region, const QStringList &envs)
{
    RegionOutcome outcome;
    m_outcome = &outcome;
    GeneratedPipeline &out = outcome.pipeline;
    out.region = region;
    out.fileName = QStringLiteral("pipeline-%1.json").arg(region);
    const FlowScope pipelineScope = m_scopes.pipelineScope(region, &m_in.settings);
    QJsonObject pipeline = m_in.flow.pipeline().render(pipelineScope).toObject();
    RefIds chain;
    QJsonArray stages;
    m_memory.select(QString());
    emitEntries(m_in.flow.start(), pipelineScope, QString(), chain, chain.startIds, stages, out);

    QString previousEnv;
    for (const QString &env : envs) {
        const QStringList zones = m_in.options.subnets.zones(env, region);
        const FlowScope scope = m_scopes.envScope(pipelineScope, env, m_in.merged.region(env, region), zones,
                                                  previousEnv);
        runChecks(scope, env);
        if (zones.isEmpty() && m_in.flow.needsSubnets()) {
            finding(Error::Severity::Warning, env, region,
                    Tr::tr("No subnets for this env in this region: left out of the pipeline, as Foremast does."));
            continue;
        }
        const FlowEnvBlock *block = m_in.blocks.value(env);
        if (!block) {
            finding(Error::Severity::Error, env, region,
                    Tr::tr("The flow \"%1\" has no env block matching this env.").arg(m_in.flow.name()));
            continue;
        }
        QHash<QString, QString> ids = chain.startIds;
        m_memory.select(env);
        emitEntries(block->stages, scope, env, chain, ids, stages, out);
        previousEnv = env;
        out.envs << env;
    }
    m_memory.select(QString());
    emitEntries(m_in.flow.end(), pipelineScope, QString(), chain, chain.startIds, stages, out);
    pipeline.insert(QStringLiteral("stages"), stages);
    if (out.envs.isEmpty())
        finding(Error::Severity::Warning, {}, region, Tr::tr("This pipeline deploys to no env."));

    out.name = pipeline.value(QStringLiteral("name")).toString();
    const QString id = existingId(out.name, pipeline.value(QStringLiteral("application")).toString(), region);
    if (!id.isEmpty())
        pipeline.insert(QStringLiteral("id"), id);
    out.json = pipeline;
    for (Error &e : validatePipeline(pipeline, region)) {
        e.env = out.envOfStage.value(e.stageRefId);
        outcome.findings.push_back({e, QString()});
    }
    m_outcome = nullptr;
    return outcome;
}

Error generationFinding(Error::Severity severity, const QString &env, const QString &region, const QString &message,
                        const QString &refId, const QString &stageName)
{
    Error e;
    e.severity = severity;
    e.env = env;
    e.region = region;
    e.message = message;
    e.stageRefId = refId;
    e.stageName = stageName;
    return e;
}

void RegionGenerator::finding(Error::Severity severity, const QString &env, const QString &region,
                              const QString &message, const QString &refId, const QString &stageName)
{
    m_outcome->findings.push_back({generationFinding(severity, env, region, message, refId, stageName), QString()});
}

void RegionGenerator::emitEntries(const std::vector<FlowStageEntry> &entries, const FlowScope &scope,
                                  const QString &env, RefIds &chain, QHash<QString, QString> &ids,
                                  QJsonArray &stages, GeneratedPipeline &out)
{
    for (const FlowStageEntry &entry : entries) {
        if (!FlowCondition::allHold(entry.when, scope))
            continue;
        if (!entry.forEach) {
            emitStage(entry, scope, env, chain, ids, stages, out);
            continue;
        }
        const QJsonValue list = entry.forEach->evaluate(scope);
        if (!list.isArray()) {
            if (FlowText::isTruthy(list))
                finding(Error::Severity::Error, env, scope.get(FlowVar::Region).toString(),
                        Tr::tr("%1: \"forEach\" needs a list; the setting holds something else.").arg(entry.keyPath));
            continue;
        }
        const QJsonArray items = list.toArray();
        for (int i = 0; i < items.size(); ++i) {
            FlowScope itemScope = scope;
            itemScope.set(FlowVar::Item, items.at(i));
            itemScope.set(FlowVar::Index, i);
            emitStage(entry, itemScope, env, chain, ids, stages, out);
        }
    }
}

void RegionGenerator::emitStage(const FlowStageEntry &entry, const FlowScope &scope, const QString &env,
                                RefIds &chain, QHash<QString, QString> &ids, QJsonArray &stages,
                                GeneratedPipeline &out)
{
    QString refId;
    QString parent;
    if (entry.side) {
        parent = entry.after.isEmpty() ? chain.lastMain : ids.value(entry.after, chain.lastMain);
        refId = QString::number(chain.main * 100 + chain.side++);
    } else {
        parent = chain.lastMain;
        refId = QString::number(++chain.main);
        chain.lastMain = refId;
        chain.side = 0;
    }
    const QJsonObject stage =
        entry.stage
            .render(scope, &m_memory,
                    {{QLatin1String("refId"), refIdValue(refId)},
                     {QLatin1String("requisiteStageRefIds"), requisitesOf(parent)}})
            .toObject();
    if (entry.side && parent.isEmpty())
        finding(Error::Severity::Error, env, scope.get(FlowVar::Region).toString(),
                Tr::tr("%1: a side stage needs a main stage before it to hang off.").arg(entry.keyPath), refId,
                stage.value(QStringLiteral("name")).toString());
    if (!entry.id.isEmpty())
        ids.insert(entry.id, refId);
    if (!env.isEmpty())
        out.envOfStage.insert(refId, env);
    stages.append(stage);
}

/// The refId as a JSON text, made once per refId: every region numbers its stages alike.
const QJsonValue &RegionGenerator::refIdValue(const QString &refId)
{
    auto it = m_refIdValues.find(refId);
    if (it == m_refIdValues.end())
        it = m_refIdValues.insert(refId, QJsonValue(refId));
    return it.value();
}

/// The requisites of a stage that waits for `parent` (none when empty), made once per parent:
/// rendering finds the very same list as last time unchanged without comparing it.
const QJsonValue &RegionGenerator::requisitesOf(const QString &parent)
{
    auto it = m_requisites.find(parent);
    if (it == m_requisites.end())
        it = m_requisites.insert(parent, parent.isEmpty() ? QJsonArray() : QJsonArray{parent});
    return it.value();
}

QString RegionGenerator::existingId(const QString &name, const QString &app, const QString &region)
{
    for (const QJsonValue &value : m_in.options.existingPipelines) {
        const QJsonObject existing = value.toObject();
        const QJsonValue application = existing.value(QStringLiteral("application"));
        if (!application.isUndefined() && application.toString() != app)
            continue;
        const QString existingName = existing.value(QStringLiteral("name")).toString();
        if (existingName == name)
            return existing.value(QStringLiteral("id")).toString();
        if (existingName.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            finding(Error::Severity::Warning, {}, region,
                    Tr::tr("Spinnaker already has a pipeline \"%1\", whose name differs only in case or spaces; "
                           "Spinnaker will refuse to save \"%2\" beside it.").arg(existingName, name));
        }
    }
    return QString();
}

/// The flow's checks for one env; each finding is reported once per env, not per region. A chain
/// knows only its own regions (made in any order), so every region's finding carries its key and
/// joining the outcomes in region order keeps the first.
void RegionGenerator::runChecks(const FlowScope &scope, const QString &env)
{
    const std::vector<FlowCheck> &checks = m_in.flow.checks();
    for (size_t i = 0; i < checks.size(); ++i) {
        const FlowCheck &check = checks[i];
        if (!FlowCondition::allHold(check.when, scope))
            continue;
        // Translated before the placeholders are filled (the catalogue holds the message as
        // written), once per generation: RegionInputs::checkMessages.
        const QString message = FlowText::toText(m_in.checkMessages.at(i).render(scope));
        const QString key = env + QLatin1Char('\n') + message;
        Error e;
        e.severity = check.severity;
        e.env = env;
        e.message = message; // the flow's own text (a built-in flow's in the user's language)
        e.keyPath = JsonPath::toString(check.keyPath);
        if (const RunwayFile *file = m_in.context.runway.envFile(env)) {
            e.file = file->path;
            e.line = file->lineOf(check.keyPath); // the source map is built once (std::call_once)
        }
        m_outcome->findings.push_back({e, key});
    }
}

} // namespace Fd
