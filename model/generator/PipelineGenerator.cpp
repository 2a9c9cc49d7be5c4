// SPDX-License-Identifier: Apache-2.0
#include "PipelineGenerator.h"

#include "FlowScopeBuilder.h"
#include "PipelineValidator.h"
#include "runway/ForemastLimits.h"
#include "runway/InfrastructureChecks.h"
#include "runway/TypeSettingChecks.h"
#include "runway/RunwayContext.h"
#include "templates/OnetimePipelines.h"
#include "templates/PipelineTypes.h"
#include "templates/SpecialTypes.h"
#include "templates/TemplatePipelines.h"

#include <QCoreApplication>
#include <QSet>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "PipelineGenerator", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineGenerator)
};

/// How refIds chain: main stages number 1, 2, 3…, each waiting for the previous main stage;
/// side stages get main×100 + n and wait for the latest main stage (or the entry named in
/// "after"). This is Foremast's renumbering of "master"/"branch" stages.
struct Chain
{
    int main = 0;
    int side = 0;
    QString lastMain;
    QHash<QString, QString> startIds; ///< entry id → refId, for stages of the start list
};

class Generator
{
public:
    Generator(const RunwayContext &context, const Flow &flow, const GenerationOptions &options,
              const std::vector<FlowTemplate> &settings)
        : m_context(context)
        , m_flow(flow)
        , m_options(options)
        , m_settingsTable(settings)
        , m_merged(context.merged())
        , m_scopes(context, m_merged.pipeline())
    {
    }

    Generation run()
    {
        m_generation.flowName = m_flow.name();
        QStringList regions;
        QHash<QString, QStringList> envsOfRegion;
        // GCP types (cloudfunction) read the envs of [gcp] envs, the others those of [base] envs.
        const QString type = pipelineTypeOf(m_context.runway.pipelineValue());
        const PipelineTypes types = PipelineTypes::fromConfig(m_context.config);
        const std::optional<QStringList> configEnvs = types.readEnvs(m_context.config, type);
        // A one-time pipeline deploys its env alone, whatever pipeline.env says.
        const QStringList envOrder = m_options.onetimeEnv.isEmpty() ? m_context.runway.envOrder()
                                                                    : QStringList{m_options.onetimeEnv};
        auto warnUnread = [&](const QString &env) {
            if (!configEnvs || configEnvs->contains(env) || !m_context.runway.envFile(env))
                return;
            finding(Error::Severity::Warning, env, {},
                    Tr::tr("Not in foremast.cfg's %1 (%2): Foremast would not read its file; "
                           "Foremast cannot render this runway (we do).")
                        .arg(types.readEnvsKey(type), configEnvs->join(QStringLiteral(", "))));
            m_generation.findings.last().file = m_context.runway.envFile(env)->path;
        };
        // Foremast's clean-up of stale pipelines reads every env of pipeline.json, also for a one-time pipeline.
        if (!m_options.onetimeEnv.isEmpty()) {
            for (const QString &env : m_context.runway.envOrder()) {
                if (env != m_options.onetimeEnv)
                    warnUnread(env);
            }
        }
        for (const QString &env : envOrder) {
            if (!m_context.runway.envFile(env)) {
                finding(Error::Severity::Error, env, {},
                        Tr::tr("Not deployed anywhere: %1 is missing.").arg(Runway::envFileName(env)));
                continue;
            }
            warnUnread(env);
            const QStringList envRegions = m_merged.regionsOf(env);
            if (envRegions.isEmpty()) {
                Error e;
                e.severity = Error::Severity::Warning;
                e.env = env;
                e.file = m_context.runway.envFile(env)->path;
                e.keyPath = QStringLiteral("regions");
                e.line = m_context.runway.envFile(env)->lineOf({e.keyPath});
                e.message = Tr::tr("Lists no regions: not deployed anywhere.");
                m_generation.findings << e;
            }
            for (const QString &region : envRegions) {
                if (!regions.contains(region))
                    regions << region;
                envsOfRegion[region] << env;
            }
        }
        for (const QString &region : regions)
            generateRegion(region, envsOfRegion.value(region));
        m_generation.findings << ForemastLimits::ofGeneration(m_context, m_merged, m_options.onetimeEnv);
        m_generation.findings << InfrastructureChecks::of(m_context, m_merged, m_options.onetimeEnv);
        m_generation.findings << TypeSettingChecks::of(m_context, m_merged, m_options.onetimeEnv);
        m_generation.findings << unappliedTemplateOverrides(m_context, m_options);
        return std::move(m_generation);
    }

private:
    void finding(Error::Severity severity, const QString &env, const QString &region, const QString &message,
                 const QString &refId = {}, const QString &stageName = {})
    {
        Error e;
        e.severity = severity;
        e.env = env;
        e.region = region;
        e.message = message;
        e.stageRefId = refId;
        e.stageName = stageName;
        m_generation.findings << e;
    }

