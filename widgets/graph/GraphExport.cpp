// SPDX-License-Identifier: Apache-2.0
#include "GraphExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Fd::GraphExport {

namespace {

/// This file's texts; lupdate files them under "Fd::GraphExport", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fd::GraphExport)
};

QString save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

constexpr qreal MaxImageSide = 32000;
constexpr qreal MaxImagePixels = 100e6;

} // namespace

qreal fittingScale(const StageGraph &graph, qreal scale, qreal devicePixelRatio)
{
    scale = scale > 0 ? scale : 1;
    devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1;
    const QSizeF size = graph.layout.size * devicePixelRatio;
    const qreal side = std::max(size.width(), size.height());
    if (side * scale > MaxImageSide)
        scale = MaxImageSide / side;
    const qreal pixels = size.width() * size.height() * scale * scale;
    if (pixels > MaxImagePixels)
        scale *= std::sqrt(MaxImagePixels / pixels);
    return scale;
}

QImage renderImage(const StageGraph &graph, const GraphState &state, const GraphStyle &style, qreal scale,
                   qreal devicePixelRatio)
{
    devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1;
    scale = fittingScale(graph, scale, devicePixelRatio);
    const qreal factor = scale * devicePixelRatio;
    const QSizeF size = graph.layout.size * factor;
    QImage image(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))), QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background);
    // 96 dpi per logical pixel: 3780 dots per metre.
    image.setDotsPerMeterX(int(std::lround(3780 * devicePixelRatio)));
    image.setDotsPerMeterY(int(std::lround(3780 * devicePixelRatio)));
    QPainter painter(&image);
    painter.scale(factor, factor);
    GraphPainter::paintGraph(painter, graph, state, style);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QString writePng(const QString &path, const StageGraph &graph, const GraphState &state, const GraphStyle &style,
                 qreal scale, qreal devicePixelRatio)
{
    const QImage image = renderImage(graph, state, style, scale, devicePixelRatio);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Tr::tr("Cannot encode the graph as PNG.");
    return save(path, bytes);
}

QByteArray svg(const StageGraph &graph, const GraphState &state, const GraphStyle &style, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF size = graph.layout.size;
    generator.setSize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title);
    generator.setDescription(Tr::tr("Stage graph of the pipeline, drawn by Foremast Designer"));
    QPainter painter(&generator);
    GraphPainter::paintGraph(painter, graph, state, style);
    painter.end();
    return bytes;
}

QString writeSvg(const QString &path, const StageGraph &graph, const GraphState &state, const GraphStyle &style,
                 const QString &title)
{
    const QByteArray bytes = svg(graph, state, style, title);
    if (bytes.isEmpty())
        return Tr::tr("Cannot produce the SVG drawing.");
    return save(path, bytes);
}

} // namespace Fd::GraphExport
