// SPDX-License-Identifier: Apache-2.0
#include "TiledToolBar.h"

#include <QPaintEvent>
#include <QPainter>
#include <QStyleOptionToolBar>

namespace Fd {

namespace {

/// Below the raster engine's threshold for handing a blend to the thread pool (96 spans).
constexpr int TileSize = 90;

} // namespace

TiledToolBar::TiledToolBar(const QString &title, QWidget *parent) : QToolBar(title, parent)
{
}

void TiledToolBar::paintEvent(QPaintEvent *event)
{
    // A floating or expanded toolbar (its extension button shown) also gets a filled background
    // and a frame from QToolBar: leave those rare states to it. Without the button to look at,
    // QToolBar paints every state.
    const QWidget *extension = findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
    if (isWindow() || !extension || extension->isVisible()) {
        QToolBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOptionToolBar option;
    initStyleOption(&option);
    // Clipping does not change a pixel: the gradient and the lines are computed for the whole
    // rectangle, each tile keeps its part.
    // Tiles are in device pixels, which the spans count.
    const int tile = qMax(1, int(TileSize / devicePixelRatioF()));
    const QRect bounds = event->rect();
    for (int y = bounds.top(); y <= bounds.bottom(); y += tile) {
        for (int x = bounds.left(); x <= bounds.right(); x += tile) {
            painter.setClipRect(QRect(x, y, tile, tile));
            style()->drawControl(QStyle::CE_ToolBar, &option, &painter, this);
        }
    }
    painter.setClipping(false);
    option.rect = style()->subElementRect(QStyle::SE_ToolBarHandle, &option, this);
    if (option.rect.isValid())
        style()->drawPrimitive(QStyle::PE_IndicatorToolBarHandle, &option, &painter, this);
}

} // namespace Fd
