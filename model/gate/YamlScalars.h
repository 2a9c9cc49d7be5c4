// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QVariant>

namespace Fd {

// One-line pieces of the MiniYaml reader, kept apart so the block structure stays readable.

/// `text` without its trailing `# comment` (a '#' at the start or after a blank, outside quotes).
QString stripYamlComment(const QString &text);

/// Splits "key: rest" (plain or quoted key). False when `text` is not a mapping entry.
bool splitYamlKey(const QString &text, QString *key, QString *rest);

/// A value written on one line: plain or quoted scalar, or a flow collection. Sets `*error`
/// (translated) when the text is not valid.
QVariant parseYamlInline(const QString &text, QString *error);

/// The text of a `|` (literal) or `>` (folded) block from its lines, with the indentation
/// already removed; `chomp` is '-', '+' or null (clip).
QString foldBlockScalar(const QStringList &lines, bool folded, QChar chomp);

} // namespace Fd
