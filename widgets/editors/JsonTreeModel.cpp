// SPDX-License-Identifier: Apache-2.0
#include "JsonTreeModel.h"

#include "EditSession.h"
#include "JsonText.h"
#include "JsonTreeNode.h"

#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>

namespace Fd {

JsonTreeModel::JsonTreeModel(EditSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->value = QJsonObject();
    m_root->inFile = QJsonObject();
    bind(session);
    if (m_session)
        resync();
}

void JsonTreeModel::setSession(EditSession *session)
{
    // A reset, as for another file: nothing of the old runway's rows may stay.
    beginResetModel();
    bind(session);
    m_file.clear();
    m_showDefaults = false;
    m_root = std::make_unique<Node>();
    m_root->value = QJsonObject();
    m_root->inFile = QJsonObject();
    if (m_session) {
        const QJsonObject shown = shownValue();
        m_root = buildNode(nullptr, QString(), false, shown, m_session->document()->fileValue(m_file));
    }
    endResetModel();
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setFile(const FileId &file)
{
    if (file == m_file)
        return;
    beginResetModel();
    m_file = file;
    if (m_session) {
        const QJsonObject shown = shownValue();
        m_root = buildNode(nullptr, QString(), false, shown, m_session->document()->fileValue(m_file));
    }
    endResetModel();
}

void JsonTreeModel::setShowDefaults(bool show)
{
    if (show == m_showDefaults)
        return;
    m_showDefaults = show;
    resync();
}

bool JsonTreeModel::isEditable() const
{
    if (!m_session)
        return false;
    return m_file.isEmpty() || m_session->document()->runway().envFile(m_file) != nullptr;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

KeyPath JsonTreeModel::pathOf(const Node *node) const
{
    KeyPath path;
    for (; node && node != m_root.get(); node = node->parent)
        path.prepend(node->key);
    return path;
}

QModelIndex JsonTreeModel::indexForPath(const KeyPath &path, int column) const
{
    const Node *node = m_root.get();
    for (const QString &key : path) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->key == key) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return indexOf(node, column);
}

KeyPath JsonTreeModel::pathForIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? pathOf(nodeOf(index)) : KeyPath();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QStringList JsonTreeModel::typeIds()
{
    return {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
            QStringLiteral("null"), QStringLiteral("object"), QStringLiteral("array")};
}

QString JsonTreeModel::typeName(const QString &typeId)
{
    if (typeId == QLatin1String("string"))
        return tr("string");
    if (typeId == QLatin1String("number"))
        return tr("number");
    if (typeId == QLatin1String("boolean"))
        return tr("boolean");
    if (typeId == QLatin1String("object"))
        return tr("object");
    if (typeId == QLatin1String("array"))
        return tr("list");
    return tr("null");
}

QString JsonTreeModel::originText(const Node *node, bool longForm) const
{
    if (node->isInherited())
        return longForm ? tr("Foremast's default; not in the file. Editing it adds it to the file.")
                        : tr("Foremast default");
    if (m_file.isEmpty())
        return longForm ? tr("Set in pipeline.json.") : tr("pipeline.json");
    const KeyPath path = pathOf(node);
    if (path.size() >= 3 && path.first() == QLatin1String("regions"))
        return longForm ? tr("Overrides %1's value for region %2.").arg(m_file, path.at(1))
                        : tr("region %1").arg(path.at(1));
    return longForm ? tr("Set in application-master-%1.json for every region.").arg(m_file) : tr("env %1").arg(m_file);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node *node = nodeOf(index);
    const QJsonValue &value = node->value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return node->isIndex && role == Qt::DisplayRole ? QStringLiteral("[%1]").arg(node->key) : node->key;
        case ValueColumn:
            if (role == Qt::DisplayRole && value.isObject())
                return tr("{%n keys}", nullptr, int(value.toObject().size()));
            if (role == Qt::DisplayRole && value.isArray())
                return tr("[%n items]", nullptr, int(value.toArray().size()));
            return JsonText::scalarText(value);
        case TypeColumn:
            return role == Qt::EditRole ? JsonText::typeId(value) : typeName(JsonText::typeId(value));
        case OriginColumn:
            return originText(node, false);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OriginColumn)
            return originText(node, true);
        if (index.column() == ValueColumn && (value.isObject() || value.isArray()))
            return JsonText::toText(value, true).left(4000);
        if (index.column() == KeyColumn)
            return JsonPath::toString(pathOf(node));
        break;
    case Qt::FontRole:
        if (node->isInherited()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case PathRole:
        return pathOf(node);
    case JsonValueRole:
        return QVariant::fromValue(value);
    case InheritedRole:
        return node->isInherited();
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case OriginColumn:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const Node *node = nodeOf(index);
    if (!isEditable())
        return flags;
    switch (index.column()) {
    case KeyColumn:
        if (!node->isIndex && !node->isInherited())
            flags |= Qt::ItemIsEditable;
        break;
    case ValueColumn:
    case TypeColumn:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

} // namespace Fd
