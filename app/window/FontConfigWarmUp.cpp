// SPDX-License-Identifier: Apache-2.0
#include "FontConfigWarmUp.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <dlfcn.h>
#define FD_FONTCONFIG_WARM_UP
#endif

namespace Fd {

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
