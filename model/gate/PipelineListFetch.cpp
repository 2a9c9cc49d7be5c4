// SPDX-License-Identifier: Apache-2.0
#include "PipelineListFetch.h"

#include "GateClient.h"
#include "GateSignIn.h"

#include <QTimer>

namespace Fd {

PipelineListFetch::PipelineListFetch(GateClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets)
{
}

void PipelineListFetch::start(const QString &application, bool checkApplication)
{
    m_application = application.trimmed();
    m_checkApplication = checkApplication;
    m_applicationExists = false;
    m_pipelines = {};
    m_error = {};
    m_done = false;
    if (m_application.isEmpty()) {
        GateError e;
        e.kind = GateErrorKind::Rejected;
        e.summary = tr("The application has no name.");
        QTimer::singleShot(0, this, [this, e]() { fail(e); });
        return;
    }
    Q_EMIT progress(tr("Signing in to %1…").arg(m_client->settings().url.toString()));
    m_signIn = new GateSignIn(m_client, m_secrets, this);
    connect(m_signIn, &GateSignIn::finished, this, &PipelineListFetch::onSignedIn);
    m_signIn->start();
}

void PipelineListFetch::cancel()
{
    if (m_done)
        return;
    if (m_signIn)
        m_signIn->cancel();
    if (m_call)
        m_call->cancel();
    GateError e;
    e.kind = GateErrorKind::Canceled;
    e.summary = tr("Canceled.");
    fail(e);
}

void PipelineListFetch::onSignedIn()
{
    if (m_done || !m_signIn)
        return;
    m_signIn->deleteLater();
    if (!m_signIn->succeeded()) {
        fail(m_signIn->error());
        return;
    }
    m_user = m_signIn->user();
    if (!m_checkApplication) {
        readPipelines();
        return;
    }
    Q_EMIT progress(tr("Checking the application %1…").arg(m_application));
    m_call = m_client->get(GateClient::path({QStringLiteral("applications"), m_application}));
    connect(m_call, &GateCall::finished, this, &PipelineListFetch::onApplication);
}

void PipelineListFetch::onApplication()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok() && r.error.kind != GateErrorKind::ApplicationMissing) {
        fail(r.error);
        return;
    }
    m_applicationExists = r.ok();
    readPipelines();
}

void PipelineListFetch::readPipelines()
{
    Q_EMIT progress(tr("Reading the pipelines of %1…").arg(m_application));
    m_call = m_client->get(GateClient::path({QStringLiteral("applications"), m_application,
                                             QStringLiteral("pipelineConfigs")}));
    connect(m_call, &GateCall::finished, this, &PipelineListFetch::onPipelines);
}

void PipelineListFetch::onPipelines()
{
    GateResponse r;
    if (!takeResponse(m_call, &r) || m_done)
        return;
    if (!r.ok()) {
        fail(r.error);
        return;
    }
    if (!r.json().isArray()) {
        GateError e;
        e.kind = GateErrorKind::InvalidResponse;
        e.summary = tr("Gate's list of pipelines is not a JSON array.");
        e.request = r.request;
        fail(e);
        return;
    }
    m_pipelines = r.json().array();
    m_done = true;
    Q_EMIT finished();
}

void PipelineListFetch::fail(GateError error)
{
    if (m_done)
        return;
    m_error = std::move(error);
    m_done = true;
    Q_EMIT finished();
}

} // namespace Fd
