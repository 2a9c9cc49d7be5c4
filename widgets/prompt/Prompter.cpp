// SPDX-License-Identifier: Apache-2.0
#include "Prompter.h"

#include <QInputDialog>

namespace Fd {

namespace {

Prompter *&installed()
{
    static Prompter interactive;
    static Prompter *current = &interactive;
    return current;
}

} // namespace

QMessageBox::StandardButton Prompter::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                          const QString &text, QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

std::optional<QString> Prompter::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

void Prompter::tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

Prompter *Prompter::current()
{
    return installed();
}

Prompter::Override::Override(Prompter *prompter) : m_previous(installed())
{
    installed() = prompter;
}

Prompter::Override::~Override()
{
    installed() = m_previous;
}

QMessageBox::StandardButton ScriptedPrompter::ask(QWidget *, QMessageBox::Icon, const QString &title, const QString &text,
                                                  QMessageBox::StandardButtons, QMessageBox::StandardButton defaultButton)
{
    asked << title + QStringLiteral(": ") + text;
    return answers.isEmpty() ? defaultButton : answers.takeFirst();
}

std::optional<QString> ScriptedPrompter::text(QWidget *, const QString &title, const QString &label, const QString &)
{
    asked << title + QStringLiteral(": ") + label;
    return texts.isEmpty() ? std::nullopt : texts.takeFirst();
}

void ScriptedPrompter::tell(QWidget *, QMessageBox::Icon, const QString &title, const QString &text)
{
    asked << title + QStringLiteral(": ") + text;
}

} // namespace Fd
