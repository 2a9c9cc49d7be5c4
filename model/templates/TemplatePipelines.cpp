// SPDX-License-Identifier: Apache-2.0
#include "TemplatePipelines.h"

#include "JinjaRenderer.h"
#include "ManualPipelines.h"
#include "OnetimePipelines.h"
#include "PipelineTypes.h"
#include "generator/FlowScopeBuilder.h"
#include "generator/PipelineValidator.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QJsonDocument>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "TemplatePipelines", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePipelines)
};

QString pythonJson(const QJsonValue &value)
{
    return FlowText::toPythonJson(value);
}

/// One env block of one region's pipeline, waiting for its template.
struct Block
{
    QString env;
    QString region;
    QJsonObject data;
    int userDataJob = -1;
    int canaryUserDataJob = -1;
};

/// Foremast's renumerate_stages(): "master" stages 1, 2, 3… each after the previous one,
/// consecutive "branch" stages main×100 + k after the current main stage; others untouched.
void renumerate(QJsonArray &stages)
{
    int main = 0;
    int branch = 0;
    QString previous;
    for (int i = 0; i < stages.size(); ++i) {
        QJsonObject stage = stages.at(i).toObject();
        const QString refId = stage.value(QStringLiteral("refId")).toString().toLower();
        if (refId == QLatin1String("master")) {
            stage.insert(QStringLiteral("requisiteStageRefIds"),
                         main == 0 ? QJsonArray() : QJsonArray{QString::number(main)});
            stage.insert(QStringLiteral("refId"), QString::number(++main));
        } else if (refId == QLatin1String("branch")) {
            branch = previous == QLatin1String("branch") ? branch + 1 : 0;
            stage.insert(QStringLiteral("refId"), QString::number(main * 100 + branch));
            stage.insert(QStringLiteral("requisiteStageRefIds"), QJsonArray{QString::number(main)});
        }
        previous = refId;
        stages[i] = stage;
    }
}

class TemplateGenerator
{
public:
    TemplateGenerator(const RunwayContext &context, const GenerationOptions &options)
        : m_context(context)
        , m_options(options)
        , m_merged(context.merged())
        , m_pipeline(m_merged.pipeline())
        , m_type(pipelineTypeOf(m_pipeline))
        , m_scopes(context, m_pipeline)
    {
        m_renderer.foremastTemplates = true;
        const QString folder = effectiveTemplatesPath(context, options);
        if (!folder.isEmpty())
            m_renderer.searchPath << QFileInfo(folder).absoluteFilePath();
        m_renderer.existingPipelines = options.existingPipelines;
    }

