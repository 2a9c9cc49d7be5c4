// SPDX-License-Identifier: Apache-2.0
// Every fault the fake Gate can inject, while reading and while writing, and Cancel mid-publish:
// the user gets a clear error, and what the report says is exactly what Spinnaker holds.
#include "PublishHarness.h"
#include "../support/ThreadsEndedMain.h"

#include <QTest>

using namespace Fd;
using namespace Fd::Test;
using Kind = FakeGate::Fault::Kind;

namespace {

const QString App = QStringLiteral("myapp");
const QStringList Regions{QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("eu-west-1")};

/// What the report says about each region must match what the fake Gate stores.
bool reportMatchesGate(const PublishReport &report, const FakeGate &gate, QString *why)
{
    for (const RegionResult &result : report.results) {
        const QJsonObject stored = gate.pipelineByName(App, result.name);
        if (result.state == RegionState::Published && stored.value(QStringLiteral("id")).toString() != result.id) {
            *why = QStringLiteral("%1 reported published as %2 but Gate holds %3")
                       .arg(result.region, result.id, stored.value(QStringLiteral("id")).toString());
            return false;
        }
        if ((result.state == RegionState::Failed || result.state == RegionState::Canceled) && !stored.isEmpty()) {
            *why = QStringLiteral("%1 reported %2 but Gate holds it").arg(result.region, regionStateName(result.state));
            return false;
        }
        if (!result.isFine() && result.error.summary.isEmpty() && result.state != RegionState::Canceled) {
            *why = QStringLiteral("%1 failed without an explanation").arg(result.region);
            return false;
        }
    }
    return true;
}

} // namespace

class TestPublishFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveFaults_data();
    void saveFaults();
    void readFaults_data();
    void readFaults();
    void savedButGateGaveUp();
    void savedLaterThanChecked();
    void readBackRetriesAfterCreate();
    void dropAfterSavingIsNotDuplicated();
    void accessDeniedEverywhere();
    void cancelMidPublish();
    void deleteFaultIsReported();
};

void TestPublishFaults::saveFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<int>("expectedError");
    const auto row = [](const char *name, Kind kind, int status, RegionState state, GateErrorKind error) {
        QTest::newRow(name) << int(kind) << status << int(state) << int(error);
    };
    row("302 to login", Kind::RedirectToLogin, 302, RegionState::Failed, GateErrorKind::NotSignedIn);
    row("401", Kind::Status, 401, RegionState::Failed, GateErrorKind::NotSignedIn);
    row("403", Kind::Status, 403, RegionState::Failed, GateErrorKind::AccessDenied);
    row("404", Kind::Status, 404, RegionState::Failed, GateErrorKind::NotFound);
    row("500", Kind::Status, 500, RegionState::Failed, GateErrorKind::ServerError);
    row("502", Kind::Status, 502, RegionState::Failed, GateErrorKind::Unreachable);
    row("503", Kind::Status, 503, RegionState::Failed, GateErrorKind::Unreachable);
    row("html login page", Kind::HtmlLoginPage, 200, RegionState::Failed, GateErrorKind::NotSignedIn);
    // Dropped before Gate did anything: it might still act, so the outcome stays unknown.
    row("dropped connection", Kind::Drop, 0, RegionState::Unknown, GateErrorKind::UnknownOutcome);
    // The save happened but the answer came too late: re-reading finds it, nothing is re-sent.
    row("slow answer", Kind::Slow, 200, RegionState::Published, GateErrorKind::None);
}

void TestPublishFaults::saveFaults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, expectedState);
    QFETCH(int, expectedError);
    PublishHarness h;
    h.settings.timeoutMs = 1500; // generous: only the slow answer may time out, even on a busy machine
    h.gate.addApplication(App);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, Regions));
    QVERIFY(plan);
    FakeGate::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/pipelines");
    fault.kind = Kind(kind);
    fault.status = status;
    fault.delayMs = 4000;
    h.gate.failNext(fault);
    PublishOptions options = quickOptions();
    options.maxConcurrent = 1; // the fault hits the first region
    const PublishReport report = h.publish(*plan, options);

    const RegionResult *hit = resultFor(report, Regions.first());
    QCOMPARE(regionStateName(hit->state), regionStateName(RegionState(expectedState)));
    QCOMPARE(gateErrorKindName(hit->error.kind), gateErrorKindName(GateErrorKind(expectedError)));
    if (hit->state != RegionState::Published)
        QVERIFY(!hit->error.summary.isEmpty());
    else
        QVERIFY(hit->note.contains(QLatin1String("re-reading")));
    // The other regions are published and reported, whatever happened to the first.
    QCOMPARE(resultFor(report, Regions.at(1))->state, RegionState::Published);
    QCOMPARE(resultFor(report, Regions.at(2))->state, RegionState::Published);
    QString why;
    QVERIFY2(reportMatchesGate(report, h.gate, &why), qPrintable(why));
    // One POST per region: no blind retries.
    for (const QString &region : Regions) {
        int posts = 0;
        for (const FakeGate::Seen &seen : h.gate.requests())
            posts += seen.method == "POST" && seen.body.contains(QStringLiteral("[%1]").arg(region).toUtf8());
        QVERIFY2(posts == 1, qPrintable(QStringLiteral("%1 POSTs for %2").arg(posts).arg(region)));
    }
}

