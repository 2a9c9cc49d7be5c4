// SPDX-License-Identifier: Apache-2.0
#include "PublishPreparer.h"

#include "GateClient.h"
#include "PipelineListFetch.h"
#include "PipelineMatching.h"
#include "templates/StalePipelines.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace Fd {

PublishPreparer::PublishPreparer(GateClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets)
{
}

QStringList PublishPreparer::checkRequest(const PublishRequest &request)
{
    QStringList problems;
    if (request.hasBlockingFindings())
        problems << tr("The runway has validation errors; fix them before publishing.");
    if (request.application.name.trimmed().isEmpty())
        problems << tr("The application has no name.");
    if (request.pipelines.isEmpty())
        problems << tr("There is no pipeline to publish.");
    QSet<QString> names;
    for (const PipelineToPublish &pipeline : request.pipelines) {
        const QString key = pipeline.name.trimmed().toLower();
        if (key.isEmpty())
            problems << tr("The pipeline for region %1 has no name.").arg(pipeline.region);
        else if (names.contains(key))
            problems << tr("Two pipelines are named \"%1\" (Spinnaker ignores case).").arg(pipeline.name.trimmed());
        names.insert(key);
    }
    return problems;
}

void PublishPreparer::start(const PublishRequest &request)
{
    m_request = request;
    m_plan = {};
    m_plan.application = request.application.name.trimmed();
    m_plan.applicationInfo = request.application;
    m_plan.applicationInfo.name = m_plan.application;
    const QStringList problems = checkRequest(request);
    if (!problems.isEmpty()) {
        GateError e;
        e.kind = GateErrorKind::Rejected;
        e.summary = problems.join(QLatin1Char(' '));
        QTimer::singleShot(0, this, [this, e]() { fail(e); });
        return;
    }
    m_fetch = new PipelineListFetch(m_client, m_secrets, this);
    connect(m_fetch, &PipelineListFetch::progress, this, &PublishPreparer::progress);
    connect(m_fetch, &PipelineListFetch::finished, this, &PublishPreparer::onPipelines);
    m_fetch->start(m_plan.application, true);
}

void PublishPreparer::cancel()
{
    if (m_done)
        return;
    if (m_fetch)
        m_fetch->cancel();
    GateError e;
    e.kind = GateErrorKind::Canceled;
    e.summary = tr("Canceled.");
    fail(e);
}

void PublishPreparer::onPipelines()
{
    if (m_done || !m_fetch)
        return;
    m_fetch->deleteLater();
    if (!m_fetch->succeeded()) {
        fail(m_fetch->error());
        return;
    }
    m_plan.user = m_fetch->user();
    m_plan.applicationExists = m_fetch->applicationExists();
    if (!m_plan.applicationExists)
        m_plan.warnings << tr("The application %1 does not exist in Spinnaker yet; it must be created first.")
                               .arg(m_plan.application);
    const QJsonArray stored = m_fetch->pipelines();
    QStringList regions;
    for (const PipelineToPublish &pipeline : std::as_const(m_request.pipelines)) {
        const int index = findStoredPipeline(stored, m_plan.application, pipeline.name);
        const QJsonObject copy = index >= 0 ? stored.at(index).toObject() : QJsonObject();
        m_plan.regions << planRegion(pipeline, m_plan.application, copy);
        regions << pipeline.region;
    }
    QList<ObsoletePipeline> stale;
    if (m_request.cleanStale) {
        // Foremast keeps the regions of every env of pipeline.env, and deletes every one-time pipeline.
        for (const QString &region : std::as_const(m_request.keptRegions)) {
            if (!regions.contains(region))
                regions << region;
        }
        stale = findObsoletePipelines(stored, m_plan.application, regions);
        for (const QJsonValue &value : stored) {
            const QJsonObject pipeline = value.toObject();
            const QString name = pipeline.value(QStringLiteral("name")).toString();
            const QString region = StalePipelines::managedRegion(name, m_plan.application);
            if (region.contains(QLatin1String("onetime"))
                && pipeline.value(QStringLiteral("application")).toString(m_plan.application) == m_plan.application)
                stale << ObsoletePipeline{name, region, pipeline.value(QStringLiteral("id")).toString()};
        }
    }
    for (const ObsoletePipeline &old : std::as_const(stale)) {
        bool published = false;
        for (const PipelineToPublish &pipeline : std::as_const(m_request.pipelines))
            published = published || old.name.trimmed().compare(pipeline.name.trimmed(), Qt::CaseInsensitive) == 0;
        if (!published)
            m_plan.obsolete << old;
    }
    m_done = true;
    Q_EMIT finished();
}

void PublishPreparer::fail(GateError error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

} // namespace Fd
