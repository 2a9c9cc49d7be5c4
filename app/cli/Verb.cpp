// SPDX-License-Identifier: Apache-2.0
#include "Verb.h"

#include <QCoreApplication>

namespace Fd::Cli {

int runMerged(const QStringList &args, Io &io);
int runGenerate(const QStringList &args, Io &io);
int runValidate(const QStringList &args, Io &io);
int runRender(const QStringList &args, Io &io);
int runPublish(const QStringList &args, Io &io);

const QList<Verb> &verbs()
{
    static const QList<Verb> all = {
        {"merged", QT_TRANSLATE_NOOP("Cli", "Print the merged settings of a runway as JSON"), runMerged},
        {"generate", QT_TRANSLATE_NOOP("Cli", "Write the pipelines of a runway, one JSON file per region"), runGenerate},
        {"validate", QT_TRANSLATE_NOOP("Cli", "Check a runway and its pipelines (or a pipeline file)"), runValidate},
        {"render", QT_TRANSLATE_NOOP("Cli", "Draw a pipeline's stage graph as PNG or SVG, or its layout as JSON"),
         runRender, true},
        {"publish", QT_TRANSLATE_NOOP("Cli", "Publish a runway's pipelines to Spinnaker through Gate"), runPublish},
    };
    return all;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : verbs()) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

int runVerb(const QStringList &args, Io &io)
{
    const Verb *verb = args.size() > 1 ? findVerb(args.at(1)) : nullptr;
    if (!verb) {
        io.err << QCoreApplication::translate("Cli", "Unknown command \"%1\". Commands:")
                      .arg(args.value(1))
               << Qt::endl;
        for (const Verb &v : verbs())
            io.err << QStringLiteral("  %1  %2").arg(QLatin1String(v.name), -10)
                          .arg(QCoreApplication::translate("Cli", v.summary))
                   << Qt::endl;
        return ExitUnusable;
    }
    return verb->run(args, io);
}

} // namespace Fd::Cli
