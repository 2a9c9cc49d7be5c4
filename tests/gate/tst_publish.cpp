// SPDX-License-Identifier: Apache-2.0
// Publishing flows against the fake Gate: first publish, re-publish, removed regions, concurrent
// edits, application creation, bounded concurrency.
#include "PublishHarness.h"
#include "gate/ApplicationCreator.h"
#include "../support/ThreadsEndedMain.h"

#include <QTest>

using namespace Fd;
using namespace Fd::Test;

class TestPublish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstPublishCreatesApplication();
    void missingApplicationNotConfirmed();
    void applicationCreationFails();
    void applicationCreationTimesOut();
    void cancelWhileCreatingApplication();
    void republishUnchanged();
    void republishChangedKeepsIds();
    void adoptsCaseInsensitiveMatch();
    void regionRemovedIsOffered();
    void concurrentEditRefused();
    void nameTakenAfterPlanning();
    void concurrencyIsBounded();
    void validationErrorsBlock();
    void badRequestsBlock_data();
    void badRequestsBlock();
    void taskBodyAndFailure();
};

void TestPublish::firstPublishCreatesApplication()
{
    PublishHarness h;
    const PublishRequest request = sampleRequest(QStringLiteral("coreforrest"), {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")});
    const std::optional<PublishPlan> plan = h.prepare(request);
    QVERIFY(plan);
    QVERIFY(!plan->applicationExists);
    QCOMPARE(plan->user.username, QStringLiteral("anonymous"));
    QCOMPARE(plan->regions.size(), 2);
    for (const RegionPlan &region : plan->regions) {
        QCOMPARE(region.action, RegionAction::Create);
        QVERIFY(region.diff.contains(QStringLiteral("+    \"name\": \"coreforrest [%1]\"").arg(region.region)));
    }
    QCOMPARE(h.gate.count("POST"), 0); // planning writes nothing

    PublishOptions options = quickOptions();
    options.createApplication = true;
    const PublishReport report = h.publish(*plan, options);
    QVERIFY2(report.succeeded(), qPrintable(report.applicationError.toString()));
    QVERIFY(report.applicationCreated);
    QVERIFY(h.gate.hasApplication(QStringLiteral("coreforrest")));
    QCOMPARE(h.gate.application(QStringLiteral("coreforrest")).value(QStringLiteral("email")).toString(),
             QStringLiteral("team@example.com"));
    QCOMPARE(h.gate.count("POST", QStringLiteral("/tasks")), 1);
    QVERIFY(h.gate.count("GET", QStringLiteral("/tasks/")) >= 2); // RUNNING, then SUCCEEDED
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 2);
    QCOMPARE(h.gate.pipelines(QStringLiteral("coreforrest")).size(), 2);
    for (const RegionResult &result : report.results) {
        QCOMPARE(result.state, RegionState::Published);
        const QJsonObject stored = h.gate.pipelineByName(QStringLiteral("coreforrest"), result.name);
        QCOMPARE(result.id, stored.value(QStringLiteral("id")).toString());
        QCOMPARE(result.updateTs, stored.value(QStringLiteral("updateTs")).toString());
        QVERIFY(!result.id.isEmpty());
    }
}

void TestPublish::missingApplicationNotConfirmed()
{
    PublishHarness h;
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("newapp"), {QStringLiteral("us-east-1")}));
    QVERIFY(plan);
    QVERIFY(!plan->warnings.isEmpty());
    const PublishReport report = h.publish(*plan, quickOptions());
    QCOMPARE(report.applicationError.kind, GateErrorKind::ApplicationMissing);
    QCOMPARE(report.results.size(), 1);
    QCOMPARE(report.results.first().state, RegionState::Failed);
    QCOMPARE(report.results.first().error.kind, GateErrorKind::ApplicationMissing);
    QCOMPARE(h.gate.count("POST"), 0);
    QCOMPARE(report.failures(), 1);
}

void TestPublish::applicationCreationFails()
{
    PublishHarness h;
    PublishRequest request = sampleRequest(QStringLiteral("noemail"), {QStringLiteral("us-east-1")});
    request.application.email.clear();
    const std::optional<PublishPlan> plan = h.prepare(request);
    QVERIFY(plan);
    PublishOptions options = quickOptions();
    options.createApplication = true;
    const PublishReport report = h.publish(*plan, options);
    QVERIFY(!report.applicationCreated);
    QCOMPARE(report.applicationError.kind, GateErrorKind::ApplicationMissing);
    QCOMPARE(report.applicationError.gateMessage, QStringLiteral("Application must have a non-empty email"));
    QVERIFY(report.applicationError.summary.contains(QLatin1String("TERMINAL")));
    QCOMPARE(report.results.first().state, RegionState::Failed);
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 0);
}

