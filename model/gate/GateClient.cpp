// SPDX-License-Identifier: Apache-2.0
#include "GateClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

namespace Fd {

namespace {

GateError configurationError(const QString &summary, const QString &advice = {})
{
    GateError e;
    e.kind = GateErrorKind::Configuration;
    e.summary = summary;
    e.advice = advice;
    return e;
}

/// A request body Qt can send only once. With the default (resettable) body, Qt's HTTP code
/// silently sends a POST again when the connection drops before the answer; a write sent twice is
/// exactly what must not happen. With this body Qt reports ContentReSendError instead, and the
/// publisher re-reads to learn the outcome.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data) { open(ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_read);
        memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

GateCall::GateCall(QNetworkReply *reply, GateResponse seed, bool expectJson, QObject *parent)
    : QObject(parent), m_reply(reply), m_response(std::move(seed)), m_expectJson(expectJson)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::requestSent, this, [this]() { m_response.sent = true; });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
    // Queued: finished() never fires inside cancel() or inside the caller's own slot.
    connect(reply, &QNetworkReply::finished, this, &GateCall::onFinished, Qt::QueuedConnection);
}

GateCall::GateCall(GateError error, GateResponse seed, QObject *parent)
    : QObject(parent), m_response(std::move(seed))
{
    m_response.error = std::move(error);
    m_response.error.request = m_response.request;
    QTimer::singleShot(0, this, [this]() {
        m_finished = true;
        Q_EMIT finished();
    });
}

void GateCall::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_response.canceled = true;
    m_reply->abort();
}

bool takeResponse(QPointer<GateCall> &call, GateResponse *response)
{
    if (!call)
        return false;
    *response = call->response();
    call->deleteLater();
    return true;
}

void GateCall::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // The typed Location header drops relative URLs, which Spring sends ("/login?error").
    if (reply->hasRawHeader("Location"))
        m_response.location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (reply->isOpen())
        m_response.body = reply->readAll();
    const auto cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "SESSION")
            m_response.sessionCookie = cookie.value();
    }
    m_response.networkError = reply->error();
    m_response.networkErrorString = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors;
    // An HTTP error status also sets a network error; the status is what tells us more.
    m_response.error = classifyResponse(m_response, m_expectJson);
    m_finished = true;
    reply->deleteLater();
    Q_EMIT finished();
}

GateClient::GateClient(QNetworkAccessManager *nam, const GateSettings &settings, QObject *parent)
    : QObject(parent), m_nam(nam), m_settings(settings), m_ssl(QSslConfiguration::defaultConfiguration())
{
}

GateError GateClient::prepareTls(const QString &keyPassphrase)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    const bool https = m_settings.url.scheme() == QLatin1String("https");
    if (!https && signInModeNeedsSecret(m_settings.mode) && !isLoopback(m_settings.url))
        Q_EMIT warning(tr("Gate's URL uses http: your password or token travels unencrypted."));
    if (!m_settings.caBundlePath.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caBundlePath, QSsl::Pem);
        if (cas.isEmpty())
            return configurationError(tr("The CA bundle %1 cannot be read or holds no PEM certificate.")
                                          .arg(m_settings.caBundlePath));
        m_ssl.addCaCertificates(cas);
    }
    if (m_settings.mode == SignInMode::X509) {
        if (!https)
            return configurationError(tr("A client certificate needs an https Gate URL."));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_settings.clientCertPath, QSsl::Pem);
        if (certs.isEmpty())
            return configurationError(tr("The client certificate %1 cannot be read or is not PEM.")
                                          .arg(m_settings.clientCertPath));
        const QString keyPath = m_settings.clientKeyPath.isEmpty() ? m_settings.clientCertPath : m_settings.clientKeyPath;
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return configurationError(tr("The client key %1 cannot be read: %2.").arg(keyPath, keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, keyPassphrase.toUtf8());
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return configurationError(tr("The client key %1 cannot be used.").arg(keyPath),
                                      tr("It must be a PEM private key; if it is encrypted, give its passphrase."));
        m_ssl.setLocalCertificate(certs.first());
        m_ssl.setPrivateKey(key);
    }
    const QString plain = m_settings.plainTextCredentialsWarning();
    if (!plain.isEmpty())
        Q_EMIT warning(plain);
    if (m_settings.allowInsecureTls) {
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        Q_EMIT warning(tr("Insecure TLS is allowed: Gate's certificate is not checked, so anyone between you "
                          "and %1 could read or change what is sent.").arg(m_settings.url.host()));
    }
    forgetConnectionsWithOtherTls();
    m_tlsReady = true;
    return {};
}

