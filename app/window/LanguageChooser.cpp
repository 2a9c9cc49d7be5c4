// SPDX-License-Identifier: Apache-2.0
#include "LanguageChooser.h"

#include "AppSettings.h"
#include "cli/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Fd {

LanguageChooser::LanguageChooser(QWidget *parent) : QWidget(parent), m_combo(new QComboBox(this))
{
    m_combo->addItem(tr("System language"), QString());
    // Each language in its own words, so a user who cannot read the current one still finds theirs.
    m_combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : translatedLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_combo->addItem(name, code);
    }
    const int current = m_combo->findData(AppSettings::language());
    m_combo->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("Takes effect when Foremast Designer is started again."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(note);
    setFocusProxy(m_combo); // the form's "&Language:" buddy
}

QString LanguageChooser::language() const
{
    return m_combo->currentData().toString();
}

} // namespace Fd
