// SPDX-License-Identifier: Apache-2.0
// Shared by the libFuzzer targets (docs/robustness.md, scripts/fuzz.sh).
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fd::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Splits an input into at most `maxParts` files at ASCII record separators (0x1E), which is
/// how the seed corpora join several files into one input.
inline QList<QByteArray> parts(const QByteArray &input, int maxParts)
{
    QList<QByteArray> out = input.split('\x1e');
    while (out.size() > maxParts) {
        const QByteArray last = out.takeLast();
        out.last() += '\x1e' + last;
    }
    return out;
}

/// A broken invariant: libFuzzer records the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace Fd::Fuzz
