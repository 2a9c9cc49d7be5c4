// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Fd {

/// A list of strings (e.g. security_group.instance_extras): edit items in place, add from the
/// line edit below, remove the selected ones. Lists replace inherited lists as a whole.
class StringListField : public SettingField
{
    Q_OBJECT
public:
    StringListField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QListWidget *listWidget() const { return m_list; }
    QLineEdit *newItemEdit() const { return m_newItem; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QStringList items() const;
    void clearInput() override;

protected:
    void display(const QJsonValue &value) override;

private:
    void commit(const QStringList &items);
    void addItem();
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_newItem;
    QPushButton *m_add;
    QPushButton *m_remove;
};

/// A string → string object (e.g. app.custom_tags) as a Key/Value/Source table. Each key is its
/// own setting: objects merge across levels, so a region adds or overrides single keys and can
/// only remove the ones it sets itself.
class KeyValueField : public SettingField
{
    Q_OBJECT
public:
    KeyValueField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QTableWidget *table() const { return m_table; }
    QLineEdit *newKeyEdit() const { return m_newKey; }
    QLineEdit *newValueEdit() const { return m_newValue; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// The last problem with the user's input (duplicate or empty key), empty when none.
    QString problem() const;
    void clearInput() override;

protected:
    void display(const QJsonValue &value) override;

private:
    void cellEdited(int row, int column);
    void addEntry();
    void removeSelected();
    void setProblem(const QString &problem);
    void setCell(int row, int column, const QString &text, bool bold, bool editable);
    void updateButtons();

    QTableWidget *m_table;
    QLineEdit *m_newKey;
    QLineEdit *m_newValue;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QJsonObject m_shown;
};

} // namespace Fd
