// SPDX-License-Identifier: Apache-2.0
#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace Fd {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Spinnaker's accent and success hues, lightened on dark backgrounds.
    m_key.setForeground(dark ? QColor(0x7f, 0xc8, 0xd9) : QColor(0x14, 0x6f, 0x85));
    m_string.setForeground(dark ? QColor(0xb5, 0xd6, 0x8e) : QColor(0x4e, 0x73, 0x2e));
    m_number.setForeground(dark ? QColor(0xe8, 0xb0, 0x6a) : QColor(0x9a, 0x55, 0x00));
    m_literal.setForeground(dark ? QColor(0xd9, 0x8c, 0xd9) : QColor(0x7a, 0x2e, 0x8a));
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
