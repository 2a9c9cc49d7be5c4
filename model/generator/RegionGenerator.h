// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowScopeBuilder.h"
#include "PipelineGenerator.h"

#include <functional>
#include <vector>

namespace Fd {

class MergedSettings;

/// What every region's generation reads and nobody changes while regions are generated, possibly
/// on two threads at once (ParallelRegions.cpp): everything here is only read through const
/// references after it has been built on the calling thread.
struct RegionInputs
{
    const RunwayContext &context;
    const Flow &flow;
    const GenerationOptions &options;
    const std::vector<FlowTemplate> &settings;
    const MergedSettings &merged;
    QJsonObject pipelineSettings; ///< merged.pipeline(), made once
    /// The flow's env block of each env, looked up before any thread starts: Flow::blockFor may
    /// match a QRegularExpression, whose lazily compiled pattern is not ours to share.
    QHash<QString, const FlowEnvBlock *> blocks;
    /// Each of the flow's checks' message in the user's language (FlowCheckMessages::translated),
    /// translated and compiled once, before any thread starts.
    std::vector<FlowTemplate> checkMessages;
};

/// A finding of generation about an env, a region or a stage.
Error generationFinding(Error::Severity severity, const QString &env, const QString &region, const QString &message,
                        const QString &refId = {}, const QString &stageName = {});

/// One region's pipeline and what generating it found, in the order it was found.
struct RegionOutcome
{
    struct Finding
    {
        Error error;
        /// Non-empty for a flow check's finding (env and message): reported once per env for
        /// the whole generation, so only the first in region order is kept when outcomes are joined.
        QString onceKey;
    };
    GeneratedPipeline pipeline;
    std::vector<Finding> findings;
};

/// Generates regions one after another: one chain. It keeps what makes the next region cheap
/// (the stages last rendered per env, refId texts, scope caches), so each thread has its own
/// chain and a chain never shares anything it changes.
class RegionGenerator
{
public:
    explicit RegionGenerator(const RegionInputs &inputs);
    RegionGenerator(const RegionGenerator &) = delete;
    RegionGenerator &operator=(const RegionGenerator &) = delete;

    RegionOutcome generate(const QString &region, const QStringList &envs);

private:
    struct RefIds;
    void finding(Error::Severity severity, const QString &env, const QString &region, const QString &message,
                 const QString &refId = {}, const QString &stageName = {});
    void emitEntries(const std::vector<FlowStageEntry> &entries, const FlowScope &scope, const QString &env,
                     RefIds &chain, QHash<QString, QString> &ids, QJsonArray &stages, GeneratedPipeline &out);
    void emitStage(const FlowStageEntry &entry, const FlowScope &scope, const QString &env, RefIds &chain,
                   QHash<QString, QString> &ids, QJsonArray &stages, GeneratedPipeline &out);
    const QJsonValue &refIdValue(const QString &refId);
    const QJsonValue &requisitesOf(const QString &parent);
    QString existingId(const QString &name, const QString &app, const QString &region);
    void runChecks(const FlowScope &scope, const QString &env);

    const RegionInputs &m_in;
    FlowScopeBuilder m_scopes;
    RegionOutcome *m_outcome = nullptr; ///< the region being generated
    /// An env's stages in one region are much like its stages in the region before: rendering
    /// starts from those (by env) and sets only the values that differ.
    FlowRenderMemory m_memory;
    QHash<QString, QJsonValue> m_refIdValues;
    QHash<QString, QJsonValue> m_requisites;
};

/// Generates `regions` (each with its envs in `envsOfRegion`) and returns their outcomes in the
/// order of `regions`, whether on one thread or two (`options.threads`). `sideWork` (findings
/// that do not depend on the pipelines) runs once, on the calling thread; its findings are
/// returned in `*sideFindings`.
std::vector<RegionOutcome> generateRegions(const RegionInputs &inputs, const QStringList &regions,
                                           const QHash<QString, QStringList> &envsOfRegion,
                                           const std::function<Errors()> &sideWork, Errors *sideFindings);

/// Whether generateRegions() uses a second thread for these regions (tests, benchmarks).
bool usesSecondThread(const GenerationOptions &options, const QStringList &regions,
                      const QHash<QString, QStringList> &envsOfRegion);

} // namespace Fd
