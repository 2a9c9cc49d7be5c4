// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateResponse.h"
#include "GateSettings.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Fd {

/// One request to Gate. Emits finished() exactly once, asynchronously, also after cancel().
class GateCall : public QObject
{
    Q_OBJECT
public:
    const GateResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    /// Stops the request. A write that already went out may still have been carried out by Gate;
    /// response().sent says so.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class GateClient;
    GateCall(QNetworkReply *reply, GateResponse seed, bool expectJson, QObject *parent);
    GateCall(GateError error, GateResponse seed, QObject *parent); // fails without a request
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    GateResponse m_response;
    bool m_expectJson = true;
    bool m_finished = false;
    QString m_sslErrors;
};

/// Takes the response of a job's call in flight and lets the call go (deleted later). False when
/// the job has no call any more (it was canceled or moved on): the step that asked stops there.
bool takeResponse(QPointer<GateCall> &call, GateResponse *response);

/// Asynchronous access to one Gate: builds requests (sign-in headers, session cookie, TLS set-up,
/// timeouts, no redirects followed, no shared cookie jar) and classifies the answers. The caller
/// owns the QNetworkAccessManager. Secrets given to it are kept in memory only and never logged.
class GateClient : public QObject
{
    Q_OBJECT
public:
    GateClient(QNetworkAccessManager *nam, const GateSettings &settings, QObject *parent = nullptr);

    const GateSettings &settings() const { return m_settings; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Loads the CA bundle and client certificate named in the settings. Must succeed before
    /// the first request; returns a Configuration or Tls error when a file is unusable.
    /// When the TLS settings for this host differ from the last ones used with the same
    /// QNetworkAccessManager, its connection cache is cleared (Qt would reuse old connections).
    /// Give Gate its own QNetworkAccessManager if others use one for long-running requests.
    GateError prepareTls(const QString &keyPassphrase = {});

    /// Password (basic) or token (bearer) sent with every request.
    void setSecret(const QString &secret) { m_secret = secret; }
    /// The `SESSION` cookie value after a form or token login; empty to drop it.
    void setSessionCookie(const QByteArray &value) { m_session = value; }
    bool hasSession() const { return !m_session.isEmpty(); }

    /// Path segments are percent-encoded one by one: names like "app [us-east-1]" are safe.
    static QString path(const QStringList &segments);

    GateCall *get(const QString &path, const QUrlQuery &query = {}, bool expectJson = true);
    GateCall *postJson(const QString &path, const QJsonDocument &body, const QUrlQuery &query = {});
    GateCall *postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    GateCall *deleteResource(const QString &path);

Q_SIGNALS:
    /// Something the user must be told each time, e.g. that TLS checks are off.
    void warning(const QString &message);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    GateCall *unusable(const QString &verb, const QString &path); ///< a failed call when TLS set-up fails
    void forgetConnectionsWithOtherTls();
    QNetworkReply *postOnce(QNetworkRequest request, const QByteArray &body); ///< never resent by Qt
    GateCall *start(QNetworkReply *reply, const QString &verb, const QString &path, bool isWrite, bool expectJson);

    QNetworkAccessManager *m_nam;
    GateSettings m_settings;
    QSslConfiguration m_ssl;
    bool m_tlsReady = false;
    QString m_secret;
    QByteArray m_session;
};

} // namespace Fd
