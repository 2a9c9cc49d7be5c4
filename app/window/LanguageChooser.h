// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;

namespace Fd {

/// The Settings dialog's language row: the system's language or one the designer ships, named in
/// that language; the choice applies when the designer next starts, which the row says.
class LanguageChooser : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    /// The chosen language code, empty for the system's.
    QString language() const;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
};

} // namespace Fd
