// SPDX-License-Identifier: Apache-2.0
#include "LayoutTestUtil.h"
#include "layout/LayoutJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Fd;
using FdTest::checkInvariants;
using FdTest::parseStages;
using FdTest::placement;

class TestStageLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placements_data();
    void placements();
    void positions();
    void labelHeightsMakeRowsTaller();
    void compactModeForManyColumns();
    void containerWidth();
    void rowOverrideFloatsUp();
    void skipEdgeBesideShortColumn();
    void oneSlotPerParentAndColumn();
    void everyStageNeedsTheFirst();
    void placeholderBudget();
    void findingsNameTheStage_data();
    void findingsNameTheStage();
    void emptyListGivesConfigurationOnly();
    void twoThousandStages();
    void deterministic();
    void estimateWrapsWords();
};

void TestStageLayout::placements_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");  // "column,row" per stage, input order
    QTest::addColumn<int>("findings");
    QTest::addColumn<int>("placeholders");

    QTest::newRow("chain") << "1 2:1 3:2" << "1,0 2,0 3,0" << 0 << 0;
    QTest::newRow("fan-out, leaves by id") << "1 2:1 4:1 3:1" << "1,0 2,0 2,2 2,1" << 0 << 0;
    // The child whose chain reaches further right comes first.
    QTest::newRow("fan-out, long branch first") << "1 2:1 3:1 4:3" << "1,0 2,1 2,0 3,0" << 0 << 0;
    QTest::newRow("fan-in") << "1 2 3:1,2" << "1,0 1,1 2,0" << 0 << 0;
    // 3 sits right of its deepest parent; the edge 1 → 3 takes row 0 of column 2, so 2 moves down.
    QTest::newRow("fan-in from different columns") << "1 2:1 3:1,2" << "1,0 2,1 3,0" << 0 << 1;
    QTest::newRow("diamond") << "1 2:1 3:1 4:2,3" << "1,0 2,0 2,1 3,0" << 0 << 0;
    // 1 → 4 skips columns 2 and 3 on row 0: both get a placeholder there, so 2 and 3 move down.
    QTest::newRow("long skip edge") << "1 2:1 3:2 4:1,3" << "1,0 2,1 3,1 4,0" << 0 << 2;
    // The skipped column is shorter than the row: no placeholder needed.
    // 2 → 5 skips column 3 on row 0, so 4 moves down (and 2 sorts first: it has a leaf child).
    QTest::newRow("skip edge over a busy column") << "1 2:1 3:1 4:3 5:2,4" << "1,0 2,0 2,1 3,1 4,0" << 0 << 1;
    QTest::newRow("cycle with a root") << "1 2:1,3 3:2" << "1,0 2,0 3,0" << 1 << 0;
    QTest::newRow("cycle without a root") << "1:2 2:1" << "1,0 2,0" << 1 << 0;
    QTest::newRow("three-stage cycle") << "1:3 2:1 3:2" << "1,0 2,0 3,0" << 1 << 0;
    QTest::newRow("missing ref beside a good one") << "1 2:1,9" << "1,0 2,0" << 1 << 0;
    QTest::newRow("missing ref only") << "1 2:9" << "1,0 1,1" << 1 << 0;
    QTest::newRow("duplicate refIds") << "1 2:1 2:1 3:2" << "1,0 2,0 2,1 3,0" << 1 << 0;
    QTest::newRow("self-reference") << "1 2:1,2" << "1,0 2,0" << 1 << 0;
    QTest::newRow("self-reference only") << "1:1" << "1,0" << 1 << 0;
    QTest::newRow("empty refId") << "_ 2:1" << "1,0 1,1" << 2 << 0;
    QTest::newRow("repeated requisite") << "1 2:1,1" << "1,0 2,0" << 0 << 0;
    QTest::newRow("two pipelines in one") << "1 2:1 3 4:3" << "1,0 2,0 1,1 2,1" << 0 << 0;
}

void TestStageLayout::placements()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QFETCH(int, findings);
    QFETCH(int, placeholders);
    const QList<LayoutStage> stages = parseStages(spec);
    const StageLayout layout = layoutStages(stages);
    QCOMPARE(placement(layout), expected);
    QCOMPARE(layout.findings.size(), findings);
    QCOMPARE(layout.placeholders.size(), placeholders);
    QCOMPARE(checkInvariants(layout, int(stages.size())), QString());
}

