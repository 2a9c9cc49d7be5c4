// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QToolBar>

namespace Fd {

/// A QToolBar that paints its background in tiles, each narrower and lower than 96 pixels, and
/// so looks exactly as QToolBar does but paints on this thread alone. Qt 6.4's raster engine
/// hands every blend of 96 or more spans to the global thread pool and waits for it; a main
/// window's toolbar in the Fusion style draws three translucent lines across the window, one
/// span per pixel, which made the first paint start two pool threads and wait on them about
/// seventy times for a few thousand pixels (docs/performance.md).
class TiledToolBar : public QToolBar
{
    Q_OBJECT
public:
    TiledToolBar(const QString &title, QWidget *parent);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Fd
