// SPDX-License-Identifier: Apache-2.0
// The publish dialog, offscreen, driving the fake Gate.
#include "PublishHarness.h"
#include "TestCertificates.h"
#include "publish/PublishDialog.h"
#include "../support/ThreadsEndedMain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Fd;
using namespace Fd::Test;

namespace {

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QStringList column(const PublishDialog &dialog, int column)
{
    QStringList out;
    const QTreeWidget *tree = child<QTreeWidget>(dialog, "regions");
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class TestPublishDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compareThenPublish();
    void blockedByValidationErrors();
    void signInFailureIsShown();
    void rememberedPasswordGoesToKeychain();
    void obsoletePipelineNeedsTick();
    void cancelMidPublish();
    void insecureTlsWarnsEveryCompare();

private:
    QNetworkAccessManager m_nam;
};

void TestPublishDialog::compareThenPublish()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = gate.url();
    services.gate.origin = QStringLiteral("foremast.cfg");
    PublishDialog dialog(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}),
                         services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *publish = child<QPushButton>(dialog, "publishButton");
    QVERIFY(!publish->isEnabled()); // nothing compared yet
    QCOMPARE(child<QLineEdit>(dialog, "gateUrl")->text(), gate.url().toString());

    QSignalSpy compared(&dialog, &PublishDialog::compared);
    QSignalSpy settingsUsed(&dialog, &PublishDialog::gateSettingsUsed);
    child<QPushButton>(dialog, "compareButton")->click();
    QVERIFY(compared.wait(10000));
    QCOMPARE(settingsUsed.size(), 1);
    QCOMPARE(column(dialog, 0), (QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));
    QCOMPARE(column(dialog, 2), (QStringList{QStringLiteral("new"), QStringLiteral("new")}));
    QVERIFY(child<QPlainTextEdit>(dialog, "diff")->toPlainText().contains(QLatin1String("+    \"name\": \"myapp [us-east-1]\"")));
    QCOMPARE(gate.count("POST"), 0);

    // The application is missing: Publish waits for the user to agree to create it.
    QCheckBox *create = child<QCheckBox>(dialog, "createApplication");
    QVERIFY(create->isVisible());
    QVERIFY(!publish->isEnabled());
    create->setChecked(true);
    QVERIFY(publish->isEnabled());

    QSignalSpy published(&dialog, &PublishDialog::published);
    publish->click();
    QVERIFY(published.wait(10000));
    QVERIFY(dialog.report().succeeded());
    QVERIFY(dialog.report().applicationCreated);
    for (const QString &result : column(dialog, 3))
        QVERIFY2(result.startsWith(QLatin1String("published")), qPrintable(result));
    QCOMPARE(gate.pipelines(QStringLiteral("myapp")).size(), 2);
    QVERIFY(!publish->isEnabled()); // a second publish needs a fresh comparison
    QVERIFY(child<QLabel>(dialog, "status")->text().contains(QLatin1String("Published")));
    QVERIFY(!dialog.grab().isNull());
}

void TestPublishDialog::blockedByValidationErrors()
{
    FakeGate gate;
    QVERIFY(gate.listen());
    PublishRequest request = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")});
    Error finding;
    finding.file = QStringLiteral("pipeline.json");
    finding.message = QStringLiteral("env qa has no application-master-qa.json");
    request.findings << finding;
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = gate.url();
    PublishDialog dialog(request, services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *blocked = child<QLabel>(dialog, "blockedReason");
    QVERIFY(blocked->isVisible());
    QVERIFY(blocked->text().contains(QLatin1String("application-master-qa.json")));
    QVERIFY(!child<QPushButton>(dialog, "compareButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "publishButton")->isEnabled());
    dialog.startCompare();
    dialog.startPublish();
    QVERIFY(!dialog.isBusy());
    QVERIFY(gate.requests().isEmpty());
}

void TestPublishDialog::signInFailureIsShown()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Basic);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("right"));
    QVERIFY(gate.listen());
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = gate.url();
    services.gate.mode = SignInMode::Basic;
    services.gate.username = QStringLiteral("alice");
    PublishDialog dialog(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}), services);
    child<QLineEdit>(dialog, "secret")->setText(QStringLiteral("wrong"));
    dialog.startCompare();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY(!dialog.hasPlan());
    QVERIFY(child<QLabel>(dialog, "status")->text().contains(QLatin1String("did not accept")));
    QVERIFY(!child<QPushButton>(dialog, "publishButton")->isEnabled());

    child<QLineEdit>(dialog, "secret")->setText(QStringLiteral("right"));
    QSignalSpy compared(&dialog, &PublishDialog::compared);
    dialog.startCompare();
    QVERIFY(compared.wait(10000));
    QVERIFY(child<QLabel>(dialog, "status")->text().contains(QLatin1String("Signed in as alice")));
}

