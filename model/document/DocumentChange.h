// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json/JsonPath.h"

#include <QMetaType>

namespace Fd {

/// Names one file of a runway: an empty id is pipeline.json, any other id is an env name.
using FileId = QString;

/// What one change of a RunwayDocument touched; the document sends exactly one per undo
/// command (redo or undo), so views refresh once per user step.
struct DocumentChange
{
    enum Kind {
        Value,     ///< one key (`path`) of one file (`file`) was set or removed
        Structure, ///< envs or regions added, removed, renamed or reordered, or several values
        Reset,     ///< everything may differ: reload, or undo/redo of a whole snapshot
    };
    Kind kind = Reset;
    FileId file;
    KeyPath path;

    static DocumentChange value(const FileId &file, const KeyPath &path) { return {Value, file, path}; }
    static DocumentChange structure(const FileId &file = {}) { return {Structure, file, {}}; }
    static DocumentChange reset() { return {Reset, {}, {}}; }

    /// Whether views of `file` (or of the runway's shape) must look again.
    bool touches(const FileId &other) const { return kind != Value || file == other; }
    /// Whether the set or order of envs may have changed.
    bool touchesEnvList() const
    {
        return kind != Value || (file.isEmpty() && path.value(0) == QLatin1String("env"));
    }
};

} // namespace Fd

Q_DECLARE_METATYPE(Fd::DocumentChange)