void TestPublish::applicationCreationTimesOut()
{
    PublishHarness h;
    h.gate.setTaskPollsBeforeDone(1000000);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("slowapp"), {QStringLiteral("us-east-1")}));
    QVERIFY(plan);
    PublishOptions options = quickOptions();
    options.createApplication = true;
    options.taskTimeoutMs = 300;
    const PublishReport report = h.publish(*plan, options);
    QCOMPARE(report.applicationError.kind, GateErrorKind::Timeout);
    QVERIFY(report.applicationError.summary.contains(QLatin1String("task")));
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 0);
    QCOMPARE(report.results.first().state, RegionState::Failed);
}

void TestPublish::cancelWhileCreatingApplication()
{
    PublishHarness h;
    h.gate.setTaskPollsBeforeDone(1000000);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("slowapp"), {QStringLiteral("us-east-1")}));
    QVERIFY(plan);
    PublishOptions options = quickOptions();
    options.createApplication = true;
    PublishRun run(&h.client());
    QSignalSpy done(&run, &PublishRun::finished);
    QObject context;
    connect(&h.gate, &FakeGate::requestHandled, &context, [&run](const QByteArray &method, const QString &path) {
        if (method == "GET" && path.startsWith(QLatin1String("/tasks/")))
            run.cancel();
    });
    run.start(*plan, options);
    QVERIFY(done.wait(10000));
    const PublishReport report = run.report();
    QVERIFY(report.canceled);
    QCOMPARE(report.applicationError.kind, GateErrorKind::UnknownOutcome);
    QVERIFY(report.applicationError.summary.contains(QLatin1String("may still be created")));
    QCOMPARE(report.results.first().state, RegionState::Canceled);
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 0);
}

void TestPublish::republishUnchanged()
{
    PublishHarness h;
    const PublishRequest request = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")});
    const PublishReport first = h.publishAll(request);
    QVERIFY(first.succeeded());
    h.gate.clearRequests();

    const std::optional<PublishPlan> plan = h.prepare(request);
    QVERIFY(plan);
    QVERIFY(plan->applicationExists);
    QVERIFY(!plan->hasChanges());
    const PublishReport again = h.publish(*plan, quickOptions());
    QVERIFY(again.succeeded());
    QCOMPARE(h.gate.count("POST"), 0);
    for (const RegionResult &result : again.results) {
        QCOMPARE(result.state, RegionState::Unchanged);
        QCOMPARE(result.id, resultFor(first, result.region)->id);
    }
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).size(), 2);
}

void TestPublish::republishChangedKeepsIds()
{
    PublishHarness h;
    const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    const PublishReport first = h.publishAll(sampleRequest(QStringLiteral("myapp"), regions));
    QVERIFY(first.succeeded());

    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("myapp"), regions, QStringLiteral(" v2")));
    QVERIFY(plan);
    for (const RegionPlan &region : plan->regions) {
        QCOMPARE(region.action, RegionAction::Update);
        QCOMPARE(region.addedLines, 1);
        QCOMPARE(region.removedLines, 1);
        QVERIFY(region.diff.contains(QLatin1String("+            \"name\": \"Deploy dev v2\"")));
    }
    const PublishReport second = h.publish(*plan, quickOptions());
    QVERIFY(second.succeeded());
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).size(), 2); // no duplicates
    for (const RegionResult &result : second.results) {
        const RegionResult *before = resultFor(first, result.region);
        QCOMPARE(result.state, RegionState::Published);
        QCOMPARE(result.id, before->id);
        QVERIFY(result.updateTs != before->updateTs);
        QCOMPARE(h.gate.history(result.id).size(), 2);
    }
}

void TestPublish::adoptsCaseInsensitiveMatch()
{
    PublishHarness h;
    h.gate.addApplication(QStringLiteral("myapp"));
    QJsonObject theirs = samplePipeline(QStringLiteral("myapp"), QStringLiteral("us-east-1"));
    theirs.insert(QStringLiteral("name"), QStringLiteral("MyApp [US-EAST-1]"));
    const QString id = h.gate.storePipeline(theirs);
    const PublishReport report = h.publishAll(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}));
    QVERIFY(report.succeeded());
    QCOMPARE(report.results.first().id, id);
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).size(), 1);
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).first().value(QStringLiteral("name")).toString(),
             QStringLiteral("myapp [us-east-1]"));
}