void TestStageLayout::positions()
{
    // 5 columns: Deck's normal mode, radius 8, label width 100 → columns 127 px apart, 16 px in.
    const StageLayout layout = layoutStages(parseStages(QStringLiteral("1 2:1 3:2 4:1,3")));
    QCOMPARE(layout.radius, 8.0);
    QCOMPARE(layout.columnWidth, 127.0);
    QCOMPARE(layout.nodes.at(0).position, QPointF(16, 22));
    QCOMPARE(layout.nodes.at(1).position, QPointF(143, 22));
    // Row 0 is 17 + 20 px tall (one line of label), so row 1 is at 22 + 37.
    QCOMPARE(layout.nodes.at(2).position, QPointF(270, 59));
    QCOMPARE(layout.nodes.at(3).position, QPointF(397, 59));
    QCOMPARE(layout.nodes.at(4).position, QPointF(524, 22));
    QCOMPARE(layout.placeholders.at(0).position, QPointF(270, 22));
    // Labels: right of the glyph, above it for nodes with children, centred for leaves.
    QCOMPARE(layout.nodes.at(1).labelRect, QRectF(154, 4, 100, 17));
    QCOMPARE(layout.nodes.at(4).labelRect, QRectF(535, 14, 100, 17));
    QCOMPARE(layout.size, QSizeF(16 + 5 * 127 + 16, 11 + 37 + 37 + 11));
    // Edge 1 → 4 runs straight along row 0; 1 → 2 is an S-curve down to row 1.
    const LayoutEdge &skip = layout.edges.at(layout.nodes.at(1).childEdges.at(1));
    QCOMPARE(skip.child, 4);
    QCOMPARE(skip.svgPath(), QStringLiteral("M151,22 C333.5,22 333.5,22 516,22"));
    const LayoutEdge &down = layout.edges.at(layout.nodes.at(1).childEdges.at(0));
    QCOMPARE(down.svgPath(), QStringLiteral("M151,22 C206.5,22 206.5,59 262,59"));
}

void TestStageLayout::labelHeightsMakeRowsTaller()
{
    LayoutOptions options;
    options.labelHeight = [](const QString &label, qreal width) {
        return label.contains(QLatin1String("tall")) ? 51.0 : (width == 100 ? 17.0 : -1.0);
    };
    QList<LayoutStage> stages = parseStages(QStringLiteral("1 2:1 3:1"));
    stages[1].name = QStringLiteral("tall label");
    const StageLayout layout = layoutStages(stages, options);
    QCOMPARE(placement(layout), QStringLiteral("1,0 2,0 2,1"));
    QCOMPARE(layout.rowHeights, (QList<qreal>{71, 37}));
    QCOMPARE(layout.nodes.at(3).position.y(), 22.0 + 71);
    QCOMPARE(layout.nodes.at(2).labelRect.height(), 51.0);
}

void TestStageLayout::compactModeForManyColumns()
{
    const StageLayout layout = layoutStages(parseStages(QStringLiteral("1 2:1 3:2 4:3 5:4 6:5 7:6")));
    QCOMPARE(layout.columnCount, 8);
    QCOMPARE(layout.radius, 6.0);
    QCOMPARE(layout.labelOffsetX, 9.0);
    QCOMPARE(layout.labelOffsetY, 15.0);
    QCOMPARE(layout.columnWidth, 121.0);  // the spacing of the documentation's diagrams
    QCOMPARE(layout.nodes.at(7).position, QPointF(12 + 7 * 121, 22));
}

void TestStageLayout::containerWidth()
{
    LayoutOptions options;
    options.containerWidth = 1016;
    const StageLayout wide = layoutStages(parseStages(QStringLiteral("1 2:1 3:2")), options);
    // (1016 - 16) / 4 columns - (16 + 11) = 223
    QCOMPARE(wide.labelWidth, 223.0);
    options.containerWidth = 300;
    const StageLayout narrow = layoutStages(parseStages(QStringLiteral("1 2:1 3:2")), options);
    QCOMPARE(narrow.labelWidth, 100.0);
}

void TestStageLayout::rowOverrideFloatsUp()
{
    QList<LayoutStage> stages = parseStages(QStringLiteral("1 2:1 3:1 4:1"));
    stages[3].graphRowOverride = 1;
    QCOMPARE(placement(layoutStages(stages)), QStringLiteral("1,0 2,1 2,2 2,0"));
    stages[3].graphRowOverride = 0;  // Deck ignores 0
    QCOMPARE(placement(layoutStages(stages)), QStringLiteral("1,0 2,0 2,1 2,2"));
}

