// SPDX-License-Identifier: Apache-2.0
//
// Regions on two threads. The machine CI runs on has two cores and a run used one; a pipeline is
// made of its region's settings alone, so regions can be made side by side: the main thread takes
// them from the front, the second from the back, each as one chain (a RegionGenerator, whose
// FlowRenderMemory renders an env's stages by updating those of the chain's previous region;
// tst_flowmemory shows that gives the same bytes as rendering anew, so which regions a chain made
// before, and in which order, cannot change the output; tst_parallelregions checks the whole).
//
// Why this is safe (each shared thing, and why no thread changes it or why the change is safe):
// - RegionInputs (runway, Foremast config, merged settings, the flow, options, settings table,
//   env blocks, the checks' translated messages) is built before the thread starts and only read through const references
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
// - Nothing is published before the other thread's work has ended (SecondThread::finish, which
//   does not wait for a thread that never began), and the outcomes are then read in region order, so the output and the findings (and their order) are those of one thread.
#include "RegionGenerator.h"

#include "core/SecondThread.h"

#include <mutex>
#include <optional>

namespace Fd {

namespace {

/// Below this many env blocks (an env in a region) a second thread saves less than starting and
/// joining it costs (some 50 µs). Measured with callgrind, instructions of the main thread of
/// `generate` without and with the second thread: 1 env × 2 regions 7.74 M → 7.40 M (too little
/// for a thread), 2 × 2 8.56 M → 7.09 M, 3 × 2 9.50 M → 7.52 M, 6 × 2 12.33 M → 8.70 M.
constexpr int MinEnvBlocks = 4;

int envBlocks(const QStringList &regions, const QHash<QString, QStringList> &envsOfRegion)
{
    int blocks = 0;
    for (const QString &region : regions)
        blocks += int(envsOfRegion.value(region).size());
    return blocks;
}

/// Hands out the regions: the main thread takes them from the front, the second thread from the
/// back, until they meet; so the two end about together whatever each region and the side work
/// cost. Which thread makes a region cannot change it: each chain's memory only saves work.
class Claims
{
public:
    explicit Claims(int count) : m_back(count) {}
    /// The next region from the front (or the back), or -1 when all are taken.
    int take(bool fromFront)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_front >= m_back)
            return -1;
        return fromFront ? m_front++ : --m_back;
    }

private:
    std::mutex m_mutex;
    int m_front = 0;
    int m_back;
};

/// Generates the regions `claims` gives this thread, as one chain, into `outcomes` (sized by the
/// caller; each region's element is written by the one thread that took it).
void runChain(const RegionInputs &inputs, const QStringList &regions, const QHash<QString, QStringList> &envsOfRegion,
              Claims &claims, bool fromFront, std::vector<RegionOutcome> &outcomes)
{
    std::optional<RegionGenerator> chain;
    for (int i = claims.take(fromFront); i >= 0; i = claims.take(fromFront)) {
        if (!chain)
            chain.emplace(inputs);
        outcomes[size_t(i)] = chain->generate(regions.at(i), envsOfRegion.value(regions.at(i)));
    }
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
    Claims claims(n);
    if (!usesSecondThread(inputs.options, regions, envsOfRegion)) {
        runChain(inputs, regions, envsOfRegion, claims, true, outcomes);
        *sideFindings = sideWork();
        return outcomes;
    }
    // The other thread takes regions from the back once it runs; if it starts only after this
    // thread has taken them all, it does nothing and is not waited for.
    SecondThread other([&]() { runChain(inputs, regions, envsOfRegion, claims, false, outcomes); });
    // The side work first, while the other thread starts on the last region.
    *sideFindings = sideWork();
    runChain(inputs, regions, envsOfRegion, claims, true, outcomes);
    other.finish(); // every write of the other thread happens-before this returns
    return outcomes;
}

} // namespace Fd