void TestPublish::regionRemovedIsOffered()
{
    PublishHarness h;
    const PublishReport first = h.publishAll(sampleRequest(QStringLiteral("myapp"),
        {QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")}));
    QVERIFY(first.succeeded());
    QJsonObject handMade = samplePipeline(QStringLiteral("myapp"), QStringLiteral("eu-west-1"));
    handMade.insert(QStringLiteral("name"), QStringLiteral("myapp hotfix (by hand)"));
    h.gate.storePipeline(handMade);
    QJsonObject onetime = samplePipeline(QStringLiteral("myapp"), QStringLiteral("eu-west-1"));
    onetime.insert(QStringLiteral("name"), QStringLiteral("myapp [eu-west-1] (onetime-dev)"));
    h.gate.storePipeline(onetime);

    const PublishRequest fewer = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")});
    const std::optional<PublishPlan> plan = h.prepare(fewer);
    QVERIFY(plan);
    // Foremast's clean_pipelines(): the removed region's pipeline and every one-time pipeline;
    // never a hand-made one.
    QCOMPARE(plan->obsolete.size(), 2);
    QCOMPARE(plan->obsolete.first().name, QStringLiteral("myapp [eu-west-1]"));
    QCOMPARE(plan->obsolete.last().name, QStringLiteral("myapp [eu-west-1] (onetime-dev)"));
    QCOMPARE(plan->obsolete.first().id, resultFor(first, QStringLiteral("eu-west-1"))->id);
    QVERIFY(plan->hasChanges());

    // Not confirmed: nothing is deleted.
    PublishReport report = h.publish(*plan, quickOptions());
    QVERIFY(report.succeeded());
    QCOMPARE(h.gate.count("DELETE"), 0);
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).size(), 5);

    PublishOptions confirmed = quickOptions();
    confirmed.deleteObsolete << QStringLiteral("myapp [eu-west-1]") << QStringLiteral("myapp hotfix (by hand)");
    report = h.publish(*plan, confirmed);
    QVERIFY(report.succeeded());
    const RegionResult *deleted = resultFor(report, QStringLiteral("eu-west-1"), true);
    QVERIFY(deleted);
    QCOMPARE(deleted->state, RegionState::Deleted);
    QCOMPARE(h.gate.count("DELETE"), 1); // the hand-made name was not in the plan: never deleted
    QVERIFY(h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp [eu-west-1]")).isEmpty());
    QVERIFY(!h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp hotfix (by hand)")).isEmpty());
    QVERIFY(!h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp [eu-west-1] (onetime-dev)")).isEmpty());

    // Manual pipeline types: Foremast deletes nothing.
    PublishRequest manual = fewer;
    manual.cleanStale = false;
    const std::optional<PublishPlan> manualPlan = h.prepare(manual);
    QVERIFY(manualPlan);
    QVERIFY(manualPlan->obsolete.isEmpty());
}

void TestPublish::concurrentEditRefused()
{
    PublishHarness h;
    const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    const PublishReport first = h.publishAll(sampleRequest(QStringLiteral("myapp"), regions));
    QVERIFY(first.succeeded());
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("myapp"), regions, QStringLiteral(" mine")));
    QVERIFY(plan);

    // Erin edits us-east-1 in Deck between our read and our write.
    QJsonObject theirs = h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp [us-east-1]"));
    theirs.insert(QStringLiteral("description"), QStringLiteral("erin's change"));
    h.gate.storePipeline(theirs, QStringLiteral("erin"));

    const PublishReport report = h.publish(*plan, quickOptions());
    QVERIFY(!report.succeeded());
    const RegionResult *stale = resultFor(report, QStringLiteral("us-east-1"));
    QCOMPARE(stale->state, RegionState::Failed);
    QCOMPARE(stale->error.kind, GateErrorKind::StalePipeline);
    QVERIFY(stale->error.gateMessage.contains(QLatin1String("stale")));
    QVERIFY(stale->note.contains(QLatin1String("erin")));
    // Nothing lost: erin's version is what Spinnaker keeps.
    const QJsonObject kept = h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp [us-east-1]"));
    QCOMPARE(kept.value(QStringLiteral("description")).toString(), QStringLiteral("erin's change"));
    QCOMPARE(kept.value(QStringLiteral("lastModifiedBy")).toString(), QStringLiteral("erin"));
    // The other region is unaffected and reported.
    QCOMPARE(resultFor(report, QStringLiteral("eu-west-1"))->state, RegionState::Published);
    QCOMPARE(report.failures(), 1);
}

void TestPublish::nameTakenAfterPlanning()
{
    PublishHarness h;
    h.gate.addApplication(QStringLiteral("myapp"));
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}));
    QVERIFY(plan);
    QJsonObject theirs = samplePipeline(QStringLiteral("myapp"), QStringLiteral("us-east-1"));
    theirs.insert(QStringLiteral("description"), QStringLiteral("frank's"));
    h.gate.storePipeline(theirs, QStringLiteral("frank"));
    const PublishReport report = h.publish(*plan, quickOptions());
    QCOMPARE(report.results.first().state, RegionState::Failed);
    QCOMPARE(report.results.first().error.kind, GateErrorKind::NameConflict);
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).size(), 1);
    QCOMPARE(h.gate.pipelines(QStringLiteral("myapp")).first().value(QStringLiteral("description")).toString(),
             QStringLiteral("frank's"));
}

