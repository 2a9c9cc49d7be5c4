// SPDX-License-Identifier: Apache-2.0
#include "cli/Verb.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

bool isVerb(int argc, char **argv)
{
    return argc > 1 && Fd::Cli::findVerb(QString::fromLocal8Bit(argv[1]));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Foremast Designer"));
    QCoreApplication::setApplicationName(QStringLiteral("foremast-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));

    // Verbs run headless: QApplication would abort without a display.
    if (isVerb(argc, argv)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        Fd::Cli::Io io{out, err};
        return Fd::Cli::runVerb(app.arguments(), io);
    }

    QApplication app(argc, argv);
    QTextStream err(stderr);
    err << QCoreApplication::translate("main", "The designer window is not built yet.") << Qt::endl;
    return 0;
}