void TestPublishFaults::readFaults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedError");
    const QString app = QStringLiteral("/applications/myapp");
    const QString list = QStringLiteral("/applications/myapp/pipelineConfigs");
    QTest::newRow("app 503") << app << int(Kind::Status) << 503 << int(GateErrorKind::Unreachable);
    QTest::newRow("app 403") << app << int(Kind::Status) << 403 << int(GateErrorKind::AccessDenied);
    QTest::newRow("app 302") << app << int(Kind::RedirectToLogin) << 302 << int(GateErrorKind::NotSignedIn);
    QTest::newRow("list 500") << list << int(Kind::Status) << 500 << int(GateErrorKind::ServerError);
    QTest::newRow("list 502") << list << int(Kind::Status) << 502 << int(GateErrorKind::Unreachable);
    QTest::newRow("list html") << list << int(Kind::HtmlLoginPage) << 200 << int(GateErrorKind::NotSignedIn);
    QTest::newRow("list dropped") << list << int(Kind::Drop) << 0 << int(GateErrorKind::Unreachable);
    QTest::newRow("list slow") << list << int(Kind::Slow) << 200 << int(GateErrorKind::Timeout);
    QTest::newRow("user 401") << QStringLiteral("/auth/user") << int(Kind::Status) << 401 << int(GateErrorKind::NotSignedIn);
    QTest::newRow("version dropped") << QStringLiteral("/version") << int(Kind::Drop) << 0 << int(GateErrorKind::Unreachable);
}

void TestPublishFaults::readFaults()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, expectedError);
    PublishHarness h;
    h.settings.timeoutMs = 1500;
    h.gate.addApplication(App);
    FakeGate::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = path;
    fault.kind = Kind(kind);
    fault.status = status;
    fault.delayMs = 4000;
    fault.times = 3; // Qt may retry a dropped idempotent GET once by itself
    h.gate.failNext(fault);
    GateError error;
    QVERIFY(!h.prepare(sampleRequest(App, Regions), &error));
    QCOMPARE(gateErrorKindName(error.kind), gateErrorKindName(GateErrorKind(expectedError)));
    QVERIFY(!error.summary.isEmpty());
    QCOMPARE(h.gate.count("POST"), 0);
}

void TestPublishFaults::savedButGateGaveUp()
{
    // Gate: "did not succeed … (status: RUNNING)", and the save never lands: outcome unknown.
    PublishHarness h;
    h.gate.addApplication(App);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, {Regions.first()}));
    QVERIFY(plan);
    h.gate.setSavesTimingOut(1, -1);
    const PublishReport report = h.publish(*plan, quickOptions());
    const RegionResult &result = report.results.first();
    QCOMPARE(result.state, RegionState::Unknown);
    QCOMPARE(result.error.kind, GateErrorKind::UnknownOutcome);
    QVERIFY(result.error.gateMessage.contains(QLatin1String("status: RUNNING")));
    QVERIFY(result.note.contains(QLatin1String("Check in Spinnaker")));
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 1); // re-read, never re-sent
    QVERIFY(h.gate.count("GET", QStringLiteral("/applications/myapp/pipelineConfigs")) >= 3);
    QVERIFY(!report.succeeded());
}

void TestPublishFaults::savedLaterThanChecked()
{
    // Gate gave up waiting, but Front50 stores the save a moment later: re-reading finds it.
    PublishHarness h;
    h.gate.addApplication(App);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, {Regions.first()}));
    QVERIFY(plan);
    h.gate.setSavesTimingOut(1, 50);
    const PublishReport report = h.publish(*plan, quickOptions());
    const RegionResult &result = report.results.first();
    QCOMPARE(result.state, RegionState::Published);
    QVERIFY(result.note.contains(QLatin1String("re-reading")));
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 1);
    QString why;
    QVERIFY2(reportMatchesGate(report, h.gate, &why), qPrintable(why));
}

void TestPublishFaults::readBackRetriesAfterCreate()
{
    PublishHarness h;
    h.gate.addApplication(App);
    h.gate.setReadAfterCreateMisses(3);
    const PublishReport report = h.publishAll(sampleRequest(App, {Regions.first()}));
    QVERIFY(report.succeeded());
    QCOMPARE(report.results.first().state, RegionState::Published);
    QCOMPARE(h.gate.count("GET", QStringLiteral("/applications/myapp/pipelineConfigs/")), 4);

    PublishHarness never;
    never.gate.addApplication(App);
    never.gate.setReadAfterCreateMisses(100);
    const PublishReport unknown = never.publishAll(sampleRequest(App, {Regions.first()}));
    QCOMPARE(unknown.results.first().state, RegionState::Unknown);
    QVERIFY(unknown.results.first().note.contains(QLatin1String("read back")));
    QCOMPARE(never.gate.count("POST", QStringLiteral("/pipelines")), 1);
}

