// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonSourceMap.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Fd {

/// A JSON file as the user wrote it: its exact bytes, its parsed value and where each value sits.
struct JsonFile
{
    QString path;
    QByteArray bytes;       ///< exactly what is on disk, BOM included
    bool hasBom = false;
    QJsonValue value;       ///< parsed content
    JsonSourceMap sourceMap;

    /// The bytes without a UTF-8 byte-order mark.
    QByteArray text() const { return hasBom ? bytes.mid(3) : bytes; }

    static constexpr qint64 MaxSize = 10 * 1024 * 1024;

    /// Reads and parses `path`. Refuses files over MaxSize, empty files and invalid JSON with an
    /// error that names the file, line and column and quotes the offending line.
    static Result<JsonFile> read(const QString &path);
    /// Parses bytes that came from `path` (used by read() and for text not yet on disk).
    static Result<JsonFile> parse(const QString &path, const QByteArray &bytes);

    /// Line (1-based) of the key or value at `path`, or of its nearest existing ancestor.
    int lineOf(const QStringList &keyPath) const { return sourceMap.lineOfPath(keyPath); }
};

/// Offset of the first raw control character (below U+0020) inside a JSON string, or -1.
/// Python's json module, which Foremast reads runways and pipeline files with, refuses them;
/// QJsonDocument accepts them.
int rawControlInString(const QByteArray &text);

} // namespace Fd
