// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"

namespace Fd::Cli {

/// `publish RUNWAY …` with the system keychain at hand (`--keychain` reads what the publish
/// dialog remembered). PublishWithKeychain.cpp defines it where the keychain is linked: the
/// tests and the Gate module. The window's executable links neither Qt Network nor the keychain;
/// its definition loads the Gate module and runs this there (app/GateModuleLoader.cpp).
int runPublishWithKeychain(const QStringList &args, Io &io);

} // namespace Fd::Cli
