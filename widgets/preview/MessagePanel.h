// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "theme/ThemeColours.h"

class QLabel;

namespace Fd {

/// Colours a message label as a filled panel through its palette, not a style sheet, so that it
/// stays readable in light and dark palettes (also when the theme changes while it is shown) and
/// the editors keep taking colours from the palette.
void setMessageTone(QLabel *label, MessageTone tone);

} // namespace Fd