void TestStageLayout::skipEdgeBesideShortColumn()
{
    // 3 (column 1, row 2) → 5 (column 3, row 2) crosses column 2, which has only row 0: nothing
    // to step around, so no placeholder (Deck's "column at least that long" rule).
    QList<LayoutStage> stages = parseStages(QStringLiteral("1 2 3 4:1 5:4,3 6:4 7:4"));
    const double overrides[] = {1, 2, 3, 0, 3, 1, 2};
    for (int i = 0; i < stages.size(); ++i)
        stages[i].graphRowOverride = overrides[i];
    const StageLayout layout = layoutStages(stages);
    QCOMPARE(placement(layout), QStringLiteral("1,0 1,1 1,2 2,0 3,2 3,0 3,1"));
    QCOMPARE(layout.placeholders.size(), 0);
    QCOMPARE(checkInvariants(layout, int(stages.size())), QString());
}

void TestStageLayout::oneSlotPerParentAndColumn()
{
    // 1 → 4 and 1 → 5 both run along row 0: one empty slot in columns 2 and 3 serves both (Deck
    // would stack a second, empty row there).
    const StageLayout layout = layoutStages(parseStages(QStringLiteral("1 2:1 3:2 4:3,1 5:4,1")));
    QCOMPARE(placement(layout), QStringLiteral("1,0 2,1 3,1 4,1 5,0"));
    QCOMPARE(layout.placeholders.size(), 3);
    QCOMPARE(layout.rowCount, 2);
    QCOMPARE(checkInvariants(layout, 5), QString());
}

void TestStageLayout::everyStageNeedsTheFirst()
{
    // A chain of 2,000 where every stage also needs stage 1: 2,000 long edges on one row. Deck
    // inserts a quadratic number of placeholders here; this must stay fast and drawable.
    QList<LayoutStage> stages;
    for (int i = 1; i <= 2000; ++i) {
        LayoutStage stage;
        stage.refId = QString::number(i);
        stage.name = QStringLiteral("Stage %1").arg(i);
        if (i > 1)
            stage.requisiteStageRefIds << QString::number(i - 1) << QStringLiteral("1");
        stages << stage;
    }
    QElapsedTimer timer;
    timer.start();
    const StageLayout layout = layoutStages(stages);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(layout.columnCount, 2001);
    QVERIFY(layout.placeholders.size() <= 8004);
    QVERIFY(layout.rowCount <= 3);
    QCOMPARE(checkInvariants(layout, 2000), QString());
    QVERIFY(layout.findings.isEmpty());
}

void TestStageLayout::placeholderBudget()
{
    // 100 roots, each with a child after a 100-stage chain, on the root's own row: every root's
    // edge wants a slot in all 100 chain columns. 10,000 slots for 300 stages is past the budget
    // (4 per node): the layout stops inserting, says so, and is still consistent.
    QList<LayoutStage> stages;
    const auto add = [&stages](const QString &refId, const QString &name, const QStringList &parents) {
        LayoutStage stage;
        stage.refId = refId;
        stage.name = name;
        stage.requisiteStageRefIds = parents;
        stages << stage;
    };
    for (int i = 0; i < 100; ++i)
        add(QString::number(1 + i), QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')), {});
    for (int j = 0; j < 100; ++j)
        add(QString::number(101 + j), QStringLiteral("C%1").arg(j, 3, 10, QLatin1Char('0')),
            j == 0 ? QStringList() : QStringList{QString::number(100 + j)});
    for (int i = 0; i < 100; ++i)
        add(QString::number(201 + i), QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0')),
            {QString::number(1 + i), QStringLiteral("200")});
    const StageLayout layout = layoutStages(stages);
    QCOMPARE(layout.nodes.at(1).row, layout.nodes.at(201).row);
    QCOMPARE(layout.placeholders.size(), 1204);
    QCOMPARE(layout.findings.size(), 1);
    QVERIFY(layout.findings.first().isWarning());
    QVERIFY(layout.findings.first().message.contains(QLatin1String("too many long dependencies")));
    QCOMPARE(checkInvariants(layout, 300), QString());
}

void TestStageLayout::findingsNameTheStage_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("refId");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("word");

    QTest::newRow("cycle") << "1 2:1,3 3:2" << "2" << "stages[1].requisiteStageRefIds[1]" << "cycle";
    QTest::newRow("missing") << "1 2:1,9" << "2" << "stages[1].requisiteStageRefIds[1]" << "\"9\"";
    QTest::newRow("duplicate") << "1 1" << "1" << "stages[1].refId" << "also used";
    QTest::newRow("self") << "1 2:2" << "2" << "stages[1].requisiteStageRefIds[0]" << "itself";
    QTest::newRow("no refId") << "1 _:1" << "" << "stages[1].refId" << "no refId";
}

