// SPDX-License-Identifier: Apache-2.0
#include "ApplicationCreator.h"

#include "GateClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fd {

namespace {

bool isComplete(const QString &status)
{
    static const QStringList complete = {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED_CONTINUE"),
                                         QStringLiteral("TERMINAL"),  QStringLiteral("CANCELED"),
                                         QStringLiteral("STOPPED"),   QStringLiteral("SKIPPED")};
    return complete.contains(status);
}

bool isSuccess(const QString &status)
{
    return status == QLatin1String("SUCCEEDED") || status == QLatin1String("STOPPED")
        || status == QLatin1String("SKIPPED");
}

QString firstError(const QJsonObject &exception)
{
    const QJsonObject details = exception.value(QStringLiteral("details")).toObject();
    const QString error = details.value(QStringLiteral("errors")).toArray().at(0).toString();
    if (!error.isEmpty())
        return error;
    return exception.value(QStringLiteral("message")).toString();
}

} // namespace

ApplicationCreator::ApplicationCreator(GateClient *client, const ApplicationInfo &application,
                                       const PublishOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_application(application), m_options(options)
{
    m_timer.setSingleShot(true);
}

QJsonObject ApplicationCreator::taskBody(const ApplicationInfo &application)
{
    QJsonObject app{{QStringLiteral("name"), application.name},
                    {QStringLiteral("email"), application.email},
                    {QStringLiteral("cloudProviders"), application.cloudProviders}};
    if (!application.project.isEmpty())
        app.insert(QStringLiteral("repoProjectKey"), application.project);
    if (!application.repo.isEmpty())
        app.insert(QStringLiteral("repoSlug"), application.repo);
    const QJsonObject job{{QStringLiteral("type"), QStringLiteral("createApplication")},
                          {QStringLiteral("application"), app}};
    return {{QStringLiteral("application"), application.name},
            {QStringLiteral("description"), QStringLiteral("Create Application: %1").arg(application.name)},
            {QStringLiteral("job"), QJsonArray{job}}};
}

QString ApplicationCreator::taskFailure(const QJsonObject &task)
{
    for (const QJsonValue &variable : task.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject v = variable.toObject();
        if (v.value(QStringLiteral("key")).toString() == QLatin1String("exception")) {
            const QString error = firstError(v.value(QStringLiteral("value")).toObject());
            if (!error.isEmpty())
                return error;
        }
    }
    const QJsonArray stages = task.value(QStringLiteral("execution")).toObject().value(QStringLiteral("stages")).toArray();
    for (const QJsonValue &stage : stages) {
        const QString error = firstError(stage.toObject().value(QStringLiteral("context")).toObject()
                                             .value(QStringLiteral("exception")).toObject());
        if (!error.isEmpty())
            return error;
    }
    return {};
}

void ApplicationCreator::start()
{
    m_elapsed.start();
    Q_EMIT progress(tr("Creating the application %1…").arg(m_application.name));
    m_call = m_client->postJson(QStringLiteral("/tasks"), QJsonDocument(taskBody(m_application)));
    connect(m_call, &GateCall::finished, this, &ApplicationCreator::onSubmitted);
}

void ApplicationCreator::cancel()
{
    if (m_done)
        return;
    m_canceled = true;
    m_timer.stop();
    const bool requested = !m_taskId.isEmpty() || (m_call && m_call->response().sent);
    if (m_call)
        m_call->cancel();
    if (!requested)
        fail(GateErrorKind::Canceled, tr("Canceled before the application was requested."));
    else if (m_taskId.isEmpty())
        fail(GateErrorKind::UnknownOutcome, tr("Publishing was canceled after the request to create the application "
                                               "was sent; Spinnaker may still create it."));
    else
        fail(GateErrorKind::UnknownOutcome, tr("Publishing was canceled while Spinnaker was creating the application "
                                               "(task %1); it may still be created.").arg(m_taskId));
}

void ApplicationCreator::onSubmitted()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok()) {
        fail(r.error.kind, r.error.summary + QLatin1Char(' ') + r.error.advice, r.error.gateMessage);
        return;
    }
    const QString ref = r.json().object().value(QStringLiteral("ref")).toString();
    m_taskId = ref.section(QLatin1Char('/'), -1);
    if (!ref.startsWith(QLatin1String("/tasks/")) || m_taskId.isEmpty()) {
        fail(GateErrorKind::InvalidResponse, tr("Gate accepted the request to create the application but named no task."),
             QString::fromUtf8(r.body.left(200)));
        return;
    }
    m_delayMs = m_options.firstPollDelayMs;
    scheduleNext(&ApplicationCreator::poll);
}

void ApplicationCreator::scheduleNext(void (ApplicationCreator::*step)())
{
    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, step);
    m_timer.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, m_options.maxPollDelayMs);
}

void ApplicationCreator::poll()
{
    if (m_elapsed.elapsed() > m_options.taskTimeoutMs) {
        fail(GateErrorKind::Timeout,
             tr("Spinnaker did not finish creating the application within %n second(s) (task %1); it may still "
                "be created. Check in Spinnaker, then publish again.", nullptr, m_options.taskTimeoutMs / 1000)
                 .arg(m_taskId),
             m_lastPollError.gateMessage);
        return;
    }
    m_call = m_client->get(GateClient::path({QStringLiteral("tasks"), m_taskId}));
    connect(m_call, &GateCall::finished, this, &ApplicationCreator::onPolled);
}

void ApplicationCreator::onPolled()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok()) {
        if (r.error.isSignInProblem() || r.error.kind == GateErrorKind::Canceled) {
            fail(r.error.kind, r.error.summary + QLatin1Char(' ') + r.error.advice, r.error.gateMessage);
            return;
        }
        m_lastPollError = r.error; // a passing hiccup must not end the wait: poll again
        scheduleNext(&ApplicationCreator::poll);
        return;
    }
    const QJsonObject task = r.json().object();
    const QString status = task.value(QStringLiteral("status")).toString();
    if (!isComplete(status)) {
        Q_EMIT progress(tr("Spinnaker is creating the application %1 (%2)…").arg(m_application.name, status));
        scheduleNext(&ApplicationCreator::poll);
        return;
    }
    if (!isSuccess(status)) {
        fail(GateErrorKind::ApplicationMissing,
             tr("Spinnaker could not create the application %1 (task %2 ended %3).").arg(m_application.name, m_taskId, status),
             taskFailure(task));
        return;
    }
    m_delayMs = m_options.firstPollDelayMs;
    confirm();
}

void ApplicationCreator::confirm()
{
    m_call = m_client->get(GateClient::path({QStringLiteral("applications"), m_application.name}));
    connect(m_call, &GateCall::finished, this, &ApplicationCreator::onConfirmed);
}

void ApplicationCreator::onConfirmed()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (r.ok()) {
        finish();
        return;
    }
    if (r.error.kind == GateErrorKind::ApplicationMissing && ++m_confirmAttempts < m_options.readBackAttempts) {
        scheduleNext(&ApplicationCreator::confirm);
        return;
    }
    fail(r.error.kind,
         tr("Spinnaker reported the application %1 as created, but Gate cannot find it.").arg(m_application.name),
         r.error.gateMessage);
}

void ApplicationCreator::fail(GateErrorKind kind, const QString &summary, const QString &gateMessage)
{
    if (m_done)
        return;
    m_error.kind = kind;
    m_error.summary = summary.trimmed();
    m_error.gateMessage = gateMessage;
    finish();
}

void ApplicationCreator::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace Fd
