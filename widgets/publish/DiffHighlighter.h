// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace Fd {

/// Colours a unified diff: added lines, removed lines and hunk headers, readable on light and
/// dark palettes alike (ThemeColours::diff), and coloured again when the theme changes.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QPlainTextEdit *view);
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_header;
};

} // namespace Fd
