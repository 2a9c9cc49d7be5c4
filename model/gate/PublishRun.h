// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Fd {

class ApplicationCreator;
class GateClient;
class RegionJob;

/// The writing step of publishing: creates the application when the user agreed, saves the
/// changed regions concurrently (at most PublishOptions::maxConcurrent at once), then deletes
/// the obsolete pipelines the user confirmed. Each region reports on its own; one failing never
/// stops or hides the others. Cancel stops what has not been sent.
class PublishRun : public QObject
{
    Q_OBJECT
public:
    explicit PublishRun(GateClient *client, QObject *parent = nullptr);

    void start(const PublishPlan &plan, const PublishOptions &options);
    void cancel();

    bool isFinished() const { return m_finished; }
    const PublishReport &report() const { return m_report; }
    /// Most regions seen in flight at once (for tests and the benchmark).
    int peakConcurrency() const { return m_peak; }

Q_SIGNALS:
    void progress(const QString &description);
    void resultChanged(const Fd::RegionResult &result);
    void finished();

private:
    struct Item
    {
        int resultIndex = -1;
        RegionPlan plan;          // for saves
        ObsoletePipeline obsolete; // for deletions
        bool isDeletion = false;
    };

    void onApplicationCreated();
    void announce();
    void startItems();
    void launch(const Item &item);
    void onJobFinished(RegionJob *job, int resultIndex);
    void update(int resultIndex, const RegionResult &result);
    void finishIfDone();

    GateClient *m_client;
    PublishPlan m_plan;
    PublishOptions m_options;
    PublishReport m_report;
    QList<Item> m_queue;
    QList<QPointer<RegionJob>> m_running;
    QPointer<ApplicationCreator> m_creator;
    int m_peak = 0;
    bool m_started = false;
    bool m_announced = false;
    bool m_finished = false;
};

} // namespace Fd
