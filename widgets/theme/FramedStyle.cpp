// SPDX-License-Identifier: Apache-2.0
#include "FramedStyle.h"

#include "ThemeColours.h"

#include <QPainter>
#include <QStyleOption>

namespace Fd {

FramedStyle::FramedStyle(QStyle *base)
    : LazyIconStyle(base)
{
}

void FramedStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    LazyIconStyle::drawPrimitive(element, option, painter, widget);
    // Item views' check boxes come here too: Fusion draws them through its proxy as this element.
    const bool focusFrame = option->state.testFlag(State_HasFocus)
        && option->state.testFlag(State_KeyboardFocusChange);
    if ((element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        || !option->state.testFlag(State_Enabled) || focusFrame)
        return;
    // Over Fusion's own frame, on the same pixels, antialiased as Fusion draws it.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(ThemeColours::controlFrame(option->palette), 1));
    const QRect &rect = option->rect;
    if (element == PE_IndicatorCheckBox) {
        // A rectangle half a pixel in.
        painter->translate(0.5, 0.5);
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    } else {
        // Fusion's circle: centred a pixel right of and below the rectangle's centre, with a
        // radius of half the width rounded up to odd, less one. Antialiasing spreads a 1-pixel
        // curve over two pixels, each fainter than the colour; a slightly wider pen keeps the
        // pixels at 3:1, as a straight frame's are.
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->setPen(QPen(ThemeColours::controlFrame(option->palette), 1.25));
        painter->drawEllipse(QPointF(rect.center() + QPoint(1, 1)), radius, radius);
    }
    painter->restore();
}

} // namespace Fd
