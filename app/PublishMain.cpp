// SPDX-License-Identifier: Apache-2.0
// foremast-designer-publish: `publish` in a process with Qt Core and Network only. Users run it
// through `foremast-designer publish`; publish --keychain goes to the GUI helper instead, whose
// Gate module links the keychain.
#include "cli/Launch.h"
#include "cli/PublishVerb.h"
#include "cli/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    Fd::Cli::setApplicationNames();
    QCoreApplication app(argc, argv);
    Fd::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Fd::Cli::Io io{out, err};
    if (app.arguments().value(1) != QLatin1String("publish"))
        return Fd::Cli::unknownVerb(app.arguments().value(1), io);
    return Fd::Cli::runPublish(app.arguments(), io);
}
