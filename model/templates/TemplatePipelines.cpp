// SPDX-License-Identifier: Apache-2.0
#include "TemplatePipelines.h"

#include "JinjaRenderer.h"
#include "ManualPipelines.h"
#include "OnetimePipelines.h"
#include "PipelineTypes.h"
#include "TemplateData.h"
#include "generator/EnvFileFindings.h"
#include "generator/PipelineValidator.h"
#include "runway/ForemastLimits.h"
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
        , m_type(pipelineTypeOf(m_merged.pipeline()))
        , m_data(context, options, m_merged, m_type, templateClassOf(m_type, !options.onetimeEnv.isEmpty()))
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
        // As for pipelines made from a flow: Foremast merges the same way, its clean-up of stale
        // pipelines stops on an env it has not read before any template is rendered, and its
        // Python reads pipeline.json's values (notifications, image, …) before Jinja does.
        generation.findings << envFileFindings(m_context, m_merged, m_options.onetimeEnv);
        generation.findings << ForemastLimits::ofMerge(m_context, m_merged);
        generation.findings << ForemastLimits::ofPipelineKeys(m_context, m_merged, m_options.onetimeEnv);
        const EnvRegions deployed = envRegions(m_context, m_merged, generatedEnvs(m_context.runway, m_options.onetimeEnv));
        const QStringList &regions = deployed.regions;
        const QHash<QString, QStringList> &envsOfRegion = deployed.envsOfRegion;

        // Phase 1: the user data scripts (a template too, so a team may override it).
        std::vector<JinjaJob> userData;
        QList<TemplateBlock> blocks;
        for (const QString &region : regions) {
            QString previousEnv;
            for (const QString &env : envsOfRegion.value(region)) {
                const QStringList zones = m_options.subnets.zones(env, region);
                if (zones.isEmpty() && m_data.needsSubnets()) {
                    Error e;
                    e.severity = Error::Severity::Warning;
                    e.env = env;
                    e.region = region;
                    e.message = Tr::tr("No subnets for this env in this region: left out of the pipeline, as Foremast does.");
                    generation.findings << e;
                    continue;
                }
                blocks << m_data.block(env, region, zones, previousEnv, userData);
                previousEnv = env;
            }
        }
        Result<QStringList> scripts = m_renderer.render(userData);
        if (!scripts)
            return scripts.error();

        // Phase 2: wrappers and env blocks in one run.
        std::vector<JinjaJob> jobs;
        for (const QString &region : regions)
            jobs.push_back(job(QStringLiteral("pipeline/pipeline_wrapper.json.j2"), m_data.wrapper(region)));
        for (TemplateBlock &block : blocks) {
            QJsonObject app = block.data.value(QStringLiteral("app")).toObject();
            if (block.userDataJob >= 0)
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
        generation.findings << unappliedTemplateOverrides(m_context, m_options);
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

    const RunwayContext &m_context;
    const GenerationOptions &m_options;
    MergedSettings m_merged;
    QString m_type;
    TemplateData m_data;
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
    // Blocks with ec2 data, lambda's and cloudfunction's carry a user data script (a template too).
    const TemplateClass templateClass = templateClassOf(type, !options.onetimeEnv.isEmpty());
    if (templateClass == TemplateClass::Lambda || templateClass == TemplateClass::CloudFunction
        || (templateClass == TemplateClass::Ec2 && PipelineTypes::fromConfig(context.config).ec2Data.contains(type)))
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

Errors unappliedTemplateOverrides(const RunwayContext &context, const GenerationOptions &options)
{
    Errors out;
    const QString folder = effectiveTemplatesPath(context, options);
    if (folder.isEmpty())
        return out;
    for (const QString &name : {QStringLiteral("configs/configs.json.j2"), QStringLiteral("configs/pipeline.json.j2")}) {
        const QString path = QDir(folder).filePath(name);
        if (!QFileInfo::exists(path))
            continue;
        Error e;
        e.file = path;
        e.message = Tr::tr("This template overrides the defaults Foremast merges every runway with (%1); the designer "
                           "merges with Foremast's own defaults and does not apply it, so its settings and pipelines "
                           "could differ from Foremast's.").arg(name);
        out << e;
    }
    return out;
}

Result<Generation> generateTemplatePipelines(const RunwayContext &context, const Flow &flow,
                                             const GenerationOptions &options)
{
    Q_UNUSED(flow)
    return TemplateGenerator(context, options).run();
}

} // namespace Fd
