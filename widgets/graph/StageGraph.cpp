// SPDX-License-Identifier: Apache-2.0
#include "StageGraph.h"

#include "layout/PipelineStages.h"

#include <QHash>
#include <QTextLayout>

#include <algorithm>

namespace Fd {

QStringList wrapLabel(const QString &text, const QFont &font, qreal width)
{
    QTextLayout textLayout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(option);
    textLayout.setCacheEnabled(false);
    QStringList lines;
    textLayout.beginLayout();
    for (QTextLine line = textLayout.createLine(); line.isValid(); line = textLayout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    textLayout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

StageGraph StageGraph::build(const QJsonObject &pipeline, const GraphStyle &style, const Errors &findings,
                             QHash<QString, QStringList> *cache)
{
    StageGraph graph;
    graph.pipeline = pipeline;
    const QList<LayoutStage> stages = stagesFromPipeline(pipeline, &graph.findings);

    // Labels repeat ("Deploy prod" twice in prod blocks): wrap each text once.
    QHash<QString, QStringList> local;
    QHash<QString, QStringList> &wrapped = cache ? *cache : local;
    LayoutOptions options;
    options.labelWidth = style.labelWidth;
    options.labelHeight = [&](const QString &label, qreal width) {
        auto it = wrapped.find(label);
        if (it == wrapped.end())
            it = wrapped.insert(label, wrapLabel(label, style.boldFont, width));
        return it->size() * style.lineHeight;
    };
    graph.layout = layoutStages(stages, options);
    // The caller's findings (a validator's, or these same ones located in a file) come first;
    // the graph's own are kept only where the caller says nothing about that key.
    // (So "no stages list" is not followed by "no stages" either.)
    graph.findings = mergeFindings(findings, graph.findings + graph.layout.findings);

    const int count = graph.nodeCount();
    graph.labelLines.reserve(count);
    for (const LayoutNode &node : std::as_const(graph.layout.nodes))
        graph.labelLines << wrapped.value(node.name, {node.name});
    graph.nodeFindings = QList<Errors>(count);
    QHash<QString, int> byRefId;
    for (int i = count - 1; i > 0; --i)
        byRefId.insert(graph.layout.nodes.at(i).refId, i);
    for (const Error &error : std::as_const(graph.findings)) {
        // The key path names the very stage ("stages[3].refId"), even among duplicate refIds or
        // without a refId; otherwise the refId does.
        int node = -1;
        if (error.keyPath.startsWith(QLatin1String("stages["))) {
            bool ok = false;
            const int stageIndex = error.keyPath.mid(7, error.keyPath.indexOf(QLatin1Char(']')) - 7).toInt(&ok);
            node = ok ? graph.layout.nodeOfStage(stageIndex) : -1;
        }
        if (node < 0 && !error.stageRefId.isEmpty())
            node = byRefId.value(error.stageRefId, -1);
        graph.nodeFindings[std::max(0, node)] << error;
    }
    return graph;
}

namespace {

bool sameNode(const LayoutNode &a, const LayoutNode &b)
{
    return a.kind == b.kind && a.stageIndex == b.stageIndex && a.refId == b.refId && a.name == b.name
        && a.column == b.column && a.row == b.row && a.position == b.position && a.labelHeight == b.labelHeight
        && a.labelRect == b.labelRect && a.leaf == b.leaf && a.lastColumn == b.lastColumn && a.parents == b.parents
        && a.children == b.children && a.parentEdges == b.parentEdges && a.childEdges == b.childEdges;
}

bool sameEdge(const LayoutEdge &a, const LayoutEdge &b)
{
    return a.parent == b.parent && a.child == b.child && a.start == b.start && a.control1 == b.control1
        && a.control2 == b.control2 && a.end == b.end;
}

} // namespace

bool StageGraph::sameGeometry(const StageGraph &other) const
{
    const StageLayout &a = layout;
    const StageLayout &b = other.layout;
    return a.size == b.size && a.radius == b.radius && a.labelOffsetX == b.labelOffsetX
        && a.labelOffsetY == b.labelOffsetY && a.labelWidth == b.labelWidth && a.columnWidth == b.columnWidth
        && labelLines == other.labelLines
        && std::equal(a.nodes.cbegin(), a.nodes.cend(), b.nodes.cbegin(), b.nodes.cend(), sameNode)
        && std::equal(a.edges.cbegin(), a.edges.cend(), b.edges.cbegin(), b.edges.cend(), sameEdge);
}

QSet<int> StageGraph::nodesOf(const QSet<QString> &refIds) const
{
    QSet<int> nodes;
    for (int i = 1; i < layout.nodes.size(); ++i) {
        if (refIds.contains(layout.nodes.at(i).refId))
            nodes.insert(i);
    }
    return nodes;
}

} // namespace Fd
