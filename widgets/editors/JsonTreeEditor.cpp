// SPDX-License-Identifier: Apache-2.0
#include "JsonTreeEditor.h"

#include "JsonTreeModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Fd {

namespace {

/// Draws rows inherited from Foremast's defaults in the view's placeholder colour, so they
/// follow the palette (light or dark) the view has when it paints.
class InheritedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(JsonTreeModel::InheritedRole).toBool()) {
            const QBrush muted = option->palette.brush(QPalette::PlaceholderText);
            option->palette.setBrush(QPalette::Text, muted);
            option->palette.setBrush(QPalette::WindowText, muted);
        }
    }
};

/// Edits the Type column with a combo box of the JSON types.
class TypeDelegate : public InheritedDelegate
{
public:
    using InheritedDelegate::InheritedDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &id : JsonTreeModel::typeIds())
            combo->addItem(JsonTreeModel::typeName(id), id);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const auto *combo = static_cast<QComboBox *>(editor);
        if (combo->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

JsonTreeEditor::JsonTreeEditor(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new JsonTreeModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_defaults(new QCheckBox(tr("Show Foremast &defaults"), this))
    , m_addKey(new QAction(tr("&Add key"), this))
    , m_addItem(new QAction(tr("Add &item"), this))
    , m_remove(new QAction(tr("&Remove"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(JsonTreeModel::KeyColumn);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new InheritedDelegate(m_view));
    m_view->setItemDelegateForColumn(JsonTreeModel::TypeColumn, new TypeDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(JsonTreeModel::KeyColumn, keyColumnWidth());
    m_view->setAccessibleName(tr("All keys"));
    m_filter->setPlaceholderText(tr("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter keys"));
    m_defaults->setToolTip(tr("Also list what Foremast uses where the file sets nothing (in italics)."));

    m_addKey->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addKey->setToolTip(tr("Add a key to the selected object (or to the file's top level)"));
    m_addItem->setToolTip(tr("Append an item to the selected list"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected key from the file"));
    for (QAction *action : {m_addKey, m_addItem, m_remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_defaults);
    bar->addWidget(toolButton(m_addKey, this));
    bar->addWidget(toolButton(m_addItem, this));
    bar->addWidget(toolButton(m_remove, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_defaults);
    setTabOrder(m_defaults, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_defaults, &QCheckBox::toggled, m_model, &JsonTreeModel::setShowDefaults);
    connect(m_addKey, &QAction::triggered, this, &JsonTreeEditor::addKey);
    connect(m_addItem, &QAction::triggered, this, &JsonTreeEditor::addItem);
    connect(m_remove, &QAction::triggered, this, &JsonTreeEditor::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &JsonTreeEditor::updateActions);
    connect(m_model, &JsonTreeModel::keyRenamed, this, [this](const QStringList &path) {
        selectSource(m_model->indexForPath(path));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JsonTreeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JsonTreeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JsonTreeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JsonTreeEditor::updateActions);
    updateActions();
}

void JsonTreeEditor::setSession(EditSession *session)
{
    // As a new editor shows a runway: no filter, no defaults, pipeline.json, the first column's
    // width; the model's reset takes the rows, expansion and selection.
    m_session = session;
    m_filter->clear();
    {
        const QSignalBlocker blocker(m_defaults); // the model drops its defaults itself
        m_defaults->setChecked(false);
    }
    m_view->setColumnWidth(JsonTreeModel::KeyColumn, keyColumnWidth());
    m_model->setSession(session);
}

int JsonTreeEditor::keyColumnWidth() const
{
    return m_view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 18;
}

void JsonTreeEditor::setFile(const FileId &file)
{
    m_model->setFile(file);
}

FileId JsonTreeEditor::file() const
{
    return m_model->file();
}

QModelIndex JsonTreeEditor::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex()).siblingAtColumn(JsonTreeModel::KeyColumn);
}

KeyPath JsonTreeEditor::currentPath() const
{
    return m_model->pathForIndex(currentSourceIndex());
}

void JsonTreeEditor::selectSource(const QModelIndex &index)
{
    QModelIndex proxy = m_proxy->mapFromSource(index);
    if (index.isValid() && !proxy.isValid()) {
        m_filter->clear(); // the row is filtered out: show everything again
        proxy = m_proxy->mapFromSource(index);
    }
    for (QModelIndex parent = proxy.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

void JsonTreeEditor::updateActions()
{
    const QModelIndex current = currentSourceIndex();
    // With an object selected keys go into it; otherwise they go next to the selected key.
    const QModelIndex target = current.isValid() && !m_model->canAddKey(current) ? current.parent() : current;
    m_addKey->setEnabled(m_model->canAddKey(target));
    m_addItem->setEnabled(m_model->canAddItem(current) || m_model->canAddItem(current.parent()));
    m_remove->setEnabled(m_model->canRemove(current));
}

void JsonTreeEditor::addKey()
{
    const QModelIndex current = currentSourceIndex();
    const QModelIndex target = current.isValid() && !m_model->canAddKey(current) ? current.parent() : current;
    const QModelIndex added = m_model->addKey(target);
    if (!added.isValid())
        return;
    selectSource(added);
    m_view->edit(m_view->currentIndex());
}

void JsonTreeEditor::addItem()
{
    const QModelIndex current = currentSourceIndex();
    const QModelIndex array = m_model->canAddItem(current) ? current : current.parent();
    const QModelIndex added = m_model->addItem(array);
    if (!added.isValid())
        return;
    selectSource(added.siblingAtColumn(JsonTreeModel::ValueColumn));
    m_view->edit(m_view->currentIndex());
}

void JsonTreeEditor::removeCurrent()
{
    const QModelIndex current = currentSourceIndex();
    const int row = current.row();
    const QModelIndex parent = current.parent();
    if (!m_model->remove(current))
        return;
    // Keep the keyboard user in place: select the row that took its place, or the one above.
    const int rows = m_model->rowCount(parent);
    if (rows > 0)
        selectSource(m_model->index(qMin(row, rows - 1), 0, parent));
    else if (parent.isValid())
        selectSource(parent);
}

bool JsonTreeEditor::focusKey(const FileId &file, const KeyPath &path)
{
    setFile(file);
    KeyPath nearest = path;
    QModelIndex index = m_model->indexForPath(nearest);
    while (!index.isValid() && !nearest.isEmpty()) {
        nearest.removeLast();
        index = m_model->indexForPath(nearest);
    }
    if (index.isValid())
        selectSource(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return index.isValid() && nearest == path;
}

} // namespace Fd
