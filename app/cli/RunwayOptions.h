// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"
#include "runway/RunwayContext.h"

#include <QCommandLineParser>

#include <optional>

namespace Fd::Cli {

/// The options every runway verb shares: RUNWAY, --project, --repo, --config.
class RunwayOptions
{
public:
    /// Adds the RUNWAY argument; a verb that accepts more than a runway folder names and
    /// describes it (`name`, `inputHelp`).
    explicit RunwayOptions(QCommandLineParser &parser, const QString &inputHelp = QString(),
                           const QString &name = QStringLiteral("RUNWAY"));

    /// Opens the runway named on the command line. Prints load errors and findings to `io.err`
    /// and returns nothing when the runway is unusable or (unless `allowErrors`) has errors.
    std::optional<RunwayContext> open(const QCommandLineParser &parser, Io &io, bool allowErrors = false) const;
    /// What the command line names, for a verb that opens and reports by itself.
    RunwaySource source(const QCommandLineParser &parser) const;
    /// False, with the reason on `io.err`, when RUNWAY is a folder without pipeline.json: no verb
    /// invents a runway there (exit code 2).
    bool isRunway(const QCommandLineParser &parser, Io &io) const;

private:
    QCommandLineOption m_project;
    QCommandLineOption m_repo;
    QCommandLineOption m_config;
};

/// Parses `args`, printing usage errors to `io.err`. Returns false when the verb must stop
/// (`*exitCode` is then set: 0 for --help, ExitUnusable for bad usage). `positional` is the
/// number of arguments the verb takes, -1 to leave the count to the verb.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, Io &io, int positional,
                    int *exitCode);

/// The exit-code scheme, as every verb's --help ends.
QString exitCodesHelp();

} // namespace Fd::Cli
