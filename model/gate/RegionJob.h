// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Fd {

class GateCall;
class GateClient;

/// Publishes one region's pipeline, or deletes one obsolete pipeline, and finds out for certain
/// what happened: after a save it reads the pipeline back (retrying a 404, which Front50's cache
/// gives right after a create); when the outcome of a write is unknown it re-reads instead of
/// writing again. Never sends a write twice.
class RegionJob : public QObject
{
    Q_OBJECT
public:
    RegionJob(GateClient *client, const QString &application, const PublishOptions &options,
              QObject *parent = nullptr);

    void save(const RegionPlan &plan);
    void remove(const ObsoletePipeline &pipeline);
    /// Stops what has not been sent. A write already sent is followed to its real outcome.
    void cancel();

    const RegionResult &result() const { return m_result; }
    bool isFinished() const { return m_result.isDone(); }

Q_SIGNALS:
    void changed();
    void finished();

private:
    enum class Phase { Idle, Saving, ReadingBack, Verifying, Deleting, CheckingDeletion, ReadingStale };

    void onSaved();
    void readBack();
    void onReadBack();
    void verify();
    void onVerified();
    void onDeleted();
    void onStaleRead();
    void retryLater(void (RegionJob::*step)());
    /// Whether `stored` is the copy this job wrote; records its id and updateTs when it is.
    bool acceptStored(const QJsonObject &stored, bool requireSameContent);
    void setState(RegionState state, const QString &note = {});
    GateCall *track(GateCall *call);
    QString namePath() const;
    QString listPath() const;

    GateClient *m_client;
    QString m_application;
    PublishOptions m_options;
    RegionPlan m_plan;
    ObsoletePipeline m_obsolete;
    RegionResult m_result;
    GateError m_writeError;  ///< why a write's outcome is being verified
    QPointer<GateCall> m_call;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    int m_attempts = 0;
    int m_delayMs = 0;
    bool m_canceled = false;
};

} // namespace Fd
