// SPDX-License-Identifier: Apache-2.0
#include "RegionJob.h"

#include "GateClient.h"
#include "PipelineMatching.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fd {

namespace {

/// Errors after which Gate certainly did not carry the write out: nothing to re-read.
bool isDefiniteRefusal(const GateResponse &r)
{
    switch (r.error.kind) {
    case GateErrorKind::NotSignedIn:
    case GateErrorKind::AccessDenied:
    case GateErrorKind::Rejected:
    case GateErrorKind::Configuration:
    case GateErrorKind::Tls:
    case GateErrorKind::StalePipeline:
        return true;
    case GateErrorKind::Unreachable:
        return !r.sent && r.status == 0;
    default:
        return false;
    }
}

QJsonObject withoutId(const QJsonObject &pipeline)
{
    QJsonObject out = comparablePipeline(pipeline);
    out.remove(QStringLiteral("id"));
    return out;
}

} // namespace

RegionJob::RegionJob(GateClient *client, const QString &application, const PublishOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_application(application), m_options(options)
{
    m_timer.setSingleShot(true);
    m_delayMs = options.firstPollDelayMs;
}

GateCall *RegionJob::track(GateCall *call)
{
    m_call = call;
    return call;
}

QString RegionJob::namePath() const
{
    return GateClient::path({QStringLiteral("applications"), m_application, QStringLiteral("pipelineConfigs"), m_result.name});
}

QString RegionJob::listPath() const
{
    return GateClient::path({QStringLiteral("applications"), m_application, QStringLiteral("pipelineConfigs")});
}

void RegionJob::setState(RegionState state, const QString &note)
{
    if (m_result.isDone())
        return;
    m_result.state = state;
    if (!note.isEmpty())
        m_result.note = note;
    Q_EMIT changed();
    if (m_result.isDone()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

void RegionJob::save(const RegionPlan &plan)
{
    m_plan = plan;
    m_result.region = plan.region;
    m_result.name = plan.name;
    if (m_canceled) {
        setState(RegionState::Canceled);
        return;
    }
    m_phase = Phase::Saving;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("staleCheck"), QStringLiteral("true"));
    connect(track(m_client->postJson(QStringLiteral("/pipelines"), QJsonDocument(plan.toSend), query)),
            &GateCall::finished, this, &RegionJob::onSaved);
    setState(RegionState::Sending); // after the call exists, so a cancel from this signal can stop it
}

void RegionJob::remove(const ObsoletePipeline &pipeline)
{
    m_obsolete = pipeline;
    m_result.region = pipeline.region;
    m_result.name = pipeline.name;
    m_result.id = pipeline.id;
    m_result.isDeletion = true;
    if (m_canceled) {
        setState(RegionState::Canceled);
        return;
    }
    m_phase = Phase::Deleting;
    connect(track(m_client->deleteResource(GateClient::path({QStringLiteral("pipelines"), m_application, pipeline.name}))),
            &GateCall::finished, this, &RegionJob::onDeleted);
    setState(RegionState::Sending);
}

void RegionJob::cancel()
{
    if (m_result.isDone() || m_canceled)
        return;
    m_canceled = true;
    if (m_phase == Phase::Idle) {
        setState(RegionState::Canceled);
    } else if ((m_phase == Phase::Saving || m_phase == Phase::Deleting) && m_call && !m_call->response().sent) {
        m_call->cancel();
    } else if (m_timer.isActive()) {
        m_timer.stop();
        retryLater(nullptr); // resolves with what is known
    }
}

void RegionJob::retryLater(void (RegionJob::*step)())
{
    if (m_canceled || !step) {
        if (m_phase == Phase::ReadingBack)
            setState(RegionState::Published, tr("Gate accepted the save; it was not read back because publishing "
                                                "was canceled."));
        else
            setState(RegionState::Unknown, tr("Publishing was canceled before the outcome could be checked. "
                                              "Check in Spinnaker before publishing again."));
        return;
    }
    ++m_attempts;
    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, step);
    m_timer.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, m_options.maxPollDelayMs);
}

void RegionJob::onSaved()
{
    GateResponse r;
    if (!takeResponse(m_call, &r))
        return;
    if (r.ok()) {
        m_phase = Phase::ReadingBack;
        m_attempts = 0;
        setState(RegionState::Confirming);
        readBack();
        return;
    }
    m_result.error = r.error;
    if (r.error.kind == GateErrorKind::Canceled && !r.sent) {
        setState(RegionState::Canceled);
    } else if (r.error.kind == GateErrorKind::StalePipeline) {
        m_phase = Phase::ReadingStale;
        connect(track(m_client->get(namePath())), &GateCall::finished, this, &RegionJob::onStaleRead);
    } else if (isDefiniteRefusal(r)) {
        setState(RegionState::Failed);
    } else {
        // The save may have happened (Gate gave up waiting, the connection dropped after sending,
        // a proxy failed, or Qt resent it): find out by reading, never by saving again.
        m_writeError = r.error;
        m_phase = Phase::Verifying;
        m_attempts = 0;
        setState(RegionState::Confirming);
        verify();
    }
}