void TestPublish::concurrencyIsBounded()
{
    PublishHarness h;
    h.gate.addApplication(QStringLiteral("myapp"));
    QStringList regions;
    for (int i = 0; i < 8; ++i)
        regions << QStringLiteral("region-%1").arg(i);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(QStringLiteral("myapp"), regions));
    QVERIFY(plan);
    h.gate.setDelayMs(40);
    h.gate.server().resetMaxInFlight();
    PublishOptions options = quickOptions();
    options.maxConcurrent = 3;
    const PublishReport report = h.publish(*plan, options);
    QVERIFY(report.succeeded());
    QCOMPARE(h.lastPeakConcurrency, 3);
    QVERIFY(h.gate.server().maxInFlight() <= 3);
    QVERIFY(h.gate.server().maxInFlight() >= 2);
}

void TestPublish::validationErrorsBlock()
{
    PublishHarness h;
    PublishRequest request = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")});
    Error finding;
    finding.message = QStringLiteral("stage 3 depends on a missing stage");
    request.findings << finding;
    GateError error;
    QVERIFY(!h.prepare(request, &error));
    QCOMPARE(error.kind, GateErrorKind::Rejected);
    QVERIFY(error.summary.contains(QLatin1String("validation errors")));
    QVERIFY(h.gate.requests().isEmpty());

    request.findings.first().severity = Error::Severity::Warning; // warnings do not block
    QVERIFY(h.prepare(request));
}

void TestPublish::badRequestsBlock_data()
{
    QTest::addColumn<int>("problem");
    QTest::newRow("no pipelines") << 0;
    QTest::newRow("no application name") << 1;
    QTest::newRow("duplicate names ignoring case") << 2;
    QTest::newRow("blank pipeline name") << 3;
}

void TestPublish::badRequestsBlock()
{
    QFETCH(int, problem);
    PublishHarness h;
    PublishRequest request = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")});
    if (problem == 0)
        request.pipelines.clear();
    else if (problem == 1)
        request.application.name = QStringLiteral("  ");
    else if (problem == 2)
        request.pipelines[1].name = QStringLiteral("MYAPP [us-east-1] ");
    else
        request.pipelines[1].name = QStringLiteral(" ");
    GateError error;
    QVERIFY(!h.prepare(request, &error));
    QCOMPARE(error.kind, GateErrorKind::Rejected);
    QVERIFY(!error.summary.isEmpty());
    QVERIFY(h.gate.requests().isEmpty());
}

void TestPublish::taskBodyAndFailure()
{
    ApplicationInfo app;
    app.name = QStringLiteral("coreforrest");
    app.email = QStringLiteral("a@b.c");
    app.project = QStringLiteral("forrest");
    app.repo = QStringLiteral("core");
    const QJsonObject body = ApplicationCreator::taskBody(app);
    QCOMPARE(body.value(QStringLiteral("application")).toString(), QStringLiteral("coreforrest"));
    const QJsonObject job = body.value(QStringLiteral("job")).toArray().first().toObject();
    QCOMPARE(job.value(QStringLiteral("type")).toString(), QStringLiteral("createApplication"));
    const QJsonObject a = job.value(QStringLiteral("application")).toObject();
    QCOMPARE(a.value(QStringLiteral("repoProjectKey")).toString(), QStringLiteral("forrest"));
    QCOMPARE(a.value(QStringLiteral("repoSlug")).toString(), QStringLiteral("core"));
    QCOMPARE(a.value(QStringLiteral("cloudProviders")).toString(), QStringLiteral("aws"));

    const QJsonObject viaStages{{QStringLiteral("execution"),
        QJsonObject{{QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("context"),
            QJsonObject{{QStringLiteral("exception"), QJsonObject{{QStringLiteral("details"),
                QJsonObject{{QStringLiteral("errors"), QJsonArray{QStringLiteral("Invalid application name")}}}}}}}}}}}}}};
    QCOMPARE(ApplicationCreator::taskFailure(viaStages), QStringLiteral("Invalid application name"));
    QVERIFY(ApplicationCreator::taskFailure({}).isEmpty());
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestPublish)
#include "tst_publish.moc"
