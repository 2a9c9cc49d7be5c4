// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Fd {

/// One line of a line diff.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; ///< 1-based line in the old text; 0 for added lines
    int newLine = 0; ///< 1-based line in the new text; 0 for removed lines

    bool operator==(const DiffLine &o) const
    {
        return kind == o.kind && text == o.text && oldLine == o.oldLine && newLine == o.newLine;
    }
};

/// A shortest line diff (Myers) of `before` → `after`: removals come before additions within a
/// change. Pure; very large, wholly different inputs fall back to "remove all, add all".
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

/// The diff as `diff -u` prints it, with `context` lines around each change; empty when the
/// texts are equal.
QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel,
                    const QString &afterLabel, int context = 3);
/// The same from a diff already computed (to count its lines too without diffing twice).
QString unifiedDiff(const QList<DiffLine> &lines, const QString &beforeLabel, const QString &afterLabel,
                    int context = 3);

/// Lines of `text` split on '\n'; a final newline does not add an empty line.
QStringList splitLines(const QString &text);

} // namespace Fd
