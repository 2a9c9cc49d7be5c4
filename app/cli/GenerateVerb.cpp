// SPDX-License-Identifier: Apache-2.0
#include "GeneratedFile.h"
#include "GenerationFlags.h"
#include "RunwayOptions.h"
#include "json/JsonText.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fd::Cli {

namespace {

/// This file's texts; lupdate files them under "Cli", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

/// `generate RUNWAY --out DIR`: one pipeline-<region>.json per region, exactly what Deploy would
/// publish. Nothing is written while the runway or the pipelines have errors.
int runGenerate(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Generates the runway's pipelines and writes one pipeline-<region>.json per region into DIR "
           "(pipeline-<region>-onetime-<env>.json with --onetime, pipeline-manual-<n>.json for manual types): "
           "the JSON that publishing would send to Spinnaker."));
    const RunwayOptions runway(parser);
    const GenerationFlags generation(parser);
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("Folder to write the pipelines into."), Tr::tr("DIR"));
    parser.addOption(outOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;
    if (!parser.isSet(outOption)) {
        io.err << Tr::tr("generate needs --out DIR.") << Qt::endl;
        return ExitUnusable;
    }
    std::optional<GeneratedRunway> opened = generation.openAndGenerate(parser, runway, io);
    if (!opened)
        return ExitUnusable;
    const Generation &generated = opened->generation;
    for (const Error &finding : generated.findings)
        io.err << finding.toString() << Qt::endl;
    if (opened->context.hasErrors() || generated.hasErrors()) {
        io.err << Tr::tr("Nothing written: fix the errors above first.") << Qt::endl;
        return ExitFindings;
    }

    const QString outDir = parser.value(outOption);
    if (!QDir().mkpath(outDir)) {
        io.err << Tr::tr("Cannot create the folder %1.").arg(outDir) << Qt::endl;
        return ExitUnusable;
    }
    std::vector<QByteArray> texts = pipelineTexts(generated.pipelines);
    for (qsizetype i = 0; i < generated.pipelines.size(); ++i) {
        const GeneratedPipeline &pipeline = generated.pipelines.at(i);
        const QString path = QDir(outDir).filePath(pipeline.fileName.isEmpty()
                                                       ? QStringLiteral("pipeline-%1.json").arg(pipeline.region)
                                                       : pipeline.fileName);
        QString error;
        const WriteOutcome outcome = writeGeneratedFile(path, texts[size_t(i)], &error);
        if (outcome == WriteOutcome::Failed) {
            io.err << Tr::tr("Cannot write %1: %2").arg(path, error) << Qt::endl;
            return ExitUnusable;
        }
        const int stages = int(pipeline.json.value(QStringLiteral("stages")).toArray().size());
        io.out << (outcome == WriteOutcome::Written
                       ? QCoreApplication::translate("Cli", "Wrote %1 (%2, %n stage(s)).", nullptr, stages)
                       : QCoreApplication::translate("Cli", "Up to date: %1 (%2, %n stage(s)).", nullptr, stages))
                      .arg(QDir::toNativeSeparators(path), pipeline.name)
               << Qt::endl;
    }
    keepUntilProcessEnd(std::move(opened));
    keepUntilProcessEnd(std::move(texts));
    return ExitOk;
}

} // namespace Fd::Cli
