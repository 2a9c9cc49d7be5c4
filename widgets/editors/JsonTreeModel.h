// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"

#include <QAbstractItemModel>

#include <memory>

namespace Fd {

class EditSession;

/// Every key of one runway file as a tree (Key, Value, Type, Origin), unknown keys included.
/// Optionally Foremast's defaults the file does not set are shown too, marked as inherited.
/// setData() never touches the document: it pushes EditSession commands, and the model follows
/// the document's `changed` signal with fine-grained row inserts, removals and dataChanged, so
/// views keep their expansion and selection.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, OriginColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QStringList: the key path in the file
        JsonValueRole,               ///< QJsonValue: the value shown
        InheritedRole,               ///< bool: shown from Foremast's defaults, not in the file
    };

    explicit JsonTreeModel(EditSession *session, QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows another runway (null: none), pipeline.json without defaults, as a new model would;
    /// views see one reset.
    void setSession(EditSession *session);

    /// Shows `file` ("" = pipeline.json, otherwise an env name).
    void setFile(const FileId &file);
    const FileId &file() const { return m_file; }
    void setShowDefaults(bool show);
    bool showDefaults() const { return m_showDefaults; }
    /// Whether edits can be made (an env listed without a file cannot be edited).
    bool isEditable() const;

    QModelIndex indexForPath(const KeyPath &path, int column = KeyColumn) const;
    KeyPath pathForIndex(const QModelIndex &index) const;

    bool canAddKey(const QModelIndex &parent) const;
    bool canAddItem(const QModelIndex &array) const;
    bool canRemove(const QModelIndex &index) const;
    /// Adds "new_key" (numbered when taken) with an empty string to an object (invalid = the
    /// file's top level); returns its index, or an invalid one when refused.
    QModelIndex addKey(const QModelIndex &parent);
    /// Appends an item (an empty value of the last item's type) to an array.
    QModelIndex addItem(const QModelIndex &array);
    bool remove(const QModelIndex &index);

    /// Type ids accepted by setData on the Type column.
    static QStringList typeIds();
    static QString typeName(const QString &typeId);

Q_SIGNALS:
    /// A key was renamed through setData (views may want to select its new row).
    void keyRenamed(const QStringList &newPath);

public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    void bind(EditSession *session);
    void resync();
    void syncNode(Node *node, const QJsonValue &shown, const QJsonValue &inFile, const QModelIndex &index);
    void syncObjectChildren(Node *node, const QJsonValue &shown, const QJsonValue &inFile, const QModelIndex &index);
    void syncArrayChildren(Node *node, const QJsonValue &shown, const QJsonValue &inFile, const QModelIndex &index);
    std::unique_ptr<Node> buildNode(Node *parent, const QString &key, bool isIndex, const QJsonValue &shown,
                                    const QJsonValue &inFile) const;
    QJsonObject shownValue() const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = KeyColumn) const;
    KeyPath pathOf(const Node *node) const;
    QString originText(const Node *node, bool longForm) const;
    bool renameKey(Node *node, const QString &newKey);
    bool setValueText(Node *node, const QVariant &value);
    bool setType(Node *node, const QString &typeId);

    EditSession *m_session = nullptr;
    QMetaObject::Connection m_documentConnection;
    FileId m_file;
    bool m_showDefaults = false;
    std::unique_ptr<Node> m_root;
};

} // namespace Fd
