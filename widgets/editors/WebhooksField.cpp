// SPDX-License-Identifier: Apache-2.0
#include "WebhooksField.h"

#include "JsonText.h"
#include "WebhookDialog.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

namespace Fd {

WebhooksField::WebhooksField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent)
    , m_table(new QTableWidget(0, 3))
    , m_add(new QPushButton(tr("Add…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_up(new QPushButton(tr("Up")))
    , m_down(new QPushButton(tr("Down")))
{
    auto *row = new QWidget(this);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    // Buttons in two rows, so the field fits a settings panel 400 px wide.
    grid->addWidget(m_table, 0, 0, 1, 3);
    grid->addWidget(m_add, 1, 0);
    grid->addWidget(m_edit, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->addWidget(m_up, 2, 0);
    grid->addWidget(m_down, 2, 1);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Method"), tr("URL")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        button->setAccessibleName(tr("%1 (%2)").arg(button->text(), plainLabel()));
    setEditor(m_table, row);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(selectedRow()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int r) { openDialog(r); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int r = selectedRow();
        if (r < 0)
            return;
        QJsonArray hooks = m_shown;
        const QString name = hooks.at(r).toObject().value(QStringLiteral("name")).toString();
        hooks.removeAt(r);
        commit(hooks, tr("Remove webhook %1").arg(name));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WebhooksField::updateButtons);
    updateButtons();
}

int WebhooksField::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void WebhooksField::openDialog(int row)
{
    if (m_dialog || row >= int(m_shown.size()))
        return;
    auto *dialog = new WebhookDialog(this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0)
        dialog->setWebhook(m_shown.at(row).toObject());
    else
        dialog->setWebhook({{QStringLiteral("method"), QStringLiteral("POST")}});
    // finished() comes before accepted(): forget the dialog then, but read it in accepted().
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    // The list may change while the dialog is open (undo); the edit applies to what is shown then.
    connect(dialog, &QDialog::accepted, this, [this, row, dialog] {
        QJsonArray hooks = m_shown;
        const QJsonObject hook = dialog->webhook();
        const QString name = hook.value(QStringLiteral("name")).toString();
        if (row >= 0 && row < hooks.size()) {
            hooks[row] = hook;
            commit(hooks, tr("Edit webhook %1").arg(name));
        } else {
            hooks.append(hook);
            commit(hooks, tr("Add webhook %1").arg(name));
        }
    });
    dialog->open();
}

void WebhooksField::commit(const QJsonArray &hooks, const QString &undoText)
{
    requestEdits({FieldEdit{{}, hooks}}, undoText);
}

void WebhooksField::move(int delta)
{
    const int r = selectedRow();
    const int to = r + delta;
    if (r < 0 || to < 0 || to >= m_shown.size())
        return;
    QJsonArray hooks = m_shown;
    const QJsonValue hook = hooks.takeAt(r);
    hooks.insert(to, hook);
    commit(hooks, tr("Move webhook %1").arg(hook.toObject().value(QStringLiteral("name")).toString()));
    m_table->selectRow(to);
}

void WebhooksField::updateButtons()
{
    const int r = selectedRow();
    m_edit->setEnabled(r >= 0);
    m_remove->setEnabled(r >= 0);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r + 1 < m_shown.size());
}

void WebhooksField::display(const QJsonValue &value)
{
    const QJsonArray hooks = value.toArray();
    if (hooks == m_shown && m_table->rowCount() == hooks.size())
        return;
    m_shown = hooks;
    const int selected = selectedRow();
    m_table->setRowCount(int(hooks.size()));
    for (int r = 0; r < hooks.size(); ++r) {
        const QJsonObject hook = hooks.at(r).toObject();
        const QString texts[] = {hook.value(QStringLiteral("name")).toString(),
                                 hook.value(QStringLiteral("method")).toString().toUpper(),
                                 hook.value(QStringLiteral("url")).toString()};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(JsonText::toText(hook, true));
            m_table->setItem(r, c, item);
        }
    }
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    updateButtons();
}

} // namespace Fd
