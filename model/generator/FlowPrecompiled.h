// SPDX-License-Identifier: Apache-2.0
#pragma once
// The built-in flows' precompiled form: at build time fd_flowc parses and checks each
// resources/flows/*.json and writes the parsed Flow::Data as a blob the library embeds; at run
// time a built-in flow is read from its blob, with no JSON parse of the flow and no re-check.
// User flows (--flow FILE, a runway's flow) keep the JSON path and its messages.

#include "Flow.h"

#include <QByteArrayView>

namespace Fd {

/// Writes and reads a parsed flow as bytes. The bytes carry a magic, their format version, a
/// hash of the flow's JSON text they were made from and a hash of their own content; read()
/// refuses bytes whose version, source or content does not match, never using them in part.
/// Integers are little-endian and texts UTF-16, so a blob made on the build machine reads the
/// same on any target (cross-compiling).
class FlowPrecompiled
{
public:
    /// Bumped whenever what write() puts out changes; read() refuses other versions.
    static constexpr quint32 Version = 2; // 2: each check keeps its message as written, for the catalogue

    /// The blob of `data`, parsed from the JSON text `source`.
    static QByteArray write(const Flow::Data &data, QByteArrayView source);
    /// The flow in `blob`, which must have been made from `source`; `file` becomes the flow's
    /// file (e.g. ":/flows/foremast-v5.json"). Fails, naming `blobName`, when the blob is
    /// damaged, truncated, of another version or made from another text.
    static Result<Flow> read(const QString &blobName, QByteArrayView blob, QByteArrayView source, const QString &file);

    /// Every field of the parsed flow as text, JSON values in CBOR diagnostic notation (which
    /// tells an integer 3 from a double 3.0): two flows with the same description render the
    /// same pipelines. Independent of the blob's layout, so it checks write() and read().
    static QByteArray describe(const Flow::Data &data);

    /// The 64-bit hash the blob records (not cryptographic: it catches a stale or damaged blob,
    /// not an attacker, who could as well change the program).
    static quint64 hash(QByteArrayView bytes);
};

/// The private parts of the compiled flow classes, for FlowPrecompiled's writer, reader and
/// describe() only.
struct FlowPrecompiledAccess;

} // namespace Fd
