// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace Fd {

/// Grabs `window` from the screen (the real X framebuffer, not a re-render) once it is exposed
/// and laid out, writes it to `path` and quits the application with 0 (1 when writing failed).
void screenshotWhenShown(QWidget *window, const QString &path);

} // namespace Fd
