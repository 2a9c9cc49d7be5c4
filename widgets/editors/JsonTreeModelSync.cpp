// SPDX-License-Identifier: Apache-2.0
// How JsonTreeModel follows the document: the shown tree is built from the file (with Foremast's
// defaults when asked), and after each change only the rows that differ are removed, inserted or
// reported changed, so views keep their expansion and selection.
#include "EditSession.h"
#include "JsonTreeModel.h"
#include "JsonTreeNode.h"
#include "foremast/DeepMerge.h"
#include "foremast/ForemastDefaults.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Fd {

namespace {

QJsonValue childOf(const QJsonValue &value, const QString &key, bool isIndex)
{
    if (isIndex) {
        const QJsonArray array = value.toArray();
        const int i = key.toInt();
        return value.isArray() && i < array.size() ? array.at(i) : QJsonValue(QJsonValue::Undefined);
    }
    return value.isObject() ? value.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
}

} // namespace

void JsonTreeModel::bind(EditSession *session)
{
    // The old session may be gone already (its `closing` came first): drop the connection itself.
    disconnect(m_documentConnection);
    m_session = session;
    if (!session)
        return;
    m_documentConnection = connect(session->document(), &RunwayDocument::changed, this,
            [this](const DocumentChange &change) {
                if (change.touches(m_file))
                    resync();
            });
}

QJsonObject JsonTreeModel::shownValue() const
{
    const RunwayDocument *document = m_session->document();
    const QJsonObject file = document->fileValue(m_file);
    if (!m_showDefaults)
        return file;
    if (m_file.isEmpty())
        return deepMerge(file, ForemastDefaults::pipelineDefaults());
    QJsonObject defaults = ForemastDefaults::envDefaults(document->appName(), document->context().naming.iamProfile());
    // Foremast takes the file's regions or the default ones, never a merge of both.
    if (file.contains(QStringLiteral("regions")))
        defaults.remove(QStringLiteral("regions"));
    return deepMerge(file, defaults);
}

std::unique_ptr<JsonTreeModel::Node> JsonTreeModel::buildNode(Node *parent, const QString &key, bool isIndex,
                                                              const QJsonValue &shown, const QJsonValue &inFile) const
{
    auto node = std::make_unique<Node>();
    node->key = key;
    node->isIndex = isIndex;
    node->value = shown;
    node->inFile = inFile;
    node->parent = parent;
    if (shown.isObject()) {
        for (const QString &childKey : shown.toObject().keys())
            node->children.push_back(buildNode(node.get(), childKey, false, shown.toObject().value(childKey),
                                               childOf(inFile, childKey, false)));
    } else if (shown.isArray()) {
        const QJsonArray array = shown.toArray();
        for (int i = 0; i < array.size(); ++i)
            node->children.push_back(buildNode(node.get(), QString::number(i), true, array.at(i),
                                               childOf(inFile, QString::number(i), true)));
    }
    node->renumber(0);
    return node;
}

void JsonTreeModel::resync()
{
    if (!m_session)
        return;
    syncNode(m_root.get(), shownValue(), m_session->document()->fileValue(m_file), QModelIndex());
}

void JsonTreeModel::syncNode(Node *node, const QJsonValue &shown, const QJsonValue &inFile, const QModelIndex &index)
{
    if (node->value == shown && node->inFile == inFile)
        return;
    const bool wasObject = node->value.isObject();
    const bool wasArray = node->value.isArray();
    if ((wasObject != shown.isObject() || wasArray != shown.isArray()) && !node->children.empty()) {
        beginRemoveRows(index, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    const bool rowChanged = node->value != shown || node->isInherited() != inFile.isUndefined();
    if (shown.isObject())
        syncObjectChildren(node, shown, inFile, index);
    else if (shown.isArray())
        syncArrayChildren(node, shown, inFile, index);
    node->value = shown;
    node->inFile = inFile;
    if (rowChanged && index.isValid())
        Q_EMIT dataChanged(index, index.siblingAtColumn(OriginColumn));
}

void JsonTreeModel::syncObjectChildren(Node *node, const QJsonValue &shown, const QJsonValue &inFile,
                                       const QModelIndex &index)
{
    const QJsonObject object = shown.toObject();
    // Children keep the object's (sorted) key order, so after dropping the keys that went away
    // the remaining ones are in place and new keys are inserted where they belong.
    for (int i = int(node->children.size()) - 1; i >= 0; --i) {
        if (!object.contains(node->children[size_t(i)]->key)) {
            beginRemoveRows(index, i, i);
            node->children.erase(node->children.begin() + i);
            node->renumber(size_t(i));
            endRemoveRows();
        }
    }
    const QStringList keys = object.keys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        const QJsonValue childFile = childOf(inFile, key, false);
        if (size_t(i) < node->children.size() && node->children[size_t(i)]->key == key) {
            Node *child = node->children[size_t(i)].get();
            syncNode(child, object.value(key), childFile, createIndex(i, 0, child));
            continue;
        }
        beginInsertRows(index, i, i);
        node->children.insert(node->children.begin() + i, buildNode(node, key, false, object.value(key), childFile));
        node->renumber(size_t(i));
        endInsertRows();
    }
}

void JsonTreeModel::syncArrayChildren(Node *node, const QJsonValue &shown, const QJsonValue &inFile,
                                      const QModelIndex &index)
{
    const QJsonArray array = shown.toArray();
    const int oldCount = int(node->children.size());
    const int newCount = int(array.size());
    for (int i = 0; i < qMin(oldCount, newCount); ++i) {
        Node *child = node->children[size_t(i)].get();
        syncNode(child, array.at(i), childOf(inFile, child->key, true), createIndex(i, 0, child));
    }
    if (newCount < oldCount) {
        beginRemoveRows(index, newCount, oldCount - 1);
        node->children.resize(size_t(newCount));
        endRemoveRows();
    } else if (newCount > oldCount) {
        beginInsertRows(index, oldCount, newCount - 1);
        for (int i = oldCount; i < newCount; ++i) {
            const QString key = QString::number(i);
            node->children.push_back(buildNode(node, key, true, array.at(i), childOf(inFile, key, true)));
        }
        node->renumber(size_t(oldCount));
        endInsertRows();
    }
}

} // namespace Fd
