// SPDX-License-Identifier: Apache-2.0
#pragma once
// Plain C++, no Qt: `foremast-designer` (app/Command.cpp) decides with it before any Qt is mapped.

#include <cstring>

namespace Fd {

/// Whether the command line asks for help or the version anywhere (-h, --help, --help-all, -v,
/// --version). The programs answer these inside QCommandLineParser::process(), which ends the
/// process there.
inline bool asksForHelpOrVersion(int argc, char **argv)
{
    static const char *const flags[] = {"-h", "--help", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : flags) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace Fd
