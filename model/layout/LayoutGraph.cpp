// SPDX-License-Identifier: Apache-2.0
#include "LayoutSteps.h"

#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QHash>

namespace Fd::LayoutSteps {

namespace {

/// This file's texts; lupdate files them under "Fd::StageLayout", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fd::StageLayout)
};

QString stageKeyPath(int stageIndex, const QString &key, int item = -1)
{
    KeyPath path{QStringLiteral("stages"), QString::number(stageIndex), key};
    if (item >= 0)
        path << QString::number(item);
    return JsonPath::toString(path);
}

Error finding(const LayoutNode &node, const QString &keyPath, const QString &message,
              Error::Severity severity = Error::Severity::Error)
{
    Error error;
    error.message = message;
    error.keyPath = keyPath;
    error.stageRefId = node.refId;
    error.stageName = node.name;
    error.severity = severity;
    return error;
}

/// "A → B → C → A" for a cycle given in flow order, shortened when long.
QString describeCycle(const QList<LayoutNode> &nodes, const QList<int> &cycle)
{
    QStringList names;
    const int n = int(cycle.size());
    for (int i = 0; i < n; ++i) {
        if (n > 6 && i == 3) {
            names << QStringLiteral("…");
            i = n - 3;
        }
        names << QStringLiteral("\"%1\"").arg(nodes.at(cycle.at(i)).name);
    }
    names << QStringLiteral("\"%1\"").arg(nodes.at(cycle.first()).name);
    return names.join(QStringLiteral(" → "));
}

/// Depth-first search along parent → child edges, roots first, everything in input order; each
/// edge that closes a cycle is dropped and reported. Returns the post-order of all stage nodes.
QList<int> breakCycles(Graph &graph, const QList<LayoutStage> &stages)
{
    QList<LayoutNode> &nodes = graph.nodes;
    const int count = int(nodes.size());
    QList<QList<int>> children(count);
    for (int i = 1; i < count; ++i) {
        for (int parent : std::as_const(nodes.at(i).parents))
            children[parent] << i;
    }

    enum : char { Unvisited, OnStack, Done };
    QList<char> state(count, Unvisited);
    QList<int> stackPosition(count, -1);
    struct Frame { int node; int next; };
    QList<Frame> stack;
    QList<int> postOrder;
    postOrder.reserve(count);
    QList<QPair<int, int>> dropped; // parent, child

    const auto visit = [&](int root) {
        state[root] = OnStack;
        stackPosition[root] = 0;
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const int node = stack.last().node;
            const QList<int> &kids = children.at(node);
            if (stack.last().next < kids.size()) {
                const int child = kids.at(stack.last().next++);
                if (state.at(child) == OnStack) {
                    QList<int> cycle;
                    for (int i = stackPosition.at(child); i < stack.size(); ++i)
                        cycle << stack.at(i).node;
                    dropped.append({node, child});
                    const LayoutNode &c = nodes.at(child);
                    const int item = stages.at(child - 1).requisiteStageRefIds.indexOf(nodes.at(node).refId);
                    graph.findings << finding(c, stageKeyPath(c.stageIndex, QStringLiteral("requisiteStageRefIds"), item),
                                              Tr::tr("The stage is part of a dependency cycle (%1); the graph ignores "
                                                     "its dependency on \"%2\" (refId %3).")
                                                  .arg(describeCycle(nodes, cycle), nodes.at(node).name,
                                                       nodes.at(node).refId));
                } else if (state.at(child) == Unvisited) {
                    state[child] = OnStack;
                    stackPosition[child] = int(stack.size());
                    stack.append({child, 0});
                }
                continue;
            }
            state[node] = Done;
            postOrder << node;
            stack.removeLast();
        }
    };
    for (int i = 1; i < count; ++i) {
        if (nodes.at(i).parents.isEmpty() && state.at(i) == Unvisited)
            visit(i);
    }
    for (int i = 1; i < count; ++i) {
        if (state.at(i) == Unvisited)
            visit(i);
    }
    for (const auto &[parent, child] : std::as_const(dropped))
        nodes[child].parents.removeOne(parent);
    return postOrder;
}

