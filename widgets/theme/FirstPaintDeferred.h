// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QWidget;

namespace Fd {

/// Work that can wait until the window is on the screen. Looking up a themed icon reads the icon
/// theme's index and walks its folders (on a machine without the names, every lookup walks the
/// theme and fails), about a fifth of the designer's start-up; so icons are looked up right after
/// the first paint. Once the window has been painted, everything here runs at once.
namespace FirstPaintDeferred {

/// Runs `work` right after the first paint of the window passed to watch(), or now if that
/// paint has happened.
void run(std::function<void()> work);

/// Sets the themed icon `name` on `action` (or `button`) now or after the first paint. `then`
/// runs after the icon is set (e.g. to pick a tool button style by whether the icon exists).
void setThemeIcon(QAction *action, const QString &name, std::function<void()> then = {});
void setThemeIcon(QAbstractButton *button, const QString &name);

/// Runs the deferred work once `window` has been painted and flushed for the first time.
void watch(QWidget *window);

} // namespace FirstPaintDeferred

} // namespace Fd
