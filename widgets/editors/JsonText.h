// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>

namespace Fd::JsonText {

/// Any JSON value as text (scalars too: "8", "true", "null", "\"text\"").
QString toText(const QJsonValue &value, bool indented = false);
/// Parses any JSON value; empty text gives an undefined value. `ok` is false on a syntax error.
QJsonValue parse(const QString &text, bool *ok);
/// The value for text typed over `current`, keeping its type: strings stay strings, numbers stay
/// numbers, "true"/"false" stay booleans; "null" gives null and JSON text an object or array.
/// `ok` is false when the text does not fit (e.g. "abc" over a number, broken JSON over a list).
QJsonValue fromEditText(const QString &text, const QJsonValue &current, bool *ok);
/// "string", "number", "boolean", "null", "object" or "array".
QString typeId(const QJsonValue &value);
/// `value` converted to another type, keeping what can be kept (e.g. "8" → 8, 1 → true).
QJsonValue convert(const QJsonValue &value, const QString &typeId);

/// A scalar as the user reads it: strings without quotes, numbers without a trailing ".0".
QString scalarText(const QJsonValue &value);

} // namespace Fd::JsonText
