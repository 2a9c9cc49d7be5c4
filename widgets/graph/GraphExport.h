// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GraphPainter.h"

#include <QImage>

namespace Fd::GraphExport {

/// The scale renderImage() really uses: `scale`, reduced when the image would exceed 32,000
/// pixels on a side (where the raster engine stops being exact) or 100 megapixels.
qreal fittingScale(const StageGraph &graph, qreal scale, qreal devicePixelRatio = 1);

/// The graph as an image of (size × fittingScale() × devicePixelRatio) pixels; the image carries
/// the device pixel ratio and a matching resolution, so viewers show it at its logical size.
QImage renderImage(const StageGraph &graph, const GraphState &state, const GraphStyle &style, qreal scale = 1,
                   qreal devicePixelRatio = 1);

/// Writes a PNG. Returns an empty string on success, else the reason (translated).
QString writePng(const QString &path, const StageGraph &graph, const GraphState &state, const GraphStyle &style,
                 qreal scale = 1, qreal devicePixelRatio = 1);

/// The graph as SVG; stage names are <text> elements. `title` becomes the SVG title.
QByteArray svg(const StageGraph &graph, const GraphState &state, const GraphStyle &style, const QString &title);
/// Writes an SVG file. Returns an empty string on success, else the reason (translated).
QString writeSvg(const QString &path, const StageGraph &graph, const GraphState &state, const GraphStyle &style,
                 const QString &title);

} // namespace Fd::GraphExport
