// SPDX-License-Identifier: Apache-2.0
#include "EnvListModel.h"

#include "EditSession.h"

#include <QFont>
#include <QMimeData>

namespace Fd {

namespace {
const QString EnvMimeType = QStringLiteral("application/x-foremast-designer-env");
}

EnvListModel::EnvListModel(EditSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    connect(session->document(), &RunwayDocument::changed, this, [this](const DocumentChange &change) {
        // Value edits inside an env file do not change the list; only structure and `env` do.
        if (change.touchesEnvList())
            refresh();
    });
    refresh();
}

void EnvListModel::refresh()
{
    const Runway &runway = m_session->document()->runway();
    QStringList envs = runway.envOrder();
    envs.removeDuplicates();
    const int inPipeline = int(envs.size());
    for (auto it = runway.envs.begin(); it != runway.envs.end(); ++it) {
        if (!envs.contains(it.key()))
            envs << it.key();
    }
    if (envs == m_envs && inPipeline == m_inPipeline)
        return;
    beginResetModel();
    m_envs = envs;
    m_inPipeline = inPipeline;
    endResetModel();
}

int EnvListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_envs.size());
}

int EnvListModel::rowOf(const QString &env) const
{
    return int(m_envs.indexOf(env));
}

QVariant EnvListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString env = m_envs.at(index.row());
    const bool inPipeline = index.row() < m_inPipeline;
    const bool hasFile = m_session->document()->runway().envFile(env) != nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case EnvNameRole:
        return env;
    case InPipelineRole:
        return inPipeline;
    case HasFileRole:
        return hasFile;
    case Qt::FontRole:
        if (!inPipeline || !hasFile) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!hasFile)
            return tr("%1 is in the pipeline but %2 is missing.").arg(env, m_session->document()->filePath(env));
        if (!inPipeline)
            return tr("%1 has a file but is not in the pipeline; its file is not used.").arg(env);
        return tr("Environment %1 — %2").arg(env, m_session->document()->filePath(env));
    default:
        return {};
    }
}

bool EnvListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // Taken as typed: a name the rules refuse is reported with its reason, never altered.
    const QString to = value.toString();
    const QString from = m_envs.at(index.row());
    if (to == from)
        return false;
    const QString problem = m_session->envNameProblem(to, from);
    if (!problem.isEmpty()) {
        Q_EMIT renameRefused(from, problem);
        return false;
    }
    return m_session->renameEnv(from, to);
}

Qt::ItemFlags EnvListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
    if (index.row() < m_inPipeline)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions EnvListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList EnvListModel::mimeTypes() const
{
    return {EnvMimeType};
}

QMimeData *EnvListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(EnvMimeType, m_envs.at(indexes.first().row()).toUtf8());
    return mime;
}

bool EnvListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(EnvMimeType);
}

bool EnvListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString env = QString::fromUtf8(data->data(EnvMimeType));
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : m_inPipeline);
    const int from = rowOf(env);
    if (from < 0 || from >= m_inPipeline)
        return false;
    if (target > from)
        --target; // the dragged row leaves its place first
    target = qBound(0, target, m_inPipeline - 1);
    m_session->moveEnv(env, target);
    // The move is done through the session; returning false stops the view from removing rows.
    return false;
}

} // namespace Fd
