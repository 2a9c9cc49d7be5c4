// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <thread>

namespace Fd {

/// Loads fontconfig's configuration and font list on a thread of its own while the main thread
/// starts the application (connects to the display, loads the platform plugin, the style and the
/// translations). The window's first text needs it and would otherwise load it on the main
/// thread: FcInit is about a third of the instructions from exec to the first paint, and the
/// main thread spends part of that time waiting for the X server anyway. fontconfig keeps one
/// configuration per process and sets it atomically, so Qt's own FcInit() afterwards finds it
/// loaded. Where Qt does not use fontconfig this does nothing.
class FontConfigWarmUp
{
public:
    /// Starts loading unless `start` is false (e.g. for --help or --version, which end the
    /// process inside QCommandLineParser::process(): fontconfig would be half loaded then).
    explicit FontConfigWarmUp(bool start = true);
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    /// Waits until the configuration is loaded (before the first widget measures text, so that
    /// Qt does not load a second one at the same time).
    void wait();

private:
    std::thread m_thread;
};

} // namespace Fd
