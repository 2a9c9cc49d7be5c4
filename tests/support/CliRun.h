// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Verb.h"

#include <QStringList>
#include <QTextStream>

namespace Fd::Test {

/// What one in-process run of a command-line verb printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs `foremast-designer ARGS…` in-process (args start with the verb).
inline CliRun runCli(const QStringList &args)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    Cli::Io io{out, err};
    result.code = Cli::runVerb(QStringList{QStringLiteral("foremast-designer")} + args, io);
    out.flush();
    err.flush();
    return result;
}

} // namespace Fd::Test
