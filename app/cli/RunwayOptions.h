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
    explicit RunwayOptions(QCommandLineParser &parser);

    /// Opens the runway named on the command line. Prints load errors and findings to `io.err`
    /// and returns nothing when the runway is unusable or (unless `allowErrors`) has errors.
    std::optional<RunwayContext> open(const QCommandLineParser &parser, Io &io, bool allowErrors = false) const;
    /// What the command line names, for a verb that opens and reports by itself.
    RunwaySource source(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_project;
    QCommandLineOption m_repo;
    QCommandLineOption m_config;
};

/// Parses `args`, printing usage errors to `io.err`. Returns false when the verb must stop
/// (`*exitCode` is then set: 0 for --help, ExitUnusable for bad usage).
bool parseArguments(QCommandLineParser &parser, const QStringList &args, Io &io, int positional,
                    int *exitCode);

} // namespace Fd::Cli