void TestPublishFaults::dropAfterSavingIsNotDuplicated()
{
    PublishHarness h;
    h.gate.addApplication(App);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, Regions));
    QVERIFY(plan);
    FakeGate::Fault fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/pipelines");
    fault.kind = Kind::DropAfterProcessing;
    h.gate.failNext(fault);
    PublishOptions options = quickOptions();
    options.maxConcurrent = 1;
    const PublishReport report = h.publish(*plan, options);
    QVERIFY(report.succeeded());
    QCOMPARE(h.gate.pipelines(App).size(), 3);
    QString why;
    QVERIFY2(reportMatchesGate(report, h.gate, &why), qPrintable(why));
    QCOMPARE(h.gate.history(resultFor(report, Regions.first())->id).size(), 1);
    // Qt would resend a POST on a dropped connection by itself; the client forbids that.
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), 3);
    QVERIFY(resultFor(report, Regions.first())->note.contains(QLatin1String("re-reading")));
}

void TestPublishFaults::accessDeniedEverywhere()
{
    PublishHarness h;
    h.gate.addApplication(App);
    h.gate.denyWrite(App);
    const PublishReport report = h.publishAll(sampleRequest(App, Regions));
    QCOMPARE(report.failures(), 3);
    for (const RegionResult &result : report.results) {
        QCOMPARE(result.state, RegionState::Failed);
        QCOMPARE(result.error.kind, GateErrorKind::AccessDenied);
        QCOMPARE(result.error.gateMessage, QStringLiteral("Access is denied"));
        QVERIFY(result.error.advice.contains(QLatin1String("WRITE")));
    }
    QVERIFY(h.gate.pipelines(App).isEmpty());
}

void TestPublishFaults::cancelMidPublish()
{
    PublishHarness h;
    h.gate.addApplication(App);
    QStringList regions;
    for (int i = 0; i < 10; ++i)
        regions << QStringLiteral("region-%1").arg(i);
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, regions));
    QVERIFY(plan);
    h.gate.setDelayMs(30);
    PublishOptions options = quickOptions();
    options.maxConcurrent = 2;
    bool canceled = false;
    const PublishReport report = h.publish(*plan, options, [&canceled](PublishRun &run, const RegionResult &result) {
        if (!canceled && result.state == RegionState::Published) {
            canceled = true;
            run.cancel();
        }
    });
    QVERIFY(canceled);
    QVERIFY(report.canceled);
    int published = 0;
    int notSent = 0;
    for (const RegionResult &result : report.results) {
        QVERIFY2(result.state == RegionState::Published || result.state == RegionState::Canceled,
                 qPrintable(regionStateName(result.state)));
        published += result.state == RegionState::Published;
        notSent += result.state == RegionState::Canceled;
    }
    QVERIFY(published >= 1);
    QVERIFY(notSent >= 6); // the queue was not sent
    QCOMPARE(h.gate.count("POST", QStringLiteral("/pipelines")), published);
    QCOMPARE(int(h.gate.pipelines(App).size()), published);
    QString why;
    QVERIFY2(reportMatchesGate(report, h.gate, &why), qPrintable(why));
}

void TestPublishFaults::deleteFaultIsReported()
{
    PublishHarness h;
    QVERIFY(h.publishAll(sampleRequest(App, Regions)).succeeded());
    const std::optional<PublishPlan> plan = h.prepare(sampleRequest(App, {Regions.first()}));
    QVERIFY(plan);
    QCOMPARE(plan->obsolete.size(), 2);
    FakeGate::Fault fault;
    fault.method = "DELETE";
    fault.kind = Kind::Status;
    fault.status = 500;
    h.gate.failNext(fault);
    PublishOptions options = quickOptions();
    options.maxConcurrent = 1;
    options.deleteObsolete << plan->obsolete.at(0).name << plan->obsolete.at(1).name;
    const PublishReport report = h.publish(*plan, options);
    int deleted = 0;
    int failed = 0;
    for (const RegionResult &result : report.results) {
        if (!result.isDeletion)
            continue;
        deleted += result.state == RegionState::Deleted;
        failed += result.state == RegionState::Failed;
        if (result.state == RegionState::Failed) {
            QCOMPARE(result.error.kind, GateErrorKind::ServerError);
            QVERIFY(!h.gate.pipelineByName(App, result.name).isEmpty());
        }
    }
    QCOMPARE(deleted, 1);
    QCOMPARE(failed, 1);
    QCOMPARE(h.gate.pipelines(App).size(), 2);
}

FD_TEST_GUILESS_MAIN_THREADS_ENDED(TestPublishFaults)
#include "tst_publishfaults.moc"
