// SPDX-License-Identifier: Apache-2.0
#include "PublishRun.h"

#include "ApplicationCreator.h"
#include "GateClient.h"
#include "PipelineMatching.h"
#include "RegionJob.h"

#include <QCoreApplication>
#include <QTimer>

namespace Fd {

PublishRun::PublishRun(GateClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

void PublishRun::start(const PublishPlan &plan, const PublishOptions &options)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_plan = plan;
    m_options = options;
    m_options.maxConcurrent = qMax(1, options.maxConcurrent);
    for (const RegionPlan &region : plan.regions) {
        RegionResult result;
        result.region = region.region;
        result.name = region.name;
        if (region.action == RegionAction::Unchanged && !options.includeUnchanged) {
            result.state = RegionState::Unchanged;
            result.id = region.storedId;
            result.updateTs = updateTsText(region.storedUpdateTs);
        } else {
            m_queue << Item{int(m_report.results.size()), region, {}, false};
        }
        m_report.results << result;
    }
    for (const ObsoletePipeline &obsolete : plan.obsolete) {
        if (!options.deleteObsolete.contains(obsolete.name))
            continue; // only what the user confirmed, and only what the plan found obsolete
        RegionResult result;
        result.region = obsolete.region;
        result.name = obsolete.name;
        result.id = obsolete.id;
        result.isDeletion = true;
        m_queue << Item{int(m_report.results.size()), {}, obsolete, true};
        m_report.results << result;
    }

    if (plan.applicationExists || m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &PublishRun::startItems);
        return;
    }
    if (!options.createApplication) {
        m_report.applicationError.kind = GateErrorKind::ApplicationMissing;
        m_report.applicationError.summary =
            tr("The application %1 does not exist in Spinnaker, and creating it was not confirmed; nothing was "
               "published.").arg(plan.application);
        QTimer::singleShot(0, this, &PublishRun::startItems);
        return;
    }
    QTimer::singleShot(0, this, &PublishRun::announce);
    m_creator = new ApplicationCreator(m_client, plan.applicationInfo, options, this);
    connect(m_creator, &ApplicationCreator::progress, this, &PublishRun::progress);
    connect(m_creator, &ApplicationCreator::finished, this, &PublishRun::onApplicationCreated);
    m_creator->start();
}

void PublishRun::onApplicationCreated()
{
    if (!m_creator)
        return;
    m_creator->deleteLater();
    if (m_creator->succeeded()) {
        m_report.applicationCreated = true;
        Q_EMIT progress(tr("Created the application %1.").arg(m_plan.application));
    } else {
        m_report.applicationError = m_creator->error();
    }
    m_creator = nullptr;
    startItems();
}

void PublishRun::announce()
{
    // Tell listeners every region once, also those that need nothing (unchanged).
    if (m_announced)
        return;
    m_announced = true;
    for (const RegionResult &result : std::as_const(m_report.results))
        Q_EMIT resultChanged(result);
}

void PublishRun::startItems()
{
    announce();
    // Without the application nothing may be written: pipelines would be orphans Deck never shows.
    const bool blocked = m_report.applicationError.isError() || m_report.canceled;
    while (!m_queue.isEmpty() && (blocked || m_running.size() < m_options.maxConcurrent)) {
        const Item item = m_queue.takeFirst();
        if (!blocked) {
            launch(item);
            continue;
        }
        RegionResult result = m_report.results.at(item.resultIndex);
        result.state = m_report.canceled ? RegionState::Canceled : RegionState::Failed;
        if (!m_report.canceled)
            result.error = m_report.applicationError;
        result.note = tr("Not sent.");
        update(item.resultIndex, result);
    }
    finishIfDone();
}

void PublishRun::launch(const Item &item)
{
    auto *job = new RegionJob(m_client, m_plan.application, m_options, this);
    const int index = item.resultIndex;
    m_running << job;
    m_peak = qMax(m_peak, int(m_running.size()));
    connect(job, &RegionJob::changed, this, [this, job, index]() { update(index, job->result()); });
    connect(job, &RegionJob::finished, this, [this, job, index]() { onJobFinished(job, index); });
    if (item.isDeletion)
        job->remove(item.obsolete);
    else
        job->save(item.plan);
}

void PublishRun::onJobFinished(RegionJob *job, int resultIndex)
{
    m_report.results[resultIndex] = job->result(); // already announced through RegionJob::changed
    m_running.removeAll(job);
    job->deleteLater();
    startItems();
}

void PublishRun::update(int resultIndex, const RegionResult &result)
{
    m_report.results[resultIndex] = result;
    Q_EMIT resultChanged(result);
}

void PublishRun::cancel()
{
    if (m_finished || m_report.canceled)
        return;
    m_report.canceled = true;
    Q_EMIT progress(tr("Canceling: nothing more is sent; what was sent is followed to its outcome."));
    if (m_creator)
        m_creator->cancel(); // finishes through onApplicationCreated
    const QList<QPointer<RegionJob>> running = m_running;
    for (const QPointer<RegionJob> &job : running) {
        if (job)
            job->cancel();
    }
    startItems();
}

void PublishRun::finishIfDone()
{
    if (m_finished || !m_started || m_creator || !m_queue.isEmpty() || !m_running.isEmpty())
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Fd
