// SPDX-License-Identifier: Apache-2.0
//
// Regions on two threads. The machine CI runs on has two cores and a run used one; a pipeline is
// made of its region's settings alone, so regions can be made side by side, as two contiguous
// chains (each a RegionGenerator, whose FlowRenderMemory renders an env's stages by updating
// those of the chain's previous region; tst_flowmemory shows that gives the same bytes as
// rendering anew, so where a chain starts cannot change the output).
//
// Why this is safe (each shared thing, and why no thread changes it or why the change is safe):
// - RegionInputs (runway, Foremast config, merged settings, the flow, options, settings table,
//   env blocks) is built before the thread starts and only read through const references
//   afterwards; Qt's JSON values and containers are implicitly shared with atomic reference
//   counts, and their const functions never detach, so reading one from two threads is safe.
// - Everything a chain changes is its own: its RegionGenerator (render memory, refId texts,
//   FlowScopeBuilder's caches of env configs, zone objects and tags, the set of reported checks),
//   the scopes it builds (FlowScope's lazily rendered settings are shared only by copies of one
//   scope, all made on that chain's thread) and the outcomes of its own regions, which are
//   separate elements of a vector sized before the thread starts.
// - Process-wide state reached from here: FlowScope's stamp counter is a std::atomic and its
//   table of text stamps is thread_local (stamps are unique process-wide, so a stamp of one thread
//   never equals another thread's stamp for a different text); JSON source maps (a finding's line)
//   are built under std::call_once; ForemastDefaults' parsed defaults are thread_local; the flow
//   cache of Flow::load is behind a mutex (and not used here: the flow is loaded before);
//   function-local `static const` tables are initialised once by the compiler's thread-safe
//   statics and only read. Flow::blockFor (a QRegularExpression) is not called here at all:
//   RegionInputs::blocks holds its answers. The side work (ForemastLimits, InfrastructureChecks,
//   TypeSettingChecks, unapplied template overrides) runs on one thread only.
// - Nothing is published before both threads are joined, and the outcomes are then read in
//   region order, so the output and the findings (and their order) are those of one thread.
#include "RegionGenerator.h"

#include <exception>
#include <thread>

namespace Fd {

namespace {

/// Below this many env blocks (an env in a region) a second thread costs more than it saves:
/// starting and joining one takes about as long as rendering a few env blocks
/// (docs/performance.md, "Regions on two threads").
constexpr int MinEnvBlocks = 8;

/// What the side work costs, in env blocks per env block of the regions (measured with
/// callgrind on the stress runways: ForemastLimits and the other checks read every env and region).
constexpr double SideWorkPerBlock = 0.25;

/// A region's cost in env blocks; the pipeline's own start and end stages count as one.
int weightOf(const QHash<QString, QStringList> &envsOfRegion, const QString &region)
{
    return int(envsOfRegion.value(region).size()) + 1;
}

int envBlocks(const QStringList &regions, const QHash<QString, QStringList> &envsOfRegion)
{
    int blocks = 0;
    for (const QString &region : regions)
        blocks += int(envsOfRegion.value(region).size());
    return blocks;
}

/// Where the regions are cut (the main thread makes [0, cut), the second thread [cut, n)) and
/// which thread does the side work, so that the longer of the two has least to do.
struct Split
{
    int cut = 0;
    bool sideOnMain = true;
};

Split balance(const QStringList &regions, const QHash<QString, QStringList> &envsOfRegion)
{
    std::vector<double> prefix{0};
    for (const QString &region : regions)
        prefix.push_back(prefix.back() + weightOf(envsOfRegion, region));
    const double total = prefix.back();
    const double side = SideWorkPerBlock * envBlocks(regions, envsOfRegion);
    Split best;
    double bestLongest = -1;
    for (int cut = 0; cut <= int(regions.size()); ++cut) {
        for (const bool sideOnMain : {true, false}) {
            const double mainWork = prefix[size_t(cut)] + (sideOnMain ? side : 0);
            const double otherWork = total - prefix[size_t(cut)] + (sideOnMain ? 0 : side);
            const double longest = std::max(mainWork, otherWork);
            if (bestLongest < 0 || longest < bestLongest) {
                bestLongest = longest;
                best = {cut, sideOnMain};
            }
        }
    }
    return best;
}

/// Generates regions [from, to) as one chain into `outcomes` (sized by the caller).
void runChain(const RegionInputs &inputs, const QStringList &regions, const QHash<QString, QStringList> &envsOfRegion,
              int from, int to, std::vector<RegionOutcome> &outcomes)
{
    if (from >= to)
        return;
    RegionGenerator chain(inputs);
    for (int i = from; i < to; ++i)
        outcomes[size_t(i)] = chain.generate(regions.at(i), envsOfRegion.value(regions.at(i)));
}

} // namespace

bool usesSecondThread(const GenerationOptions &options, const QStringList &regions,
                      const QHash<QString, QStringList> &envsOfRegion)
{
    switch (options.threads) {
    case GenerationOptions::Threads::Off: return false;
    case GenerationOptions::Threads::On: return true;
    case GenerationOptions::Threads::Auto: break;
    }
    return regions.size() >= 2 && envBlocks(regions, envsOfRegion) >= MinEnvBlocks;
}

std::vector<RegionOutcome> generateRegions(const RegionInputs &inputs, const QStringList &regions,
                                           const QHash<QString, QStringList> &envsOfRegion,
                                           const std::function<Errors()> &sideWork, Errors *sideFindings)
{
    const int n = int(regions.size());
    std::vector<RegionOutcome> outcomes(static_cast<size_t>(n));
    if (!usesSecondThread(inputs.options, regions, envsOfRegion)) {
        runChain(inputs, regions, envsOfRegion, 0, n, outcomes);
        *sideFindings = sideWork();
        return outcomes;
    }
    const Split split = balance(regions, envsOfRegion);
    Errors otherSide;
    std::exception_ptr failure;
    std::thread other([&]() {
        try {
            runChain(inputs, regions, envsOfRegion, split.cut, n, outcomes);
            if (!split.sideOnMain)
                otherSide = sideWork();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    try {
        runChain(inputs, regions, envsOfRegion, 0, split.cut, outcomes);
        if (split.sideOnMain)
            *sideFindings = sideWork();
    } catch (...) {
        other.join();
        throw;
    }
    other.join(); // every write of the other thread happens-before this returns
    if (failure)
        std::rethrow_exception(failure);
    if (!split.sideOnMain)
        *sideFindings = std::move(otherSide);
    return outcomes;
}

} // namespace Fd
