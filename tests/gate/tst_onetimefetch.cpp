// SPDX-License-Identifier: Apache-2.0
// The one-time dialog fetching the app's existing pipelines from the fake Gate on loopback:
// success (the one-time pipelines are then exactly Foremast's), a Gate error, a timeout and
// cancel, each shown in the dialog; the password never reaches a log.
#include "../support/SharedData.h"
#include "FakeGate.h"
#include "gate/GateSettings.h"
#include "graph/StageGraphView.h"
#include "onetime/GateFetchPanel.h"
#include "onetime/OnetimeDialog.h"
#include "publish/GateSignInForm.h"
#include "../support/ThreadsEndedMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Fd;
using namespace Fd::Test;

namespace {

const QString CaseDir = goldenPath("foremast-v5-types/onetime-01-ec2-stage");
const QString App = QStringLiteral("gatewayforrest");
const QString ListPath = QStringLiteral("/applications/gatewayforrest/pipelineConfigs");

QJsonArray readArray(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/// The pipeline list answered only after `delayMs`.
FakeGate::Fault slowList(int delayMs)
{
    FakeGate::Fault slow;
    slow.method = "GET";
    slow.pathPrefix = ListPath;
    slow.kind = FakeGate::Fault::Kind::Slow;
    slow.delayMs = delayMs;
    return slow;
}

QStringList g_log;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestOnetimeFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchFindsRegularPipelines();
    void gateErrorIsShown();
    void timeoutIsShown();
    void cancelStopsFetching();

private:
    /// A dialog for the golden onetime runway (env stage) whose Gate is `gate`.
    std::unique_ptr<OnetimeDialog> dialogFor(const FakeGate &gate, int timeoutMs = 30000,
                                             const QString &secret = {});
    QNetworkAccessManager m_nam;
    RunwayContext m_context;
};

void TestOnetimeFetch::initTestCase()
{
    const Result<RunwayContext> context = openRunway(
        {CaseDir + QStringLiteral("/runway"), QStringLiteral("forrest"), QStringLiteral("gateway"), {}});
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toString()));
    m_context = *context;
}

std::unique_ptr<OnetimeDialog> TestOnetimeFetch::dialogFor(const FakeGate &gate, int timeoutMs, const QString &secret)
{
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = gate.url();
    services.gate.origin = QStringLiteral("foremast.cfg");
    services.gate.timeoutMs = timeoutMs;
    if (!secret.isEmpty()) {
        services.gate.mode = SignInMode::Basic;
        services.gate.username = QStringLiteral("alice");
        services.knownSecret = secret;
    }
    auto dialog = std::make_unique<OnetimeDialog>(m_context, GenerationOptions(), services);
    dialog->show();
    dialog->setEnv(QStringLiteral("stage"));
    return dialog;
}

void TestOnetimeFetch::fetchFindsRegularPipelines()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("pw-9f2c-secret"));
    gate.addApplication(App);
    for (const QJsonValue &pipeline : readArray(CaseDir + QStringLiteral("/existing.json")))
        gate.storePipeline(pipeline.toObject());
    gate.clearRequests();

    const auto dialog = dialogFor(gate, 30000, QStringLiteral("pw-9f2c-secret"));
    // Without the app's pipelines Foremast fails, and the dialog says so.
    QVERIFY(dialog->generation().pipelines.isEmpty());
    QVERIFY(dialog->messageText().contains(QStringLiteral("publish the regular pipelines first")));

    QVERIFY(dialog->gatePanel()->isHidden());
    dialog->fromGateButton()->click();
    QVERIFY(dialog->gatePanel()->isVisible());
    QCOMPARE(dialog->gatePanel()->form()->settings().url, gate.url());

    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    g_log.clear();
    dialog->gatePanel()->fetchButton()->click();
    QVERIFY(dialog->gatePanel()->isBusy()); // asynchronous: the dialog stays responsive
    QVERIFY(dialog->gatePanel()->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->gatePanel()->isBusy(), 10000);
    qInstallMessageHandler(previous);

    QVERIFY2(dialog->gatePanel()->statusText().contains(QStringLiteral("Read 4 pipeline")),
             qPrintable(dialog->gatePanel()->statusText()));
    QVERIFY2(dialog->existingText().contains(gate.url().toString()), qPrintable(dialog->existingText()));
    // Exactly what Foremast posts, now that the regular pipelines are known.
    QCOMPARE(dialog->generation().pipelines.size(), 2);
    for (const GeneratedPipeline &pipeline : dialog->generation().pipelines) {
        QCOMPARE(pipeline.json, readObject(CaseDir + QStringLiteral("/rendered/pipeline-%1-onetime-stage.json")
                                                         .arg(pipeline.region)));
    }
    QVERIFY2(dialog->messageText().isEmpty(), qPrintable(dialog->messageText()));
    QVERIFY(dialog->publishButton()->isEnabled());
    // Only read: one list, nothing written.
    QCOMPARE(gate.count("GET", ListPath), 1);
    QCOMPARE(gate.count("POST", QStringLiteral("/pipelines")), 0);
    QCOMPARE(gate.count("DELETE"), 0);
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(QStringLiteral("pw-9f2c-secret")), qPrintable(line));
    QVERIFY(!dialog->gatePanel()->statusText().contains(QStringLiteral("pw-9f2c-secret")));
}

