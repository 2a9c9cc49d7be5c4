// SPDX-License-Identifier: Apache-2.0
#include "DemoVerb.h"

#include "cli/RunwayOptions.h"
#include "window/RunwayOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Fd {

int runDemo(const QStringList &args, Cli::Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Writes what the designer window would show for RUNWAY into DIR: each region's pipeline JSON "
        "(as generate does) and its stage graph as PNG and SVG (as render does). Needs no display."));
    parser.addPositionalArgument(QStringLiteral("RUNWAY"),
        QCoreApplication::translate("Cli", "The runway folder, or a folder holding runway/. Default: the bundled example runway."),
        QStringLiteral("[RUNWAY]"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("Cli", "Folder to write into (created when missing). Required."),
        QCoreApplication::translate("Cli", "DIR"));
    parser.addOption(outOption);
    int exitCode = Cli::ExitOk;
    if (!Cli::parseArguments(parser, args, io, -1, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1 || !parser.isSet(outOption)) {
        io.err << QCoreApplication::translate("Cli", "Usage: foremast-designer demo [RUNWAY] --out DIR") << Qt::endl;
        return Cli::ExitUnusable;
    }
    QString runway = parser.positionalArguments().value(0);
    if (runway.isEmpty()) {
        const Result<QString> example = exampleRunway();
        if (!example) {
            io.err << example.error().toString() << Qt::endl;
            return Cli::ExitUnusable;
        }
        runway = *example;
    }
    runway = runwayFolderFor(runway);
    const QString outDir = QFileInfo(parser.value(outOption)).absoluteFilePath();
    const QString program = args.value(0);
    int code = Cli::runVerb({program, QStringLiteral("generate"), runway, QStringLiteral("--out"), outDir}, io);
    if (code != Cli::ExitOk)
        return code;
    const QDir dir(outDir);
    const QStringList pipelines = dir.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : pipelines) {
        const QString base = dir.filePath(QFileInfo(name).completeBaseName().replace(QStringLiteral("pipeline-"), QStringLiteral("graph-")));
        for (const QString &suffix : {QStringLiteral(".png"), QStringLiteral(".svg")}) {
            const int rendered = Cli::runVerb({program, QStringLiteral("render"), dir.filePath(name),
                                               QStringLiteral("--out"), base + suffix}, io);
            if (rendered != Cli::ExitOk)
                code = rendered;
        }
    }
    io.out << QCoreApplication::translate("Cli", "Wrote %n pipeline(s) and their graphs to %1", nullptr, int(pipelines.size()))
                  .arg(QDir::toNativeSeparators(outDir))
           << Qt::endl;
    return code;
}

} // namespace Fd
