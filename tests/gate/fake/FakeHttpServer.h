// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace Fd::Test {

/// One HTTP/1.1 request as the fake server received it.
struct HttpRequest
{
    QByteArray method;
    QString path;                        ///< percent-decoded
    QByteArray rawPath;                  ///< as sent
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QString clientCommonName;            ///< CN of the TLS client certificate, if any

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

/// The answer, or what to do instead of answering.
struct HttpResponse
{
    enum class Action { Answer, Drop };
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    Action action = Action::Answer;
    int delayMs = 0;                     ///< answer (or drop) this much later
};

QByteArray reasonPhrase(int status);

/// A small keep-alive HTTP/1.1 server on 127.0.0.1 for tests, optionally over TLS with client
/// certificates. Requests on one connection are answered in order; delays never block the loop.
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);

    /// Serves https with this configuration (certificate, key, CAs for client certificates).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }

    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class HttpConnection;
    void requestStarted();
    void requestEnded();

    Handler m_handler;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Fd::Test
