// SPDX-License-Identifier: Apache-2.0
// Every verb in one process: what the tests call and what the GUI helper runs.
#include "PublishVerb.h"
#include "Verb.h"
#include "credentials/KeychainSecretStore.h"

namespace Fd::Cli {

int runRender(const QStringList &args, Io &io);

namespace {

std::unique_ptr<SecretStore> makeKeychain()
{
    return std::make_unique<KeychainSecretStore>();
}

QList<QPair<QString, VerbFunction>> &extraVerbs()
{
    static QList<QPair<QString, VerbFunction>> extra;
    return extra;
}

VerbFunction anyVerb(const QString &name)
{
    if (const VerbFunction core = coreVerb(name))
        return core;
    if (name == QLatin1String("render"))
        return runRender;
    if (name == QLatin1String("publish"))
        return runPublish;
    for (const auto &extra : extraVerbs()) {
        if (extra.first == name)
            return extra.second;
    }
    return nullptr;
}

} // namespace

void registerVerb(const QString &name, VerbFunction run)
{
    extraVerbs().append({name, run});
}

int runVerb(const QStringList &args, Io &io)
{
    setKeychainFactory(makeKeychain);
    const QString name = args.value(1);
    const VerbFunction run = findVerb(name) ? anyVerb(name) : nullptr;
    return run ? run(args, io) : unknownVerb(name, io);
}

} // namespace Fd::Cli
