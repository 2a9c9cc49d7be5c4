// SPDX-License-Identifier: Apache-2.0
// One small runway per class of difference the differential check (scripts/differential/) found
// between us and Foremast v5.15.4, with what the real Foremast made of it
// (tests/data/fidelity, written by scripts/differential/fidelity_cases.py).
#include "../support/CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

class TestFidelity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesForemast_data();
    void matchesForemast();
};

namespace {

const QString CannotRender = QStringLiteral("Foremast cannot render this runway");

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

/// case.json's "args" (one-time env, existing pipelines), CASE standing for the case folder.
QStringList generateArgs(const QString &caseDir)
{
    QStringList args;
    for (const QJsonValue &arg : readJson(caseDir + QStringLiteral("/case.json")).object().value(QStringLiteral("args")).toArray())
        args << arg.toString().replace(QStringLiteral("CASE"), caseDir);
    return args;
}

QStringList commonArgs(const QString &caseDir)
{
    const QJsonObject meta = readJson(caseDir + QStringLiteral("/case.json")).object();
    return {caseDir + QStringLiteral("/runway"), QStringLiteral("--project"), meta.value(QStringLiteral("project")).toString(),
            QStringLiteral("--repo"), meta.value(QStringLiteral("repo")).toString(),
            QStringLiteral("--config"), caseDir + QStringLiteral("/foremast.cfg")};
}

} // namespace

void TestFidelity::matchesForemast_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir root(QStringLiteral(FD_SOURCE_DIR "/tests/data/fidelity"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 36);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestFidelity::matchesForemast()
{
    QFETCH(QString, caseDir);
    const QDir expected(caseDir + QStringLiteral("/expected"));
    const QStringList args = commonArgs(caseDir);

    // A deliberate refusal (docs/generation.md "Deliberate differences"): Foremast renders, we
    // refuse both verbs with an error naming the file and key.
    const QJsonArray refusal = readJson(caseDir + QStringLiteral("/case.json")).object().value(QStringLiteral("refuse")).toArray();
    if (!refusal.isEmpty()) {
        QTemporaryDir out;
        const Test::CliRun generated = Test::runCli(QStringList{QStringLiteral("generate")} + args
                                                    + QStringList{QStringLiteral("--out"), out.path()});
        const Test::CliRun merged = Test::runCli(QStringList{QStringLiteral("merged")} + args);
        QCOMPARE(generated.code, 1);
        QVERIFY(QDir(out.path()).isEmpty());
        QVERIFY(merged.code != 0);
        for (const QJsonValue &text : refusal) {
            QVERIFY2(generated.err.contains(text.toString()), qPrintable(text.toString() + QStringLiteral(" not in:\n") + generated.err));
            QVERIFY2(merged.err.contains(text.toString()), qPrintable(text.toString() + QStringLiteral(" not in:\n") + merged.err));
        }
        return;
    }

    // Merged settings: Foremast's when it wrote them, else ours only with the warning.
    const Test::CliRun merged = Test::runCli(QStringList{QStringLiteral("merged")} + args);
    if (expected.exists(QStringLiteral("merged-configs.json"))) {
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QCOMPARE(QJsonDocument::fromJson(merged.out.toUtf8()), readJson(expected.filePath(QStringLiteral("merged-configs.json"))));
    } else if (merged.code == 0) {
        QVERIFY2(merged.err.contains(CannotRender), qPrintable(merged.err));
    }

    // Pipelines: Foremast's exactly; where Foremast fails, we refuse or warn.
    QTemporaryDir out;
    const Test::CliRun generated = Test::runCli(QStringList{QStringLiteral("generate")} + args
                                                + QStringList{QStringLiteral("--out"), out.path()} + generateArgs(caseDir));
    const QStringList wanted = expected.entryList({QStringLiteral("pipeline-*.json")}, QDir::Files, QDir::Name);
    if (!wanted.isEmpty()) {
        QVERIFY2(generated.code == 0, qPrintable(generated.err));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files, QDir::Name), wanted);
        for (const QString &name : wanted)
            QCOMPARE(readJson(QDir(out.path()).filePath(name)), readJson(expected.filePath(name)));
        // Foremast rendered it: saying it cannot would be wrong.
        QVERIFY2(!generated.err.contains(CannotRender), qPrintable(generated.err));
    } else if (!expected.exists(QStringLiteral("error.txt"))) {
        // Foremast succeeded without a pipeline (no env deployed anywhere): nothing to write, no warning.
        QVERIFY2(generated.code == 0, qPrintable(generated.err));
        QVERIFY(QDir(out.path()).isEmpty());
        QVERIFY2(!generated.err.contains(CannotRender), qPrintable(generated.err));
    } else {
        QVERIFY2(generated.code != 0 || generated.err.contains(CannotRender), qPrintable(generated.err));
    }
    for (const QJsonValue &text : readJson(caseDir + QStringLiteral("/case.json")).object().value(QStringLiteral("warn")).toArray())
        QVERIFY2(generated.err.contains(text.toString()), qPrintable(text.toString() + QStringLiteral(" not in:\n") + generated.err));
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
