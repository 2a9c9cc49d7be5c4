// SPDX-License-Identifier: Apache-2.0
#include "PublishWithKeychain.h"

#include "PublishVerb.h"
#include "credentials/KeychainSecretStore.h"

namespace Fd::Cli {

namespace {

std::unique_ptr<SecretStore> makeKeychain()
{
    return std::make_unique<KeychainSecretStore>();
}

} // namespace

int runPublishWithKeychain(const QStringList &args, Io &io)
{
    setKeychainFactory(makeKeychain);
    return runPublish(args, io);
}

} // namespace Fd::Cli
