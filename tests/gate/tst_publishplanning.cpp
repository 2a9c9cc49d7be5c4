// SPDX-License-Identifier: Apache-2.0
// Pure parts of publishing: the line diff, name matching, obsolete pipelines, what is sent.
#include "gate/PipelineMatching.h"
#include "gate/TextDiff.h"

#include <QJsonArray>
#include <QTest>

using namespace Fd;

namespace {

QJsonObject pipeline(const QString &name, const QString &id = {}, const QString &app = QStringLiteral("myapp"))
{
    QJsonObject p{{QStringLiteral("name"), name}, {QStringLiteral("application"), app},
                  {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("refId"), QStringLiteral("1")},
                                                                    {QStringLiteral("type"), QStringLiteral("wait")}}}}};
    if (!id.isEmpty()) {
        p.insert(QStringLiteral("id"), id);
        p.insert(QStringLiteral("updateTs"), QStringLiteral("1700000000000"));
        p.insert(QStringLiteral("lastModifiedBy"), QStringLiteral("bob"));
        p.insert(QStringLiteral("index"), 3);
    }
    return p;
}

QStringList lines(const char *text)
{
    return splitLines(QString::fromUtf8(text));
}

} // namespace

class TestPublishPlanning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffEqual();
    void diffSmallestEdit_data();
    void diffSmallestEdit();
    void unifiedFormat();
    void unifiedSeparateHunks();
    void unifiedAdditionOnly();
    void largeInputs();
    void matchByName_data();
    void matchByName();
    void managedRegion_data();
    void managedRegion();
    void obsoleteOnlyManaged();
    void toSendAdoptsIdAndUpdateTs();
    void toSendDropsForeignId();
    void planCreateUpdateUnchanged();
    void diffIsKeySorted();
};

void TestPublishPlanning::diffEqual()
{
    const QStringList a = lines("a\nb\nc\n");
    const QList<DiffLine> d = diffLines(a, a);
    QCOMPARE(d.size(), 3);
    for (const DiffLine &l : d)
        QCOMPARE(l.kind, DiffLine::Kind::Same);
    QVERIFY(unifiedDiff(QStringLiteral("x\n"), QStringLiteral("x\n"), QStringLiteral("a"), QStringLiteral("b")).isEmpty());
    QVERIFY(diffLines({}, {}).isEmpty());
}

void TestPublishPlanning::diffSmallestEdit_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::newRow("one changed line") << "a\nb\nc\n" << "a\nB\nc\n" << 1 << 1;
    QTest::newRow("insert in middle") << "a\nc\n" << "a\nb\nc\n" << 0 << 1;
    QTest::newRow("delete at start") << "x\na\nb\n" << "a\nb\n" << 1 << 0;
    QTest::newRow("from empty") << "" << "a\nb\n" << 0 << 2;
    QTest::newRow("to empty") << "a\nb\n" << "" << 2 << 0;
    QTest::newRow("moved block") << "1\n2\n3\n4\n5\n" << "4\n5\n1\n2\n3\n" << 2 << 2;
    QTest::newRow("classic abcabba") << "a\nb\nc\na\nb\nb\na\n" << "c\nb\na\nb\na\nc\n" << 3 << 2;
}

void TestPublishPlanning::diffSmallestEdit()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, removed);
    QFETCH(int, added);
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    const QList<DiffLine> d = diffLines(a, b);
    int r = 0, n = 0;
    QStringList rebuiltOld, rebuiltNew;
    for (const DiffLine &l : d) {
        r += l.kind == DiffLine::Kind::Removed;
        n += l.kind == DiffLine::Kind::Added;
        if (l.kind != DiffLine::Kind::Added) {
            rebuiltOld << l.text;
            QCOMPARE(l.oldLine, rebuiltOld.size());
        }
        if (l.kind != DiffLine::Kind::Removed) {
            rebuiltNew << l.text;
            QCOMPARE(l.newLine, rebuiltNew.size());
        }
    }
    QCOMPARE(r, removed);
    QCOMPARE(n, added);
    // The diff must reproduce both texts exactly.
    QCOMPARE(rebuiltOld, a);
    QCOMPARE(rebuiltNew, b);
}

