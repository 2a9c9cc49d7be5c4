// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace Fd::Test {

/// A stand-in for Spinnaker's Gate that follows the behavioural contract of
/// spinnaker-gate-reference.md §6: sign-in modes, applications and tasks, the pipeline save rules
/// in their order, list/get/delete, history, and fault injection. Runs on 127.0.0.1 (plain or TLS).
class FakeGate : public QObject
{
    Q_OBJECT
public:
    enum class AuthMode { None, Basic, Form, Bearer, X509 };

    /// A scripted failure for the next request matching method and path prefix.
    struct Fault
    {
        enum class Kind {
            Status,              ///< answer `status` with Gate's error body and `message`
            Drop,                ///< close the connection without doing anything
            DropAfterProcessing, ///< do the work, then close without answering
            HtmlLoginPage,       ///< 200 with an HTML login page (a proxy, or followed redirect)
            RedirectToLogin,     ///< 302 to /login
            Slow,                ///< do the work, answer after `delayMs`
        };
        QByteArray method;       ///< empty: any
        QString pathPrefix;      ///< empty: any
        Kind kind = Kind::Status;
        int status = 500;
        QString message;
        int delayMs = 0;
        int times = 1;
    };

    explicit FakeGate(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    /// https: `configuration` holds the server certificate and key and the CAs of client certificates.
    bool listenTls(const QSslConfiguration &configuration, quint16 port = 0);
    QUrl url() const;
    FakeHttpServer &server() { return m_server; }

    // Knobs (reference §6.1).
    void setAuthMode(AuthMode mode) { m_authMode = mode; }
    AuthMode authMode() const { return m_authMode; }
    void addUser(const QString &user, const QString &password) { m_users.insert(user, password); }
    void addToken(const QString &token, const QString &user) { m_tokens.insert(token, user); }
    /// Unauthenticated calls get 401 instead of a 302 to /login.
    void setAnswerUnauthorized(bool answer401) { m_answer401 = answer401; }
    void setTaskPollsBeforeDone(int polls) { m_taskPollsBeforeDone = polls; }
    void denyWrite(const QString &app) { m_denyWrite.insert(app.toLower()); }
    void addTemplate(const QString &id) { m_templates.insert(id); }
    /// The next `count` saves answer "did not succeed … (status: RUNNING)"; with `landAfterMs`
    /// >= 0 they are still stored that much later (Gate gave up waiting, Front50 did not).
    void setSavesTimingOut(int count, int landAfterMs = -1);
    /// After a create, the next `count` GETs of that pipeline by name answer 404 (Front50 cache).
    void setReadAfterCreateMisses(int count) { m_readAfterCreateMisses = count; }
    /// Every answer waits this long.
    void setDelayMs(int ms) { m_delayMs = ms; }
    void failNext(const Fault &fault) { m_faults << fault; }

    // State.
    void addApplication(const QString &name, const QString &email = QStringLiteral("team@example.com"));
    bool hasApplication(const QString &name) const { return m_apps.contains(name.toLower()); }
    QJsonObject application(const QString &name) const { return m_apps.value(name.toLower()); }
    /// Stores `pipeline` as a save by `user` would (id and updateTs set); returns the id.
    QString storePipeline(const QJsonObject &pipeline, const QString &user = QStringLiteral("someone"));
    QList<QJsonObject> pipelines(const QString &app) const;
    QJsonObject pipelineByName(const QString &app, const QString &name) const;
    QJsonArray history(const QString &id) const { return m_history.value(id); }

    // Observation.
    struct Seen
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        int status = 0; ///< 0 when dropped
    };
    const QList<Seen> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path);

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request, const QString &user);
    HttpResponse applyFault(const Fault &fault, const HttpRequest &request, const QString &user);
    QString authenticatedUser(const HttpRequest &request) const;
    HttpResponse unauthenticated() const;
    HttpResponse login(const HttpRequest &request);
    HttpResponse authUser(const QString &user) const;

    // FakeGateTasks.cpp
    HttpResponse createTask(const HttpRequest &request, const QString &forcedApp, const QString &user);
    HttpResponse pollTask(const QString &id);
    // FakeGatePipelines.cpp
    HttpResponse listPipelines(const QString &app) const;
    HttpResponse getPipeline(const QString &app, const QString &name);
    HttpResponse savePipeline(const HttpRequest &request, const QString &user, const QString &putId = {});
    HttpResponse deletePipeline(const QString &app, const QString &name);
    HttpResponse pipelineHistory(const QString &id, const QUrlQuery &query) const;
    QString store(QJsonObject pipeline, const QString &user);

    FakeHttpServer m_server;
    AuthMode m_authMode = AuthMode::None;
    QMap<QString, QString> m_users;
    QMap<QString, QString> m_tokens;
    QMap<QByteArray, QString> m_sessions;
    bool m_answer401 = false;
    int m_taskPollsBeforeDone = 1;
    QSet<QString> m_denyWrite;
    QSet<QString> m_templates;
    int m_savesTimingOut = 0;
    int m_timedOutSaveLandsAfterMs = -1;
    int m_readAfterCreateMisses = 0;
    QMap<QString, int> m_pendingMisses; // lower-case "app/name" → 404s still to give
    int m_delayMs = 0;
    QList<Fault> m_faults;

    QMap<QString, QJsonObject> m_apps;      // lower-case name → attributes
    QMap<QString, QJsonObject> m_pipelines; // id → config
    QMap<QString, QJsonArray> m_history;    // id → snapshots, newest first
    struct Task
    {
        QJsonObject body;
        QString app;
        int pollsLeft = 0;
        QString failure;  // empty: succeeds
        qint64 startTime = 0;
    };
    QMap<QString, Task> m_tasks;
    qint64 m_lastUpdateTs = 0;
    QList<Seen> m_requests;
};

/// A Gate error body: {"timestamp","status","error","message"}.
HttpResponse gateError(int status, const QString &message);
HttpResponse jsonResponse(const QJsonValue &value, int status = 200);

} // namespace Fd::Test
