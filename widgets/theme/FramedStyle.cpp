// SPDX-License-Identifier: Apache-2.0
#include "FramedStyle.h"

#include "ThemeColours.h"

#include <QPainter>
#include <QStyleOption>

namespace Fd {

FramedStyle::FramedStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void FramedStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Item views' check boxes come here too: Fusion draws them through its proxy as this element.
    const bool focusFrame = option->state.testFlag(State_HasFocus)
        && option->state.testFlag(State_KeyboardFocusChange);
    if (element != PE_IndicatorCheckBox || !option->state.testFlag(State_Enabled) || focusFrame)
        return;
    // Over Fusion's own frame, on the same pixels: its antialiased rectangle, half a pixel in.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(ThemeColours::controlFrame(option->palette), 1));
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace Fd
