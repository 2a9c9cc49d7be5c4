// SPDX-License-Identifier: Apache-2.0
// What the stage-graph tests share: golden pipelines, a view set up the same way each time, and
// ways to find nodes and colours in what it draws.
#pragma once

#include "../support/SharedData.h"
#include "graph/StageGraphView.h"
#include "layout/PipelineStages.h"

#include <QColor>
#include <QImage>
#include <QJsonDocument>
#include <QObject>
#include <QPalette>

#include <cstdlib>

namespace Fd::GraphTest {

inline const char *const Documented03 = "documented-flow/03-dev-stage-prod-features/rendered/pipeline-us-east-1.json";

/// The first pipeline of a file under golden/, or an empty object when it cannot be read.
inline QJsonObject golden(const char *relative)
{
    const Result<PipelineFile> file = PipelineFile::read(Test::goldenPath(relative));
    return file.ok() ? file->pipelines.first() : QJsonObject();
}

inline QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xEFEFEF));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x308CC6));
    return palette;
}

/// A view with the light palette and the fixed font, so that sizes and colours do not depend on
/// the machine's theme.
inline StageGraphView *newView()
{
    auto *view = new StageGraphView;
    view->setPalette(lightPalette());
    view->setFont(GraphStyle::fixedFont());
    view->resize(900, 300);
    return view;
}

inline int nodeNamed(const StageGraphView &view, const QString &name)
{
    const QList<LayoutNode> &nodes = view.graph().layout.nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name == name)
            return i;
    }
    return -1;
}

inline QPoint viewPoint(const StageGraphView &view, int node)
{
    return view.mapFromScene(view.graph().layout.nodes.at(node).position);
}

/// The colour at a node's glyph centre in an image of the whole graph at scale 1.
inline QColor glyphColor(const QImage &image, const StageGraph &graph, int node)
{
    const QPointF at = graph.layout.nodes.at(node).position * image.devicePixelRatio();
    return image.pixelColor(at.toPoint());
}

/// Base of the test classes that work on one view: a fresh newView() before each test function,
/// deleted after it (QTest finds these init() and cleanup() slots through the subclass).
class ViewTestCase : public QObject
{
    Q_OBJECT
protected:
    StageGraphView *m_view = nullptr;

private Q_SLOTS:
    void init() { m_view = newView(); }
    void cleanup()
    {
        delete m_view;
        m_view = nullptr;
    }
};

inline bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace Fd::GraphTest
