// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Fd {

/// The bytes of QJsonDocument(object).toJson() (indented, keys sorted, a final newline), written
/// directly from the object. Qt's writer makes a QString of every key and string and escapes it
/// character by character; for generated pipelines, which are mostly ASCII strings and small
/// integers, that was a third of a `generate` run. With Qt Core's private headers this writer
/// reads the object's storage in place (ASCII text is kept there as bytes), otherwise it walks the
/// public API. Anything it does not handle itself (fractions, huge numbers, non-ASCII text) is
/// formatted by Qt, so the output is the same.
QByteArray indentedJson(const QJsonObject &object);

} // namespace Fd
