// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/GateSettings.h"
#include "gate/SecretStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Fd {

/// The "which Gate, and how to sign in" part of the publish dialog: URL, sign-in method and the
/// fields that method needs. The password or token typed here stays in memory; it reaches the
/// system keychain only when "Remember" is ticked.
class GateSignInForm : public QWidget
{
    Q_OBJECT
public:
    explicit GateSignInForm(QWidget *parent = nullptr);

    void setSettings(const GateSettings &settings);
    /// The settings as entered; `origin` and `timeoutMs` are kept from setSettings().
    GateSettings settings() const;

    QString secret() const;        ///< what was typed; empty when nothing was
    /// Where a sign-in with `settings` takes its secret from: what was typed here, else
    /// `knownSecret` when it came with `knownGate` (both kept in `session`, in memory only), else
    /// `keychain` (the session when there is none).
    SecretStore *secretsFor(const GateSettings &settings, const GateSettings &knownGate, const QString &knownSecret,
                            SecretStore *keychain, MemorySecretStore &session) const;
    bool rememberSecret() const;
    void setSecretPlaceholder(const QString &text);

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    QWidget *pathField(QLineEdit *edit, const QString &title);

    GateSettings m_base;
    QFormLayout *m_layout;
    QLineEdit *m_url;
    QComboBox *m_mode;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_ca;
    QCheckBox *m_insecure;
    QLabel *m_insecureWarning;
    QLabel *m_origin;
};

} // namespace Fd