void TestOnetimeFetch::gateErrorIsShown()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.addApplication(App);
    FakeGate::Fault fault;
    fault.method = "GET";
    fault.pathPrefix = ListPath;
    fault.status = 500;
    fault.message = QStringLiteral("Front50 is down");
    gate.failNext(fault);

    const auto dialog = dialogFor(gate);
    dialog->fromGateButton()->click();
    dialog->gatePanel()->fetchButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->gatePanel()->isBusy(), 10000);
    const QString status = dialog->gatePanel()->statusText();
    QVERIFY2(status.contains(QStringLiteral("Front50 is down")), qPrintable(status));
    // Nothing known changed: still Foremast's failure, nothing to publish.
    QVERIFY2(dialog->existingText().startsWith(QStringLiteral("None known")), qPrintable(dialog->existingText()));
    QVERIFY(dialog->generation().pipelines.isEmpty());
    QVERIFY(!dialog->publishButton()->isEnabled());
    QVERIFY(dialog->gatePanel()->fetchButton()->isEnabled()); // the user may try again
}

void TestOnetimeFetch::timeoutIsShown()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.addApplication(App);
    gate.failNext(slowList(6000));

    const auto dialog = dialogFor(gate, 1500);
    dialog->fromGateButton()->click();
    dialog->gatePanel()->fetchButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->gatePanel()->isBusy(), 5000);
    const QString status = dialog->gatePanel()->statusText();
    QVERIFY2(status.contains(ListPath), qPrintable(status));
    QVERIFY(dialog->generation().pipelines.isEmpty());
    QVERIFY(dialog->existingText().startsWith(QStringLiteral("None known")));
}

void TestOnetimeFetch::cancelStopsFetching()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    gate.addApplication(App);
    for (const QJsonValue &pipeline : readArray(CaseDir + QStringLiteral("/existing.json")))
        gate.storePipeline(pipeline.toObject());
    gate.failNext(slowList(5000));

    const auto dialog = dialogFor(gate);
    dialog->fromGateButton()->click();
    dialog->gatePanel()->fetchButton()->click();
    // Wait until the list request is out, then cancel it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->gatePanel()->statusText().contains(QStringLiteral("Reading the pipelines")), 5000);
    QVERIFY(dialog->gatePanel()->isBusy());
    dialog->gatePanel()->cancelButton()->click();
    QVERIFY(!dialog->gatePanel()->isBusy());
    QVERIFY2(dialog->gatePanel()->statusText().startsWith(QStringLiteral("Canceled")), qPrintable(dialog->gatePanel()->statusText()));
    QVERIFY(dialog->gatePanel()->fetchButton()->isEnabled());
    QVERIFY(!dialog->gatePanel()->cancelButton()->isEnabled());
    // The late answer changes nothing.
    QTest::qWait(200);
    QVERIFY(dialog->existingText().startsWith(QStringLiteral("None known")));
    QVERIFY(dialog->generation().pipelines.isEmpty());
}

FD_TEST_WIDGETS_MAIN_THREADS_ENDED(TestOnetimeFetch)
#include "tst_onetimefetch.moc"
