// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

#include <QJsonArray>
#include <QPointer>

class QPushButton;
class QTableWidget;

namespace Fd {

class WebhookDialog;

/// completion_webhooks: a Name/Method/URL table with Add, Edit, Remove, Up and Down. Add and
/// Edit open a WebhookDialog (non-modal to the event loop: `open()`); the list is written as a
/// whole, as Foremast replaces lists rather than merging them.
class WebhooksField : public SettingField
{
    Q_OBJECT
public:
    WebhooksField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    /// The dialog open for Add or Edit, if any.
    WebhookDialog *dialog() const { return m_dialog; }

    /// Opens the dialog for a new webhook (row -1) or for row `row`.
    void openDialog(int row);

protected:
    void display(const QJsonValue &value) override;

private:
    void commit(const QJsonArray &hooks, const QString &undoText);
    void move(int delta);
    void updateButtons();
    int selectedRow() const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QJsonArray m_shown;
    QPointer<WebhookDialog> m_dialog;
};

} // namespace Fd
