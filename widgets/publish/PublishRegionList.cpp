// SPDX-License-Identifier: Apache-2.0
#include "PublishRegionList.h"

#include <QHeaderView>

namespace Fd {

namespace {

enum Column { RegionColumn, PipelineColumn, ChangeColumn, ResultColumn };
enum Role { IsObsoleteRole = Qt::UserRole, IndexRole };

} // namespace

PublishRegionList::PublishRegionList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("regions"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Region"), tr("Pipeline"), tr("Change"), tr("Result")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Results can be long (Gate's own error text): they wrap in a column that takes the rest.
    header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
}

int PublishRegionList::setPlan(const PublishPlan &plan)
{
    m_plan = plan;
    clear();
    int changes = 0;
    for (int i = 0; i < m_plan.regions.size(); ++i) {
        const RegionPlan &region = m_plan.regions.at(i);
        QString change;
        if (region.action == RegionAction::Create)
            change = tr("new");
        else if (region.action == RegionAction::Update)
            change = tr("+%1 −%2 lines").arg(region.addedLines).arg(region.removedLines);
        else
            change = tr("unchanged");
        changes += region.action != RegionAction::Unchanged;
        auto *item = new QTreeWidgetItem(this, {region.region, region.name, change, QString()});
        item->setData(RegionColumn, IsObsoleteRole, false);
        item->setData(RegionColumn, IndexRole, i);
    }
    for (int i = 0; i < m_plan.obsolete.size(); ++i) {
        const ObsoletePipeline &old = m_plan.obsolete.at(i);
        const QString why = old.region.contains(QLatin1String("onetime")) ? tr("delete (one-time pipeline)")
                                                                          : tr("delete (region removed)");
        auto *item = new QTreeWidgetItem(this, {old.region, old.name, why, QString()});
        item->setData(RegionColumn, IsObsoleteRole, true);
        item->setData(RegionColumn, IndexRole, i);
        item->setCheckState(RegionColumn, Qt::Unchecked);
        item->setToolTip(RegionColumn, tr("Tick to delete this pipeline from Spinnaker."));
    }
    setCurrentItem(topLevelItem(0));
    return changes;
}

QString PublishRegionList::currentDiff() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return {};
    const int index = item->data(RegionColumn, IndexRole).toInt();
    if (item->data(RegionColumn, IsObsoleteRole).toBool()) {
        const ObsoletePipeline &old = m_plan.obsolete.at(index);
        return tr("%1 (id %2) was generated for region %3, which the runway no longer has.\n"
                  "Tick it to delete it from Spinnaker when publishing. Pipelines made by hand are "
                  "never listed here.").arg(old.name, old.id, old.region);
    }
    const RegionPlan &region = m_plan.regions.at(index);
    return region.action == RegionAction::Unchanged ? tr("No change: Spinnaker already has this pipeline.")
                                                    : region.diff;
}

QStringList PublishRegionList::ticked() const
{
    QStringList names;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(RegionColumn, IsObsoleteRole).toBool() && item->checkState(RegionColumn) == Qt::Checked)
            names << m_plan.obsolete.at(item->data(RegionColumn, IndexRole).toInt()).name;
    }
    return names;
}

QTreeWidgetItem *PublishRegionList::itemFor(const RegionResult &result) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->text(RegionColumn) == result.region
            && item->data(RegionColumn, IsObsoleteRole).toBool() == result.isDeletion)
            return item;
    }
    return nullptr;
}

void PublishRegionList::showResult(const RegionResult &result)
{
    QTreeWidgetItem *item = itemFor(result);
    if (!item)
        return;
    QString text = regionStateName(result.state);
    if (result.error.isError())
        text += QStringLiteral(": ") + result.error.toString();
    if (!result.note.isEmpty())
        text += QLatin1Char(' ') + result.note;
    item->setText(ResultColumn, text);
    item->setToolTip(ResultColumn, text);
}

void PublishRegionList::markPublished(const RegionResult &result)
{
    QTreeWidgetItem *item = itemFor(result);
    if (item && result.isFine())
        item->setText(ChangeColumn, result.isDeletion ? tr("deleted") : tr("as published"));
}

} // namespace Fd
