// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

namespace Fd {

/// Every modal question the window asks goes through here, so tests answer it by injecting a
/// scripted prompter instead of racing a QTimer against exec().
class Prompter
{
public:
    virtual ~Prompter() = default;

    /// A question with standard buttons; returns the button chosen.
    virtual QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    /// A line of text; nullopt when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial);
    /// A message the user only acknowledges.
    virtual void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

    /// The prompter in use (the interactive one unless a test set another).
    static Prompter *current();
    /// Replaces the prompter while the returned guard lives (tests).
    class Override
    {
    public:
        explicit Override(Prompter *prompter);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

    private:
        Prompter *m_previous;
    };
};

/// A prompter for tests: answers from queues and records what was asked.
class ScriptedPrompter : public Prompter
{
public:
    QList<QMessageBox::StandardButton> answers;
    QList<std::optional<QString>> texts;
    /// The titles and texts asked, in order ("title: text").
    QStringList asked;

    QMessageBox::StandardButton ask(QWidget *, QMessageBox::Icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons, QMessageBox::StandardButton defaultButton) override;
    std::optional<QString> text(QWidget *, const QString &title, const QString &label, const QString &initial) override;
    void tell(QWidget *, QMessageBox::Icon, const QString &title, const QString &text) override;
};

} // namespace Fd
