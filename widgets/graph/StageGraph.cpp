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

StageGraph StageGraph::build(const QJsonObject &pipeline, const GraphStyle &style, const Errors &findings)
{
    StageGraph graph;
    graph.pipeline = pipeline;
    const QList<LayoutStage> stages = stagesFromPipeline(pipeline, &graph.findings);

    // Labels repeat ("Deploy prod" twice in prod blocks): wrap each text once.
    QHash<QString, QStringList> wrapped;
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
