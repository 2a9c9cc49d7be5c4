// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Fd {

/// The bytes of QJsonDocument(object).toJson() (indented, keys sorted, a final newline), written
/// directly from the object. Qt's writer converts through its CBOR representation and escapes
/// every string character by character; for generated pipelines, which are mostly ASCII strings
/// and small integers, that was a third of a `generate` run. Anything this writer does not handle
/// itself (fractions, huge numbers, non-ASCII text) is formatted by Qt, so the output is the same.
QByteArray indentedJson(const QJsonObject &object);

} // namespace Fd
