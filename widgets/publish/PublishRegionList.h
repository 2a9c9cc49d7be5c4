// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/PublishTypes.h"

#include <QTreeWidget>

namespace Fd {

/// The Deploy dialog's table of what a comparison found: a row per region (its pipeline, what
/// would change, and later the result of publishing it), then the pipelines of removed regions,
/// each with a tick the user sets to delete it.
class PublishRegionList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PublishRegionList(QWidget *parent = nullptr);

    /// Rows for `plan`, the first one current. Returns how many regions would change.
    int setPlan(const PublishPlan &plan);
    /// What the diff pane shows for the current row: the region's diff, or why a pipeline of a
    /// removed region is offered for deletion.
    QString currentDiff() const;
    /// Names of the obsolete pipelines the user ticked for deletion.
    QStringList ticked() const;
    /// The outcome of `result` in its row's Result column (and tooltip, for long Gate errors).
    void showResult(const RegionResult &result);
    /// After publishing: a row whose pipeline was sent no longer shows the compared change.
    void markPublished(const RegionResult &result);

private:
    QTreeWidgetItem *itemFor(const RegionResult &result) const;

    PublishPlan m_plan;
};

} // namespace Fd
