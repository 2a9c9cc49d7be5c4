// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateError.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Fd {

class GateCall;
class GateClient;
class GateSignIn;
class SecretStore;

/// Reads an application's pipelines from Gate: signs in as the client's settings say, then
/// `GET /applications/{app}/pipelineConfigs`. Read-only; what the one-time dialog needs to find
/// the regular pipelines Foremast names its one-time pipeline after. Emits finished() exactly
/// once, asynchronously, also after cancel().
class PipelineListFetch : public QObject
{
    Q_OBJECT
public:
    PipelineListFetch(GateClient *client, SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &application);
    void cancel();

    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    /// Gate's answer, a list of pipeline configs (empty for an app without pipelines).
    const QJsonArray &pipelines() const { return m_pipelines; }
    const GateError &error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &description);
    void finished();

private:
    void onSignedIn();
    void onPipelines();
    void fail(GateError error);

    GateClient *m_client;
    SecretStore *m_secrets;
    QString m_application;
    QPointer<GateSignIn> m_signIn;
    QPointer<GateCall> m_call;
    QJsonArray m_pipelines;
    GateError m_error;
    bool m_done = false;
};

} // namespace Fd
