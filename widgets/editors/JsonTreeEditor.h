// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Fd {

class EditSession;
class JsonTreeModel;

/// The generic editor: every key of one runway file in a tree, editable in place (values keep
/// their type), with add key / add item / remove, a key filter and an optional view of
/// Foremast's defaults the file does not set.
class JsonTreeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreeEditor(EditSession *session, QWidget *parent = nullptr);

    /// Shows another runway (null: none) as a new editor would show it.
    void setSession(EditSession *session);
    void setFile(const FileId &file);
    FileId file() const;
    JsonTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *defaultsBox() const { return m_defaults; }
    QAction *addKeyAction() const { return m_addKey; }
    QAction *addItemAction() const { return m_addItem; }
    QAction *removeAction() const { return m_remove; }

    /// Shows `file` and selects the row of `path` (the nearest existing parent when the key is
    /// missing), expanding and scrolling to it. Returns whether the exact key was found.
    bool focusKey(const FileId &file, const KeyPath &path);
    /// The key path of the current row (empty when none).
    KeyPath currentPath() const;

private:
    void addKey();
    void addItem();
    void removeCurrent();
    void updateActions();
    QModelIndex currentSourceIndex() const;
    void selectSource(const QModelIndex &index);
    int keyColumnWidth() const;

    EditSession *m_session;
    JsonTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_defaults;
    QAction *m_addKey;
    QAction *m_addItem;
    QAction *m_remove;
};

} // namespace Fd
