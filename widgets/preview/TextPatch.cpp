// SPDX-License-Identifier: Apache-2.0
#include "TextPatch.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Fd {

LinePatch changedLines(const QString &from, const QString &to)
{
    const int oldSize = int(from.size());
    const int newSize = int(to.size());
    const int shorter = std::min(oldSize, newSize);
    int start = 0;
    while (start < shorter && from.at(start) == to.at(start))
        ++start;
    if (start == oldSize && start == newSize)
        return {oldSize, 0, 0};
    // Back to the start of the line the difference is in.
    start = start == 0 ? 0 : int(from.lastIndexOf(QLatin1Char('\n'), start - 1)) + 1;
    int tail = 0;
    while (tail < shorter - start && from.at(oldSize - 1 - tail) == to.at(newSize - 1 - tail))
        ++tail;
    // Forward to the start of a line, unless it starts one already: the replaced text of `from`
    // is whole lines.
    if (tail > 0 && tail < oldSize && from.at(oldSize - tail - 1) != QLatin1Char('\n')) {
        const int lineEnd = int(from.indexOf(QLatin1Char('\n'), oldSize - tail));
        tail = lineEnd < 0 ? 0 : oldSize - lineEnd - 1;
    }
    return {start, oldSize - tail - start, newSize - tail - start};
}

void showText(QPlainTextEdit *view, ShownText *shown, const QString &text)
{
    QTextDocument *document = view->document();
    // Undo steps of a read-only view would only pile up.
    document->setUndoRedoEnabled(false);
    // characterCount() counts the final paragraph separator too.
    const bool inSync = document->revision() == shown->revision && document->characterCount() == shown->text.size() + 1;
    if (inSync && shown->text == text)
        return;
    const int scroll = view->verticalScrollBar()->value();
    if (!inSync || shown->text.isEmpty() || text.isEmpty()) {
        view->setPlainText(text);
    } else {
        const LinePatch patch = changedLines(shown->text, text);
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        cursor.setPosition(patch.start);
        cursor.setPosition(patch.start + patch.oldLength, QTextCursor::KeepAnchor);
        cursor.insertText(text.mid(patch.start, patch.newLength));
        cursor.endEditBlock();
    }
    shown->text = text;
    shown->revision = document->revision();
    view->verticalScrollBar()->setValue(scroll);
}

} // namespace Fd
