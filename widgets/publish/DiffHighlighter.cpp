// SPDX-License-Identifier: Apache-2.0
#include "DiffHighlighter.h"

#include <QPalette>

namespace Fd {

DiffHighlighter::DiffHighlighter(QTextDocument *document, const QPalette &palette) : QSyntaxHighlighter(document)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_added.setForeground(dark ? QColor(0x8a, 0xe2, 0x34) : QColor(0x1a, 0x7f, 0x37));
    m_removed.setForeground(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28));
    m_header.setForeground(palette.color(QPalette::Link));
    m_header.setFontWeight(QFont::Bold);
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("@@")) || text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, int(text.size()), m_header);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, int(text.size()), m_removed);
}

} // namespace Fd
