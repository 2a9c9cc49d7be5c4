// SPDX-License-Identifier: Apache-2.0
#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>

namespace Fd::Test {

bool TestCertificates::run(const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    // Test set-up only: waiting here keeps the helper simple and is bounded.
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')),
                                                             QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::generate(QString *error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        *error = QStringLiteral("openssl is not installed");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const auto write = [this](const QString &name, const QByteArray &text) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    write(QStringLiteral("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n");
    const QString ec = QStringLiteral("ec:%1").arg(m_dir.filePath(QStringLiteral("p256.pem")));
    const QList<QStringList> steps = {
        {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"), QStringLiteral("-out"), QStringLiteral("p256.pem")},
        // Two CAs: ours, and another one a rogue client certificate chains to.
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec, QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Fake Gate test CA")},
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec, QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"), QStringLiteral("other-ca.pem"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Someone else's CA")},
    };
    for (const QStringList &step : steps) {
        if (!run(step, error))
            return false;
    }
    struct Leaf { const char *name; const char *subject; const char *ca; const char *ext; bool rsa; };
    const Leaf leaves[] = {{"server", "/CN=127.0.0.1", "ca", "server.ext", false},
                           {"alice", "/CN=alice", "ca", "client.ext", true},
                           {"mallory", "/CN=mallory", "other-ca", "client.ext", false}};
    for (const Leaf &leaf : leaves) {
        const QString name = QString::fromLatin1(leaf.name);
        const QString ca = QString::fromLatin1(leaf.ca);
        if (!run({QStringLiteral("req"), QStringLiteral("-newkey"), leaf.rsa ? QStringLiteral("rsa:2048") : ec,
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                  QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                  QString::fromLatin1(leaf.subject)}, error)
            || !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                     QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QString::fromLatin1(leaf.ext), QStringLiteral("-out"),
                     name + QStringLiteral(".pem")}, error))
            return false;
    }
    QFile cert(clientCertPath());
    QFile key(clientKeyPath());
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)
        || !write(QStringLiteral("alice-combined.pem"), key.readAll() + cert.readAll())) {
        *error = QStringLiteral("cannot write the combined client PEM");
        return false;
    }
    return true;
}

QSslConfiguration TestCertificates::serverConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.pem"))).value(0));
    QFile keyFile(m_dir.filePath(QStringLiteral("server.key")));
    keyFile.open(QIODevice::ReadOnly);
    conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    conf.setCaCertificates(QSslCertificate::fromPath(caPath()));
    // Ask for a client certificate; a missing one is answered with 403 like Gate, a wrong one
    // fails the handshake (see FakeHttpServer).
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return conf;
}

} // namespace Fd::Test
