// SPDX-License-Identifier: Apache-2.0
#include "GenerationFlags.h"

#include "RunwayOptions.h"
#include "core/SecondThread.h"
#include "generator/ExistingPipelines.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Fd::Cli {

namespace {

/// This file's texts; lupdate files them under "Cli", the context Tr::tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Parses a built-in flow on a second thread while the caller opens the runway: Flow::load keeps
/// it (its cache is behind a mutex, so generate() then takes it, or waits for the parse to end).
/// When it goes out of scope it waits for a parse that has begun; one that has not never will.
/// Does nothing for a flow file (read when generating).
class FlowPreload
{
public:
    explicit FlowPreload(const QString &flow)
    {
        if (Flow::builtinNames().contains(flow) && threadsFromEnvironment() != GenerationOptions::Threads::Off)
            m_thread = std::make_unique<SecondThread>([flow]() { Flow::load(flow); });
    }

private:
    std::unique_ptr<SecondThread> m_thread;
};

} // namespace

GenerationFlags::GenerationFlags(QCommandLineParser &parser)
    : m_flow(QStringLiteral("flow"),
             Tr::tr("Flow template: a built-in name (%1) or a flow file. Default: the runway's choice, else foremast-v5.")
                 .arg(Flow::builtinNames().join(QStringLiteral(", "))),
             Tr::tr("NAME|FILE"))
    , m_flowSetting(QStringLiteral("flow-setting"),
                    Tr::tr("Overrides a setting of the flow, e.g. qeJob=qa-{{ env }} (repeatable; JSON values allowed)."),
                    Tr::tr("NAME=VALUE"))
    , m_subnets(QStringLiteral("subnets"),
                Tr::tr("Availability zones: \"offline\" (<region>a/b/c for every env) or a JSON file "
                       "(Gate's /subnets/aws answer or {account: {region: [zone, ...]}})."),
                Tr::tr("offline|FILE"), QStringLiteral("offline"))
    , m_existing(QStringLiteral("existing"),
                 Tr::tr("The app's existing pipelines (Gate's pipelineConfigs answer, a JSON list): a pipeline with "
                    "exactly the same name lends its id."),
                 Tr::tr("FILE"))
    , m_templatesPath(QStringLiteral("templates-path"),
                      Tr::tr("Foremast's templates_path: Jinja templates that override Foremast's own and that rolling "
                         "pipelines and templates:// pipeline files need. Default: foremast.cfg's."),
                      Tr::tr("DIR"))
    , m_onetime(QStringLiteral("onetime"),
                Tr::tr("Generates the one-time pipeline of ENV (foremast-pipeline-onetime) instead of the regular ones."),
                Tr::tr("ENV"))
{
    parser.addOption(m_flow);
    parser.addOption(m_flowSetting);
    parser.addOption(m_subnets);
    parser.addOption(m_existing);
    parser.addOption(m_templatesPath);
    parser.addOption(m_onetime);
}

std::optional<GenerationOptions> GenerationFlags::options(const QCommandLineParser &parser,
                                                          const QString &runwayFolder, Io &io) const
{
    return options(parser, FlowChoice::forRunway(runwayFolder), io);
}

std::optional<GenerationOptions> GenerationFlags::options(const QCommandLineParser &parser, const FlowChoice &choice,
                                                          Io &io) const
{
    GenerationOptions options;
    options.threads = threadsFromEnvironment();
    options.flow = flowName(parser, choice);
    options.flowSettings = choice.settings;
    for (const QString &assignment : parser.values(m_flowSetting)) {
        const int equals = int(assignment.indexOf(QLatin1Char('=')));
        if (equals <= 0) {
            io.err << Tr::tr("--flow-setting expects NAME=VALUE, got \"%1\".").arg(assignment) << Qt::endl;
            return std::nullopt;
        }
        const QString value = assignment.mid(equals + 1);
        const QJsonDocument json = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
        options.flowSettings.insert(assignment.left(equals),
                                    json.isArray() && json.array().size() == 1 ? json.array().at(0) : QJsonValue(value));
    }

    const QString subnets = parser.value(m_subnets);
    if (subnets != QLatin1String("offline")) {
        Result<SubnetSource> source = SubnetSource::readFile(subnets);
        if (!source) {
            io.err << source.error().toString() << Qt::endl;
            return std::nullopt;
        }
        options.subnets = source.value();
    }

    if (parser.isSet(m_existing)) {
        const Result<QJsonArray> existing = readExistingPipelines(parser.value(m_existing));
        if (!existing) {
            io.err << existing.error().toString() << Qt::endl;
            return std::nullopt;
        }
        options.existingPipelines = existing.value();
    }
    if (parser.isSet(m_templatesPath)) {
        options.templatesPath = parser.value(m_templatesPath);
        if (!QFileInfo(options.templatesPath).isDir()) {
            io.err << Tr::tr("--templates-path: %1 is not a folder.").arg(options.templatesPath) << Qt::endl;
            return std::nullopt;
        }
    }
    options.onetimeEnv = parser.value(m_onetime);
    return options;
}

std::optional<Generation> GenerationFlags::generate(const QCommandLineParser &parser, const RunwayContext &context,
                                                   Io &io) const
{
    return generate(parser, context, FlowChoice::forRunway(context.source.folder), io);
}

std::optional<Generation> GenerationFlags::generate(const QCommandLineParser &parser, const RunwayContext &context,
                                                   const FlowChoice &choice, Io &io) const
{
    const std::optional<GenerationOptions> generationOptions = options(parser, choice, io);
    if (!generationOptions)
        return std::nullopt;
    Result<Generation> generated = generatePipelines(context, *generationOptions);
    if (!generated) {
        io.err << generated.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return std::move(generated).value();
}

std::optional<GeneratedRunway> GenerationFlags::openAndGenerate(const QCommandLineParser &parser,
                                                                const RunwayOptions &runway, Io &io) const
{
    // The flow is parsed on the second core while this thread reads the runway. The designer
    // settings file that names it is read once, for both.
    const FlowChoice choice = FlowChoice::forRunway(runway.source(parser).folder);
    const std::shared_ptr<void> preload = preloadFlow(parser, choice);
    std::optional<RunwayContext> context = runway.open(parser, io, true);
    if (!context)
        return std::nullopt;
    std::optional<Generation> generated = generate(parser, *context, choice, io);
    if (!generated)
        return std::nullopt;
    return GeneratedRunway{std::move(*context), std::move(*generated)};
}

std::shared_ptr<void> GenerationFlags::preloadFlow(const QCommandLineParser &parser, const FlowChoice &choice) const
{
    return std::make_shared<FlowPreload>(flowName(parser, choice));
}

QString GenerationFlags::flowName(const QCommandLineParser &parser, const FlowChoice &choice) const
{
    return parser.isSet(m_flow) ? parser.value(m_flow) : choice.flow;
}

GenerationOptions::Threads threadsFromEnvironment()
{
    const QByteArray threads = qgetenv("FOREMAST_DESIGNER_THREADS");
    if (threads == "on")
        return GenerationOptions::Threads::On;
    if (threads == "off")
        return GenerationOptions::Threads::Off;
    return GenerationOptions::Threads::Auto;
}

} // namespace Fd::Cli
