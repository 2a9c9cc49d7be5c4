// SPDX-License-Identifier: Apache-2.0
#include "LayoutSteps.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Fd::LayoutSteps {

namespace {

/// JavaScript's Number.MAX_SAFE_INTEGER: where Deck sorts ids that are not numbers.
constexpr double MaxSafeInteger = 9007199254740991.0;

/// Deck's sort keys for one node, compared in this order (lodash sortBy: ascending, stable).
struct RowKey
{
    double primaryParent = 0;
    double rowOverride = 1000;
    int negativeLastColumn = 0;
    int leafChildren = 100;
    int parentCount = 0;
    int negativeChildren = 0;
    int negativeGrandchildren = 0;
    int node = 0;  ///< for the child signature, computed only when the keys before it tie
    double numericId = 0;
    QString id;
};

/// Key 8: the children sorted by column, as "<column distance>-<name>" joined by ':'.
class ChildSignatures
{
public:
    explicit ChildSignatures(const Graph &graph)
        : m_graph(graph)
        , m_cache(graph.nodes.size())
    {
    }

    const QString &of(int index)
    {
        std::optional<QString> &cached = m_cache[index];
        if (!cached)
            cached = compute(index);
        return *cached;
    }

private:
    QString compute(int index) const
    {
        const QList<LayoutNode> &nodes = m_graph.nodes;
        const LayoutNode &node = nodes.at(index);
        QList<int> byColumn = node.children;
        std::stable_sort(byColumn.begin(), byColumn.end(),
                         [&](int a, int b) { return nodes.at(a).column < nodes.at(b).column; });
        QStringList parts;
        parts.reserve(byColumn.size());
        for (int child : std::as_const(byColumn))
            parts << QString::number(nodes.at(child).column - node.column) + QLatin1Char('-') + m_graph.sortNames.at(child);
        return parts.join(QLatin1Char(':'));
    }

    const Graph &m_graph;
    std::vector<std::optional<QString>> m_cache;
};

bool lessThan(const RowKey &a, const RowKey &b, ChildSignatures &signatures)
{
    if (a.primaryParent != b.primaryParent)
        return a.primaryParent < b.primaryParent;
    if (a.rowOverride != b.rowOverride)
        return a.rowOverride < b.rowOverride;
    if (a.negativeLastColumn != b.negativeLastColumn)
        return a.negativeLastColumn < b.negativeLastColumn;
    if (a.leafChildren != b.leafChildren)
        return a.leafChildren < b.leafChildren;
    if (a.parentCount != b.parentCount)
        return a.parentCount < b.parentCount;
    if (a.negativeChildren != b.negativeChildren)
        return a.negativeChildren < b.negativeChildren;
    if (a.negativeGrandchildren != b.negativeGrandchildren)
        return a.negativeGrandchildren < b.negativeGrandchildren;
    if (const int c = signatures.of(a.node).compare(signatures.of(b.node)); c != 0)
        return c < 0;
    if (a.numericId != b.numericId)
        return a.numericId < b.numericId;
    return a.id.compare(b.id) < 0;
}

/// What JavaScript's Number(id) gives, with NaN mapped after every number as Deck does.
double numericId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    return ok && !std::isnan(value) ? value : MaxSafeInteger;
}

RowKey rowKey(const Graph &graph, int index)
{
    const QList<LayoutNode> &nodes = graph.nodes;
    const LayoutNode &node = nodes.at(index);
    RowKey key;
    // Primary parent: the one in the highest column, then the lowest row.
    int best = -1;
    for (int parent : node.parents) {
        const LayoutNode &p = nodes.at(parent);
        if (best < 0 || p.column > nodes.at(best).column
            || (p.column == nodes.at(best).column && p.row < nodes.at(best).row))
            best = parent;
    }
    if (best >= 0)
        key.primaryParent = nodes.at(best).column * 100.0 + nodes.at(best).row;
    // Deck treats an override of 0 as "not set".
    if (const auto &o = graph.rowOverrides.at(index); o && *o != 0)
        key.rowOverride = *o;
    key.negativeLastColumn = -node.lastColumn;
    int leafChildren = 0;
    int grandchildren = 0;
    for (int child : node.children) {
        const int n = int(nodes.at(child).children.size());
        leafChildren += n == 0 ? 1 : 0;
        grandchildren += n;
    }
    key.leafChildren = leafChildren ? leafChildren : 100;
    key.parentCount = int(node.parents.size());
    key.negativeChildren = -int(node.children.size());
    key.negativeGrandchildren = -grandchildren;
    key.node = index;
    key.numericId = numericId(node.refId);
    key.id = node.refId;
    return key;
}