    Result<Generation> run()
    {
        Generation generation;
        generation.flowName = QStringLiteral("templates");
        QStringList regions;
        QHash<QString, QStringList> envsOfRegion;
        const QStringList envOrder = m_options.onetimeEnv.isEmpty() ? m_context.runway.envOrder()
                                                                    : QStringList{m_options.onetimeEnv};
        for (const QString &env : envOrder) {
            if (!m_context.runway.envFile(env)) {
                Error e;
                e.env = env;
                e.message = Tr::tr("Not deployed anywhere: %1 is missing.").arg(Runway::envFileName(env));
                generation.findings << e;
                continue;
            }
            for (const QString &region : m_merged.regionsOf(env)) {
                if (!regions.contains(region))
                    regions << region;
                envsOfRegion[region] << env;
            }
        }

        // Phase 1: the user data scripts (a template too, so a team may override it).
        std::vector<JinjaJob> userData;
        QList<Block> blocks;
        for (const QString &region : regions) {
            QString previousEnv;
            for (const QString &env : envsOfRegion.value(region)) {
                const QStringList zones = m_options.subnets.zones(env, region);
                if (zones.isEmpty()) {
                    Error e;
                    e.severity = Error::Severity::Warning;
                    e.env = env;
                    e.region = region;
                    e.message = Tr::tr("No subnets for this env in this region: left out of the pipeline, as Foremast does.");
                    generation.findings << e;
                    continue;
                }
                blocks << blockData(env, region, zones, previousEnv, userData);
                previousEnv = env;
            }
        }
        Result<QStringList> scripts = m_renderer.render(userData);
        if (!scripts)
            return scripts.error();

        // Phase 2: wrappers and env blocks in one run.
        std::vector<JinjaJob> jobs;
        for (const QString &region : regions)
            jobs.push_back(job(QStringLiteral("pipeline/pipeline_wrapper.json.j2"), wrapperData(region)));
        for (Block &block : blocks) {
            QJsonObject app = block.data.value(QStringLiteral("app")).toObject();
            app.insert(QStringLiteral("encoded_user_data"), base64(scripts->at(block.userDataJob)));
            if (block.canaryUserDataJob >= 0)
                app.insert(QStringLiteral("canary_encoded_user_data"), base64(scripts->at(block.canaryUserDataJob)));
            block.data.insert(QStringLiteral("app"), app);
            jobs.push_back(job(templateNameFor(block.env, m_type), block.data));
        }
        Result<QStringList> rendered = m_renderer.render(jobs);
        if (!rendered)
            return rendered.error();

        for (int r = 0; r < regions.size(); ++r) {
            Result<QJsonValue> wrapper = parse(rendered->at(r), jobs[size_t(r)].templateName);
            if (!wrapper)
                return wrapper.error();
            GeneratedPipeline out;
            out.region = regions.at(r);
            QJsonObject pipeline = wrapper->toObject();
            QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
            for (int b = 0; b < blocks.size(); ++b) {
                if (blocks.at(b).region != out.region)
                    continue;
                const int index = int(regions.size()) + b;
                Result<QJsonValue> block = parse(rendered->at(index), jobs[size_t(index)].templateName);
                if (!block)
                    return block.error();
                const int first = int(stages.size());
                for (const QJsonValue &stage : block->toArray())
                    stages.append(stage);
                for (int s = first; s < stages.size(); ++s)
                    m_stageEnv.insert(qMakePair(out.region, s), blocks.at(b).env);
                out.envs << blocks.at(b).env;
            }
            renumerate(stages);
            for (int s = 0; s < stages.size(); ++s) {
                const QString env = m_stageEnv.value(qMakePair(out.region, s));
                if (!env.isEmpty())
                    out.envOfStage.insert(stages.at(s).toObject().value(QStringLiteral("refId")).toString(), env);
            }
            pipeline.insert(QStringLiteral("stages"), stages);
            out.name = pipeline.value(QStringLiteral("name")).toString();
            out.json = pipeline;
            out.fileName = QStringLiteral("pipeline-%1.json").arg(out.region);
            for (Error &e : validatePipeline(pipeline, out.region)) {
                e.env = out.envOfStage.value(e.stageRefId);
                generation.findings << e;
            }
            generation.pipelines << out;
        }
        if (!m_options.onetimeEnv.isEmpty())
            return Onetime::finish(std::move(generation), m_context, m_options, true);
        return generation;
    }

private:
    static JinjaJob job(const QString &name, const QJsonObject &data)
    {
        JinjaJob job;
        job.templateName = name;
        job.context = QJsonObject{{QStringLiteral("data"), data}};
        return job;
    }

    static QString base64(const QString &text) { return QString::fromLatin1(text.toUtf8().toBase64()); }

