// SPDX-License-Identifier: Apache-2.0
#include "WebhookDialog.h"

#include "JsonText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>

namespace Fd {

namespace {

const QString Name = QStringLiteral("name");
const QString Url = QStringLiteral("url");
const QString Method = QStringLiteral("method");
const QString Headers = QStringLiteral("custom_headers");
const QString Payload = QStringLiteral("payload");

} // namespace

WebhookDialog::WebhookDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_method(new QComboBox)
    , m_headers(new QPlainTextEdit)
    , m_payload(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Completion webhook"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_headers->setPlaceholderText(tr("JSON object, e.g. {\"x-token\": \"…\"}"));
    m_payload->setPlaceholderText(tr("Any JSON value"));
    m_headers->setTabChangesFocus(true);
    m_payload->setTabChangesFocus(true);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Custom &headers:"), m_headers);
    form->addRow(tr("&Payload:"), m_payload);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_name->setAccessibleName(tr("Name"));
    m_url->setAccessibleName(tr("URL"));
    m_method->setAccessibleName(tr("Method"));
    m_headers->setAccessibleName(tr("Custom headers"));
    m_payload->setAccessibleName(tr("Payload"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &WebhookDialog::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &WebhookDialog::validate);
    validate();
}

void WebhookDialog::setWebhook(const QJsonObject &webhook)
{
    m_original = webhook;
    m_name->setText(webhook.value(Name).toString());
    m_url->setText(webhook.value(Url).toString());
    m_method->setEditText(webhook.value(Method).toString(QStringLiteral("POST")));
    m_headers->setPlainText(JsonText::toText(webhook.value(Headers), true));
    m_payload->setPlainText(JsonText::toText(webhook.value(Payload), true));
    validate();
}

QString WebhookDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the webhook a name; the stage is called \"ENV: name\".");
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The URL must be an http:// or https:// address.");
    bool ok = false;
    const QJsonValue headers = JsonText::parse(m_headers->toPlainText(), &ok);
    if (!ok || (!headers.isUndefined() && !headers.isObject()))
        return tr("Custom headers must be a JSON object.");
    JsonText::parse(m_payload->toPlainText(), &ok);
    if (!ok)
        return tr("The payload is not valid JSON.");
    return {};
}

QJsonObject WebhookDialog::webhook() const
{
    QJsonObject out = m_original;
    out.insert(Name, m_name->text().trimmed());
    out.insert(Url, m_url->text().trimmed());
    out.insert(Method, m_method->currentText().trimmed());
    bool ok = false;
    const QJsonValue headers = JsonText::parse(m_headers->toPlainText(), &ok);
    if (headers.isUndefined())
        out.remove(Headers);
    else
        out.insert(Headers, headers);
    const QJsonValue payload = JsonText::parse(m_payload->toPlainText(), &ok);
    if (payload.isUndefined())
        out.remove(Payload);
    else
        out.insert(Payload, payload);
    return out;
}

void WebhookDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace Fd
