// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QAbstractTableModel>

namespace Fd {

/// Errors and warnings as a table: what, where (env, region, stage) and the file position.
/// Errors come first; the order within each severity is kept.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, WhereColumn, FileColumn, ColumnCount };
    enum Role { FindingIndexRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Errors &findings);
    const Errors &findings() const { return m_findings; }
    const Error &finding(int row) const { return m_findings.at(row); }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "prod [us-west-2] stage Deploy prod (6)" — the places a finding names, for display.
    static QString whereText(const Error &finding);

private:
    Errors m_findings;
};

} // namespace Fd