    Result<QJsonValue> parse(const QString &text, const QString &templateName) const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            Error e;
            e.file = templateName;
            e.message = Tr::tr("The template did not render valid JSON: %1 (line %2 of the rendered text).")
                            .arg(error.errorString())
                            .arg(text.left(error.offset).count(QLatin1Char('\n')) + 1);
            return e;
        }
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    /// Foremast's render_wrapper() data (create_pipeline.py).
    QJsonObject wrapperData(const QString &region) const
    {
        const Naming &naming = m_context.naming;
        const QJsonObject notifications = m_pipeline.value(QStringLiteral("notifications")).toObject();
        const QJsonObject image = m_pipeline.value(QStringLiteral("image")).toObject();
        const QJsonValue base = m_pipeline.value(QStringLiteral("base"));
        const QJsonObject app{
            {QStringLiteral("ami_id"), base}, // no AMI lookup table: the alias as it is
            {QStringLiteral("appname"), naming.app()},
            {QStringLiteral("group_name"), naming.identity().project.toLower()},
            {QStringLiteral("repo_name"), naming.identity().repo.toLower()},
            {QStringLiteral("base"), base},
            {QStringLiteral("environment"), QStringLiteral("packaging")},
            {QStringLiteral("region"), region},
            {QStringLiteral("triggerjob"), naming.jenkinsJob()},
            {QStringLiteral("run_as_user"), m_context.config.defaultRunAsUser()},
            {QStringLiteral("email"), notifications.value(QStringLiteral("email"))},
            {QStringLiteral("slack"), notifications.value(QStringLiteral("slack"))},
            {QStringLiteral("root_volume_size"), image.value(QStringLiteral("root_volume_size"))},
            {QStringLiteral("bake_instance_type"), image.value(QStringLiteral("bake_instance_type"))},
            {QStringLiteral("ami_template_file"),
             QStringLiteral("aws_%1_%2.json").arg(region, FlowText::toText(image.value(QStringLiteral("builder"))))},
            {QStringLiteral("pipeline"), m_pipeline}};
        // compare_with_existing(): the first of the app's pipelines whose name contains the region.
        QJsonValue id = QJsonValue::Null;
        for (const QJsonValue &value : m_options.existingPipelines) {
            const QJsonObject existing = value.toObject();
            if (existing.value(QStringLiteral("application")).toString() == naming.app()
                && existing.value(QStringLiteral("name")).toString().contains(region)) {
                id = existing.value(QStringLiteral("id"));
                break;
            }
        }
        return QJsonObject{{QStringLiteral("app"), app}, {QStringLiteral("id"), id}};
    }

    /// Foremast's ec2_pipeline_setup() and construct_pipeline_block() data for one env block.
    Block blockData(const QString &env, const QString &region, const QStringList &zones, const QString &previousEnv,
                    std::vector<JinjaJob> &userData) const
    {
        const QJsonObject settings = m_merged.region(env, region);
        const FlowScope pipelineScope = m_scopes.pipelineScope(region, nullptr);
        const FlowScope scope = m_scopes.envScope(pipelineScope, env, settings, zones, previousEnv);
        const Naming &naming = m_context.naming;

        Block block;
        block.env = env;
        block.region = region;
        QJsonObject data = settings;
        QJsonObject app = data.value(QStringLiteral("app")).toObject();
        QJsonObject asg = data.value(QStringLiteral("asg")).toObject();

        const bool prodFamily = env == QLatin1String("prod") || env == QLatin1String("prodp") || env == QLatin1String("prods");
        auto userDataJob = [&](bool canary) {
            JinjaJob job;
            job.templateName = QStringLiteral("infrastructure/user_data.sh.j2");
            job.context = QJsonObject{{QStringLiteral("env"), env},
                                      {QStringLiteral("env_c"), prodFamily ? QStringLiteral("prod") : env},
                                      {QStringLiteral("env_p"), prodFamily ? QStringLiteral("prodp") : env},
                                      {QStringLiteral("env_s"), prodFamily ? QStringLiteral("prods") : env},
                                      {QStringLiteral("region"), region},
                                      {QStringLiteral("app_name"), naming.app()},
                                      {QStringLiteral("group_name"), naming.identity().project.toLower()},
                                      {QStringLiteral("pipeline_type"), m_type},
                                      {QStringLiteral("canary"), canary}};
            userData.push_back(job);
            return int(userData.size()) - 1;
        };
        block.userDataJob = userDataJob(false);
        if (FlowText::isTruthy(app.value(QStringLiteral("canary"))))
            block.canaryUserDataJob = userDataJob(true);

        const QJsonArray providers = scope.get(FlowVar::HealthProviders).toArray();
        asg.insert(QStringLiteral("hc_type"), scope.get(FlowVar::HealthCheckType));
        asg.insert(QStringLiteral("hc_grace_period"), scope.get(FlowVar::HealthCheckGracePeriod));
        asg.insert(QStringLiteral("ssh_keypair"), scope.get(FlowVar::KeyPair));
        asg.insert(QStringLiteral("provider_healthcheck"), pythonJson(providers));
        asg.insert(QStringLiteral("enable_public_ips"),
                   pythonJson(settings.value(QStringLiteral("asg")).toObject().value(QStringLiteral("enable_public_ips"))));
        asg.insert(QStringLiteral("has_provider_healthcheck"), !providers.isEmpty());
        app.insert(QStringLiteral("az_dict"), pythonJson(scope.get(FlowVar::AvailabilityZones)));
        app.insert(QStringLiteral("instance_security_groups"), pythonJson(scope.get(FlowVar::SecurityGroups)));
        app.insert(QStringLiteral("elb"), pythonJson(scope.get(FlowVar::LoadBalancers)));
        app.insert(QStringLiteral("scalingpolicy"),
                   FlowText::isTruthy(settings.value(QStringLiteral("asg")).toObject().value(QStringLiteral("scaling_policy"))));
        app.insert(QStringLiteral("appname"), naming.app());
        app.insert(QStringLiteral("approval_skip"),
                   scope.get(FlowVar::ApprovalSkipEnabled).toBool() && app.contains(QStringLiteral("approval_skip"))
                       ? app.value(QStringLiteral("approval_skip"))
                       : QJsonValue(false));
        app.insert(QStringLiteral("repo_name"), naming.identity().repo.toLower());
        app.insert(QStringLiteral("group_name"), naming.identity().project.toLower());
        app.insert(QStringLiteral("environment"), env);
        app.insert(QStringLiteral("region"), region);
        app.insert(QStringLiteral("previous_env"), previousEnv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousEnv));
        app.insert(QStringLiteral("promote_restrict"), m_pipeline.value(QStringLiteral("promote_restrict")));
        app.insert(QStringLiteral("owner_email"), m_pipeline.value(QStringLiteral("owner_email")));
        app.insert(QStringLiteral("pipeline"), m_pipeline);
        data.insert(QStringLiteral("app"), app);
        data.insert(QStringLiteral("asg"), asg);
        block.data = data;
        return block;
    }

    const RunwayContext &m_context;
    const GenerationOptions &m_options;
    MergedSettings m_merged;
    QJsonObject m_pipeline;
    QString m_type;
    FlowScopeBuilder m_scopes;
    JinjaRenderer m_renderer;
    QHash<QPair<QString, int>, QString> m_stageEnv;
};

} // namespace

