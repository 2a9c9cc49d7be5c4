// SPDX-License-Identifier: Apache-2.0
#include "GenerationFlags.h"
#include "RunwayOptions.h"
#include "generator/PipelineValidator.h"

#include <QCoreApplication>
#include <QFile>
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

int report(const Errors &findings, Io &io)
{
    int errors = 0;
    for (const Error &finding : findings) {
        io.out << finding.toString() << Qt::endl;
        errors += finding.isWarning() ? 0 : 1;
    }
    const int warnings = int(findings.size()) - errors;
    io.out << QCoreApplication::translate("Cli", "%n error(s)", nullptr, errors) << QStringLiteral(", ")
           << QCoreApplication::translate("Cli", "%n warning(s)", nullptr, warnings) << QLatin1Char('.') << Qt::endl;
    return errors > 0 ? ExitFindings : ExitOk;
}

/// A pipeline file rather than a runway: one pipeline, or a list as Gate's pipelineConfigs returns.
int validatePipelineFile(const QString &path, Io &io)
{
    QFile file(path);
    QJsonParseError parseError{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                             : QJsonDocument();
    if (doc.isNull()) {
        Error e;
        e.file = path;
        e.message = file.isOpen() ? Tr::tr("Invalid JSON: %1.").arg(parseError.errorString())
                                  : Tr::tr("The file cannot be read: %1").arg(file.errorString());
        io.err << e.toString() << Qt::endl;
        return ExitUnusable;
    }
    Errors findings = doc.isArray() ? validatePipelines(doc.array()) : validatePipeline(doc.object());
    for (Error &e : findings)
        e.file = path;
    return report(findings, io);
}

} // namespace

/// `validate RUNWAY`: the findings about the runway and the pipelines it generates.
/// `validate FILE.json` checks a pipeline file instead (e.g. one exported from Spinnaker).
int runValidate(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks a runway and the pipelines it generates (or a pipeline JSON file) and prints the findings. "
               "Exit code 0: no errors, 1: errors, 2: the input cannot be used."));
    const RunwayOptions runway(parser, Tr::tr("A runway folder, or a pipeline JSON file (one pipeline or a list, e.g. "
                                              "exported from Spinnaker), checked on its own."),
                               QStringLiteral("RUNWAY|FILE"));
    const GenerationFlags generation(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;
    const QString target = parser.positionalArguments().constFirst();
    if (QFileInfo(target).isFile())
        return validatePipelineFile(target, io);

    // The flow is parsed on the second core while this thread reads the runway. The designer
    // settings file that names it is read once, for both.
    const FlowChoice flowChoice = FlowChoice::forRunway(runway.source(parser).folder);
    const std::shared_ptr<void> preload = generation.preloadFlow(parser, flowChoice);
    // Load findings are reported below with the others, on stdout; open() would print them too.
    QString loadMessages;
    QTextStream loadStream(&loadMessages);
    Io loadIo{io.out, loadStream};
    std::optional<RunwayContext> context = runway.open(parser, loadIo, true);
    loadStream.flush();
    if (!context) {
        io.err << loadMessages;
        return ExitUnusable;
    }
    std::optional<Generation> generated = generation.generate(parser, *context, flowChoice, io);
    if (!generated)
        return ExitUnusable;
    const int exit = report(context->findings + generated->findings, io);
    keepUntilProcessEnd(std::move(context));
    keepUntilProcessEnd(std::move(generated));
    return exit;
}

} // namespace Fd::Cli
