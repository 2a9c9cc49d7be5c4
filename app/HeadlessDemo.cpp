// SPDX-License-Identifier: Apache-2.0
#include "HeadlessDemo.h"

#include "cli/Verb.h"
#include "window/RunwayOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "HeadlessDemo", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessDemo)
};

} // namespace

int runHeadlessDemo(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Io io{out, err};
    QString runway = args.value(1);
    if (runway.isEmpty() || runway.startsWith(QLatin1Char('-'))) {
        const Result<QString> example = exampleRunway();
        if (!example) {
            err << example.error().toString() << Qt::endl;
            return Cli::ExitUnusable;
        }
        runway = *example;
    }
    runway = runwayFolderFor(runway);
    const QStringList passThrough = args.mid(2);
    const QString outDir = QDir::current().absoluteFilePath(QStringLiteral("foremast-designer-output"));
    QDir().mkpath(outDir);
    out << Tr::tr("No display found, so the designer window cannot open. Running the headless "
                  "equivalent: generating the pipelines of %1 and drawing their graphs.")
               .arg(QDir::toNativeSeparators(runway))
        << Qt::endl;

    const QString program = args.value(0);
    int code = Cli::runVerb(QStringList{program, QStringLiteral("generate"), runway, QStringLiteral("--out"), outDir} + passThrough, io);
    if (code != Cli::ExitOk && code != Cli::ExitFindings)
        return code;
    const QStringList pipelines = QDir(outDir).entryList({QStringLiteral("pipeline-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : pipelines) {
        const QString base = QDir(outDir).filePath(QFileInfo(name).completeBaseName().replace(QStringLiteral("pipeline-"), QStringLiteral("graph-")));
        for (const QString &suffix : {QStringLiteral(".png"), QStringLiteral(".svg")}) {
            const int rendered = Cli::runVerb({program, QStringLiteral("render"), QDir(outDir).filePath(name),
                                               QStringLiteral("--out"), base + suffix}, io);
            if (rendered != Cli::ExitOk)
                code = rendered;
        }
    }
    out << QCoreApplication::translate("HeadlessDemo", "Wrote %n pipeline(s) and their graphs to %1", nullptr, int(pipelines.size()))
               .arg(QDir::toNativeSeparators(outDir))
        << Qt::endl;
    return code;
}

} // namespace Fd
