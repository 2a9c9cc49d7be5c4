// SPDX-License-Identifier: Apache-2.0
// Every verb in one process: what the tests call and what the GUI helper runs.
#include "DemoVerb.h"
#include "PublishWithKeychain.h"
#include "Verb.h"

namespace Fd::Cli {

int runRender(const QStringList &args, Io &io);

namespace {

VerbFunction anyVerb(const QString &name)
{
    if (const VerbFunction core = coreVerb(name))
        return core;
    if (name == QLatin1String("render"))
        return runRender;
    if (name == QLatin1String("publish"))
        return runPublishWithKeychain;
    if (name == QLatin1String("demo"))
        return runDemo;
    return nullptr;
}

} // namespace

int runVerb(const QStringList &args, Io &io)
{
    const QString name = args.value(1);
    const VerbFunction run = findVerb(name) ? anyVerb(name) : nullptr;
    return run ? run(args, io) : unknownVerb(name, io);
}

} // namespace Fd::Cli
