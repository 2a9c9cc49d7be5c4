// SPDX-License-Identifier: Apache-2.0
#pragma once

// The steps of layoutStages(), split by concern. Internal to model/layout.

#include "StageLayout.h"

namespace Fd::LayoutSteps {

/// The stage graph after linking: nodes with parents, children, columns and leaf data.
struct Graph
{
    QList<LayoutNode> nodes;
    QStringList sortNames;  ///< names as Deck sorts them (untranslated "[new stage]")
    QList<std::optional<double>> rowOverrides;
    Errors findings;
};

/// Builds the nodes, resolves requisiteStageRefIds, reports and drops unusable references,
/// breaks cycles, and computes columns, leaf flags and last columns.
Graph linkStages(const QList<LayoutStage> &stages, const QString &configurationLabel);

/// A column's slots top to bottom: node indices (>= 0) or placeholders (-1 - placeholderId).
using Columns = QList<QList<int>>;

/// Orders each column by Deck's rules (sets LayoutNode::row), then inserts the placeholder
/// slots for long edges. Returns the columns; `*placeholderCount` receives the number inserted.
Columns orderRows(Graph &graph, int *placeholderCount);

} // namespace Fd::LayoutSteps