void renumber(Graph &graph, const QList<int> &column, QList<int> &placeholderRows, int from)
{
    for (int row = from; row < column.size(); ++row) {
        const int entry = column.at(row);
        if (entry >= 0)
            graph.nodes[entry].row = row;
        else
            placeholderRows[-1 - entry] = row;
    }
}

/// Deck's overlap fix: an edge that skips columns between a parent and a child on the same row
/// gets an empty slot at that row in every column it crosses (when the column is that long).
/// Unlike Deck, a parent reserves at most one slot per column (its further edges on that row run
/// through the same slot; Deck stacks one empty row per edge, which for a stage every later stage
/// depends on is quadratic), and the total is capped so no input can make this step explode.
void insertPlaceholders(Graph &graph, Columns &columns, int *placeholderCount)
{
    const int budget = std::max(1000, 4 * int(graph.nodes.size()));
    QList<int> placeholderRows;
    bool capped = false;
    for (int c = 0; c < columns.size(); ++c) {
        for (int k = 0; k < columns.at(c).size(); ++k) {
            const int entry = columns.at(c).at(k);
            if (entry < 0)
                continue;
            const LayoutNode &node = graph.nodes.at(entry);
            QSet<int> reserved;
            for (int child : node.children) {
                const LayoutNode &target = graph.nodes.at(child);
                if (target.column - node.column <= 1 || target.row != node.row)
                    continue;
                for (int between = node.column + 1; between < target.column; ++between) {
                    QList<int> &slots = columns[between];
                    if (slots.size() < node.row || reserved.contains(between))
                        continue;
                    if (placeholderRows.size() >= budget) {
                        capped = true;
                        break;
                    }
                    reserved.insert(between);
                    const int id = int(placeholderRows.size());
                    placeholderRows << node.row;
                    slots.insert(node.row, -1 - id);
                    renumber(graph, slots, placeholderRows, node.row);
                }
            }
        }
    }
    if (capped) {
        Error error;
        error.severity = Error::Severity::Warning;
        error.message = QCoreApplication::translate(
            "Fd::StageLayout", "The pipeline has too many long dependencies to keep them all clear of other "
                               "stages; some of its edges are drawn through stages.");
        graph.findings << error;
    }
    *placeholderCount = int(placeholderRows.size());
}

} // namespace

Columns orderRows(Graph &graph, int *placeholderCount)
{
    int columnCount = 1;
    for (const LayoutNode &node : std::as_const(graph.nodes))
        columnCount = std::max(columnCount, node.column + 1);
    Columns columns(columnCount);
    for (int i = 0; i < graph.nodes.size(); ++i)
        columns[graph.nodes.at(i).column] << i;

    // Left to right, so that every parent already has its row.
    QList<RowKey> keys(graph.nodes.size());
    ChildSignatures signatures(graph);
    for (QList<int> &column : columns) {
        for (int index : std::as_const(column))
            keys[index] = rowKey(graph, index);
        std::stable_sort(column.begin(), column.end(),
                         [&](int a, int b) { return lessThan(keys.at(a), keys.at(b), signatures); });
        for (int row = 0; row < column.size(); ++row)
            graph.nodes[column.at(row)].row = row;
    }
    insertPlaceholders(graph, columns, placeholderCount);
    return columns;
}

} // namespace Fd::LayoutSteps