void RegionJob::readBack()
{
    connect(track(m_client->get(namePath())), &GateCall::finished, this, &RegionJob::onReadBack);
}

bool RegionJob::acceptStored(const QJsonObject &stored, bool requireSameContent)
{
    const QString id = stored.value(QStringLiteral("id")).toString();
    const QString updateTs = updateTsText(stored.value(QStringLiteral("updateTs")));
    if (!m_plan.storedId.isEmpty()
        && (id != m_plan.storedId || updateTs == updateTsText(m_plan.storedUpdateTs)))
        return false; // the list still shows the old copy (Front50 caches), or not ours
    if (requireSameContent && withoutId(stored) != withoutId(m_plan.toSend))
        return false;
    m_result.id = id;
    m_result.updateTs = updateTs;
    return true;
}

void RegionJob::onReadBack()
{
    GateResponse r;
    if (!takeResponse(m_call, &r))
        return;
    const QJsonObject stored = r.ok() ? r.json().object() : QJsonObject();
    if (!stored.isEmpty() && acceptStored(stored, false)) {
        const bool same = withoutId(stored) == withoutId(m_plan.toSend);
        setState(RegionState::Published,
                 same ? QString() : tr("Spinnaker's stored copy differs from what was sent; look at it in Spinnaker."));
        return;
    }
    if (m_attempts < m_options.readBackAttempts && (r.ok() || r.error.kind == GateErrorKind::NotFound)) {
        retryLater(&RegionJob::readBack);
        return;
    }
    if (m_canceled) {
        retryLater(nullptr);
        return;
    }
    m_result.error = r.ok() ? GateError{} : r.error;
    setState(RegionState::Unknown, tr("Gate accepted the save, but the pipeline could not be read back to confirm "
                                      "its id. Check in Spinnaker."));
}

void RegionJob::verify()
{
    connect(track(m_client->get(listPath())), &GateCall::finished, this, &RegionJob::onVerified);
}

void RegionJob::onVerified()
{
    GateResponse r;
    if (!takeResponse(m_call, &r))
        return;
    if (!r.ok()) {
        m_result.error = m_writeError;
        setState(RegionState::Unknown, tr("The outcome could not be checked either (%1). Check in Spinnaker before "
                                          "publishing again.").arg(r.error.summary));
        return;
    }
    const QJsonArray stored = r.json().array();
    const int index = findStoredPipeline(stored, m_application, m_result.name);
    if (m_phase == Phase::CheckingDeletion) {
        if (index < 0)
            setState(RegionState::Deleted, tr("Confirmed by re-reading after: %1").arg(m_writeError.summary));
        else
            setState(RegionState::Failed);
        return;
    }
    if (index >= 0 && acceptStored(stored.at(index).toObject(), true)) {
        m_result.error = {};
        setState(RegionState::Published, tr("Gate reported a problem (%1), but re-reading shows the pipeline was "
                                            "saved.").arg(m_writeError.summary));
        return;
    }
    const bool mayStillLand = m_writeError.kind == GateErrorKind::UnknownOutcome
        || m_writeError.kind == GateErrorKind::Timeout;
    if (mayStillLand && m_attempts < m_options.readBackAttempts) {
        retryLater(&RegionJob::verify);
        return;
    }
    if (m_canceled) {
        retryLater(nullptr);
        return;
    }
    m_result.error = m_writeError;
    if (mayStillLand)
        setState(RegionState::Unknown, tr("The pipeline has not appeared in Spinnaker yet, but it may still be saved. "
                                          "Check in Spinnaker before publishing again."));
    else
        setState(RegionState::Failed, tr("Re-reading shows the pipeline was not saved."));
}

void RegionJob::onDeleted()
{
    GateResponse r;
    if (!takeResponse(m_call, &r))
        return;
    if (r.ok()) {
        setState(RegionState::Deleted);
        return;
    }
    m_result.error = r.error;
    if (r.error.kind == GateErrorKind::Canceled && !r.sent) {
        setState(RegionState::Canceled);
    } else if (isDefiniteRefusal(r)) {
        setState(RegionState::Failed);
    } else {
        m_writeError = r.error;
        m_phase = Phase::CheckingDeletion;
        setState(RegionState::Confirming);
        verify();
    }
}

void RegionJob::onStaleRead()
{
    GateResponse r;
    if (!takeResponse(m_call, &r))
        return;
    const QJsonObject stored = r.ok() ? r.json().object() : QJsonObject();
    const QString by = stored.value(QStringLiteral("lastModifiedBy")).toString();
    if (!by.isEmpty())
        setState(RegionState::Failed, tr("%1 changed it in Spinnaker; their version is kept and yours was not saved.")
                                          .arg(by));
    else
        setState(RegionState::Failed, tr("Their version is kept and yours was not saved."));
}

} // namespace Fd
