// SPDX-License-Identifier: Apache-2.0
#include "JsonValueField.h"

#include "JsonText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fd {

JsonEditDialog::JsonEditDialog(QJsonValue::Type expected, QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
    , m_text(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Edit JSON"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("JSON text"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JsonEditDialog::validate);
    resize(560, 420);
    validate();
}

void JsonEditDialog::setValue(const QJsonValue &value)
{
    m_text->setPlainText(JsonText::toText(value, true));
}

QJsonValue JsonEditDialog::value() const
{
    bool ok = false;
    return JsonText::parse(m_text->toPlainText(), &ok);
}

QString JsonEditDialog::problem() const
{
    bool ok = false;
    const QJsonValue value = JsonText::parse(m_text->toPlainText(), &ok);
    if (!ok)
        return tr("This is not valid JSON.");
    if (value.isUndefined())
        return tr("Type a JSON value.");
    if (m_expected == QJsonValue::Array && !value.isArray())
        return tr("A JSON list […] is expected here.");
    if (m_expected == QJsonValue::Object && !value.isObject())
        return tr("A JSON object {…} is expected here.");
    return {};
}

void JsonEditDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

JsonValueField::JsonValueField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                               QJsonValue::Type expected)
    : SettingField(path, labelText, labelParent)
    , m_expected(expected)
    , m_summary(new QLabel)
    , m_edit(new QPushButton(tr("Edit JSON…")))
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_edit);
    m_summary->setTextFormat(Qt::PlainText);
    setEditor(m_edit, row);
    m_edit->setAccessibleName(tr("Edit %1 as JSON").arg(plainLabel()));
    connect(m_edit, &QPushButton::clicked, this, &JsonValueField::openDialog);
}

void JsonValueField::openDialog()
{
    if (m_dialog)
        return;
    auto *dialog = new JsonEditDialog(m_expected, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit %1").arg(plainLabel()));
    const QJsonValue empty = m_expected == QJsonValue::Object ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray());
    dialog->setValue(state().value.isUndefined() ? empty : state().value);
    // finished() comes before accepted(): forget the dialog then, but read it in accepted().
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { requestValue(dialog->value()); });
    dialog->open();
}

void JsonValueField::display(const QJsonValue &value)
{
    if (value.isArray())
        m_summary->setText(tr("%n entries", nullptr, int(value.toArray().size())));
    else if (value.isObject())
        m_summary->setText(tr("%n keys", nullptr, int(value.toObject().size())));
    else
        m_summary->setText(JsonText::toText(value));
    m_summary->setToolTip(JsonText::toText(value, true));
}

} // namespace Fd
