// SPDX-License-Identifier: Apache-2.0
#include "GeneratedFile.h"
#include "GenerationFlags.h"
#include "RunwayOptions.h"
#include "generator/PipelineValidator.h"
#include "graph/GraphExport.h"
#include "layout/EnvironmentStages.h"
#include "layout/LayoutJson.h"
#include "layout/PipelineStages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fd::Cli {

namespace {

/// This file's texts; lupdate files them under "Cli", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The pipeline to draw, whichever way it came.
struct RenderInput
{
    QString region;
    QString name;
    QJsonObject json;
    Errors findings;
    QHash<QString, QString> envOfStage;  ///< refId → env, from the generator
    QStringList envs;
    bool hasEnvs = false;  ///< envRefIds/envs come from the generator
};

QString describe(const QStringList &names)
{
    return names.isEmpty() ? Tr::tr("(none)") : names.join(QStringLiteral(", "));
}

/// `--region R` picks a pipeline; without it there must be exactly one.
int pickPipeline(const QStringList &regions, const QStringList &names, const QString &wanted, Io &io)
{
    if (wanted.isEmpty()) {
        if (regions.size() == 1)
            return 0;
        io.err << Tr::tr("The input holds several pipelines (%1): choose one with --region.").arg(describe(regions))
               << Qt::endl;
        return -1;
    }
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i) == wanted || names.at(i) == wanted
            || names.at(i).endsWith(QStringLiteral("[%1]").arg(wanted)))
            return i;
    }
    io.err << Tr::tr("No pipeline for region \"%1\"; the input has: %2.").arg(wanted, describe(regions)) << Qt::endl;
    return -1;
}

/// Empty when the pipeline's graph is small enough to lay out within seconds; else why not.
/// A thousand stages each depending on all the others is a million edges: refused, not drawn.
QString tooLargeToDraw(const QJsonObject &pipeline)
{
    constexpr int MaxStages = 500;
    constexpr int MaxLinks = 5000;
    const QJsonArray stages = pipeline.value(QStringLiteral("stages")).toArray();
    qint64 links = 0;
    for (const QJsonValue &stage : stages)
        links += stage.toObject().value(QStringLiteral("requisiteStageRefIds")).toArray().size();
    if (stages.size() <= MaxStages && links <= MaxLinks)
        return {};
    return Tr::tr("The pipeline has %1 stages and %2 dependencies; render draws at most %3 "
                                              "stages and %4 dependencies.")
        .arg(stages.size()).arg(links).arg(MaxStages).arg(MaxLinks);
}

/// Whether writing `out` would replace the input: the pipeline file itself, or a runway file.
bool overwritesInput(const QString &out, const QString &input)
{
    const QFileInfo target(out);
    const QFileInfo source(input);
    if (source.isDir()) {
        const QString name = target.fileName();
        return QFileInfo(target.absolutePath()).canonicalFilePath() == source.canonicalFilePath()
            && (name == QLatin1String("pipeline.json")
                || (name.startsWith(QLatin1String("application-master-")) && name.endsWith(QLatin1String(".json"))));
    }
    return target.exists() && target.canonicalFilePath() == source.canonicalFilePath();
}

std::optional<RenderInput> fromPipelineFile(const QString &path, const QString &region, Io &io)
{
    const Result<PipelineFile> file = PipelineFile::read(path);
    if (!file) {
        io.err << file.error().toString() << Qt::endl;
        return std::nullopt;
    }
    QStringList names;
    for (int i = 0; i < file->pipelines.size(); ++i)
        names << file->pipelineName(i);
    const int index = pickPipeline(names, names, region, io);
    if (index < 0)
        return std::nullopt;
    RenderInput input;
    input.name = names.at(index);
    input.json = file->pipelines.at(index);
    const QString tooLarge = tooLargeToDraw(input.json);
    if (!tooLarge.isEmpty()) {
        io.err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << tooLarge << Qt::endl;
        return std::nullopt;
    }
    input.findings = validatePipeline(input.json);
    // The graph's own findings (shape and layout), where the validator has nothing to say about
    // the same key, so that all of them get a file and line.
    Errors own;
    const StageLayout layout = layoutStages(stagesFromPipeline(input.json, &own));
    input.findings = mergeFindings(input.findings, own + layout.findings);
    file->locate(input.findings, index);
    return input;
}

std::optional<RenderInput> fromRunway(const QCommandLineParser &parser, const RunwayOptions &runway,
                                      const GenerationFlags &generation, const QString &region, Io &io)
{
    const std::optional<GeneratedRunway> opened = generation.openAndGenerate(parser, runway, io);
    if (!opened)
        return std::nullopt;
    const RunwayContext &context = opened->context;
    const Generation &generated = opened->generation;
    QStringList regions;
    QStringList names;
    for (const GeneratedPipeline &p : generated.pipelines) {
        regions << p.region;
        names << p.name;
    }
    const int index = pickPipeline(regions, names, region, io);
    if (index < 0)
        return std::nullopt;
    const GeneratedPipeline &pipeline = generated.pipelines.at(index);
    RenderInput input;
    input.region = pipeline.region;
    input.name = pipeline.name;
    input.json = pipeline.json;
    input.hasEnvs = true;
    input.envs = pipeline.envs;
    input.envOfStage = pipeline.envOfStage;
    for (const Error &finding : generated.findings) {
        if (finding.region.isEmpty() || finding.region == pipeline.region)
            input.findings << finding;
    }
    for (const Error &finding : context.findings)
        input.findings << finding;
    return input;
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (writeGeneratedFile(path, bytes, &error) == WriteOutcome::Failed)
        return Tr::tr("Cannot write %1: %2").arg(path, error);
    return QString();
}

} // namespace