void TestPublishDialog::rememberedPasswordGoesToKeychain()
{
    FakeGate gate;
    gate.setAuthMode(FakeGate::AuthMode::Form);
    gate.addUser(QStringLiteral("alice"), QStringLiteral("pw"));
    QVERIFY(gate.listen());
    MemorySecretStore keychain; // stands in for the system keychain
    PublishDialogServices services;
    services.network = &m_nam;
    services.keychain = &keychain;
    services.gate.url = gate.url();
    services.gate.mode = SignInMode::Form;
    services.gate.username = QStringLiteral("alice");
    {
        PublishDialog dialog(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}), services);
        child<QLineEdit>(dialog, "secret")->setText(QStringLiteral("pw"));
        QSignalSpy compared(&dialog, &PublishDialog::compared);
        dialog.startCompare();
        QVERIFY(compared.wait(10000));
        QVERIFY(!keychain.contains(services.gate.secretKey())); // not ticked: not remembered
        child<QCheckBox>(dialog, "rememberSecret")->setChecked(true);
        dialog.startCompare();
        QVERIFY(compared.wait(10000));
        QTRY_VERIFY(keychain.contains(services.gate.secretKey()));
    }
    PublishDialog again(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}), services);
    QVERIFY(child<QLineEdit>(again, "secret")->text().isEmpty());
    QSignalSpy compared(&again, &PublishDialog::compared);
    again.startCompare();
    QVERIFY(compared.wait(10000));
    QCOMPARE(again.plan().user.username, QStringLiteral("alice"));
}

void TestPublishDialog::obsoletePipelineNeedsTick()
{
    PublishHarness h;
    QVERIFY(h.publishAll(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")})).succeeded());
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = h.gate.url();
    const PublishRequest fewer = sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}, QStringLiteral(" v2"));
    for (const bool tick : {false, true}) {
        PublishDialog dialog(fewer, services);
        QSignalSpy compared(&dialog, &PublishDialog::compared);
        dialog.startCompare();
        QVERIFY(compared.wait(10000));
        QCOMPARE(column(dialog, 2).last(), QStringLiteral("delete (region removed)"));
        QTreeWidget *tree = child<QTreeWidget>(dialog, "regions");
        QTreeWidgetItem *obsolete = tree->topLevelItem(1);
        QCOMPARE(obsolete->checkState(0), Qt::Unchecked);
        tree->setCurrentItem(obsolete);
        QVERIFY(child<QPlainTextEdit>(dialog, "diff")->toPlainText().contains(QLatin1String("no longer has")));
        if (tick)
            obsolete->setCheckState(0, Qt::Checked);
        QSignalSpy published(&dialog, &PublishDialog::published);
        dialog.startPublish();
        QVERIFY(published.wait(10000));
        QCOMPARE(h.gate.pipelineByName(QStringLiteral("myapp"), QStringLiteral("myapp [eu-west-1]")).isEmpty(), tick);
        if (tick)
            QVERIFY(obsolete->text(3).startsWith(QLatin1String("deleted")));
    }
}

void TestPublishDialog::cancelMidPublish()
{
    PublishHarness h;
    h.gate.addApplication(QStringLiteral("myapp"));
    h.gate.setDelayMs(200); // the first 6 saves take 400 ms: time enough to cancel the other 6
    QStringList regions;
    for (int i = 0; i < 12; ++i)
        regions << QStringLiteral("region-%1").arg(i);
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = h.gate.url();
    PublishDialog dialog(sampleRequest(QStringLiteral("myapp"), regions), services);
    dialog.show();
    QSignalSpy compared(&dialog, &PublishDialog::compared);
    dialog.startCompare();
    QVERIFY(compared.wait(10000));
    QSignalSpy published(&dialog, &PublishDialog::published);
    dialog.startPublish();
    QPushButton *close = child<QPushButton>(dialog, "closeButton");
    QCOMPARE(close->text(), QStringLiteral("Cancel"));
    QTRY_VERIFY_WITH_TIMEOUT(h.gate.pipelines(QStringLiteral("myapp")).size() >= 1, 10000);
    close->click(); // cancels, does not close
    QVERIFY(published.wait(10000));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.report().canceled);
    const QStringList results = column(dialog, 3);
    const int published1 = int(results.filter(QRegularExpression(QStringLiteral("^published"))).size());
    const int canceled = int(results.filter(QRegularExpression(QStringLiteral("^canceled"))).size());
    QCOMPARE(published1 + canceled, 12);
    QVERIFY(canceled >= 1);
    QCOMPARE(int(h.gate.pipelines(QStringLiteral("myapp")).size()), published1);
    QCOMPARE(close->text(), QStringLiteral("Close"));
}

void TestPublishDialog::insecureTlsWarnsEveryCompare()
{
    TestCertificates certs;
    QString error;
    if (!certs.generate(&error))
        QSKIP(qPrintable(error));
    FakeGate gate;
    QVERIFY(gate.listenTls(certs.serverConfiguration()));
    PublishDialogServices services;
    services.network = &m_nam;
    services.gate.url = gate.url();
    PublishDialog dialog(sampleRequest(QStringLiteral("myapp"), {QStringLiteral("us-east-1")}), services);
    dialog.show();
    QSignalSpy compared(&dialog, &PublishDialog::compared);
    dialog.startCompare();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY(child<QLabel>(dialog, "status")->text().contains(QLatin1String("secure connection")));
    child<QCheckBox>(dialog, "allowInsecureTls")->setChecked(true);
    QVERIFY(child<QLabel>(dialog, "insecureWarning")->isVisible());
    for (int i = 0; i < 2; ++i) {
        dialog.startCompare();
        QVERIFY(compared.wait(10000));
        QLabel *warnings = child<QLabel>(dialog, "warnings");
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QLatin1String("not checked")));
    }
}

FD_TEST_WIDGETS_MAIN_THREADS_ENDED(TestPublishDialog)
#include "tst_publishdialog.moc"
