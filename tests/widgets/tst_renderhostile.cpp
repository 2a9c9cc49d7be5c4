// SPDX-License-Identifier: Apache-2.0
// render against hostile input: it never overwrites its own input and refuses an enormous graph
// at once (bounded time and memory) instead of laying it out.
#include "../support/CliRun.h"
#include "../support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Fd;

class TestRenderHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesToOverwriteItsInput();
    void refusesToOverwriteARunwayFile();
    void enormousGraphIsRefused();
};

void TestRenderHostile::refusesToOverwriteItsInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipeline.json"));
    const QByteArray bytes = R"({"name": "p", "stages": [{"refId": "1", "type": "wait", "name": "Wait"}]})";
    Test::writeBytes(path, bytes);
    const Test::CliRun run = Test::runCli({QStringLiteral("render"), path, QStringLiteral("--out"), path});
    QCOMPARE(run.code, int(Cli::ExitUnusable));
    QVERIFY2(run.err.contains(QStringLiteral("would overwrite the input")), qPrintable(run.err));
    QCOMPARE(Test::readBytes(path), bytes);
}

void TestRenderHostile::refusesToOverwriteARunwayFile()
{
    QTemporaryDir dir;
    Test::copyFolder(Test::goldenPath("foremast-v5/01-getting-started-dev/runway"), dir.path());
    const QString target = dir.filePath(QStringLiteral("pipeline.json"));
    const QByteArray before = Test::readBytes(target);
    const Test::CliRun run = Test::runCli({QStringLiteral("render"), dir.path(), QStringLiteral("--out"), target});
    QCOMPARE(run.code, int(Cli::ExitUnusable));
    QVERIFY2(run.err.contains(QStringLiteral("would overwrite the input")), qPrintable(run.err));
    QCOMPARE(Test::readBytes(target), before);
}

void TestRenderHostile::enormousGraphIsRefused()
{
    // 1,000 stages, each depending on every earlier one: half a million edges.
    QJsonArray stages;
    for (int i = 0; i < 1000; ++i) {
        QJsonArray needs;
        for (int j = 0; j < i; ++j)
            needs << QString::number(j);
        stages << QJsonObject{{QStringLiteral("refId"), QString::number(i)}, {QStringLiteral("type"), QStringLiteral("wait")},
                              {QStringLiteral("name"), QStringLiteral("W%1").arg(i)},
                              {QStringLiteral("requisiteStageRefIds"), needs}};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    Test::writeBytes(path, QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("huge")},
                                                     {QStringLiteral("stages"), stages}}).toJson(QJsonDocument::Compact));
    const QString out = dir.filePath(QStringLiteral("huge.png"));
    const Test::CliRun run = Test::runCli({QStringLiteral("render"), path, QStringLiteral("--out"), out});
    QCOMPARE(run.code, int(Cli::ExitUnusable));
    QVERIFY2(run.err.contains(QStringLiteral("1000 stages")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("huge.json")));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestRenderHostile)
#include "tst_renderhostile.moc"
