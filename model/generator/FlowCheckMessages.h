// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Flow.h"

namespace Fd {

/// The messages of the built-in flows' checks in the catalogue. lupdate cannot read the flows'
/// JSON, so FlowCheckMessages.cpp lists each distinct message for it; fd_flowc fails the build
/// when a built-in flow has a message the list lacks.
namespace FlowCheckMessages {

/// The context the catalogue files the messages under.
inline constexpr char Context[] = "FlowCheck";

/// Every listed message, as written in the flows (placeholders and all).
QStringList builtin();

/// The template of `check`'s message in the current language: for a listed message (a built-in
/// flow's, or a copy's) its translation, compiled as the flow's own message is (placeholders are
/// filled afterwards, so the translation keeps them). The flow's own template when the message is
/// not listed (a user's own, shown as written), has no translation, or its translation does not
/// compile. `flow` gives the setting names the message may use.
FlowTemplate translated(const FlowCheck &check, const Flow &flow);

} // namespace FlowCheckMessages

} // namespace Fd
