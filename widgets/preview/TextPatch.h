// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QPlainTextEdit;

namespace Fd {

/// What of `from` must be replaced to get `to`: the characters before `start` and after the
/// replaced ones are the same in both texts, and the replaced part of `from` is whole lines.
struct LinePatch
{
    int start = 0;
    int oldLength = 0; ///< characters of `from` replaced, from `start`
    int newLength = 0; ///< characters of `to` that replace them
};

/// The smallest run of whole lines that differs between `from` and `to` (nothing when equal).
LinePatch changedLines(const QString &from, const QString &to);

/// What a view was last given by showText().
struct ShownText
{
    QString text;
    int revision = -1; ///< the document's revision after it; another means someone else changed it
};

/// Makes `view` show `text`. When the document still holds what `shown` says, only the lines
/// that differ are replaced, so a regenerated pipeline of thousands of lines costs the layout and
/// highlighting of the few that changed, not of all of them, and the reader's scroll position
/// stays. The view's undo history is left off.
void showText(QPlainTextEdit *view, ShownText *shown, const QString &text);

} // namespace Fd
