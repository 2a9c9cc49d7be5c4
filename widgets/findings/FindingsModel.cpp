// SPDX-License-Identifier: Apache-2.0
#include "FindingsModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

#include <algorithm>

namespace Fd {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingsModel::setFindings(const Errors &findings)
{
    Errors sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Error &a, const Error &b) { return !a.isWarning() && b.isWarning(); });
    // Findings change a little per edit: only the rows that differ are removed and inserted, so
    // the list keeps its selection and scroll while the user types (no reset).
    const auto same = [](const Error &a, const Error &b) {
        return a.isWarning() == b.isWarning() && a.toString() == b.toString() && a.stageRefId == b.stageRefId
            && a.keyPath == b.keyPath;
    };
    const int oldCount = int(m_findings.size());
    const int newCount = int(sorted.size());
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && same(m_findings.at(prefix), sorted.at(prefix)))
        ++prefix;
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
           && same(m_findings.at(oldCount - 1 - suffix), sorted.at(newCount - 1 - suffix)))
        ++suffix;
    if (oldCount - prefix - suffix > 0) {
        beginRemoveRows({}, prefix, oldCount - suffix - 1);
        m_findings.remove(prefix, oldCount - prefix - suffix);
        endRemoveRows();
    }
    if (newCount - prefix - suffix > 0) {
        beginInsertRows({}, prefix, newCount - suffix - 1);
        m_findings = sorted;
        endInsertRows();
    }
    m_findings = sorted; // equal by `same`; takes the new objects' other fields
}

int FindingsModel::errorCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [](const Error &e) { return !e.isWarning(); }));
}

int FindingsModel::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::whereText(const Error &e)
{
    QStringList parts;
    if (!e.env.isEmpty())
        parts << e.env;
    if (!e.region.isEmpty())
        parts << QStringLiteral("[%1]").arg(e.region);
    if (!e.stageName.isEmpty())
        parts << tr("stage %1 (%2)").arg(e.stageName, e.stageRefId);
    else if (!e.stageRefId.isEmpty())
        parts << tr("stage %1").arg(e.stageRefId);
    if (!e.keyPath.isEmpty())
        parts << e.keyPath;
    return parts.join(QLatin1Char(' '));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Error &e = m_findings.at(index.row());
    if (role == FindingIndexRole)
        return index.row();
    if (role == Qt::ToolTipRole)
        return e.toString();
    if (role == Qt::DecorationRole && index.column() == MessageColumn) {
        const QStyle *style = QApplication::style();
        return style->standardIcon(e.isWarning() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical);
    }
    if (role == Qt::AccessibleTextRole && index.column() == MessageColumn)
        return (e.isWarning() ? tr("Warning: %1") : tr("Error: %1")).arg(e.message);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MessageColumn:
        return e.message;
    case WhereColumn:
        return whereText(e);
    case FileColumn:
        if (e.file.isEmpty())
            return {};
        return e.line > 0 ? QStringLiteral("%1:%2").arg(QFileInfo(e.file).fileName()).arg(e.line)
                          : QFileInfo(e.file).fileName();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn: return tr("Problem");
    case WhereColumn: return tr("Where");
    case FileColumn: return tr("File");
    default: return {};
    }
}

} // namespace Fd
