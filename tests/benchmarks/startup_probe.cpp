// SPDX-License-Identifier: Apache-2.0
// Preloaded into a program (LD_PRELOAD) by startup_phases to time its start-up phases without a
// line of timing code in the program itself, so the designer and the yardsticks are timed in
// exactly the same way. It wraps the two calls every measured program makes from its own code
// (the QApplication constructor and QWidget::show()) and the _Exit that app/window/FirstPaint.h
// calls once the first paint has been flushed, and writes the times, CLOCK_MONOTONIC in µs, to
// the file descriptor named by FD_STARTUP_PROBE_FD:
//   loaded app-begin app-end show-begin show-end painted
// "loaded" is this library's constructor: after exec, the dynamic linker and the libraries'
// constructors. "show" is the longest QWidget::show() call, the main window's (the others, if
// any, are child widgets shown while the window is built and take microseconds).
// Linux only. It links libc alone (no C++ library: tests/benchmarks/CMakeLists.txt), so the
// libc-only `foremast-designer` command maps nothing more with it than without.
#include <dlfcn.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

long long now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

long long loaded, appBegin, appEnd, showBegin, showEnd, showLongest = -1;

__attribute__((constructor)) void onLoad()
{
    loaded = now();
}

template<typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

// QApplication::QApplication(int &, char **, int): the complete-object constructor.
void _ZN12QApplicationC1ERiPPci(void *self, int *argc, char **argv, int flags)
{
    const auto real = next<void (*)(void *, int *, char **, int)>("_ZN12QApplicationC1ERiPPci");
    appBegin = now();
    real(self, argc, argv, flags);
    appEnd = now();
}

// QWidget::show()
void _ZN7QWidget4showEv(void *self)
{
    const auto real = next<void (*)(void *)>("_ZN7QWidget4showEv");
    const long long begin = now();
    real(self);
    const long long end = now();
    if (end - begin > showLongest) {
        showLongest = end - begin;
        showBegin = begin;
        showEnd = end;
    }
}

void _Exit(int status) noexcept
{
    const long long painted = now();
    // Only a program that built its application and showed a window reports: a child it started,
    // or a run that ended early, says nothing, and the runner counts the run as failed.
    const char *fd = std::getenv("FD_STARTUP_PROBE_FD");
    if (fd && appEnd > 0 && showEnd > 0) {
        char line[160];
        const int length = std::snprintf(line, sizeof line, "%lld %lld %lld %lld %lld %lld\n", loaded, appBegin,
                                         appEnd, showBegin, showEnd, painted);
        if (length > 0 && write(std::atoi(fd), line, size_t(length)) < 0) {
            // Nothing to do: the runner reports a run without a line as failed.
        }
    }
    syscall(SYS_exit_group, status);
    __builtin_unreachable();
}

} // extern "C"
