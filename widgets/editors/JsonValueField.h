// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Fd {

/// Edits any JSON value as text; OK stays disabled until the text parses (and has the expected
/// type, when one is given).
class JsonEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `expected`: QJsonValue::Array, Object… or Undefined for any type.
    explicit JsonEditDialog(QJsonValue::Type expected, QWidget *parent = nullptr);

    void setValue(const QJsonValue &value);
    QJsonValue value() const;
    QString problem() const;
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void validate();

    QJsonValue::Type m_expected;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// A setting whose value is raw JSON (e.g. pipeline_notifications): a one-line summary and an
/// "Edit JSON…" button that opens a JsonEditDialog.
class JsonValueField : public SettingField
{
    Q_OBJECT
public:
    JsonValueField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                   QJsonValue::Type expected);
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *editButton() const { return m_edit; }
    JsonEditDialog *dialog() const { return m_dialog; }
    void openDialog();

protected:
    void display(const QJsonValue &value) override;

private:
    QJsonValue::Type m_expected;
    QLabel *m_summary;
    QPushButton *m_edit;
    QPointer<JsonEditDialog> m_dialog;
};

} // namespace Fd
