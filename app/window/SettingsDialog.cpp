// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"

#include "AppSettings.h"
#include "LanguageChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Fd {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_gateUrl = new QLineEdit(AppSettings::gateUrl(), this);
    m_gateUrl->setPlaceholderText(tr("https://gate.example.com (else foremast.cfg or ~/.spin/config)"));
    m_gateUrl->setClearButtonEnabled(true);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::theme())));

    m_language = new LanguageChooser(this);

    m_flow = new QComboBox(this);
    m_flow->setEditable(true);
    m_flow->addItem(QStringLiteral("documented"));
    m_flow->addItem(QStringLiteral("foremast-v5"));
    m_flow->setCurrentText(AppSettings::defaultFlow());
    m_flow->setToolTip(tr("Built-in flow name, or the path of a flow file"));

    m_subnets = new QComboBox(this);
    m_subnets->setEditable(true);
    m_subnets->addItem(QStringLiteral("offline"));
    m_subnets->setCurrentText(AppSettings::subnetsRule());
    m_subnets->setToolTip(tr("\"offline\" gives every env the zones <region>a, b and c; or the path of a subnets JSON file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Subnets File"), {}, tr("JSON files (*.json)"));
        if (!file.isEmpty())
            m_subnets->setCurrentText(file);
    });
    auto *subnetsRow = new QHBoxLayout;
    subnetsRow->addWidget(m_subnets, 1);
    subnetsRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Gate URL:"), m_gateUrl);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Flow for runways that name none:"), m_flow);
    // A row whose field is a layout gets a label without buddy, which would show the "&".
    auto *subnetsLabel = new QLabel(tr("Offline &subnets:"), this);
    subnetsLabel->setBuddy(m_subnets);
    form->addRow(subnetsLabel, subnetsRow);
    auto *note = new QLabel(tr("Credentials are kept in the system keychain, never here."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    AppSettings::setGateUrl(m_gateUrl->text().trimmed());
    AppSettings::setDefaultFlow(m_flow->currentText().trimmed());
    AppSettings::setSubnetsRule(m_subnets->currentText().trimmed());
    AppSettings::setLanguage(m_language->language());
    const auto theme = AppSettings::Theme(m_theme->currentData().toInt());
    AppSettings::setTheme(theme);
    AppSettings::applyTheme(theme);
}

} // namespace Fd
