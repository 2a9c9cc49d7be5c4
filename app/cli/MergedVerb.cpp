// SPDX-License-Identifier: Apache-2.0
#include "RunwayOptions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Fd::Cli {

/// `merged RUNWAY`: Foremast's merged settings (raw.properties.json) on stdout.
int runMerged(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Prints the merged settings of a runway as JSON, in the shape "
                                           "Foremast writes to raw.properties.json."));
    const RunwayOptions options(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;
    const std::optional<RunwayContext> context = options.open(parser, io, true);
    if (!context)
        return ExitUnusable;
    if (context->hasErrors()) {
        io.err << QCoreApplication::translate("Cli", "Nothing printed: fix the errors above first.") << Qt::endl;
        return ExitFindings;
    }
    io.out << QString::fromUtf8(QJsonDocument(context->merged().json()).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace Fd::Cli
