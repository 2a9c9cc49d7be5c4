// SPDX-License-Identifier: Apache-2.0
#include "GateSignInForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Fd {

GateSignInForm::GateSignInForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_url(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
    , m_cert(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow insecure TLS (do not check Gate's certificate)"), this))
    , m_insecureWarning(new QLabel(this))
    , m_origin(new QLabel(this))
{
    m_url->setObjectName(QStringLiteral("gateUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://gate.example.com:8084"));
    m_mode->setObjectName(QStringLiteral("signInMode"));
    m_mode->addItem(tr("None (anonymous)"), int(SignInMode::None));
    m_mode->addItem(tr("User name and password (HTTP basic)"), int(SignInMode::Basic));
    m_mode->addItem(tr("LDAP or login form"), int(SignInMode::Form));
    m_mode->addItem(tr("Token (OAuth2 or Google IAP)"), int(SignInMode::Bearer));
    m_mode->addItem(tr("Client certificate (x509)"), int(SignInMode::X509));
    m_user->setObjectName(QStringLiteral("userName"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberSecret"));
    m_cert->setObjectName(QStringLiteral("clientCert"));
    m_key->setObjectName(QStringLiteral("clientKey"));
    m_ca->setObjectName(QStringLiteral("caBundle"));
    m_insecure->setObjectName(QStringLiteral("allowInsecureTls"));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setText(tr("Anyone between you and Gate could read your credentials and change what is "
                                  "published. Use this only for a test Gate with a self-signed certificate."));
    m_origin->setObjectName(QStringLiteral("gateOrigin"));

    m_layout->addRow(tr("&Gate:"), m_url);
    m_layout->addRow(QString(), m_origin);
    m_layout->addRow(tr("&Sign-in:"), m_mode);
    m_layout->addRow(tr("&User:"), m_user);
    m_layout->addRow(tr("&Password:"), m_secret);
    m_layout->addRow(QString(), m_remember);
    m_layout->addRow(tr("&Certificate:"), pathField(m_cert, tr("Client certificate (PEM)")));
    m_layout->addRow(tr("&Key:"), pathField(m_key, tr("Client key (PEM)")));
    m_layout->addRow(tr("C&A bundle:"), pathField(m_ca, tr("CA certificates (PEM)")));
    m_layout->addRow(QString(), m_insecure);
    m_layout->addRow(QString(), m_insecureWarning);

    for (QLineEdit *edit : {m_url, m_user, m_secret, m_cert, m_key, m_ca})
        connect(edit, &QLineEdit::textChanged, this, &GateSignInForm::changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this]() {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_insecure, &QCheckBox::toggled, this, [this]() {
        updateVisibility();
        Q_EMIT changed();
    });
    updateVisibility();
}

QWidget *GateSignInForm::pathField(QLineEdit *edit, const QString &title)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file"));
    row->addWidget(edit);
    row->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title]() {
        const QString path = QFileDialog::getOpenFileName(this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return box;
}

void GateSignInForm::updateVisibility()
{
    const auto mode = SignInMode(m_mode->currentData().toInt());
    const auto show = [this](QWidget *field, bool visible) { m_layout->setRowVisible(field, visible); };
    show(m_user, mode == SignInMode::Basic || mode == SignInMode::Form);
    show(m_secret, signInModeNeedsSecret(mode));
    show(m_remember, signInModeNeedsSecret(mode));
    show(m_cert->parentWidget(), mode == SignInMode::X509);
    show(m_key->parentWidget(), mode == SignInMode::X509);
    m_layout->labelForField(m_secret)->setProperty("text", mode == SignInMode::Bearer ? tr("&Token:") : tr("&Password:"));
    show(m_insecureWarning, m_insecure->isChecked());
    show(m_origin, !m_origin->text().isEmpty());
}

void GateSignInForm::setSettings(const GateSettings &settings)
{
    m_base = settings;
    m_url->setText(settings.url.toString());
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(settings.mode))));
    m_user->setText(settings.username);
    m_cert->setText(settings.clientCertPath);
    m_key->setText(settings.clientKeyPath);
    m_ca->setText(settings.caBundlePath);
    m_insecure->setChecked(settings.allowInsecureTls);
    m_origin->setText(settings.origin.isEmpty() ? QString() : tr("From %1.").arg(settings.origin));
    updateVisibility();
}

GateSettings GateSignInForm::settings() const
{
    GateSettings s = m_base;
    s.url = QUrl::fromUserInput(m_url->text().trimmed());
    s.mode = SignInMode(m_mode->currentData().toInt());
    s.username = m_user->text().trimmed();
    s.clientCertPath = m_cert->text().trimmed();
    s.clientKeyPath = m_key->text().trimmed();
    s.caBundlePath = m_ca->text().trimmed();
    s.allowInsecureTls = m_insecure->isChecked();
    if (s != m_base)
        s.origin = tr("the publish dialog");
    return s;
}

QString GateSignInForm::secret() const
{
    return m_secret->text();
}

SecretStore *GateSignInForm::secretsFor(const GateSettings &settings, const GateSettings &knownGate,
                                        const QString &knownSecret, SecretStore *keychain,
                                        MemorySecretStore &session) const
{
    const QString key = settings.secretKey();
    if (!secret().isEmpty())
        session.set(key, secret());
    else if (!knownSecret.isEmpty() && settings.url == knownGate.url)
        session.set(key, knownSecret);
    if (session.contains(key) || !keychain)
        return &session;
    return keychain;
}

bool GateSignInForm::rememberSecret() const
{
    return m_remember->isChecked();
}

void GateSignInForm::setSecretPlaceholder(const QString &text)
{
    m_secret->setPlaceholderText(text);
}

} // namespace Fd