void GateClient::forgetConnectionsWithOtherTls()
{
    // Qt reuses a cached connection to the same host and port whatever TLS settings a new request
    // carries. Without this, turning "insecure TLS" off, or changing the client certificate, would
    // go unnoticed for as long as an old connection lives; turning it on after a failed handshake
    // would not help either.
    if (m_settings.url.scheme() != QLatin1String("https"))
        return;
    const QByteArray name = "fd-gate-tls:" + m_settings.url.host().toUtf8() + ':'
        + QByteArray::number(m_settings.url.port(443));
    const QByteArray profile = (m_settings.caBundlePath + QLatin1Char('\n') + m_settings.clientCertPath
                                + QLatin1Char('\n') + m_settings.clientKeyPath + QLatin1Char('\n')
                                + QString::number(int(m_settings.mode == SignInMode::X509))
                                + QString::number(int(m_settings.allowInsecureTls))).toUtf8();
    const QVariant previous = m_nam->property(name.constData());
    const bool isDefault = m_settings.caBundlePath.isEmpty() && m_settings.mode != SignInMode::X509
        && !m_settings.allowInsecureTls;
    if (previous.isValid() ? previous.toByteArray() != profile : !isDefault)
        m_nam->clearConnectionCache();
    m_nam->setProperty(name.constData(), profile);
}

QString GateClient::path(const QStringList &segments)
{
    QString out;
    for (const QString &segment : segments)
        out += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return out;
}

QNetworkRequest GateClient::request(const QString &path, const QUrlQuery &query) const
{
    QString base = m_settings.url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl url = QUrl::fromEncoded((base + path).toLatin1(), QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("foremast-designer/%1").arg(QCoreApplication::applicationVersion()));
    if (m_settings.mode == SignInMode::Basic)
        request.setRawHeader("Authorization", "Basic " + (m_settings.username + QLatin1Char(':') + m_secret).toUtf8().toBase64());
    else if (m_settings.mode == SignInMode::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
    if (!m_session.isEmpty())
        request.setRawHeader("Cookie", "SESSION=" + m_session);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    return request;
}

GateCall *GateClient::start(QNetworkReply *reply, const QString &verb, const QString &path, bool isWrite, bool expectJson)
{
    GateResponse seed;
    seed.request = verb + QLatin1Char(' ') + path;
    seed.isWrite = isWrite;
    seed.timeoutMs = m_settings.timeoutMs;
    return new GateCall(reply, std::move(seed), expectJson, this);
}

GateCall *GateClient::unusable(const QString &verb, const QString &path)
{
    if (m_tlsReady)
        return nullptr;
    const GateError error = prepareTls();
    if (!error.isError())
        return nullptr;
    GateResponse seed;
    seed.request = verb + QLatin1Char(' ') + path;
    return new GateCall(error, std::move(seed), this);
}

QNetworkReply *GateClient::postOnce(QNetworkRequest request, const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = m_nam->post(request, device);
    device->setParent(reply);
    return reply;
}

GateCall *GateClient::get(const QString &path, const QUrlQuery &query, bool expectJson)
{
    const QString verb = QStringLiteral("GET");
    if (GateCall *failed = unusable(verb, path))
        return failed;
    return start(m_nam->get(request(path, query)), verb, path, false, expectJson);
}

GateCall *GateClient::postJson(const QString &path, const QJsonDocument &body, const QUrlQuery &query)
{
    const QString verb = QStringLiteral("POST");
    if (GateCall *failed = unusable(verb, path))
        return failed;
    QNetworkRequest r = request(path, query);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return start(postOnce(r, body.toJson(QJsonDocument::Compact)), verb, path, true, true);
}

GateCall *GateClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    const QString verb = QStringLiteral("POST");
    if (GateCall *failed = unusable(verb, path))
        return failed;
    // Percent-encode by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return start(postOnce(r, body), verb, path, true, false);
}

GateCall *GateClient::deleteResource(const QString &path)
{
    const QString verb = QStringLiteral("DELETE");
    if (GateCall *failed = unusable(verb, path))
        return failed;
    return start(m_nam->deleteResource(request(path, {})), verb, path, true, false);
}

} // namespace Fd
