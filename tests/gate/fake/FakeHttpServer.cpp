// SPDX-License-Identifier: Apache-2.0
#include "FakeHttpServer.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace Fd::Test {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

/// One client connection: parses requests, asks the handler, writes answers in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, FakeHttpServer *server) : QObject(socket), m_socket(socket), m_server(server)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this]() { readMore(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            // No client certificate: carry on, Gate answers 403. A certificate that does not
            // chain to our CA ends the handshake, as a real TLS terminator would.
            connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &errors) {
                for (const QSslError &error : errors) {
                    if (error.error() != QSslError::NoPeerCertificate) {
                        ssl->abort();
                        return;
                    }
                }
                ssl->ignoreSslErrors();
            });
        }
        readMore();
    }

    ~HttpConnection() override
    {
        if (m_busy && m_server) // torn down while an answer was still delayed
            m_server->requestEnded();
    }

private:
    void readMore()
    {
        m_buffer += m_socket->readAll();
        while (!m_busy && parseOne()) { }
    }

    bool parseOne()
    {
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        HttpRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.header("content-length").toInt();
        if (m_buffer.size() < headerEnd + 4 + length)
            return false;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        const int question = target.indexOf('?');
        request.rawPath = question < 0 ? target : target.left(question);
        request.path = QUrl::fromPercentEncoding(request.rawPath);
        if (question >= 0)
            request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
            request.clientCommonName = ssl->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
        m_keepAlive = request.header("connection").toLower() != "close";

        m_busy = true;
        m_server->requestStarted();
        const HttpResponse response = m_server->m_handler(request);
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, [this, response]() { respond(response); });
        else
            respond(response);
        return true;
    }

    void respond(const HttpResponse &response)
    {
        m_busy = false;
        m_server->requestEnded();
        if (response.action == HttpResponse::Action::Drop) {
            m_socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        if (!response.body.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += response.body;
        m_socket->write(out);
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(0, this, [this]() { readMore(); });
    }

    QPointer<QTcpSocket> m_socket;
    QPointer<FakeHttpServer> m_server;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_keepAlive = true;
};

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent) : QTcpServer(parent), m_handler(std::move(handler))
{
    connect(this, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = nextPendingConnection())
            new HttpConnection(socket, this);
    });
}

void FakeHttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}

void FakeHttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(socketDescriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tlsConfiguration);
    addPendingConnection(socket);
    socket->startServerEncryption();
}

void FakeHttpServer::requestStarted()
{
    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
}

void FakeHttpServer::requestEnded()
{
    --m_inFlight;
}

} // namespace Fd::Test
