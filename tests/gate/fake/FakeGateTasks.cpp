// SPDX-License-Identifier: Apache-2.0
#include "FakeGate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Fd::Test {

namespace {

/// 26 characters of Crockford base32, like the ULIDs Orca uses for task ids.
QString ulidLike()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id;
    for (int i = 0; i < 26; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

QString applicationFailure(const QJsonObject &job, const QSet<QString> &denied)
{
    const QString type = job.value(QStringLiteral("type")).toString();
    const QJsonObject app = job.value(QStringLiteral("application")).toObject();
    const QString name = app.value(QStringLiteral("name")).toString();
    if (type == QLatin1String("deleteApplication"))
        return {};
    if (type != QLatin1String("createApplication") && type != QLatin1String("updateApplication"))
        return QStringLiteral("No task handler for type %1").arg(type);
    if (name.trimmed().isEmpty())
        return QStringLiteral("Application must have a non-empty name");
    if (app.value(QStringLiteral("email")).toString().trimmed().isEmpty())
        return QStringLiteral("Application must have a non-empty email");
    if (app.value(QStringLiteral("cloudProviders")).toString().contains(QLatin1String("aws"))
        && !QRegularExpression(QStringLiteral("^[a-zA-Z_0-9.]*$")).match(name).hasMatch())
        return QStringLiteral("Invalid application name '%1'. Must match ^[a-zA-Z_0-9.]*$").arg(name);
    if (denied.contains(name.toLower()))
        return QStringLiteral("Access is denied");
    return {};
}

} // namespace

HttpResponse FakeGate::createTask(const HttpRequest &request, const QString &forcedApp, const QString &)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return gateError(400, QStringLiteral("Malformed JSON: %1").arg(error.errorString()));
    Task task;
    task.body = doc.object();
    task.app = forcedApp.isEmpty() ? task.body.value(QStringLiteral("application")).toString() : forcedApp;
    task.pollsLeft = m_taskPollsBeforeDone;
    task.startTime = QDateTime::currentMSecsSinceEpoch();
    task.failure = applicationFailure(task.body.value(QStringLiteral("job")).toArray().at(0).toObject(), m_denyWrite);
    const QString id = ulidLike();
    m_tasks.insert(id, task);
    return jsonResponse(QJsonObject{{QStringLiteral("ref"), QStringLiteral("/tasks/") + id}});
}

HttpResponse FakeGate::pollTask(const QString &id)
{
    if (!m_tasks.contains(id))
        return gateError(404, QStringLiteral("Task not found (id: %1)").arg(id));
    Task &task = m_tasks[id];
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), task.body.value(QStringLiteral("description"))},
                    {QStringLiteral("application"), task.app},
                    {QStringLiteral("buildTime"), task.startTime},
                    {QStringLiteral("startTime"), task.startTime}};
    if (task.pollsLeft > 0) {
        --task.pollsLeft;
        out.insert(QStringLiteral("status"), QStringLiteral("RUNNING"));
        out.insert(QStringLiteral("endTime"), QJsonValue::Null);
        out.insert(QStringLiteral("variables"), QJsonArray());
        return jsonResponse(out);
    }
    const QJsonObject job = task.body.value(QStringLiteral("job")).toArray().at(0).toObject();
    const QJsonObject app = job.value(QStringLiteral("application")).toObject();
    QJsonArray variables{QJsonObject{{QStringLiteral("key"), QStringLiteral("application")}, {QStringLiteral("value"), app}}};
    if (task.failure.isEmpty()) {
        if (task.pollsLeft == 0) { // apply once
            const QString name = app.value(QStringLiteral("name")).toString();
            if (job.value(QStringLiteral("type")).toString() == QLatin1String("deleteApplication"))
                m_apps.remove(name.toLower());
            else
                addApplication(name, app.value(QStringLiteral("email")).toString());
            task.pollsLeft = -1;
        }
        out.insert(QStringLiteral("status"), QStringLiteral("SUCCEEDED"));
    } else {
        out.insert(QStringLiteral("status"), QStringLiteral("TERMINAL"));
        const QJsonObject details{{QStringLiteral("error"), QStringLiteral("Bad Request")},
                                  {QStringLiteral("errors"), QJsonArray{task.failure}},
                                  {QStringLiteral("status"), 400},
                                  {QStringLiteral("kind"), QStringLiteral("HTTP")}};
        variables << QJsonObject{{QStringLiteral("key"), QStringLiteral("exception")},
                                 {QStringLiteral("value"),
                                  QJsonObject{{QStringLiteral("exceptionType"), QStringLiteral("SpinnakerHttpException")},
                                              {QStringLiteral("operation"), QStringLiteral("upsertApplication")},
                                              {QStringLiteral("details"), details},
                                              {QStringLiteral("shouldRetry"), false}}}};
    }
    out.insert(QStringLiteral("variables"), variables);
    out.insert(QStringLiteral("endTime"), QDateTime::currentMSecsSinceEpoch());
    return jsonResponse(out);
}

} // namespace Fd::Test
