// SPDX-License-Identifier: Apache-2.0
// Changes made on disk by other programs are noticed; our own saves are not reported.
#include "../support/TestSupport.h"
#include "document/RunwayDocument.h"
#include "document/RunwayWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fd;

class TestRunwayWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noticesExternalEditsNotOwnSaves();
};

void TestRunwayWatcher::noticesExternalEditsNotOwnSaves()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("runway"));
    Test::copyFolder(Test::goldenPath("foremast-v5/02-dev-prod-two-regions/runway"), folder);
    RunwayDocument doc(*openRunway({folder, QStringLiteral("forrest"), QStringLiteral("core"), {}}));
    RunwayWatcher watcher(&doc);
    QSignalSpy spy(&watcher, &RunwayWatcher::externallyChanged);

    doc.setValue(QStringLiteral("dev"), {QStringLiteral("deploy_strategy")}, QStringLiteral("redblack"));
    QVERIFY(doc.save().ok());
    QVERIFY(!spy.wait(600)); // our own save is not news
    QVERIFY(watcher.changedFiles().isEmpty());

    const QString prod = QDir(folder).filePath(QStringLiteral("application-master-prod.json"));
    QVERIFY(Test::writeBytes(prod, "{\"regions\": {\"us-east-1\": {}}}\n"));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.last().first().toStringList(), QStringList{prod});

    const QString added = QDir(folder).filePath(QStringLiteral("application-master-qa.json"));
    QVERIFY(Test::writeBytes(added, "{}"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2 && spy.last().first().toStringList().contains(added), 5000);
}

QTEST_GUILESS_MAIN(TestRunwayWatcher)
#include "tst_runwaywatcher.moc"
