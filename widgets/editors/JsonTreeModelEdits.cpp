// SPDX-License-Identifier: Apache-2.0
// JsonTreeModel's edits: each one is pushed to the EditSession; the model then follows the
// document's change signal like any other change.
#include "EditSession.h"
#include "JsonText.h"
#include "JsonTreeModel.h"
#include "JsonTreeNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "UndoCommands", the context tr() looks them up in.
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

} // namespace

bool JsonTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Node *node = nodeOf(index);
    switch (index.column()) {
    case KeyColumn:
        return renameKey(node, value.toString());
    case ValueColumn:
        return setValueText(node, value);
    case TypeColumn:
        return setType(node, value.toString());
    }
    return false;
}

bool JsonTreeModel::setValueText(Node *node, const QVariant &value)
{
    QJsonValue json;
    if (value.metaType().id() == QMetaType::QString) {
        bool ok = false;
        json = JsonText::fromEditText(value.toString(), node->value, &ok);
        if (!ok)
            return false;
    } else if (value.metaType() == QMetaType::fromType<QJsonValue>()) {
        json = value.value<QJsonValue>();
    } else {
        json = QJsonValue::fromVariant(value);
    }
    if (json.isUndefined())
        return false;
    m_session->setValue(m_file, pathOf(node), json);
    return true;
}

bool JsonTreeModel::setType(Node *node, const QString &typeId)
{
    if (!typeIds().contains(typeId))
        return false;
    m_session->setValue(m_file, pathOf(node), JsonText::convert(node->value, typeId));
    return true;
}

bool JsonTreeModel::renameKey(Node *node, const QString &newKey)
{
    const QString key = newKey.trimmed();
    if (key.isEmpty() || node->isIndex || node->isInherited())
        return false;
    if (key == node->key)
        return true;
    if (node->parent->value.toObject().contains(key))
        return false;
    const KeyPath from = pathOf(node);
    const KeyPath to = from.mid(0, from.size() - 1) + KeyPath{key};
    const QJsonValue moved = node->inFile;
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(UndoText::tr("Rename %1 to %2").arg(JsonPath::toString(from), key));
    m_session->resetValue(m_file, from);
    m_session->setValue(m_file, to, moved);
    stack->endMacro();
    Q_EMIT keyRenamed(to);
    return true;
}

bool JsonTreeModel::canAddKey(const QModelIndex &parent) const
{
    return isEditable() && (!parent.isValid() || nodeOf(parent)->value.isObject());
}

bool JsonTreeModel::canAddItem(const QModelIndex &array) const
{
    return isEditable() && array.isValid() && nodeOf(array)->value.isArray();
}

bool JsonTreeModel::canRemove(const QModelIndex &index) const
{
    return isEditable() && index.isValid() && !nodeOf(index)->isInherited();
}

QModelIndex JsonTreeModel::addKey(const QModelIndex &parent)
{
    if (!canAddKey(parent))
        return {};
    const Node *node = nodeOf(parent.siblingAtColumn(KeyColumn));
    const QJsonObject object = node->value.toObject();
    QString key = QStringLiteral("new_key");
    for (int n = 2; object.contains(key); ++n)
        key = QStringLiteral("new_key_%1").arg(n);
    const KeyPath path = pathOf(node) + KeyPath{key};
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(UndoText::tr("Add key %1").arg(JsonPath::toString(path)));
    m_session->setValue(m_file, path, QString());
    stack->endMacro();
    return indexForPath(path);
}

QModelIndex JsonTreeModel::addItem(const QModelIndex &array)
{
    if (!canAddItem(array))
        return {};
    const Node *node = nodeOf(array.siblingAtColumn(KeyColumn));
    QJsonArray items = node->value.toArray();
    const QJsonValue last = items.isEmpty() ? QJsonValue(QString()) : items.last();
    items.append(JsonText::convert(QJsonValue(QJsonValue::Null), JsonText::typeId(last)));
    const KeyPath path = pathOf(node);
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(UndoText::tr("Add an item to %1").arg(JsonPath::toString(path)));
    m_session->setValue(m_file, path, items);
    stack->endMacro();
    return indexForPath(path + KeyPath{QString::number(items.size() - 1)});
}

bool JsonTreeModel::remove(const QModelIndex &index)
{
    if (!canRemove(index))
        return false;
    const KeyPath path = pathOf(nodeOf(index));
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(UndoText::tr("Remove %1").arg(JsonPath::toString(path)));
    m_session->resetValue(m_file, path);
    stack->endMacro();
    return true;
}

} // namespace Fd
