// SPDX-License-Identifier: Apache-2.0
// fake-gate: the tests' fake Gate as a program, for demos and trying the publish verb by hand.
#include "FakeGate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <QTextStream>

using Fd::Test::FakeGate;

namespace {

bool configureTls(const QCommandLineParser &parser, FakeGate &gate, quint16 port, QTextStream &err)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(parser.value(QStringLiteral("tls-cert")));
    QFile keyFile(parser.value(QStringLiteral("tls-key")));
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        err << "fake-gate: cannot read --tls-cert or --tls-key" << Qt::endl;
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    conf.setLocalCertificate(certs.first());
    conf.setPrivateKey(key);
    if (parser.isSet(QStringLiteral("client-ca"))) {
        conf.setCaCertificates(QSslCertificate::fromPath(parser.value(QStringLiteral("client-ca"))));
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return gate.listenTls(conf, port);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake Spinnaker Gate on 127.0.0.1 that keeps applications and pipelines in memory "
        "(the behaviour the Foremast Designer tests rely on). Stop it with Ctrl+C."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."), QStringLiteral("PORT"), QStringLiteral("8084")},
        {QStringLiteral("auth"), QStringLiteral("Sign-in mode: none, basic, form, bearer or x509."), QStringLiteral("MODE"), QStringLiteral("none")},
        {QStringLiteral("user"), QStringLiteral("A user for basic/form sign-in (repeatable)."), QStringLiteral("NAME:PASSWORD")},
        {QStringLiteral("token"), QStringLiteral("A bearer token and its user (repeatable)."), QStringLiteral("TOKEN=NAME")},
        {QStringLiteral("app"), QStringLiteral("An application that already exists (repeatable)."), QStringLiteral("NAME")},
        {QStringLiteral("delay"), QStringLiteral("Answer every request after this many milliseconds."), QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("task-polls"), QStringLiteral("Polls a task stays RUNNING."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("answer-401"), QStringLiteral("Answer unauthenticated calls with 401 instead of a redirect to /login.")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve https with this PEM certificate."), QStringLiteral("PEM")},
        {QStringLiteral("tls-key"), QStringLiteral("The PEM key of --tls-cert."), QStringLiteral("PEM")},
        {QStringLiteral("client-ca"), QStringLiteral("x509: CA that client certificates must chain to."), QStringLiteral("PEM")},
    });
    parser.process(app);

    FakeGate gate;
    static const QMap<QString, FakeGate::AuthMode> modes = {
        {QStringLiteral("none"), FakeGate::AuthMode::None}, {QStringLiteral("basic"), FakeGate::AuthMode::Basic},
        {QStringLiteral("form"), FakeGate::AuthMode::Form}, {QStringLiteral("ldap"), FakeGate::AuthMode::Form},
        {QStringLiteral("bearer"), FakeGate::AuthMode::Bearer}, {QStringLiteral("x509"), FakeGate::AuthMode::X509}};
    const QString mode = parser.value(QStringLiteral("auth")).toLower();
    if (!modes.contains(mode)) {
        err << "fake-gate: unknown --auth " << mode << Qt::endl;
        return 2;
    }
    gate.setAuthMode(modes.value(mode));
    for (const QString &user : parser.values(QStringLiteral("user")))
        gate.addUser(user.section(QLatin1Char(':'), 0, 0), user.section(QLatin1Char(':'), 1));
    for (const QString &token : parser.values(QStringLiteral("token")))
        gate.addToken(token.section(QLatin1Char('='), 0, 0), token.section(QLatin1Char('='), 1));
    for (const QString &name : parser.values(QStringLiteral("app")))
        gate.addApplication(name);
    gate.setDelayMs(parser.value(QStringLiteral("delay")).toInt());
    gate.setTaskPollsBeforeDone(parser.value(QStringLiteral("task-polls")).toInt());
    gate.setAnswerUnauthorized(parser.isSet(QStringLiteral("answer-401")));

    const quint16 port = quint16(parser.value(QStringLiteral("port")).toUInt());
    const bool listening = parser.isSet(QStringLiteral("tls-cert")) ? configureTls(parser, gate, port, err)
                                                                      : gate.listen(port);
    if (!listening) {
        err << "fake-gate: cannot listen on 127.0.0.1:" << port << ": " << gate.server().errorString() << Qt::endl;
        return 1;
    }
    QObject::connect(&gate, &FakeGate::requestHandled, &app, [&out, &gate](const QByteArray &method, const QString &path) {
        out << method << ' ' << path << " -> " << gate.requests().constLast().status << Qt::endl;
    });
    out << "Fake Gate listening on " << gate.url().toString() << " (auth: " << mode << ")" << Qt::endl;
    return app.exec();
}