/// `render INPUT --out FILE.png|FILE.svg|FILE.json`: draws a pipeline's stage graph as the
/// designer shows it (Spinnaker's look, Configuration selected as in the documentation's
/// diagrams). INPUT is a pipeline JSON file (one pipeline or a list) or a runway folder, whose
/// pipelines are generated first. Exit code 1 when the pipeline has errors (the file is still
/// written, with the faulty stages in red).
int runRender(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Draws the stage graph of a pipeline as PNG or SVG, or writes its layout as JSON. INPUT is a pipeline "
               "JSON file or a runway folder."));
    const RunwayOptions runway(parser, Tr::tr("A runway folder (its pipelines are generated first; --project, --repo, "
                                              "--config and the generation options apply), or a pipeline JSON file: "
                                              "one pipeline or a list, as Gate returns them."),
                               QStringLiteral("INPUT"));
    const GenerationFlags generation(parser);
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("Output file: .png, .svg or .json."), Tr::tr("FILE"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          Tr::tr("The region (pipeline) to draw when the input has several."), Tr::tr("R"));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       Tr::tr("Emphasise this environment's stages and fade the rest."), Tr::tr("E"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), Tr::tr("PNG scale factor (default 1)."), Tr::tr("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), Tr::tr("Node drawn as selected: \"configuration\" (default), \"none\" or a refId."),
        Tr::tr("NODE"), QStringLiteral("configuration"));
    for (const QCommandLineOption &option : {outOption, regionOption, envOption, scaleOption, selectOption})
        parser.addOption(option);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;

    const QString out = parser.value(outOption);
    const QString format = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || !(format == QLatin1String("png") || format == QLatin1String("svg") || format == QLatin1String("json"))) {
        io.err << Tr::tr("render needs --out FILE ending in .png, .svg or .json.") << Qt::endl;
        return ExitUnusable;
    }
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale <= 0 || scale > 16) {
        io.err << Tr::tr("--scale expects a number between 0 and 16.") << Qt::endl;
        return ExitUnusable;
    }

    const QString inputPath = parser.positionalArguments().constFirst();
    if (overwritesInput(out, inputPath)) {
        io.err << Tr::tr("--out %1 would overwrite the input; choose another file.").arg(QDir::toNativeSeparators(out))
               << Qt::endl;
        return ExitUnusable;
    }
    const QString region = parser.value(regionOption);
    const std::optional<RenderInput> input = QFileInfo(inputPath).isFile()
        ? fromPipelineFile(inputPath, region, io)
        : fromRunway(parser, runway, generation, region, io);
    if (!input)
        return ExitUnusable;
    if (const QString tooLarge = tooLargeToDraw(input->json); !tooLarge.isEmpty()) {
        io.err << tooLarge << Qt::endl;
        return ExitUnusable;
    }

    const GraphStyle style = GraphStyle::deck(GraphStyle::fixedFont());
    const StageGraph graph = StageGraph::build(input->json, style, input->findings);
    GraphState state;
    const QString select = parser.value(selectOption);
    if (select == QLatin1String("configuration")) {
        state.active = 0;
    } else if (select != QLatin1String("none")) {
        state.active = graph.layout.nodeOf(select);
        if (state.active < 0) {
            io.err << Tr::tr("No stage has refId \"%1\".").arg(select) << Qt::endl;
            return ExitUnusable;
        }
    }
    if (parser.isSet(envOption)) {
        const QString env = parser.value(envOption);
        const QStringList envs = input->hasEnvs ? input->envs : environmentsOf(input->json);
        QString match;
        for (const QString &e : envs)
            match = e.compare(env, Qt::CaseInsensitive) == 0 ? e : match;
        if (match.isEmpty()) {
            io.err << Tr::tr("The pipeline has no environment \"%1\"; it has: %2.").arg(env, describe(envs)) << Qt::endl;
            return ExitUnusable;
        }
        QSet<QString> refIds;
        if (input->hasEnvs) {
            for (auto it = input->envOfStage.cbegin(); it != input->envOfStage.cend(); ++it) {
                if (it.value() == match)
                    refIds.insert(it.key());
            }
        } else {
            refIds = refIdsOfEnvironment(input->json, match);
        }
        state.emphasis = true;
        state.emphasised = graph.nodesOf(refIds);
    }

    QString error;
    if (format == QLatin1String("png")) {
        const qreal fitting = GraphExport::fittingScale(graph, scale);
        if (fitting < scale) {
            io.err << Tr::tr("The graph is %1 × %2 px: drawn at scale %3 to stay within 32,000 px and 100 megapixels "
                             "(SVG has no such limit).")
                          .arg(qRound(graph.layout.size.width()))
                          .arg(qRound(graph.layout.size.height()))
                          .arg(fitting, 0, 'g', 3)
                   << Qt::endl;
        }
        error = GraphExport::writePng(out, graph, state, style, scale);
    } else if (format == QLatin1String("svg")) {
        error = GraphExport::writeSvg(out, graph, state, style, input->name);
    } else {
        QJsonObject json = layoutToJson(graph.layout);
        QJsonArray findings;
        for (const Error &finding : graph.findings)
            findings << errorToJson(finding);
        json.insert(QStringLiteral("findings"), findings);
        json.insert(QStringLiteral("pipeline"), input->name);
        if (!input->region.isEmpty())
            json.insert(QStringLiteral("region"), input->region);
        error = writeBytes(out, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return ExitUnusable;
    }
    int errors = 0;
    for (const Error &finding : graph.findings) {
        io.err << finding.toString() << Qt::endl;
        errors += finding.isWarning() ? 0 : 1;
    }
    io.out << Tr::tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(out), input->name) << Qt::endl;
    return errors > 0 ? ExitFindings : ExitOk;
}

} // namespace Fd::Cli
