// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateError.h"
#include "GateResponse.h"
#include "GateSignIn.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace Fd {

class GateCall;
class GateClient;
class SecretStore;

/// Reads an application's pipelines from Gate: signs in as the client's settings say, optionally
/// checks the application (`GET /applications/{app}`; a missing one is no failure), then
/// `GET /applications/{app}/pipelineConfigs`. Read-only: the first steps of publishing, and what
/// the one-time dialog needs to find the regular pipelines Foremast names its one-time pipeline
/// after. Emits finished() exactly once (at once on cancel()).
class PipelineListFetch : public QObject
{
    Q_OBJECT
public:
    PipelineListFetch(GateClient *client, SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &application, bool checkApplication = false);
    void cancel();

    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    /// Gate's answer, a list of pipeline configs (empty for an app without pipelines).
    const QJsonArray &pipelines() const { return m_pipelines; }
    const GateError &error() const { return m_error; }
    /// Who Gate says the user is, after sign-in.
    const GateUser &user() const { return m_user; }
    /// With checkApplication: whether Gate knows the application.
    bool applicationExists() const { return m_applicationExists; }

Q_SIGNALS:
    void progress(const QString &description);
    void finished();

private:
    void onSignedIn();
    void onApplication();
    void readPipelines();
    void onPipelines();
    void fail(GateError error);

    GateClient *m_client;
    SecretStore *m_secrets;
    QString m_application;
    bool m_checkApplication = false;
    bool m_applicationExists = false;
    GateUser m_user;
    QPointer<GateSignIn> m_signIn;
    QPointer<GateCall> m_call;
    QJsonArray m_pipelines;
    GateError m_error;
    bool m_done = false;
};

} // namespace Fd
