// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Verb.h"
#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Fd::Cli {

class RunwayOptions;

/// A runway opened from the command line and the pipelines generated from it.
struct GeneratedRunway
{
    RunwayContext context;
    Generation generation;
};

/// The options of every verb that generates pipelines (generate, validate, render, publish):
/// --flow NAME|FILE, --flow-setting NAME=VALUE (repeatable), --subnets offline|FILE and
/// --existing FILE, --templates-path DIR and --onetime ENV. Add them next to RunwayOptions:
///
///     RunwayOptions runway(parser);
///     GenerationFlags generation(parser);
///     … parseArguments(), runway.open() …
///     std::optional<GenerationOptions> options = generation.options(parser, *context, io);
class GenerationFlags
{
public:
    explicit GenerationFlags(QCommandLineParser &parser);

    /// The options the command line asks for. Without --flow the runway's own choice applies
    /// (FlowChoice::forRunway: the designer settings file, else foremast-v5). Prints the problem
    /// to `io.err` and returns nothing when a file given cannot be used.
    std::optional<GenerationOptions> options(const QCommandLineParser &parser, const QString &runwayFolder,
                                             Io &io) const;

    /// options() and generatePipelines() for `context`: the pipelines, or nothing when the options
    /// or the flow cannot be used (the reason is printed to `io.err`). Findings are the caller's.
    std::optional<Generation> generate(const QCommandLineParser &parser, const RunwayContext &context, Io &io) const;

    /// `runway`.open() (a runway with errors too: they are findings) and generate(): nothing when
    /// either cannot be used (the reason is on `io.err`). The generation's findings are the caller's.
    /// A built-in flow is parsed on a second thread while the runway is read.
    std::optional<GeneratedRunway> openAndGenerate(const QCommandLineParser &parser, const RunwayOptions &runway,
                                                   Io &io) const;

    /// Starts parsing the flow the command line and `choice` (the runway's, FlowChoice::forRunway)
    /// name on a second thread, so that a generate() with the same choice after reading the runway
    /// finds it parsed (openAndGenerate does this itself). The object returned waits, when it goes,
    /// for a parse that has begun.
    [[nodiscard]] std::shared_ptr<void> preloadFlow(const QCommandLineParser &parser, const FlowChoice &choice) const;
    /// generate() with the runway's flow choice already read (the designer settings file is read
    /// once per run).
    std::optional<Generation> generate(const QCommandLineParser &parser, const RunwayContext &context,
                                       const FlowChoice &choice, Io &io) const;

private:
    /// options() with the runway's flow choice already read.
    std::optional<GenerationOptions> options(const QCommandLineParser &parser, const FlowChoice &choice, Io &io) const;

    /// The flow the command line asks for (--flow, else the runway's choice).
    QString flowName(const QCommandLineParser &parser, const FlowChoice &choice) const;

    QCommandLineOption m_flow;
    QCommandLineOption m_flowSetting;
    QCommandLineOption m_subnets;
    QCommandLineOption m_existing;
    QCommandLineOption m_templatesPath;
    QCommandLineOption m_onetime;
};

/// The environment's FOREMAST_DESIGNER_THREADS, for measuring and checking the second thread
/// (docs/performance.md): "on" or "off" forces the regions' thread either way, and "off" also
/// keeps the flow's parse and the pipelines' texts on the main thread. Auto otherwise.
GenerationOptions::Threads threadsFromEnvironment();

} // namespace Fd::Cli
