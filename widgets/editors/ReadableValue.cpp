// SPDX-License-Identifier: Apache-2.0
#include "ReadableValue.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolTip>

namespace Fd {

namespace {

class ValueStartKeeper : public QObject
{
public:
    explicit ValueStartKeeper(QLineEdit *edit) : QObject(edit), m_edit(edit) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit)
            return false;
        if (event->type() == QEvent::FocusOut) {
            // Not when another window or a popup (the combo box's list) only borrows the focus:
            // the user comes back to the cursor where it was.
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
                m_edit->setCursorPosition(0);
        } else if (event->type() == QEvent::ToolTip && isValueCut(m_edit)) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_edit->text(), m_edit);
            return true;
        }
        return false;
    }

private:
    QLineEdit *m_edit;
};

} // namespace

void keepValueReadable(QLineEdit *edit)
{
    edit->installEventFilter(new ValueStartKeeper(edit));
}

void showValueStart(QLineEdit *edit)
{
    // Not under the user's hands: typing into the field goes on where the cursor is.
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

bool isValueCut(const QLineEdit *edit)
{
    // QLineEdit keeps 2 px beside the text inside its frame and its text margins.
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    const QMargins margins = edit->textMargins();
    const int room = edit->contentsRect().width() - 2 * frame - margins.left() - margins.right() - 4;
    return edit->fontMetrics().horizontalAdvance(edit->displayText()) > room;
}

} // namespace Fd
