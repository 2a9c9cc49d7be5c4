// SPDX-License-Identifier: Apache-2.0
#include "Verb.h"

#include <QCoreApplication>

namespace Fd::Cli {

int runMerged(const QStringList &args, Io &io);
int runGenerate(const QStringList &args, Io &io);
int runValidate(const QStringList &args, Io &io);

const QList<Verb> &verbs()
{
    static const QList<Verb> all = {
        {"merged", QT_TRANSLATE_NOOP("Cli", "Print the merged settings of a runway as JSON"), VerbHost::Core},
        {"generate", QT_TRANSLATE_NOOP("Cli", "Write the pipelines of a runway, one JSON file per region"), VerbHost::Core},
        {"validate", QT_TRANSLATE_NOOP("Cli", "Check a runway and its pipelines (or a pipeline file)"), VerbHost::Core},
        {"render", QT_TRANSLATE_NOOP("Cli", "Draw a pipeline's stage graph as PNG or SVG, or its layout as JSON"),
         VerbHost::Gui},
        {"publish", QT_TRANSLATE_NOOP("Cli", "Publish a runway's pipelines to Spinnaker through Gate"), VerbHost::Network},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Without a window: write a runway's pipelines and graphs into a folder"),
         VerbHost::Gui},
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

QString verbList()
{
    QString text = QCoreApplication::translate("Cli", "Commands (foremast-designer COMMAND --help for each):") + QLatin1Char('\n');
    for (const Verb &v : verbs())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(v.name), -10).arg(QCoreApplication::translate("Cli", v.summary));
    return text;
}

int unknownVerb(const QString &name, Io &io)
{
    io.err << QCoreApplication::translate("Cli", "Unknown command \"%1\" (and no such runway folder).").arg(name)
           << Qt::endl
           << verbList();
    io.err.flush();
    return ExitUnusable;
}

int usageError(const QString &command, const QString &why, Io &io)
{
    io.err << command << QStringLiteral(": ") << why << Qt::endl
           << QCoreApplication::translate("Cli", "Run %1 --help for its options.").arg(command) << Qt::endl;
    return ExitUnusable;
}

namespace {
bool endsAfterVerb = false;
} // namespace

void setProcessEndsAfterVerb()
{
    endsAfterVerb = true;
}

bool processEndsAfterVerb()
{
    return endsAfterVerb;
}

VerbFunction coreVerb(const QString &name)
{
    if (name == QLatin1String("merged"))
        return runMerged;
    if (name == QLatin1String("generate"))
        return runGenerate;
    if (name == QLatin1String("validate"))
        return runValidate;
    return nullptr;
}

} // namespace Fd::Cli
