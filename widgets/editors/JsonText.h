// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>

namespace Fd::JsonText {

/// Any JSON value as text (scalars too: "8", "true", "null", "\"text\"").
QString toText(const QJsonValue &value, bool indented = false);
/// Parses any JSON value; empty text gives an undefined value. `ok` is false on a syntax error.
QJsonValue parse(const QString &text, bool *ok);
/// A scalar as the user reads it: strings without quotes, numbers without a trailing ".0".
QString scalarText(const QJsonValue &value);

} // namespace Fd::JsonText
