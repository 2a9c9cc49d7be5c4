// SPDX-License-Identifier: Apache-2.0
// Every text the code asks QCoreApplication::translate() for, while the verbs print their help and
// errors and the window opens and edits, is in the catalogue under the same context. lupdate's
// view of the sources is checked by check_catalogue.py; this checks the code's view at run time.
#include "../support/CliRun.h"
#include "../window/WindowFixture.h"
#include "EditSession.h"
#include "SettingsDialog.h"
#include "TranslationTestSupport.h"

#include <QApplication>
#include <QTest>
#include <QUndoStack>

using namespace Fd;

class TestCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void verbLookupsAreInCatalogue();
    void windowLookupsAreInCatalogue();

private:
    void verifyAllInCatalogue();
    Test::RecordingTranslator *m_recorder = nullptr;
};

void TestCatalogue::init()
{
    m_recorder = new Test::RecordingTranslator;
    QCoreApplication::installTranslator(m_recorder);
}

void TestCatalogue::cleanup()
{
    QCoreApplication::removeTranslator(m_recorder);
    delete m_recorder;
}

void TestCatalogue::verifyAllInCatalogue()
{
    const QSet<Test::Lookup> catalogue =
        Test::readCatalogue(QStringLiteral(FD_SOURCE_DIR "/translations/foremast-designer_de.ts"));
    QVERIFY(catalogue.size() > 500);
    QVERIFY(m_recorder->seen().size() > 20); // the recorder was asked at all
    QStringList missing;
    for (const Test::Lookup &lookup : m_recorder->seen()) {
        if (!Test::isQtContext(lookup.first) && !catalogue.contains(lookup))
            missing << QStringLiteral("%1: \"%2\"").arg(lookup.first, lookup.second);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Looked up but not in the catalogue:\n") + missing.join(QLatin1Char('\n'))));
}

void TestCatalogue::verbLookupsAreInCatalogue()
{
    // Verbs hosted by foremast-designer-publish/-gui run in those programs, not in-process.
    for (const Cli::Verb &verb : Cli::verbs())
        if (verb.host == Cli::VerbHost::Core)
            QCOMPARE(Test::runCli({QLatin1String(verb.name), QStringLiteral("--help")}).code, int(Cli::ExitOk));
    QCOMPARE(Test::runCli({QStringLiteral("no-such-verb")}).code, int(Cli::ExitUnusable));

    QTemporaryDir dir;
    // A runway that is not JSON, one with a key of the wrong type, and one that is missing.
    Test::writeBytes(dir.filePath(QStringLiteral("syntax/pipeline.json")), "{ \"env\": [\"dev\" }");
    Test::writeBytes(dir.filePath(QStringLiteral("types/pipeline.json")), "{ \"env\": [\"dev\"], \"type\": 3 }");
    Test::writeBytes(dir.filePath(QStringLiteral("types/application-master-dev.json")), "{ \"asg\": { \"min_inst\": \"three\" } }");
    for (const char *name : {"syntax", "types", "missing"}) {
        const Test::CliRun run = Test::runCli({QStringLiteral("validate"), dir.filePath(QLatin1String(name)),
                                               QStringLiteral("--project"), QStringLiteral("forrest"),
                                               QStringLiteral("--repo"), QStringLiteral("core")});
        QVERIFY2(run.code != Cli::ExitOk, qPrintable(run.out + run.err));
    }
    verifyAllInCatalogue();
}

void TestCatalogue::windowLookupsAreInCatalogue()
{
    Test::WindowFixture f;
    QVERIFY(f.open());
    EditSession *session = f.window->session();
    QVERIFY(session->addEnv(QStringLiteral("stage"), 1, QStringLiteral("dev")));
    QVERIFY(session->addRegion(QStringLiteral("stage"), QStringLiteral("eu-west-1")));
    session->setValue(QStringLiteral("dev"), {QStringLiteral("asg"), QStringLiteral("min_inst")}, QStringLiteral("three"));
    QVERIFY(!session->undoStack()->undoText().isEmpty());
    SettingsDialog settings(f.window.get());
    verifyAllInCatalogue();
}

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
