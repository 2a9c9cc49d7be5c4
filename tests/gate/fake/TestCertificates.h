// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace Fd::Test {

/// Throwaway certificates made with the openssl command at test time (nothing secret is
/// committed and nothing expires in the repository): a CA, a server certificate for 127.0.0.1,
/// a client certificate for "alice" signed by that CA, and one for "mallory" signed by another.
class TestCertificates
{
public:
    /// Runs openssl; false (with `*error`) when it is missing or fails.
    bool generate(QString *error);

    QString caPath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString clientCertPath() const { return m_dir.filePath(QStringLiteral("alice.pem")); }
    QString clientKeyPath() const { return m_dir.filePath(QStringLiteral("alice.key")); }
    /// Certificate and key in one file, the way Foremast's gate_client_cert is written.
    QString clientCombinedPath() const { return m_dir.filePath(QStringLiteral("alice-combined.pem")); }
    QString rogueCertPath() const { return m_dir.filePath(QStringLiteral("mallory.pem")); }
    QString rogueKeyPath() const { return m_dir.filePath(QStringLiteral("mallory.key")); }

    /// Server side: certificate, key, and the CA that client certificates must chain to.
    QSslConfiguration serverConfiguration() const;

private:
    bool run(const QStringList &arguments, QString *error);

    QTemporaryDir m_dir;
};

} // namespace Fd::Test