void TestPublishPlanning::unifiedFormat()
{
    const QString diff = unifiedDiff(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n"), QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n"),
                                     QStringLiteral("old"), QStringLiteral("new"));
    QCOMPARE(diff, QStringLiteral("--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
}

void TestPublishPlanning::unifiedSeparateHunks()
{
    QStringList a;
    for (int i = 1; i <= 20; ++i)
        a << QString::number(i);
    QStringList b = a;
    b[1] = QStringLiteral("two");
    b[17] = QStringLiteral("eighteen");
    const QString diff = unifiedDiff(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')), QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(diff.count(QStringLiteral("@@ -")), 2);
    QVERIFY(diff.contains(QStringLiteral("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n")));
    QVERIFY(diff.contains(QStringLiteral("@@ -15,6 +15,6 @@\n")));
}

void TestPublishPlanning::unifiedAdditionOnly()
{
    QCOMPARE(unifiedDiff(QString(), QStringLiteral("a\nb\n"), QStringLiteral("/dev/null"), QStringLiteral("new")),
             QStringLiteral("--- /dev/null\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
    QCOMPARE(unifiedDiff(QStringLiteral("a\nb\n"), QStringLiteral("a\nx\nb\n"), QStringLiteral("o"), QStringLiteral("n")),
             QStringLiteral("--- o\n+++ n\n@@ -1,2 +1,3 @@\n a\n+x\n b\n"));
}

void TestPublishPlanning::largeInputs()
{
    // Wholly different large texts stay fast and still describe the change completely.
    QStringList a, b;
    for (int i = 0; i < 5000; ++i) {
        a << QStringLiteral("old %1").arg(i);
        b << QStringLiteral("new %1").arg(i);
    }
    const QList<DiffLine> d = diffLines(a, b);
    QCOMPARE(d.size(), 10000);
    QCOMPARE(d.first().kind, DiffLine::Kind::Removed);
    QCOMPARE(d.last().kind, DiffLine::Kind::Added);
}

void TestPublishPlanning::matchByName_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<int>("index");
    QTest::newRow("exact") << "myapp [us-east-1]" << 1;
    QTest::newRow("case and spaces") << "  MyApp [US-EAST-1] " << 1;
    QTest::newRow("not a substring match") << "myapp [us-east" << -1;
    QTest::newRow("onetime is different") << "myapp [us-west-2]" << -1;
    QTest::newRow("other application ignored") << "myapp [eu-west-1]" << -1;
}

void TestPublishPlanning::matchByName()
{
    QFETCH(QString, wanted);
    QFETCH(int, index);
    const QJsonArray stored{pipeline(QStringLiteral("myapp [us-east-1] (onetime-dev)"), QStringLiteral("a")),
                            pipeline(QStringLiteral("myapp [us-east-1]"), QStringLiteral("b")),
                            pipeline(QStringLiteral("myapp [us-west-2] (onetime-prod)"), QStringLiteral("c")),
                            pipeline(QStringLiteral("myapp [eu-west-1]"), QStringLiteral("d"), QStringLiteral("otherapp"))};
    QCOMPARE(findStoredPipeline(stored, QStringLiteral("myapp"), wanted), index);
}

void TestPublishPlanning::managedRegion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("region");
    QTest::newRow("managed") << "myapp [us-east-1]" << "us-east-1";
    QTest::newRow("onetime") << "myapp [us-east-1] (onetime-dev)" << "";
    QTest::newRow("hand made") << "myapp deploy hotfix" << "";
    QTest::newRow("other app") << "yourapp [us-east-1]" << "";
    QTest::newRow("app prefix only") << "myapp2 [us-east-1]" << "";
    QTest::newRow("two spaces") << "myapp  [us-east-1]" << "";
    QTest::newRow("nested brackets") << "myapp [a [b]]" << "";
    QTest::newRow("empty region") << "myapp []" << "";
    QTest::newRow("space in region") << "myapp [us east]" << "";
}

void TestPublishPlanning::managedRegion()
{
    QFETCH(QString, name);
    QFETCH(QString, region);
    QCOMPARE(Fd::managedRegion(name, QStringLiteral("myapp")), region);
}

void TestPublishPlanning::obsoleteOnlyManaged()
{
    const QJsonArray stored{pipeline(QStringLiteral("myapp [us-east-1]"), QStringLiteral("1")),
                            pipeline(QStringLiteral("myapp [eu-west-1]"), QStringLiteral("2")),
                            pipeline(QStringLiteral("myapp [eu-west-1] (onetime-dev)"), QStringLiteral("3")),
                            pipeline(QStringLiteral("myapp hand made"), QStringLiteral("4")),
                            pipeline(QStringLiteral("myapp [ap-south-1]"), QStringLiteral("5"), QStringLiteral("other"))};
    const QList<ObsoletePipeline> obsolete = findObsoletePipelines(stored, QStringLiteral("myapp"), {QStringLiteral("US-EAST-1")});
    QCOMPARE(obsolete.size(), 1);
    QCOMPARE(obsolete.first().name, QStringLiteral("myapp [eu-west-1]"));
    QCOMPARE(obsolete.first().region, QStringLiteral("eu-west-1"));
    QCOMPARE(obsolete.first().id, QStringLiteral("2"));
}

void TestPublishPlanning::toSendAdoptsIdAndUpdateTs()
{
    QJsonObject generated = pipeline(QStringLiteral(" myapp [us-east-1] "));
    generated.insert(QStringLiteral("application"), QStringLiteral("wrong"));
    const QJsonObject stored = pipeline(QStringLiteral("MyApp [us-east-1]"), QStringLiteral("abc"));
    const QJsonObject sent = pipelineToSend(generated, QStringLiteral("myapp"), generated.value(QStringLiteral("name")).toString(), stored);
    QCOMPARE(sent.value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
    QCOMPARE(sent.value(QStringLiteral("updateTs")).toString(), QStringLiteral("1700000000000"));
    QCOMPARE(sent.value(QStringLiteral("name")).toString(), QStringLiteral("myapp [us-east-1]"));
    QCOMPARE(sent.value(QStringLiteral("application")).toString(), QStringLiteral("myapp"));
    QVERIFY(!sent.contains(QStringLiteral("index")));
}

void TestPublishPlanning::toSendDropsForeignId()
{
    QJsonObject generated = pipeline(QStringLiteral("myapp [us-east-1]"));
    generated.insert(QStringLiteral("id"), QStringLiteral("id-of-someone-elses-pipeline"));
    generated.insert(QStringLiteral("updateTs"), QStringLiteral("1"));
    generated.insert(QStringLiteral("lastModifiedBy"), QStringLiteral("me"));
    const QJsonObject sent = pipelineToSend(generated, QStringLiteral("myapp"), QStringLiteral("myapp [us-east-1]"), {});
    QVERIFY(!sent.contains(QStringLiteral("id")));
    QVERIFY(!sent.contains(QStringLiteral("updateTs")));
    QVERIFY(!sent.contains(QStringLiteral("lastModifiedBy")));
}

void TestPublishPlanning::planCreateUpdateUnchanged()
{
    const PipelineToPublish generated{QStringLiteral("us-east-1"), QStringLiteral("myapp [us-east-1]"),
                                      pipeline(QStringLiteral("myapp [us-east-1]"))};
    const RegionPlan create = planRegion(generated, QStringLiteral("myapp"), {});
    QCOMPARE(create.action, RegionAction::Create);
    QVERIFY(create.diff.startsWith(QStringLiteral("--- /dev/null\n")));
    QVERIFY(create.addedLines > 5);
    QCOMPARE(create.removedLines, 0);

    // Server-managed fields (updateTs, lastModifiedBy, index) are not differences.
    const QJsonObject stored = pipeline(QStringLiteral("myapp [us-east-1]"), QStringLiteral("abc"));
    const RegionPlan same = planRegion(generated, QStringLiteral("myapp"), stored);
    QCOMPARE(same.action, RegionAction::Unchanged);
    QVERIFY(same.diff.isEmpty());
    QCOMPARE(same.storedId, QStringLiteral("abc"));
    QCOMPARE(same.storedBy, QStringLiteral("bob"));

    PipelineToPublish changed = generated;
    changed.pipeline.insert(QStringLiteral("keepWaitingPipelines"), true);
    const RegionPlan update = planRegion(changed, QStringLiteral("myapp"), stored);
    QCOMPARE(update.action, RegionAction::Update);
    QCOMPARE(update.addedLines, 1);
    QCOMPARE(update.removedLines, 0);
    QVERIFY(update.diff.contains(QStringLiteral("+    \"keepWaitingPipelines\": true,")));
    QCOMPARE(update.toSend.value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
}

void TestPublishPlanning::diffIsKeySorted()
{
    QJsonObject p;
    p.insert(QStringLiteral("zeta"), 1);
    p.insert(QStringLiteral("alpha"), 2);
    p.insert(QStringLiteral("updateTs"), QStringLiteral("5"));
    const QString text = canonicalPipelineText(p);
    QVERIFY(text.indexOf(QLatin1String("alpha")) < text.indexOf(QLatin1String("zeta")));
    QVERIFY(!text.contains(QLatin1String("updateTs")));
    QVERIFY(canonicalPipelineText({}).isEmpty());
    QCOMPARE(updateTsText(QJsonValue(1700000000123.0)), QStringLiteral("1700000000123"));
    QCOMPARE(updateTsText(QJsonValue(QStringLiteral("17"))), QStringLiteral("17"));
    QVERIFY(updateTsText(QJsonValue()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPublishPlanning)
#include "tst_publishplanning.moc"
