// SPDX-License-Identifier: Apache-2.0
// Helper of scripts/kill-during-save.sh.
//   save_trial save FOLDER N   sets "fd_trial": N in every runway file and saves them all, in a loop
//                              with N, N+1, … until killed
//   save_trial check FOLDER    opens the runway (which finishes or undoes an interrupted save) and
//                              prints the generation every file holds; exit 1 when they differ
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

using namespace Fd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() >= 3 && args.at(1) == QLatin1String("check")) {
        const Result<Runway> runway = loadRunway(args.at(2));
        if (!runway) {
            out << "unreadable: " << runway.error().toString() << Qt::endl;
            return 1;
        }
        for (const Error &e : runway->loadFindings)
            out << "recovered: " << e.toString() << Qt::endl;
        QSet<int> generations;
        for (const RunwayFile *file : runway->files())
            generations.insert(file->value.value(QStringLiteral("fd_trial")).toInt(-1));
        out << "generations:";
        for (int g : generations)
            out << ' ' << g;
        out << Qt::endl;
        return generations.size() == 1 ? 0 : 1;
    }
    if (args.size() < 4 || args.at(1) != QLatin1String("save"))
        return 2;
    for (int n = args.at(3).toInt();; ++n) {
        Result<Runway> runway = loadRunway(args.at(2));
        if (!runway)
            return 1;
        runway.value().pipeline.value.insert(QStringLiteral("fd_trial"), n);
        for (RunwayFile &file : runway.value().envs)
            file.value.insert(QStringLiteral("fd_trial"), n);
        if (!saveRunway(runway.value()))
            return 1;
    }
}
