// SPDX-License-Identifier: Apache-2.0
// startup_phases RUNS PROBE -- PROGRAM [ARG…] [-- PROGRAM [ARG…]]…
// Runs each program RUNS times, interleaved, with the start-up probe preloaded
// (startup_probe.cpp) and FD_EXIT_AT_FIRST_PAINT set, and prints a Markdown table of the median
// of each phase, in ms from the exec: the dynamic linker and library constructors, the
// QApplication constructor, building the window (the QApplication constructor's end to the
// main window's show()), show() itself, show() to the first paint flushed, and the whole
// process (until the parent has reaped it). scripts/benchmarks.sh calls it; the display, the
// settings folder and the rest of the environment are the caller's.
#include <fcntl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int Phases = 7; // loaded, app begin, app end, show begin, show end, painted, process end

long long now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/// One run: the probe's times relative to the exec, and the process's end; false when the
/// program did not reach its first paint.
bool runOnce(char **program, const std::string &preload, std::array<long long, Phases> &times)
{
    int channel[2];
    if (pipe(channel) != 0)
        return false;
    const long long start = now();
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        setenv("LD_PRELOAD", preload.c_str(), 1);
        setenv("FD_STARTUP_PROBE_FD", std::to_string(channel[1]).c_str(), 1);
        setenv("FD_EXIT_AT_FIRST_PAINT", "1", 1);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execvp(program[0], program);
        _exit(127);
    }
    close(channel[1]);
    char line[256] = {};
    ssize_t length = 0;
    for (ssize_t got; (got = read(channel[0], line + length, sizeof line - 1 - size_t(length))) > 0;)
        length += got;
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    times[6] = now() - start;
    long long raw[6];
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0
        || std::sscanf(line, "%lld %lld %lld %lld %lld %lld", &raw[0], &raw[1], &raw[2], &raw[3], &raw[4], &raw[5]) != 6)
        return false;
    for (int i = 0; i < 6; ++i)
        times[size_t(i)] = raw[i] - start;
    return true;
}

double medianMs(std::vector<long long> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double middle = n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return middle / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5 || std::strcmp(argv[3], "--") != 0) {
        std::fprintf(stderr, "usage: %s RUNS PROBE -- PROGRAM [ARG...] [-- PROGRAM [ARG...]]...\n", argv[0]);
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    const std::string preload = argv[2];
    std::vector<char **> programs;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            argv[i] = nullptr; // ends the previous program's arguments
            if (i + 1 < argc)
                programs.push_back(argv + i + 1);
        }
    }
    if (runs < 1 || programs.empty()) {
        std::fprintf(stderr, "%s: nothing to run\n", argv[0]);
        return 2;
    }

    std::vector<std::array<std::vector<long long>, Phases>> samples(programs.size());
    std::vector<int> failures(programs.size());
    for (int run = -1; run < runs; ++run) { // run -1 warms the page cache and the X server
        for (size_t p = 0; p < programs.size(); ++p) {
            std::array<long long, Phases> times{};
            if (!runOnce(programs[p], preload, times)) {
                ++failures[p];
                continue;
            }
            for (int i = 0; run >= 0 && i < Phases; ++i)
                samples[p][size_t(i)].push_back(times[size_t(i)]);
        }
    }

    std::printf("| program | exec → linked | `QApplication` | window built | `show()` | → first paint | whole process |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (size_t p = 0; p < programs.size(); ++p) {
        std::string name;
        for (char **arg = programs[p]; *arg; ++arg) {
            const char *slash = std::strrchr(*arg, '/');
            name += (name.empty() ? "" : " ") + std::string(arg == programs[p] && slash ? slash + 1 : *arg);
        }
        if (samples[p][0].empty()) {
            std::printf("| `%s` | failed in every run | | | | | |\n", name.c_str());
            continue;
        }
        const auto &s = samples[p];
        // Each phase is the median of its own durations, so the columns need not add up exactly.
        const auto span = [&](int from, int to) {
            std::vector<long long> d;
            for (size_t r = 0; r < s[0].size(); ++r)
                d.push_back(s[size_t(to)][r] - (from < 0 ? 0 : s[size_t(from)][r]));
            return medianMs(d);
        };
        std::printf("| `%s` | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f ms |", name.c_str(), span(-1, 0), span(1, 2),
                    span(2, 3), span(3, 4), span(4, 5), span(-1, 6));
        if (failures[p])
            std::printf(" (%d of %d runs failed)", failures[p], runs + 1);
        std::printf("\n");
    }
    return 0;
}
