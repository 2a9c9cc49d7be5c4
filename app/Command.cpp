// SPDX-License-Identifier: Apache-2.0
// `foremast-designer`, the one command users type, on Linux. It maps no Qt at all: mapping and
// relocating Qt Core and ICU is most of what a launcher costs (about 4 M instructions), and the
// window does not need it. So it decides first:
//  - no arguments, or only the window's options and a runway path, and a display: it replaces
//    itself with the window (foremast-designer-gui), as if that had been run directly;
//  - anything else (a verb or any plain word, --help, --version, no display): it loads the
//    command line (foremast-designer-cli.so, Qt Core only; app/Launcher.cpp) into this same
//    process and runs it, so a CI run of `generate` still starts one process, not two.
// Both sit beside this program, or in ../libexec/foremast-designer once installed.
#include "HelpOrVersion.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

/// `name` beside this executable or in ../libexec/foremast-designer, in `path`; false when
/// neither exists.
bool findBeside(const char *name, char (&path)[PATH_MAX])
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0)
        return false;
    self[length] = '\0';
    char *slash = std::strrchr(self, '/');
    if (!slash)
        return false;
    *slash = '\0';
    static const char *const dirs[] = {"", "/../libexec/foremast-designer"};
    for (const char *dir : dirs) {
        const int written = std::snprintf(path, sizeof path, "%s%s/%s", self, dir, name);
        if (written > 0 && written < int(sizeof path) && access(path, F_OK) == 0)
            return true;
    }
    return false;
}

/// The same test as Fd::Cli::displayAvailable() (app/cli/Launch.cpp), without Qt.
bool displayAvailable()
{
    const auto set = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

/// Whether the command line can only mean the window, as app/Launcher.cpp would decide: nothing,
/// or first an option or an existing path that no verb can be mistaken for (verbs are plain
/// words: no dash in front, no slash), and no --help or --version anywhere (the command line
/// answers those without loading the window). Every other case goes through the command line,
/// a plain word that may be a verb or a runway folder included.
bool onlyOpensTheWindow(int argc, char **argv)
{
    if (argc <= 1)
        return true;
    const char *first = argv[1];
    struct stat info;
    const bool option = first[0] == '-';
    const bool path = std::strchr(first, '/') && stat(first, &info) == 0;
    if (!option && !path)
        return false;
    return !Fd::asksForHelpOrVersion(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    char path[PATH_MAX];
    if (displayAvailable() && onlyOpensTheWindow(argc, argv) && findBeside("foremast-designer-gui", path))
        execv(path, argv); // returns only on failure: the command line then says what is wrong

    if (!findBeside("foremast-designer-cli.so", path)) {
        std::fprintf(stderr, "%s: foremast-designer-cli.so is missing beside it: the installation is incomplete.\n", argv[0]);
        return 2; // Fd::Cli::ExitUnusable
    }
    void *cli = dlopen(path, RTLD_LAZY | RTLD_LOCAL);
    using Main = int (*)(int, char **);
    const auto run = cli ? reinterpret_cast<Main>(dlsym(cli, "fd_cli_main")) : nullptr;
    if (!run) {
        std::fprintf(stderr, "%s: %s\n", argv[0], dlerror());
        return 2;
    }
    return run(argc, argv);
}
