// SPDX-License-Identifier: Apache-2.0
#include "JsonHighlighter.h"

#include "theme/ThemeColours.h"

#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>

namespace Fd {

JsonHighlighter::JsonHighlighter(QPlainTextEdit *view) : QSyntaxHighlighter(view->document())
{
    setPalette(view->palette());
    const QPointer<JsonHighlighter> self(this);
    ThemeColours::onPaletteChange(view, [self, view] {
        if (self)
            self->setPalette(view->palette());
    });
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const ThemeColours::JsonSyntax colours = ThemeColours::jsonSyntax(palette);
    if (m_key.foreground().color() == colours.key && m_key.foreground().style() != Qt::NoBrush)
        return;
    m_key.setForeground(colours.key);
    m_string.setForeground(colours.string);
    m_number.setForeground(colours.number);
    m_literal.setForeground(colours.literal);
    m_literal.setFontWeight(QFont::DemiBold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"));
    static const QRegularExpression number(QStringLiteral(R"((?<![\w."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"));
    static const QRegularExpression literal(QStringLiteral(R"(\b(?:true|false|null)\b)"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }
    for (auto it = literal.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_literal);
    }
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int after = int(m.capturedEnd());
        while (after < text.size() && text.at(after).isSpace())
            ++after;
        const bool isKey = after < text.size() && text.at(after) == QLatin1Char(':');
        setFormat(int(m.capturedStart()), int(m.capturedLength()), isKey ? m_key : m_string);
    }
}

} // namespace Fd
