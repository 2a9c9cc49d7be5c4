// SPDX-License-Identifier: Apache-2.0
#include "DiffHighlighter.h"

#include "theme/ThemeColours.h"

#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>

namespace Fd {

DiffHighlighter::DiffHighlighter(QPlainTextEdit *view) : QSyntaxHighlighter(view->document())
{
    setPalette(view->palette());
    const QPointer<DiffHighlighter> self(this);
    ThemeColours::onPaletteChange(view, [self, view] {
        if (self)
            self->setPalette(view->palette());
    });
}

void DiffHighlighter::setPalette(const QPalette &palette)
{
    const ThemeColours::DiffColours colours = ThemeColours::diff(palette);
    m_added.setForeground(colours.added);
    m_removed.setForeground(colours.removed);
    m_header.setForeground(colours.header);
    m_header.setFontWeight(QFont::Bold);
    rehighlight();
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
