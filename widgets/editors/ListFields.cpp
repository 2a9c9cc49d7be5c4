// SPDX-License-Identifier: Apache-2.0
#include "ListFields.h"

#include "JsonText.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace Fd {


StringListField::StringListField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent)
    , m_list(new QListWidget)
    , m_newItem(new QLineEdit)
    , m_add(new QPushButton(tr("Add")))
    , m_remove(new QPushButton(tr("Remove")))
{
    auto *row = new QWidget(this);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_newItem, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_newItem->setPlaceholderText(tr("New entry"));
    m_newItem->setAccessibleName(tr("New entry for %1").arg(plainLabel()));
    m_add->setAccessibleName(tr("Add to %1").arg(plainLabel()));
    m_remove->setAccessibleName(tr("Remove selected from %1").arg(plainLabel()));
    setEditor(m_list, row);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!isDisplaying())
            commit(items());
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StringListField::updateButtons);
    connect(m_newItem, &QLineEdit::textChanged, this, &StringListField::updateButtons);
    connect(m_newItem, &QLineEdit::returnPressed, this, &StringListField::addItem);
    connect(m_add, &QPushButton::clicked, this, &StringListField::addItem);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QStringList kept;
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isSelected())
                kept << m_list->item(i)->text();
        }
        commit(kept);
    });
    updateButtons();
}

QStringList StringListField::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void StringListField::commit(const QStringList &items)
{
    QStringList cleaned;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            cleaned << item.trimmed();
    }
    requestValue(QJsonArray::fromStringList(cleaned));
    // The document may not change (nothing differs): show what it holds again.
    showState(state());
}

void StringListField::clearInput()
{
    m_newItem->clear();
}

void StringListField::addItem()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    QStringList list = items();
    if (!list.contains(text))
        commit(list << text);
    m_newItem->clear();
}

