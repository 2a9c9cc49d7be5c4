// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Fd {

/// Edits one completion webhook: {name, url, method, custom_headers, payload}. Keys the dialog
/// does not know are kept as they were.
class WebhookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebhookDialog(QWidget *parent = nullptr);

    void setWebhook(const QJsonObject &webhook);
    /// The webhook as edited; only meaningful when isValid().
    QJsonObject webhook() const;
    bool isValid() const { return problem().isEmpty(); }
    /// Why the input cannot be accepted yet (empty when it can).
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *methodBox() const { return m_method; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *payloadEdit() const { return m_payload; }

private:
    void validate();

    QJsonObject m_original;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_method;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_payload;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Fd
