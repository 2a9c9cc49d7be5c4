// SPDX-License-Identifier: Apache-2.0
// The Gate module itself: the real launchers (PublishLauncher.cpp, PublishWithKeychain.cpp),
// handed to the window's executable through one C symbol.
#include "GateModule.h"

#include "cli/PublishWithKeychain.h"
#include "window/PublishLauncher.h"

extern "C" Q_DECL_EXPORT const Fd::GateModuleEntry *fd_gate_module_entry()
{
    static const Fd::GateModuleEntry entry{FD_GATE_MODULE_VERSION, Fd::launchPublishDialog, Fd::launchOnetimeDialog,
                                           Fd::Cli::runPublishWithKeychain};
    return &entry;
}
