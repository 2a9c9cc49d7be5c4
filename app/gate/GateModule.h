// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Verb.h"
#include "generator/PipelineGenerator.h"

class QWidget;

namespace Fd {

struct RunwayContext;

/// What the Gate module offers the window's executable. The module (foremast-designer-gate, a
/// library beside foremast-designer-gui) holds everything that talks to Gate or the keychain:
/// Deploy, the one-time pipeline, sign-in and `publish --keychain`. The window loads it on first
/// use, so that its start maps neither Qt Network nor the keychain (app/GateModuleLoader.cpp).
/// Both sides are built from the same sources; `version` guards against a stray older module.
struct GateModuleEntry
{
    const char *version;
    void (*launchPublishDialog)(QWidget *parent, const RunwayContext &context, const Generation &generation);
    void (*launchOnetimeDialog)(QWidget *parent, const RunwayContext &context, const GenerationOptions &options);
    int (*runPublishWithKeychain)(const QStringList &args, Cli::Io &io);
};

} // namespace Fd

/// The module's one exported symbol: a function returning its GateModuleEntry.
#define FD_GATE_MODULE_ENTRY "fd_gate_module_entry"
using FdGateModuleEntryFunction = const Fd::GateModuleEntry *(*)();