    void generateRegion(const QString &region, const QStringList &envs)
    {
        GeneratedPipeline out;
        out.region = region;
        out.fileName = QStringLiteral("pipeline-%1.json").arg(region);
        const FlowScope pipelineScope = m_scopes.pipelineScope(region, &m_settingsTable);
        QJsonObject pipeline = m_flow.pipeline().render(pipelineScope).toObject();
        Chain chain;
        QJsonArray stages;
        m_memory.select(QString());
        emitEntries(m_flow.start(), pipelineScope, QString(), chain, chain.startIds, stages, out);

        QString previousEnv;
        for (const QString &env : envs) {
            const QStringList zones = m_options.subnets.zones(env, region);
            const FlowScope scope = m_scopes.envScope(pipelineScope, env, m_merged.region(env, region), zones,
                                                      previousEnv);
            runChecks(scope, env);
            if (zones.isEmpty() && m_flow.needsSubnets()) {
                finding(Error::Severity::Warning, env, region,
                        Tr::tr("No subnets for this env in this region: left out of the pipeline, as Foremast does."));
                continue;
            }
            const FlowEnvBlock *block = m_flow.blockFor(env);
            if (!block) {
                finding(Error::Severity::Error, env, region,
                        Tr::tr("The flow \"%1\" has no env block matching this env.").arg(m_flow.name()));
                continue;
            }
            QHash<QString, QString> ids = chain.startIds;
            m_memory.select(env);
            emitEntries(block->stages, scope, env, chain, ids, stages, out);
            previousEnv = env;
            out.envs << env;
        }
        m_memory.select(QString());
        emitEntries(m_flow.end(), pipelineScope, QString(), chain, chain.startIds, stages, out);
        pipeline.insert(QStringLiteral("stages"), stages);
        if (out.envs.isEmpty())
            finding(Error::Severity::Warning, {}, region, Tr::tr("This pipeline deploys to no env."));

        out.name = pipeline.value(QStringLiteral("name")).toString();
        const QString id = existingId(out.name, pipeline.value(QStringLiteral("application")).toString(), region);
        if (!id.isEmpty())
            pipeline.insert(QStringLiteral("id"), id);
        out.json = pipeline;
        for (Error &e : validatePipeline(pipeline, region, m_validationMemo)) {
            e.env = out.envOfStage.value(e.stageRefId);
            m_generation.findings << e;
        }
        m_generation.pipelines << out;
    }