void resolveParents(Graph &graph, const QList<LayoutStage> &stages, const QHash<QString, int> &byRefId)
{
    for (int i = 0; i < stages.size(); ++i) {
        LayoutNode &node = graph.nodes[i + 1];
        const QStringList &refs = stages.at(i).requisiteStageRefIds;
        for (int j = 0; j < refs.size(); ++j) {
            const QString &ref = refs.at(j);
            const auto keyPath = [&] { return stageKeyPath(node.stageIndex, QStringLiteral("requisiteStageRefIds"), j); };
            if (!node.refId.isEmpty() && ref == node.refId) {
                graph.findings << finding(node, keyPath(), Tr::tr("The stage depends on itself."));
                continue;
            }
            const int parent = byRefId.value(ref, -1);
            if (parent < 0) {
                graph.findings << finding(node, keyPath(),
                                          Tr::tr("The stage depends on refId \"%1\", which no stage has.").arg(ref));
                continue;
            }
            if (!node.parents.contains(parent))
                node.parents << parent;
        }
    }
}

} // namespace

Graph linkStages(const QList<LayoutStage> &stages, const QString &configurationLabel)
{
    Graph graph;
    const int stageCount = int(stages.size());
    graph.nodes.reserve(stageCount + 1);
    graph.sortNames.reserve(stageCount + 1);
    graph.rowOverrides.reserve(stageCount + 1);

    LayoutNode configuration;
    configuration.kind = LayoutNode::Kind::Configuration;
    configuration.name = configurationLabel;
    graph.nodes << configuration;
    graph.sortNames << configurationLabel;
    graph.rowOverrides << std::nullopt;
    if (stages.isEmpty()) {
        Error empty;
        empty.message = Tr::tr("The pipeline has no stages.");
        empty.keyPath = QStringLiteral("stages");
        empty.severity = Error::Severity::Warning;
        graph.findings << empty;
    }

    QHash<QString, int> byRefId;
    byRefId.reserve(stageCount);
    for (int i = 0; i < stageCount; ++i) {
        const LayoutStage &stage = stages.at(i);
        LayoutNode node;
        node.stageIndex = stage.sourceIndex >= 0 ? stage.sourceIndex : i;
        node.refId = stage.refId;
        // Deck's label for a stage that has no name yet; it sorts by the untranslated text.
        node.name = stage.name.isEmpty() ? Tr::tr("[new stage]") : stage.name;
        graph.sortNames << (stage.name.isEmpty() ? QStringLiteral("[new stage]") : stage.name);
        graph.rowOverrides << stage.graphRowOverride;
        const auto keyPath = [&node] { return stageKeyPath(node.stageIndex, QStringLiteral("refId")); };
        if (stage.refId.trimmed().isEmpty()) {
            graph.findings << finding(node, keyPath(), Tr::tr("The stage has no refId, so no stage can depend on it."));
        } else if (const int first = byRefId.value(stage.refId, -1); first >= 0) {
            graph.findings << finding(node, keyPath(),
                                      Tr::tr("refId \"%1\" is also used by stage \"%2\"; stages that depend on "
                                             "it are linked to that one.")
                                          .arg(stage.refId, graph.nodes.at(first).name));
        } else {
            byRefId.insert(stage.refId, i + 1);
        }
        graph.nodes.append(std::move(node));
    }

    resolveParents(graph, stages, byRefId);
    const QList<int> postOrder = breakCycles(graph, stages);

    QList<LayoutNode> &nodes = graph.nodes;
    for (int i = 1; i <= stageCount; ++i) {
        if (nodes.at(i).parents.isEmpty())
            nodes[i].parents << 0;
        for (int parent : std::as_const(nodes.at(i).parents))
            nodes[parent].children << i;
    }
    // Reverse post-order is a topological order: every parent before its children.
    for (auto it = postOrder.crbegin(); it != postOrder.crend(); ++it) {
        LayoutNode &node = nodes[*it];
        int column = 0;
        for (int parent : std::as_const(node.parents))
            column = std::max(column, nodes.at(parent).column);
        node.column = column + 1;
    }
    for (int i : postOrder) {
        LayoutNode &node = nodes[i];
        node.leaf = node.children.isEmpty();
        node.lastColumn = node.column;
        for (int child : std::as_const(node.children))
            node.lastColumn = std::max(node.lastColumn, nodes.at(child).lastColumn);
    }
    LayoutNode &root = nodes[0];
    root.leaf = root.children.isEmpty();
    for (int child : std::as_const(root.children))
        root.lastColumn = std::max(root.lastColumn, nodes.at(child).lastColumn);
    return graph;
}

} // namespace Fd::LayoutSteps
