// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Fd {

/// A string setting in a line edit; every keystroke is an edit that merges into one undo step.
class TextField : public SettingField
{
    Q_OBJECT
public:
    TextField(const KeyPath &path, const QString &labelText, QWidget *labelParent);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void display(const QJsonValue &value) override;

private:
    QLineEdit *m_edit;
};

/// A string setting chosen from common values; `editable` also accepts any typed text.
class ComboField : public SettingField
{
    Q_OBJECT
public:
    /// `choices`: value → short description (shown as the item's tooltip).
    ComboField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
               const QList<QPair<QString, QString>> &choices, bool editable);
    QComboBox *comboBox() const { return m_combo; }

protected:
    void display(const QJsonValue &value) override;

private:
    QComboBox *m_combo;
};

/// A whole-number setting. Changes merge into one undo step while the user keeps changing it.
class SpinField : public SettingField
{
    Q_OBJECT
public:
    SpinField(const KeyPath &path, const QString &labelText, QWidget *labelParent, int minimum,
              int maximum, const QString &suffix = {});
    QSpinBox *spinBox() const { return m_spin; }
    /// Offers a "not set" entry below the minimum; choosing it removes the key at this scope.
    void setUnsetText(const QString &text);
    /// Whether the "not set" entry is shown.
    bool isUnsetShown() const;
    /// Why the last number typed was refused (empty when the last one was taken).
    QString problem() const;
    void clearInput() override;

protected:
    void display(const QJsonValue &value) override;

private:
    QSpinBox *m_spin;
    QLabel *m_problem = nullptr;
    int m_minimum;
    bool m_allowUnset = false;
};

/// A true/false setting.
class CheckField : public SettingField
{
    Q_OBJECT
public:
    CheckField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
               const QString &checkText = {});
    QCheckBox *checkBox() const { return m_check; }

protected:
    void display(const QJsonValue &value) override;

private:
    QCheckBox *m_check;
};

/// Whether an object setting is non-empty (e.g. asg.scaling_policy, which adds a stage when it
/// has keys). Checking writes `starter`; unchecking removes the key at this level. An object
/// inherited from a lower level cannot be emptied here (objects merge), so the box is disabled.
class PresenceField : public SettingField
{
    Q_OBJECT
public:
    PresenceField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                  const QString &checkText, const QJsonObject &starter);
    QCheckBox *checkBox() const { return m_check; }
    bool isPresent() const;

protected:
    void display(const QJsonValue &value) override;

private:
    QCheckBox *m_check;
    QJsonObject m_starter;
};

/// Reads a JSON number or numeric string as an int; `ok` is false for anything else.
int jsonToInt(const QJsonValue &value, bool *ok);
/// Reads a JSON bool or "true"/"false" string.
bool jsonToBool(const QJsonValue &value);

} // namespace Fd
