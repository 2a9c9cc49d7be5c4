// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Fd {

class GateCall;
class GateClient;

/// Creates a Spinnaker application: `POST /tasks` with a createApplication job, then polls
/// `GET /tasks/{id}` (with growing pauses) until the task ends or the timeout passes, then checks
/// `GET /applications/{app}`. The task's own error is surfaced when it fails.
class ApplicationCreator : public QObject
{
    Q_OBJECT
public:
    ApplicationCreator(GateClient *client, const ApplicationInfo &application, const PublishOptions &options,
                       QObject *parent = nullptr);

    void start();
    /// Stops polling. If the task was already submitted, Spinnaker may still create the
    /// application; error() then says so and names the task.
    void cancel();

    bool succeeded() const { return m_done && !m_error.isError(); }
    const GateError &error() const { return m_error; }
    QString taskId() const { return m_taskId; }

    /// The body of the createApplication task (exposed for tests).
    static QJsonObject taskBody(const ApplicationInfo &application);
    /// The failure message inside a finished task: the exception details' first error.
    static QString taskFailure(const QJsonObject &task);

Q_SIGNALS:
    void progress(const QString &description);
    void finished();

private:
    void onSubmitted();
    void poll();
    void onPolled();
    void confirm();
    void onConfirmed();
    void scheduleNext(void (ApplicationCreator::*step)());
    void fail(GateErrorKind kind, const QString &summary, const QString &gateMessage = {});
    void finish();

    GateClient *m_client;
    ApplicationInfo m_application;
    PublishOptions m_options;
    QPointer<GateCall> m_call;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QString m_taskId;
    int m_delayMs = 0;
    int m_confirmAttempts = 0;
    GateError m_lastPollError;
    GateError m_error;
    bool m_done = false;
    bool m_canceled = false;
};

} // namespace Fd