QString templateNameFor(const QString &env, const QString &type)
{
    QString name = QStringLiteral("pipeline/pipeline");
    name += env.startsWith(QLatin1String("prod")) ? QLatin1Char('_') + env : QStringLiteral("_stages");
    if (type != QLatin1String("ec2"))
        name += QLatin1Char('_') + type;
    return name + QStringLiteral(".json.j2");
}

bool overridesTemplatesOf(const RunwayContext &context, const GenerationOptions &options, const QString &type)
{
    const QString folder = effectiveTemplatesPath(context, options);
    if (folder.isEmpty())
        return false;
    // The templates Foremast renders for this type: the wrapper, the env blocks and everything
    // they include (the team's version of a file when it has one, else Foremast's).
    QStringList pending{QStringLiteral("pipeline/pipeline_wrapper.json.j2"), templateNameFor(QStringLiteral("dev"), type),
                        templateNameFor(QStringLiteral("prod"), type)};
    if (PipelineTypes::fromConfig(context.config).ec2Data.contains(type))
        pending << QStringLiteral("infrastructure/user_data.sh.j2");
    static const QRegularExpression include(QStringLiteral("\\{%-?\\s*include\\s+[\"']([^\"']+)[\"']"));
    QSet<QString> seen;
    bool overridden = false;
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (seen.contains(name))
            continue;
        seen.insert(name);
        QFile own(QDir(folder).filePath(name));
        QFile builtin(QStringLiteral(":/foremast-templates/") + name);
        QFile &file = own.exists() ? own : builtin;
        overridden = overridden || own.exists();
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = include.globalMatch(text); it.hasNext();)
            pending << it.next().captured(1);
    }
    return overridden;
}

Result<Generation> generateTemplatePipelines(const RunwayContext &context, const Flow &flow,
                                             const GenerationOptions &options)
{
    Q_UNUSED(flow)
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    if (!PipelineTypes::fromConfig(context.config).ec2Data.contains(type)) {
        Error e;
        e.file = effectiveTemplatesPath(context, options);
        e.message = Tr::tr("The templates folder overrides Foremast templates; the designer applies them to ec2-like "
                       "pipelines (ec2_pipeline_types) only, not yet to \"%1\" pipelines.").arg(type);
        return e;
    }
    return TemplateGenerator(context, options).run();
}

} // namespace Fd
