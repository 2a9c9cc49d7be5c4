// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace Fd {

class EditSession;

/// The runway's environments in pipeline order, then env files that are not in the pipeline
/// (shown in italics). Renaming (setData) and drag-and-drop reordering go through EditSession.
class EnvListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EnvNameRole = Qt::UserRole + 1,
        InPipelineRole,
        HasFileRole,
    };

    explicit EnvListModel(EditSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// Row of `env`, or -1.
    int rowOf(const QString &env) const;
    QString envAt(int row) const { return m_envs.value(row); }
    /// Number of envs in the pipeline (they come first).
    int pipelineEnvCount() const { return m_inPipeline; }

Q_SIGNALS:
    /// An in-place rename was refused; `reason` says why (see EditSession::envNameProblem).
    void renameRefused(const QString &env, const QString &reason);

private:
    void refresh();

    QPointer<EditSession> m_session;
    QStringList m_envs;
    int m_inPipeline = 0;
};

} // namespace Fd
