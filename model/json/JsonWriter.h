// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonFile.h"

#include <QByteArray>
#include <QJsonValue>

namespace Fd {

/// Text of `value` as the user's file would hold it: every value that did not change keeps its
/// exact bytes (key order, spacing, number spelling), changed values are rewritten in place, new
/// keys go after the existing ones with the file's own indentation and line endings.
/// Rewriting a file with its own parsed value gives back its bytes unchanged.
QByteArray rewriteJson(const JsonFile &original, const QJsonValue &value);

/// Fresh text for a value, indented like Python's json.dumps(indent=…) except that arrays of
/// scalars stay on one line (as hand-written runway files do).
QByteArray formatJson(const QJsonValue &value, const QByteArray &indent = {},
                      const QByteArray &unit = "    ", const QByteArray &eol = "\n");

} // namespace Fd
