// SPDX-License-Identifier: Apache-2.0
#include "PipelineGenerator.h"

#include "EnvFileFindings.h"
#include "FlowCheckMessages.h"
#include "RegionGenerator.h"
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

class Generator
{
public:
    Generator(const RunwayContext &context, const Flow &flow, const GenerationOptions &options,
              const std::vector<FlowTemplate> &settings)
        : m_context(context)
        , m_flow(flow)
        , m_options(options)
        , m_settingsTable(settings)
        , m_merged(MergedSettings::merge(context.runway, context.config, context.naming, options.threads))
    {
    }

    Generation run()
    {
        m_generation.flowName = m_flow.name();
        // A one-time pipeline deploys its env alone, whatever pipeline.env says.
        const QStringList envOrder = generatedEnvs(m_context.runway, m_options.onetimeEnv);
        m_generation.findings << envFileFindings(m_context, m_merged, m_options.onetimeEnv);
        const EnvRegions deployed = envRegions(m_context, m_merged, envOrder);
        // Everything the regions read is made here, before a second thread may start.
        RegionInputs inputs{m_context, m_flow, m_options, m_settingsTable, m_merged, m_merged.pipeline(), {}, {}};
        for (const QString &env : envOrder)
            inputs.blocks.insert(env, m_flow.blockFor(env));
        for (const FlowCheck &check : m_flow.checks())
            inputs.checkMessages.push_back(FlowCheckMessages::translated(check, m_flow));
        // Findings that do not depend on the pipelines: made on this thread while the other makes regions.
        const auto sideWork = [this]() {
            Errors side = ForemastLimits::ofGeneration(m_context, m_merged, m_options.onetimeEnv);
            side << InfrastructureChecks::of(m_context, m_merged, m_options.onetimeEnv);
            side << TypeSettingChecks::of(m_context, m_merged, m_options.onetimeEnv);
            side << unappliedTemplateOverrides(m_context, m_options);
            return side;
        };
        Errors sideFindings;
        std::vector<RegionOutcome> outcomes = generateRegions(inputs, deployed.regions, deployed.envsOfRegion, sideWork,
                                                               &sideFindings);
        // Joined in region order, as one thread made them: a flow check's finding is reported
        // for the first region (in this order) that has it.
        QSet<QString> reported;
        for (RegionOutcome &outcome : outcomes) {
            for (RegionOutcome::Finding &finding : outcome.findings) {
                if (!finding.onceKey.isEmpty()) {
                    if (reported.contains(finding.onceKey))
                        continue;
                    reported.insert(finding.onceKey);
                }
                m_generation.findings << std::move(finding.error);
            }
            m_generation.pipelines << std::move(outcome.pipeline);
        }
        m_generation.findings << sideFindings;
        return std::move(m_generation);
    }

private:
    const RunwayContext &m_context;
    const Flow &m_flow;
    const GenerationOptions &m_options;
    const std::vector<FlowTemplate> &m_settingsTable;
    MergedSettings m_merged;
    Generation m_generation;
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
