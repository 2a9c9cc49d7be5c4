// SPDX-License-Identifier: Apache-2.0
#include "FakeGate.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QUuid>

namespace Fd::Test {

HttpResponse gateError(int status, const QString &message)
{
    const QJsonObject body{{QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                           {QStringLiteral("message"), message}};
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse jsonResponse(const QJsonValue &value, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

namespace {

HttpResponse redirect(const QByteArray &location, const QByteArray &cookie = {})
{
    HttpResponse r;
    r.status = 302;
    r.headers << qMakePair(QByteArray("Location"), location);
    if (!cookie.isEmpty())
        r.headers << qMakePair(QByteArray("Set-Cookie"), "SESSION=" + cookie + "; Path=/; HttpOnly");
    return r;
}

HttpResponse htmlLoginPage()
{
    HttpResponse r;
    r.contentType = "text/html;charset=UTF-8";
    r.body = "<!DOCTYPE html>\n<html><head><title>Please sign in</title></head><body>"
             "<form method=\"post\" action=\"/login\"><input name=\"username\"><input name=\"password\" "
             "type=\"password\"><button type=\"submit\">Sign in</button></form></body></html>\n";
    return r;
}

} // namespace

FakeGate::FakeGate(QObject *parent)
    : QObject(parent), m_server([this](const HttpRequest &request) { return handle(request); })
{
}

bool FakeGate::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

bool FakeGate::listenTls(const QSslConfiguration &configuration, quint16 port)
{
    m_server.setTlsConfiguration(configuration);
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeGate::url() const
{
    QUrl url;
    url.setScheme(m_server.isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FakeGate::setSavesTimingOut(int count, int landAfterMs)
{
    m_savesTimingOut = count;
    m_timedOutSaveLandsAfterMs = landAfterMs;
}

void FakeGate::addApplication(const QString &name, const QString &email)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_apps.insert(name.toLower(), QJsonObject{{QStringLiteral("name"), name.toLower()},
                                              {QStringLiteral("email"), email},
                                              {QStringLiteral("cloudProviders"), QStringLiteral("aws")},
                                              {QStringLiteral("createTs"), QString::number(now)},
                                              {QStringLiteral("updateTs"), QString::number(now)},
                                              {QStringLiteral("user"), QStringLiteral("someone")}});
}

int FakeGate::count(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const Seen &seen : m_requests)
        n += seen.method == method && seen.path.startsWith(pathPrefix);
    return n;
}

HttpResponse FakeGate::handle(const HttpRequest &request)
{
    const QString user = authenticatedUser(request);
    HttpResponse response;
    bool faulted = false;
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != request.method)
            || (!fault.pathPrefix.isEmpty() && !request.path.startsWith(fault.pathPrefix)))
            continue;
        const Fault copy = fault;
        if (--fault.times <= 0)
            m_faults.removeAt(i);
        response = applyFault(copy, request, user);
        faulted = true;
        break;
    }
    if (!faulted)
        response = route(request, user);
    response.delayMs += m_delayMs;
    m_requests << Seen{request.method, request.path, request.query, request.body,
                       response.action == HttpResponse::Action::Drop ? 0 : response.status};
    Q_EMIT requestHandled(request.method, request.path);
    return response;
}

HttpResponse FakeGate::applyFault(const Fault &fault, const HttpRequest &request, const QString &user)
{
    HttpResponse r;
    switch (fault.kind) {
    case Fault::Kind::Status:
        return gateError(fault.status, fault.message.isEmpty() ? QString::fromLatin1(reasonPhrase(fault.status))
                                                               : fault.message);
    case Fault::Kind::Drop:
        r.action = HttpResponse::Action::Drop;
        return r;
    case Fault::Kind::DropAfterProcessing:
        r = route(request, user);
        r.action = HttpResponse::Action::Drop;
        return r;
    case Fault::Kind::HtmlLoginPage:
        return htmlLoginPage();
    case Fault::Kind::RedirectToLogin:
        return redirect(url().toString().toUtf8() + "/login");
    case Fault::Kind::Slow:
        r = route(request, user);
        r.delayMs = fault.delayMs;
        return r;
    }
    return r;
}

QString FakeGate::authenticatedUser(const HttpRequest &request) const
{
    for (const QByteArray &cookie : request.header("cookie").split(';')) {
        const QByteArray c = cookie.trimmed();
        if (c.startsWith("SESSION=") && m_sessions.contains(c.mid(8)))
            return m_sessions.value(c.mid(8));
    }
    const QByteArray authorization = request.header("authorization");
    switch (m_authMode) {
    case AuthMode::None:
        return QStringLiteral("anonymous");
    case AuthMode::Basic:
    case AuthMode::Form:
        if (authorization.startsWith("Basic ")) {
            const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
            const QString name = pair.section(QLatin1Char(':'), 0, 0);
            if (m_users.contains(name) && m_users.value(name) == pair.section(QLatin1Char(':'), 1))
                return name;
        }
        return {};
    case AuthMode::Bearer:
        return authorization.startsWith("Bearer ") ? m_tokens.value(QString::fromUtf8(authorization.mid(7))) : QString();
    case AuthMode::X509:
        return request.clientCommonName;
    }
    return {};
}

HttpResponse FakeGate::unauthenticated() const
{
    if (m_authMode == AuthMode::X509)
        return gateError(403, QStringLiteral("Access is denied"));
    if (m_answer401)
        return gateError(401, QStringLiteral("Full authentication is required to access this resource"));
    return redirect(url().toString().toUtf8() + "/login");
}

HttpResponse FakeGate::authUser(const QString &user) const
{
    if (user.isEmpty())
        return HttpResponse{}; // auth enabled, no session: 200 with an empty body
    return jsonResponse(QJsonObject{{QStringLiteral("username"), user},
                                    {QStringLiteral("email"), user == QLatin1String("anonymous")
                                                                  ? user : user + QStringLiteral("@example.com")},
                                    {QStringLiteral("roles"), QJsonArray()},
                                    {QStringLiteral("allowedAccounts"), QJsonArray()},
                                    {QStringLiteral("authorities"), QJsonArray()},
                                    {QStringLiteral("enabled"), true}});
}

HttpResponse FakeGate::login(const HttpRequest &request)
{
    if (request.method == "GET") {
        const QString user = m_authMode == AuthMode::Bearer ? authenticatedUser(request) : QString();
        if (user.isEmpty())
            return htmlLoginPage();
        const QByteArray session = QUuid::createUuid().toByteArray(QUuid::Id128);
        m_sessions.insert(session, user);
        return redirect("/", session);
    }
    if (m_authMode != AuthMode::Basic && m_authMode != AuthMode::Form)
        return gateError(405, QStringLiteral("Request method 'POST' not supported"));
    // Form encoding writes spaces as '+'; QUrlQuery would keep them.
    const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const QString user = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (!m_users.contains(user) || m_users.value(user) != password)
        return redirect("/login?error");
    const QByteArray session = QUuid::createUuid().toByteArray(QUuid::Id128);
    m_sessions.insert(session, user);
    return redirect("/", session);
}

HttpResponse FakeGate::route(const HttpRequest &request, const QString &user)
{
    const QByteArray &m = request.method;
    if (request.path == QLatin1String("/auth/user") && m == "GET")
        return authUser(user);
    if (request.path == QLatin1String("/login"))
        return login(request);
    if (user.isEmpty())
        return unauthenticated();

    QStringList s;
    for (const QByteArray &part : request.rawPath.split('/')) {
        if (!part.isEmpty())
            s << QUrl::fromPercentEncoding(part);
    }
    const QString first = s.value(0);
    if (m == "GET" && s == QStringList{QStringLiteral("version")})
        return jsonResponse(QJsonObject{{QStringLiteral("version"), QStringLiteral("fake-1.0")}});
    if (first == QLatin1String("applications")) {
        if (m == "GET" && s.size() == 1) {
            QJsonArray apps;
            for (const QJsonObject &app : std::as_const(m_apps))
                apps << app;
            return jsonResponse(apps);
        }
        if (m == "GET" && s.size() == 2) {
            if (!m_apps.contains(s.at(1).toLower()))
                return gateError(404, QStringLiteral("Application not found (id: %1)").arg(s.at(1)));
            return jsonResponse(QJsonObject{{QStringLiteral("name"), s.at(1).toLower()},
                                            {QStringLiteral("attributes"), m_apps.value(s.at(1).toLower())},
                                            {QStringLiteral("clusters"), QJsonObject()}});
        }
        if (m == "POST" && s.size() == 3 && s.at(2) == QLatin1String("tasks"))
            return createTask(request, s.at(1), user);
        if (m == "GET" && s.size() == 3 && s.at(2) == QLatin1String("pipelineConfigs"))
            return listPipelines(s.at(1));
        if (m == "GET" && s.size() == 4 && s.at(2) == QLatin1String("pipelineConfigs"))
            return getPipeline(s.at(1), s.at(3));
    }
    if (first == QLatin1String("tasks")) {
        if (m == "POST" && s.size() == 1)
            return createTask(request, {}, user);
        if (m == "GET" && s.size() == 2)
            return pollTask(s.at(1));
    }
    if (first == QLatin1String("pipelines")) {
        if (m == "POST" && s.size() == 1)
            return savePipeline(request, user);
        if (m == "PUT" && s.size() == 2)
            return savePipeline(request, user, s.at(1));
        if (m == "GET" && s.size() == 2)
            return gateError(404, QStringLiteral("Pipeline not found (id: %1)").arg(s.at(1)));
        if (m == "DELETE" && s.size() == 3)
            return deletePipeline(s.at(1), s.at(2));
    }
    if (m == "GET" && first == QLatin1String("pipelineConfigs") && s.size() == 3 && s.at(2) == QLatin1String("history"))
        return pipelineHistory(s.at(1), request.query);
    return gateError(404, QStringLiteral("No handler for %1 %2").arg(QString::fromLatin1(m), request.path));
}

} // namespace Fd::Test
