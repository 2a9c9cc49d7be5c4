// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FakeGate.h"
#include "gate/GateClient.h"
#include "gate/PublishPreparer.h"
#include "gate/PublishRun.h"
#include "gate/SecretStore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <functional>
#include <memory>
#include <optional>

namespace Fd::Test {

/// A generated-looking pipeline for `region` of `app`.
inline QJsonObject samplePipeline(const QString &app, const QString &region, const QString &variant = {})
{
    QJsonArray stages;
    stages << QJsonObject{{QStringLiteral("refId"), QStringLiteral("1")},
                          {QStringLiteral("type"), QStringLiteral("bake")},
                          {QStringLiteral("name"), QStringLiteral("Bake")},
                          {QStringLiteral("region"), region},
                          {QStringLiteral("requisiteStageRefIds"), QJsonArray()}};
    stages << QJsonObject{{QStringLiteral("refId"), QStringLiteral("2")},
                          {QStringLiteral("type"), QStringLiteral("deploy")},
                          {QStringLiteral("name"), QStringLiteral("Deploy dev") + variant},
                          {QStringLiteral("requisiteStageRefIds"), QJsonArray{QStringLiteral("1")}}};
    return {{QStringLiteral("application"), app},
            {QStringLiteral("name"), QStringLiteral("%1 [%2]").arg(app, region)},
            {QStringLiteral("keepWaitingPipelines"), false},
            {QStringLiteral("limitConcurrent"), true},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("triggers"), QJsonArray()}};
}

inline PublishRequest sampleRequest(const QString &app, const QStringList &regions, const QString &variant = {})
{
    PublishRequest request;
    request.application.name = app;
    request.application.email = QStringLiteral("team@example.com");
    request.application.project = QStringLiteral("forrest");
    request.application.repo = QStringLiteral("core");
    for (const QString &region : regions)
        request.pipelines << PipelineToPublish{region, QStringLiteral("%1 [%2]").arg(app, region),
                                               samplePipeline(app, region, variant)};
    return request;
}

/// Fast poll and read-back pauses so fault tests finish quickly.
inline PublishOptions quickOptions()
{
    PublishOptions options;
    options.firstPollDelayMs = 10;
    options.maxPollDelayMs = 40;
    options.taskTimeoutMs = 5000;
    return options;
}

/// A fake Gate, a client for it, and helpers that run the two publishing steps to the end.
class PublishHarness
{
public:
    PublishHarness()
    {
        gate.listen();
        settings.url = gate.url();
        settings.timeoutMs = 3000;
    }

    GateClient &client()
    {
        if (!m_client)
            m_client = std::make_unique<GateClient>(&nam, settings);
        return *m_client;
    }

    /// The plan, or nothing with `*error` set.
    std::optional<PublishPlan> prepare(const PublishRequest &request, GateError *error = nullptr)
    {
        PublishPreparer preparer(&client(), &secrets);
        QSignalSpy done(&preparer, &PublishPreparer::finished);
        preparer.start(request);
        if (!done.wait(20000))
            return std::nullopt;
        if (error)
            *error = preparer.error();
        if (!preparer.succeeded())
            return std::nullopt;
        return preparer.plan();
    }

    /// Runs the writing step; `whileRunning` is called on every result change (e.g. to cancel).
    PublishReport publish(const PublishPlan &plan, const PublishOptions &options,
                          const std::function<void(PublishRun &, const RegionResult &)> &whileRunning = {})
    {
        PublishRun run(&client());
        lastPeakConcurrency = 0;
        QObject context;
        if (whileRunning) {
            QObject::connect(&run, &PublishRun::resultChanged, &context,
                             [&run, &whileRunning](const RegionResult &result) { whileRunning(run, result); });
        }
        QSignalSpy done(&run, &PublishRun::finished);
        run.start(plan, options);
        if (!done.wait(30000)) {
            PublishReport timedOut;
            timedOut.applicationError.kind = GateErrorKind::Timeout;
            timedOut.applicationError.summary = QStringLiteral("the test waited too long");
            return timedOut;
        }
        lastPeakConcurrency = run.peakConcurrency();
        return run.report();
    }

    /// Both steps with the user saying yes to everything offered.
    PublishReport publishAll(const PublishRequest &request, PublishOptions options = quickOptions())
    {
        const std::optional<PublishPlan> plan = prepare(request);
        if (!plan)
            return {};
        options.createApplication = true;
        for (const ObsoletePipeline &obsolete : plan->obsolete)
            options.deleteObsolete << obsolete.name;
        return publish(*plan, options);
    }

    QNetworkAccessManager nam;
    FakeGate gate;
    MemorySecretStore secrets;
    GateSettings settings;
    int lastPeakConcurrency = 0;

private:
    std::unique_ptr<GateClient> m_client;
};

inline const RegionResult *resultFor(const PublishReport &report, const QString &region, bool deletion = false)
{
    for (const RegionResult &result : report.results) {
        if (result.region == region && result.isDeletion == deletion)
            return &result;
    }
    return nullptr;
}

} // namespace Fd::Test
