// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Fd {
class LanguageChooser;
}

namespace Fd {

/// Preferences: Gate URL, theme, default flow and the offline subnets rule.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Stores the values (called on OK) and applies the theme.
    void apply();

private:
    QLineEdit *m_gateUrl;
    QComboBox *m_theme;
    LanguageChooser *m_language;
    QComboBox *m_flow;
    QComboBox *m_subnets;
};

} // namespace Fd