void StringListField::updateButtons()
{
    m_add->setEnabled(!m_newItem->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void StringListField::display(const QJsonValue &value)
{
    QStringList wanted;
    for (const QJsonValue &item : value.toArray())
        wanted << JsonText::scalarText(item);
    // Items are updated in place: this may run inside the list's own itemChanged signal.
    for (int i = 0; i < wanted.size(); ++i) {
        if (i < m_list->count()) {
            if (m_list->item(i)->text() != wanted.at(i))
                m_list->item(i)->setText(wanted.at(i));
        } else {
            auto *item = new QListWidgetItem(wanted.at(i), m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    while (m_list->count() > wanted.size())
        delete m_list->takeItem(m_list->count() - 1);
    updateButtons();
}

KeyValueField::KeyValueField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent)
    , m_table(new QTableWidget(0, 3))
    , m_newKey(new QLineEdit)
    , m_newValue(new QLineEdit)
    , m_add(new QPushButton(tr("Add")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_problem(new QLabel)
{
    auto *row = new QWidget(this);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    // The new entry's key and value above its buttons, so the field fits a narrow panel.
    grid->addWidget(m_table, 0, 0, 1, 2);
    grid->addWidget(m_newKey, 1, 0);
    grid->addWidget(m_newValue, 1, 1);
    grid->addWidget(m_add, 2, 0);
    grid->addWidget(m_remove, 2, 1);
    grid->addWidget(m_problem, 3, 0, 1, 2);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The source says "default" or "set in env": short, so the value gets the rest of the room.
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // A long value (a connector's resource path) keeps its start and its end on one line; the
    // cell's tooltip has all of it.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 9);
    m_newKey->setPlaceholderText(tr("New key"));
    m_newKey->setAccessibleName(tr("New key for %1").arg(plainLabel()));
    m_newValue->setPlaceholderText(tr("Value"));
    m_newValue->setAccessibleName(tr("Value of the new key for %1").arg(plainLabel()));
    m_add->setAccessibleName(tr("Add to %1").arg(plainLabel()));
    m_remove->setAccessibleName(tr("Remove selected from %1").arg(plainLabel()));
    m_problem->setWordWrap(true);
    m_problem->hide();
    setEditor(m_table, row);

    connect(m_table, &QTableWidget::cellChanged, this, [this](int r, int c) {
        if (!isDisplaying())
            cellEdited(r, c);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeyValueField::updateButtons);
    connect(m_newKey, &QLineEdit::textChanged, this, &KeyValueField::updateButtons);
    connect(m_newKey, &QLineEdit::returnPressed, this, &KeyValueField::addEntry);
    connect(m_newValue, &QLineEdit::returnPressed, this, &KeyValueField::addEntry);
    connect(m_add, &QPushButton::clicked, this, &KeyValueField::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueField::removeSelected);
    updateButtons();
}

QString KeyValueField::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void KeyValueField::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void KeyValueField::cellEdited(int row, int column)
{
    const QStringList keys = m_shown.keys();
    if (row < 0 || row >= keys.size())
        return;
    const QString oldKey = keys.at(row);
    const QString text = m_table->item(row, column)->text();
    if (column == 1) {
        setProblem({});
        requestEdits({FieldEdit{{oldKey}, text}}, tr("Change %1 %2").arg(plainLabel(), oldKey));
    } else if (column == 0) {
        const QString newKey = text.trimmed();
        if (newKey.isEmpty() || (newKey != oldKey && m_shown.contains(newKey))) {
            setProblem(newKey.isEmpty() ? tr("A key cannot be empty.")
                                        : tr("The key \"%1\" exists already.").arg(newKey));
        } else if (newKey != oldKey) {
            setProblem({});
            requestEdits({FieldEdit{{oldKey}, QJsonValue(QJsonValue::Undefined)},
                          FieldEdit{{newKey}, m_shown.value(oldKey)}},
                         tr("Rename %1 %2 to %3").arg(plainLabel(), oldKey, newKey));
        }
    }
    // Whatever was accepted is in the document now; show that (rejected input goes away).
    showState(state());
}

void KeyValueField::clearInput()
{
    m_newKey->clear();
    m_newValue->clear();
    setProblem({});
}

void KeyValueField::addEntry()
{
    const QString key = m_newKey->text().trimmed();
    if (key.isEmpty()) {
        setProblem(tr("Type a key first."));
        return;
    }
    if (m_shown.contains(key) && state().originOf && state().originOf({key}) == state().scope.ownOrigin()) {
        setProblem(tr("The key \"%1\" exists already.").arg(key));
        return;
    }
    setProblem({});
    requestEdits({FieldEdit{{key}, m_newValue->text()}}, tr("Add %1 %2").arg(plainLabel(), key));
    m_newKey->clear();
    m_newValue->clear();
}

void KeyValueField::removeSelected()
{
    const QStringList keys = m_shown.keys();
    QList<FieldEdit> edits;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < keys.size())
            edits << FieldEdit{{keys.at(index.row())}, QJsonValue(QJsonValue::Undefined)};
    }
    requestEdits(edits, tr("Remove from %1").arg(plainLabel()));
}

void KeyValueField::updateButtons()
{
    m_add->setEnabled(!m_newKey->text().trimmed().isEmpty());
    bool removable = false;
    const QStringList keys = m_shown.keys();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < keys.size() && state().originOf
            && state().originOf({keys.at(index.row())}) == state().scope.ownOrigin())
            removable = true;
    }
    m_remove->setEnabled(removable);
}

void KeyValueField::display(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    m_shown = object;
    m_table->setRowCount(int(object.size()));
    int row = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++row) {
        const Origin origin = state().originOf ? state().originOf({it.key()}) : state().origin;
        const bool own = origin == state().scope.ownOrigin();
        // A key inherited from the env can be overridden here, but renaming it would not
        // remove it (objects merge), so only keys set at this level can be renamed.
        setCell(row, 0, it.key(), own, own);
        setCell(row, 1, JsonText::scalarText(it.value()), own, true);
        setCell(row, 2, state().scope.originLabel(origin), own, false);
        m_table->item(row, 2)->setToolTip(state().scope.originToolTip(origin));
        m_table->item(row, 2)->setForeground(
            m_table->palette().brush(own ? QPalette::Link : QPalette::PlaceholderText));
    }
    updateButtons();
}

void KeyValueField::setCell(int row, int column, const QString &text, bool bold, bool editable)
{
    // Items are updated in place: this may run inside the table's own cellChanged signal.
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    if (item->text() != text) {
        item->setText(text);
        if (column != 2)
            item->setToolTip(text);
    }
    const Qt::ItemFlags flags = editable ? item->flags() | Qt::ItemIsEditable
                                         : item->flags() & ~Qt::ItemIsEditable;
    if (flags != item->flags())
        item->setFlags(flags);
    if (item->font().bold() != bold) {
        QFont font = item->font();
        font.setBold(bold);
        item->setFont(font);
    }
}

} // namespace Fd