    void emitEntries(const std::vector<FlowStageEntry> &entries, const FlowScope &scope, const QString &env,
                     Chain &chain, QHash<QString, QString> &ids, QJsonArray &stages, GeneratedPipeline &out)
    {
        for (const FlowStageEntry &entry : entries) {
            bool holds = true;
            for (const FlowCondition &condition : entry.when)
                holds = holds && condition.holds(scope);
            if (!holds)
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

    void emitStage(const FlowStageEntry &entry, const FlowScope &scope, const QString &env, Chain &chain,
                   QHash<QString, QString> &ids, QJsonArray &stages, GeneratedPipeline &out)
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
    const QJsonValue &refIdValue(const QString &refId)
    {
        auto it = m_refIdValues.find(refId);
        if (it == m_refIdValues.end())
            it = m_refIdValues.insert(refId, QJsonValue(refId));
        return it.value();
    }

    /// The requisites of a stage that waits for `parent` (none when empty), made once per parent:
    /// rendering finds the very same list as last time unchanged without comparing it.
    const QJsonValue &requisitesOf(const QString &parent)
    {
        auto it = m_requisites.find(parent);
        if (it == m_requisites.end())
            it = m_requisites.insert(parent, parent.isEmpty() ? QJsonArray() : QJsonArray{parent});
        return it.value();
    }

    QString existingId(const QString &name, const QString &app, const QString &region)
    {
        for (const QJsonValue &value : m_options.existingPipelines) {
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

    /// The flow's checks for one env; each finding is reported once per env, not per region.
    void runChecks(const FlowScope &scope, const QString &env)
    {
        for (const FlowCheck &check : m_flow.checks()) {
            bool holds = true;
            for (const FlowCondition &condition : check.when)
                holds = holds && condition.holds(scope);
            if (!holds)
                continue;
            const QString message = FlowText::toText(check.message.render(scope));
            const QString key = env + QLatin1Char('\n') + message;
            if (m_reported.contains(key))
                continue;
            m_reported.insert(key);
            Error e;
            e.severity = check.severity;
            e.env = env;
            e.message = message; // the flow's own text, like the runway's
            e.keyPath = JsonPath::toString(check.keyPath);
            if (const RunwayFile *file = m_context.runway.envFile(env)) {
                e.file = file->path;
                e.line = file->lineOf(check.keyPath);
            }
            m_generation.findings << e;
        }
    }

    const RunwayContext &m_context;
    const Flow &m_flow;
    const GenerationOptions &m_options;
    const std::vector<FlowTemplate> &m_settingsTable;
    MergedSettings m_merged;
    FlowScopeBuilder m_scopes;
    Generation m_generation;
    QSet<QString> m_reported;
    /// An env's stages in one region are much like its stages in the region before: rendering
    /// starts from those (by env) and sets only the values that differ.
    FlowRenderMemory m_memory;
    /// Validation skips the stages that are the very objects of the region before (one per
    /// thread, like m_memory).
    PipelineValidationMemo m_validationMemo;
    QHash<QString, QJsonValue> m_refIdValues;
    QHash<QString, QJsonValue> m_requisites;
};

/// Foremast's one-time pipelines: the ec2 wrapper (with its Bake) for every type, then its post_pipeline().
Result<Generation> generateOnetime(const RunwayContext &context, const Flow &flow, const GenerationOptions &options,
                                   bool ec2)
{
    Flow onetimeFlow = flow;
    if (!ec2) {
        Result<Flow> ec2Flow = Flow::load(options.flow);
        if (!ec2Flow || !ec2Flow->pipelineTypes().contains(QStringLiteral("ec2")))
            ec2Flow = Flow::load(QStringLiteral("foremast-v5"));
        if (!ec2Flow)
            return ec2Flow.error();
        Result<Flow> combined = Onetime::flowFor(ec2Flow.value(), flow);
        if (!combined)
            return combined.error();
        onetimeFlow = combined.value();
    }
    Result<std::vector<FlowTemplate>> settings = onetimeFlow.settingsTable(options.flowSettings);
    if (!settings)
        return settings.error();
    return Onetime::finish(Generator(context, onetimeFlow, options, settings.value()).run(), context, options, ec2);
}

} // namespace

bool Generation::hasErrors() const
{
    for (const Error &e : findings) {
        if (!e.isWarning())
            return true;
    }
    return false;
}

Result<Generation> generatePipelines(const RunwayContext &context, const GenerationOptions &options)
{
    Result<Flow> flow = Flow::load(options.flow);
    if (!flow)
        return flow.error();
    return generatePipelines(context, flow.value(), options);
}

Result<Generation> generatePipelines(const RunwayContext &context, const Flow &flow, const GenerationOptions &options)
{
    const QString typeName = pipelineTypeOf(context.runway.pipelineValue());
    if (std::optional<Result<Generation>> special = generateSpecialType(context, flow, options))
        return std::move(*special);
    const QString typeFlow = Flow::builtinForType(typeName);
    if (!flow.pipelineTypes().contains(typeName) && !typeFlow.isEmpty()) {
        // Foremast's own templates fix the stages of these types: its flow stands in for the
        // runway's (which, like "documented", only shapes ec2 pipelines).
        Result<Flow> builtin = Flow::load(typeFlow);
        if (!builtin)
            return builtin.error();
        // Overrides the stand-in knows (jenkinsMaster) still apply; the others are the other flow's.
        GenerationOptions typeOptions = options;
        typeOptions.flowSettings = {};
        for (const FlowSetting &setting : builtin->settings()) {
            if (options.flowSettings.contains(setting.name))
                typeOptions.flowSettings.insert(setting.name, options.flowSettings.value(setting.name));
        }
        return generatePipelines(context, builtin.value(), typeOptions);
    }
    if (!flow.pipelineTypes().contains(typeName)) {
        Error e;
        e.file = context.runway.pipeline.path;
        e.line = context.runway.pipeline.lineOf({QStringLiteral("type")});
        e.keyPath = QStringLiteral("type");
        e.message = Tr::tr("Pipeline type \"%1\" is not supported yet: the flow \"%2\" generates %3 pipelines.")
                        .arg(typeName, flow.name(), flow.pipelineTypes().join(QStringLiteral(", ")));
        return e;
    }
    if (!options.onetimeEnv.isEmpty())
        return generateOnetime(context, flow, options, typeName == QLatin1String("ec2"));
    Result<std::vector<FlowTemplate>> settings = flow.settingsTable(options.flowSettings);
    if (!settings)
        return settings.error();
    return Generator(context, flow, options, settings.value()).run();
}

} // namespace Fd
