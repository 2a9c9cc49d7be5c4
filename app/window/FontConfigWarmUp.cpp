// SPDX-License-Identifier: Apache-2.0
#include "FontConfigWarmUp.h"

#include <QtGlobal>

#include <string_view>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <dlfcn.h>
#define FD_FONTCONFIG_WARM_UP
#endif

namespace Fd {

bool FontConfigWarmUp::worthStarting(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--") // what follows is a runway path
            break;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version")
            return false;
    }
    return true;
}

FontConfigWarmUp::FontConfigWarmUp(bool start)
{
    if (!start)
        return;
#ifdef FD_FONTCONFIG_WARM_UP
    // Qt Gui links fontconfig, so it is already mapped: find it without loading anything, and
    // without linking it ourselves (where Qt was built without it, there is nothing to warm).
    void *fontconfig = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_NOLOAD);
    if (!fontconfig)
        return;
    using FcInitFunction = int (*)();
    const auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(fontconfig, "FcInit"));
    if (fcInit)
        m_thread = std::thread(fcInit);
    dlclose(fontconfig); // only drops the reference taken above; Qt Gui keeps the library
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Fd
