// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace Fd {

/// Colours JSON text: keys, strings, numbers and literals, in colours chosen for the view's
/// palette (ThemeColours::jsonSyntax), and chosen again when the theme changes.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QPlainTextEdit *view);
    /// Recomputes the colours from `palette`.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace Fd
