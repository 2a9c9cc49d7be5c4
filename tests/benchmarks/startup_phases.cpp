// SPDX-License-Identifier: Apache-2.0
// startup_phases RUNS PROBE -- PROGRAM [ARG…] [-- PROGRAM [ARG…]]…
// Runs each program RUNS times, interleaved, with the start-up probe preloaded
// (startup_probe.cpp) and FD_EXIT_AT_FIRST_PAINT set, and prints a Markdown table of the median
// of each phase, in ms from the exec: the dynamic linker and library constructors, the
// QApplication constructor, building the window (the QApplication constructor's end to the
// main window's show()), show() itself, show() to the first paint flushed, and the whole
// process (until the parent has reaped it). A run that does not paint within 20 s is killed with
// everything it started and counted as failed; the exit status is 1 when a program failed every
// run. scripts/benchmarks.sh calls it; the display, the settings folder and the rest of the
// environment are the caller's.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
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
constexpr int TimeoutMs = 20000; // a program that never paints is ended after this

long long now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/// One run: the probe's times relative to the fork, and the process's end; false when the
/// program did not reach its first paint in time (then it and everything it started is killed).
bool runOnce(char **program, const std::string &preload, std::array<long long, Phases> &times)
{
    int channel[2];
    if (pipe(channel) != 0)
        return false;
    const long long start = now();
    const pid_t child = fork();
    if (child < 0) {
        close(channel[0]);
        close(channel[1]);
        return false;
    }
    if (child == 0) {
        setpgid(0, 0); // its own group, so a timeout ends whatever it started too
        close(channel[0]);
        setenv("LD_PRELOAD", preload.c_str(), 1);
        setenv("FD_STARTUP_PROBE_FD", std::to_string(channel[1]).c_str(), 1);
        setenv("FD_EXIT_AT_FIRST_PAINT", "1", 1);
        const int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            close(null);
        }
        execvp(program[0], program);
        _exit(127);
    }
    setpgid(child, child);
    close(channel[1]);
    // One line is all the probe writes; read until it ends, or until the deadline: a process the
    // program started may hold the pipe open long after the program itself is gone.
    char line[256] = {};
    size_t length = 0;
    bool complete = false;
    while (!complete && length < sizeof line - 1) {
        const long long left = TimeoutMs - (now() - start) / 1000;
        pollfd wait{channel[0], POLLIN, 0};
        if (left <= 0 || poll(&wait, 1, int(left)) <= 0)
            break;
        const ssize_t got = read(channel[0], line + length, sizeof line - 1 - length);
        if (got <= 0)
            break;
        length += size_t(got);
        complete = std::memchr(line, '\n', length) != nullptr;
    }
    close(channel[0]);
    if (!complete)
        kill(-child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    times[6] = now() - start;
    long long raw[6];
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0
        || std::sscanf(line, "%lld %lld %lld %lld %lld %lld", &raw[0], &raw[1], &raw[2], &raw[3], &raw[4], &raw[5]) != 6)
        return false;
    // The phases in the order they happen, all after the fork: anything else is not a start-up.
    for (int i = 0; i < 6; ++i) {
        if (raw[i] < (i == 0 ? start : raw[i - 1]))
            return false;
        times[size_t(i)] = raw[i] - start;
    }
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

    bool everyProgramPainted = true;
    std::printf("| program | fork → linked | `QApplication` | window built | `show()` | → first paint | whole process |\n");
    std::printf("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (size_t p = 0; p < programs.size(); ++p) {
        std::string name;
        for (char **arg = programs[p]; *arg; ++arg) {
            const char *slash = std::strrchr(*arg, '/');
            name += (name.empty() ? "" : " ") + std::string(arg == programs[p] && slash ? slash + 1 : *arg);
        }
        if (samples[p][0].empty()) {
            std::printf("| `%s` | failed in every run | | | | | |\n", name.c_str());
            everyProgramPainted = false;
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
    // A program that never painted means the probe or the program is broken: fail, so that the
    // benchmarks' quick run in CI notices (the figures themselves are not checked).
    return everyProgramPainted ? 0 : 1;
}