void TestStageLayout::findingsNameTheStage()
{
    QFETCH(QString, spec);
    QFETCH(QString, refId);
    QFETCH(QString, keyPath);
    QFETCH(QString, word);
    const StageLayout layout = layoutStages(parseStages(spec));
    QCOMPARE(layout.findings.size(), 1);
    const Error &error = layout.findings.first();
    QVERIFY(!error.isWarning());
    QCOMPARE(error.stageRefId, refId);
    QCOMPARE(error.stageName, QStringLiteral("Stage %1").arg(refId.isEmpty() ? QStringLiteral("_") : refId));
    QCOMPARE(error.keyPath, keyPath);
    QVERIFY2(error.message.contains(word), qPrintable(error.message));
}

void TestStageLayout::emptyListGivesConfigurationOnly()
{
    const StageLayout layout = layoutStages({});
    QCOMPARE(layout.nodes.size(), 1);
    QVERIFY(layout.nodes.at(0).isConfiguration());
    QVERIFY(layout.nodes.at(0).leaf);
    QCOMPARE(layout.nodes.at(0).name, QStringLiteral("Configuration"));
    QCOMPARE(layout.edges.size(), 0);
    QCOMPARE(layout.findings.size(), 1);
    QVERIFY(layout.findings.first().isWarning());
    QVERIFY(layout.size.width() > 100 && layout.size.height() >= 51);
    QCOMPARE(checkInvariants(layout, 0), QString());
}

namespace {

/// 2,000 stages: a main chain with side branches, fan-ins, skips and some bad references.
QList<LayoutStage> bigPipeline()
{
    QList<LayoutStage> stages;
    quint32 seed = 12345;
    const auto next = [&seed](int bound) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % quint32(bound));
    };
    for (int i = 1; i <= 2000; ++i) {
        LayoutStage stage;
        stage.refId = QString::number(i);
        stage.name = QStringLiteral("Stage number %1 of a very long pipeline").arg(i);
        if (i % 700 == 1) {
            stage.requisiteStageRefIds << QString::number(i - 1);
        } else if (i > 1) {
            stage.requisiteStageRefIds << QString::number(std::max(1, i - 1 - next(4)));
            if (next(5) == 0)
                stage.requisiteStageRefIds << QString::number(std::max(1, i - 2 - next(30)));
        }
        if (i % 500 == 0)
            stage.requisiteStageRefIds << QStringLiteral("missing-%1").arg(i);
        if (i % 700 == 0)
            stage.requisiteStageRefIds << QString::number(i + 1);  // i + 1 requires i: a cycle
        stages << stage;
    }
    return stages;
}

} // namespace

void TestStageLayout::twoThousandStages()
{
    const QList<LayoutStage> stages = bigPipeline();
    QElapsedTimer timer;
    timer.start();
    const StageLayout layout = layoutStages(stages);
    qInfo("2000 stages laid out in %lld ms, %d columns, %d rows, %d placeholders", timer.elapsed(),
          layout.columnCount, layout.rowCount, int(layout.placeholders.size()));
    QCOMPARE(checkInvariants(layout, 2000), QString());
    QVERIFY(layout.columnCount > 100);
    QVERIFY(layout.size.width() < 1e7 && layout.size.height() < 1e7);
    int missing = 0;
    int cycles = 0;
    for (const Error &error : layout.findings) {
        missing += error.message.contains(QLatin1String("missing-")) ? 1 : 0;
        cycles += error.message.contains(QLatin1String("cycle")) ? 1 : 0;
    }
    QCOMPARE(missing, 4);
    QCOMPARE(cycles, 2);
}

void TestStageLayout::deterministic()
{
    const QList<LayoutStage> stages = bigPipeline();
    const QByteArray first = QJsonDocument(layoutToJson(layoutStages(stages))).toJson();
    const QByteArray second = QJsonDocument(layoutToJson(layoutStages(stages))).toJson();
    QCOMPARE(first, second);
}

void TestStageLayout::estimateWrapsWords()
{
    QCOMPARE(estimateLabelHeight(QStringLiteral("Bake [us-east-1]"), 100), 17.0);
    // 16 characters fit in 100 px: "Infrastructure" / "Setup [dev]".
    QCOMPARE(estimateLabelHeight(QStringLiteral("Infrastructure Setup [dev]"), 100), 34.0);
    QCOMPARE(estimateLabelHeight(QString(40, QLatin1Char('x')), 100), 51.0);
    QCOMPARE(estimateLabelHeight(QString(), 100), 17.0);
    QCOMPARE(estimateLabelHeight(QStringLiteral("a b"), 0), 34.0);
}

QTEST_GUILESS_MAIN(TestStageLayout)
#include "tst_stagelayout.moc"
