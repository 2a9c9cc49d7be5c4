// SPDX-License-Identifier: Apache-2.0
#pragma once

class QLabel;

namespace Fd {

enum class MessageTone { Error, Warning };

/// Colours a message label as a filled panel through its palette, not a style sheet, so that it
/// stays readable in light and dark palettes and the editors keep taking colours from the palette.
void setMessageTone(QLabel *label, MessageTone tone);

} // namespace Fd
