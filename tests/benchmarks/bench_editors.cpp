// SPDX-License-Identifier: Apache-2.0
// What the settings editors add to every edit: the env/region form, the pipeline form and the
// tree re-read the document on each change. Runway: 12 envs x 6 regions, every region overridden.
#include "../support/LargeRunway.h"
#include "EditSession.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/JsonTreeEditor.h"
#include "editors/JsonTreeModel.h"
#include "editors/SettingsEditorPanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;


class BenchEditors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void regionValueEdit();
    void typingAtEnvLevel();
    void pipelineValueEdit();
    void structuralUndoRedo();
    void withoutEditors_data();
    void withoutEditors();
    void wholeRunwayMerge();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<SettingsEditorPanel> m_panel;
};

void BenchEditors::initTestCase()
{
    const QString runway = m_dir.filePath(QStringLiteral("runway"));
    QVERIFY(Test::LargeRunway::write(runway));
    Result<RunwayContext> context = openRunway({runway, QStringLiteral("forrest"), QStringLiteral("core"), {}});
    QVERIFY(context.ok());
    m_session = std::make_unique<EditSession>(std::move(context).value());
    m_panel = std::make_unique<SettingsEditorPanel>(m_session.get());
    m_panel->showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    m_panel->treeEditor()->model()->setShowDefaults(true);
    m_panel->resize(900, 1000);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void BenchEditors::regionValueEdit()
{
    const KeyPath path{QStringLiteral("regions"), QStringLiteral("us-west-2"), QStringLiteral("asg"), QStringLiteral("min_inst")};
    int value = 1;
    QBENCHMARK {
        m_session->setValue(QStringLiteral("prod"), path, ++value % 5);
    }
}

void BenchEditors::typingAtEnvLevel()
{
    const KeyPath path{QStringLiteral("app"), QStringLiteral("instance_type")};
    int n = 0;
    QBENCHMARK {
        m_session->setValue(QStringLiteral("prod"), path, QStringLiteral("t3.%1").arg(++n % 7), true);
    }
}

void BenchEditors::pipelineValueEdit()
{
    int n = 0;
    QBENCHMARK {
        m_session->setValue(QString(), {QStringLiteral("owner_email")}, QStringLiteral("a%1@example.com").arg(++n % 7), true);
    }
}

void BenchEditors::structuralUndoRedo()
{
    // QBENCHMARK may run this function more than once: move only when dev is not there yet.
    if (m_session->document()->runway().envOrder().indexOf(QStringLiteral("dev")) != 5)
        QVERIFY(m_session->moveEnv(QStringLiteral("dev"), 5));
    QBENCHMARK {
        m_session->undoStack()->undo();
        m_session->undoStack()->redo();
    }
}

void BenchEditors::withoutEditors_data()
{
    QTest::addColumn<bool>("structural");
    QTest::newRow("region value") << false;
    QTest::newRow("structural undo/redo") << true;
}

void BenchEditors::withoutEditors()
{
    // The same edits with no editor listening: what the document and undo stack cost alone.
    QFETCH(bool, structural);
    m_panel->setSession(nullptr);
    const KeyPath path{QStringLiteral("regions"), QStringLiteral("us-west-2"), QStringLiteral("asg"), QStringLiteral("min_inst")};
    int value = 1;
    QBENCHMARK {
        if (structural) {
            m_session->undoStack()->undo();
            m_session->undoStack()->redo();
        } else {
            m_session->setValue(QStringLiteral("prod"), path, ++value % 5);
        }
    }
    m_panel->setSession(m_session.get());
    m_panel->showEnv(QStringLiteral("prod"), QStringLiteral("us-west-2"));
    m_panel->treeEditor()->model()->setShowDefaults(true);
}

void BenchEditors::wholeRunwayMerge()
{
    // For comparison: what each form's refresh cost when it merged the whole runway.
    QBENCHMARK {
        m_session->document()->context().merged();
    }
}

void BenchEditors::cleanupTestCase()
{
    m_panel.reset();
    m_session.reset();
}

QTEST_MAIN(BenchEditors)
#include "bench_editors.moc"
