// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"

#include <memory>

namespace Fd {
class SecretStore;
}

namespace Fd::Cli {

/// Makes the system keychain's SecretStore. The keychain library is linked only where it is used
/// (the GUI helper and the tests); the Core + Network publish helper has none.
using KeychainFactory = std::unique_ptr<SecretStore> (*)();
void setKeychainFactory(KeychainFactory factory);

/// `publish RUNWAY …`.
int runPublish(const QStringList &args, Io &io);

} // namespace Fd::Cli
