// SPDX-License-Identifier: Apache-2.0
// Every edit is an undoable command; saving writes exactly what the edits changed.
#include "../editors/EditorFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Fd;

namespace {

/// The editors' fixture, plus the path of a file in the copied runway.
struct Fixture : Test::EditorFixture
{
    using EditorFixture::EditorFixture;
    QString file(const char *name) const { return QDir(folder).filePath(QLatin1String(name)); }
};

const KeyPath MinInst{QStringLiteral("asg"), QStringLiteral("min_inst")};

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setValueUndoRedo();
    void typingMerges();
    void typingBackIsObsolete();
    void resetValueInherits();
    void regionValueOnListFormConvertsToBlocks();
    void addCloneMoveEnv();
    void renameEnvSavesUnderNewNameKeepingBytes();
    void removeEnvKeepsFileUnlessAsked();
    void addAndRemoveRegion();
    void saveMarksClean();
    void saveOneFileKeepsOthersPending();
    void invalidEnvNamesAreRefused();
    void envNameReasonsAreNamed_data();
    void envNameReasonsAreNamed();
    void renameUsesTheSameRules();
    void oneNotificationPerCommand();
    void structuralEditHappensInRedo();
};

void TestEditSession::setValueUndoRedo()
{
    Fixture f;
    QSignalSpy changed(f.doc(), &RunwayDocument::changed);
    QSignalSpy modified(f.doc(), &RunwayDocument::modifiedChanged);
    f.session->setValue(QStringLiteral("prod"), MinInst, 7);
    QCOMPARE(f.doc()->value(QStringLiteral("prod"), MinInst), QJsonValue(7));
    QCOMPARE(f.stack()->count(), 1);
    QVERIFY(f.stack()->undoText().contains(QStringLiteral("asg.min_inst")));
    QCOMPARE(changed.count(), 1);
    const auto change = changed.first().at(0).value<DocumentChange>();
    QCOMPARE(change.kind, DocumentChange::Value);
    QCOMPARE(change.file, QStringLiteral("prod"));
    QCOMPARE(change.path, MinInst);
    QCOMPARE(modified.count(), 1);
    QVERIFY(f.doc()->isModified());
    f.stack()->undo();
    QCOMPARE(f.doc()->value(QStringLiteral("prod"), MinInst), QJsonValue(2));
    QVERIFY(!f.doc()->isModified());
    QCOMPARE(modified.count(), 2);
    f.stack()->redo();
    QCOMPARE(f.doc()->value(QStringLiteral("prod"), MinInst), QJsonValue(7));
    // Setting the same value again pushes nothing.
    f.session->setValue(QStringLiteral("prod"), MinInst, 7);
    QCOMPARE(f.stack()->count(), 1);
}

void TestEditSession::typingMerges()
{
    Fixture f;
    const KeyPath type{QStringLiteral("app"), QStringLiteral("instance_type")};
    for (const char *text : {"t", "t3", "t3.", "t3.l", "t3.large"})
        f.session->setValue(QStringLiteral("dev"), type, QLatin1String(text), true);
    QCOMPARE(f.stack()->count(), 1);
    f.session->setValue(QStringLiteral("dev"), MinInst, 4, true); // another key: a new step
    QCOMPARE(f.stack()->count(), 2);
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.doc()->value(QStringLiteral("dev"), type), QJsonValue(QStringLiteral("t2.small")));
}

void TestEditSession::typingBackIsObsolete()
{
    Fixture f;
    const KeyPath type{QStringLiteral("app"), QStringLiteral("instance_type")};
    f.session->setValue(QStringLiteral("dev"), type, QStringLiteral("t2.smal"), true);
    f.session->setValue(QStringLiteral("dev"), type, QStringLiteral("t2.small"), true);
    QCOMPARE(f.stack()->count(), 0);
    QVERIFY(!f.doc()->isModified());
}

void TestEditSession::resetValueInherits()
{
    Fixture f;
    const KeyPath path{QStringLiteral("regions"), QStringLiteral("us-west-2"), QStringLiteral("asg"), QStringLiteral("min_inst")};
    f.session->resetValue(QStringLiteral("prod"), path);
    QVERIFY(f.doc()->value(QStringLiteral("prod"), path).isUndefined());
    QCOMPARE(f.doc()->context().merged().region(QStringLiteral("prod"), QStringLiteral("us-west-2"))
                 .value(QStringLiteral("asg")).toObject().value(QStringLiteral("min_inst")), QJsonValue(2));
    f.stack()->undo();
    QCOMPARE(f.doc()->value(QStringLiteral("prod"), path), QJsonValue(5));
}

void TestEditSession::regionValueOnListFormConvertsToBlocks()
{
    Fixture f("01-getting-started-dev");
    f.session->setRegionValue(QStringLiteral("dev"), QStringLiteral("us-east-1"), MinInst, 2);
    QCOMPARE(f.stack()->count(), 1);
    QCOMPARE(f.doc()->value(QStringLiteral("dev"), {QStringLiteral("regions")}),
             QJsonValue(QJsonObject{{QStringLiteral("us-east-1"), QJsonObject{{QStringLiteral("asg"), QJsonObject{{QStringLiteral("min_inst"), 2}}}}}}));
    f.stack()->undo();
    QCOMPARE(f.doc()->value(QStringLiteral("dev"), {QStringLiteral("regions")}), QJsonValue(QJsonArray{QStringLiteral("us-east-1")}));
}

void TestEditSession::addCloneMoveEnv()
{
    Fixture f;
    QVERIFY(f.session->addEnv(QStringLiteral("stage"), 1, QStringLiteral("dev")));
    QCOMPARE(f.doc()->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    QCOMPARE(f.doc()->fileValue(QStringLiteral("stage")), f.doc()->fileValue(QStringLiteral("dev")));
    QVERIFY(!f.session->addEnv(QStringLiteral("stage"), 0)); // already there
    QVERIFY(f.session->moveEnv(QStringLiteral("prod"), 0));
    QCOMPARE(f.doc()->runway().envOrder().first(), QStringLiteral("prod"));
    QVERIFY(f.session->save().ok());
    QVERIFY(QFileInfo::exists(f.file("application-master-stage.json")));
    QCOMPARE(Test::readJsonObject(f.file("pipeline.json")).value(QStringLiteral("env")).toArray().first().toString(), QStringLiteral("prod"));
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.doc()->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    QVERIFY(!f.doc()->runway().envFile(QStringLiteral("stage")));
}

void TestEditSession::renameEnvSavesUnderNewNameKeepingBytes()
{
    Fixture f;
    const QByteArray before = Test::readBytes(f.file("application-master-prod.json"));
    QVERIFY(f.session->renameEnv(QStringLiteral("prod"), QStringLiteral("production")));
    QCOMPARE(f.doc()->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("production")}));
    QVERIFY(f.session->save().ok());
    QVERIFY(!QFileInfo::exists(f.file("application-master-prod.json")));
    QCOMPARE(Test::readBytes(f.file("application-master-production.json")), before);
    QVERIFY(!f.doc()->isModified());
    // Undo after save: the old name comes back on the next save.
    f.stack()->undo();
    QVERIFY(f.doc()->isModified());
    QVERIFY(f.session->save().ok());
    QCOMPARE(Test::readBytes(f.file("application-master-prod.json")), before);
    QVERIFY(!QFileInfo::exists(f.file("application-master-production.json")));
}

void TestEditSession::removeEnvKeepsFileUnlessAsked()
{
    Fixture f;
    QVERIFY(f.session->removeEnv(QStringLiteral("prod"), false));
    QVERIFY(f.session->save().ok());
    QVERIFY(QFileInfo::exists(f.file("application-master-prod.json")));
    QCOMPARE(f.doc()->runway().envOrder(), QStringList{QStringLiteral("dev")});
    QVERIFY(f.session->removeEnv(QStringLiteral("dev"), true));
    QVERIFY(QFileInfo::exists(f.file("application-master-dev.json"))); // only on save
    QVERIFY(f.session->save().ok());
    QVERIFY(!QFileInfo::exists(f.file("application-master-dev.json")));
}

void TestEditSession::addAndRemoveRegion()
{
    Fixture f;
    QVERIFY(f.session->addRegion(QStringLiteral("dev"), QStringLiteral("eu-west-1")));
    QCOMPARE(f.session->regionsOf(QStringLiteral("dev")), (QStringList{QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")}));
    QVERIFY(!f.session->addRegion(QStringLiteral("dev"), QStringLiteral("eu-west-1")));
    QVERIFY(f.session->removeRegion(QStringLiteral("dev"), QStringLiteral("us-east-1")));
    QVERIFY(!f.session->removeRegion(QStringLiteral("dev"), QStringLiteral("eu-west-1"))); // the last one stays
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.session->regionsOf(QStringLiteral("dev")), QStringList{QStringLiteral("us-east-1")});
    QVERIFY(!f.doc()->isModified());
}

void TestEditSession::saveMarksClean()
{
    Fixture f;
    QSignalSpy clean(f.stack(), &QUndoStack::cleanChanged);
    f.session->setValue(QString(), {QStringLiteral("owner_email")}, QStringLiteral("new@example.com"));
    QVERIFY(!f.stack()->isClean());
    QVERIFY(f.session->save().ok());
    QVERIFY(f.stack()->isClean());
    QCOMPARE(Test::readJsonObject(f.file("pipeline.json")).value(QStringLiteral("owner_email")).toString(), QStringLiteral("new@example.com"));
    QCOMPARE(clean.count(), 2);
}

void TestEditSession::saveOneFileKeepsOthersPending()
{
    Fixture f;
    f.session->setValue(QStringLiteral("dev"), MinInst, 2);
    f.session->setValue(QStringLiteral("prod"), MinInst, 3);
    const QByteArray prodBefore = Test::readBytes(f.file("application-master-prod.json"));
    const Result<QStringList> written = f.session->save(false, {f.doc()->filePath(QStringLiteral("dev"))});
    QVERIFY(written.ok());
    QCOMPARE(*written, QStringList{f.file("application-master-dev.json")});
    QCOMPARE(Test::readBytes(f.file("application-master-prod.json")), prodBefore);
    QVERIFY(f.doc()->isModified());
    QVERIFY(!f.stack()->isClean());
    QCOMPARE(f.doc()->modifiedFiles(), QStringList{f.file("application-master-prod.json")});
    QVERIFY(f.session->save().ok());
    QVERIFY(f.stack()->isClean());
}

void TestEditSession::invalidEnvNamesAreRefused()
{
    Fixture f;
    for (const char *bad : {"", "a b", "../x", "-x", "a/b"})
        QVERIFY2(!f.session->addEnv(QLatin1String(bad), 0), bad);
    QCOMPARE(f.stack()->count(), 0);
}

void TestEditSession::envNameReasonsAreNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("space") << QStringLiteral("qa env") << QStringLiteral("contains a space");
    QTest::newRow("exists") << QStringLiteral("dev") << QStringLiteral("already exists");
    QTest::newRow("case") << QStringLiteral("Dev") << QStringLiteral("differs only in case from dev");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("contains “/”");
    QTest::newRow("leading dash") << QStringLiteral("-x") << QStringLiteral("must start with a letter or a digit");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
}

void TestEditSession::envNameReasonsAreNamed()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    Fixture f;
    const QString problem = f.session->envNameProblem(name);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(!f.session->addEnv(name, 0));
    QCOMPARE(f.stack()->count(), 0);
    QVERIFY(f.session->envNameProblem(QStringLiteral("qa")).isEmpty());
}

void TestEditSession::renameUsesTheSameRules()
{
    Fixture f;
    QVERIFY(f.session->envNameProblem(QStringLiteral("Prod"), QStringLiteral("prod")).isEmpty()); // its own case
    QVERIFY(f.session->envNameProblem(QStringLiteral("Dev"), QStringLiteral("prod")).contains(QStringLiteral("differs only in case")));
    QVERIFY(!f.session->renameEnv(QStringLiteral("prod"), QStringLiteral("my prod")));
    QVERIFY(!f.session->renameEnv(QStringLiteral("prod"), QStringLiteral("DEV")));
    QCOMPARE(f.stack()->count(), 0);
    QCOMPARE(f.doc()->runway().envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
}

void TestEditSession::oneNotificationPerCommand()
{
    Fixture f;
    QSignalSpy changed(f.doc(), &RunwayDocument::changed);
    QVERIFY(f.session->addEnv(QStringLiteral("stage"), 1, QStringLiteral("dev"))); // a file and the order
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<DocumentChange>().kind, DocumentChange::Structure);
    QVERIFY(f.session->renameEnv(QStringLiteral("stage"), QStringLiteral("qa")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.session->addRegion(QStringLiteral("qa"), QStringLiteral("eu-west-1")));
    QCOMPARE(changed.count(), 2);
    f.session->setRegionValue(QStringLiteral("dev"), QStringLiteral("us-east-1"), MinInst, 3);
    QCOMPARE(changed.count(), 3);
    changed.clear();
    for (int i = 0; i < 4; ++i)
        f.stack()->undo();
    QCOMPARE(changed.count(), 4);
    for (int i = 0; i < 4; ++i)
        f.stack()->redo();
    QCOMPARE(changed.count(), 8);
}

void TestEditSession::structuralEditHappensInRedo()
{
    // Pushing runs the edit: a command that was never redone leaves the document untouched, and a
    // redo after undo gives back exactly the state of the first run.
    Fixture f;
    QVERIFY(f.session->addRegion(QStringLiteral("dev"), QStringLiteral("eu-west-1")));
    const QJsonObject after = f.doc()->fileValue(QStringLiteral("dev"));
    f.stack()->undo();
    QVERIFY(!f.session->regionsOf(QStringLiteral("dev")).contains(QStringLiteral("eu-west-1")));
    f.stack()->redo();
    QCOMPARE(f.doc()->fileValue(QStringLiteral("dev")), after);
    // A refused edit leaves no step behind.
    QVERIFY(!f.session->removeEnv(QStringLiteral("nope"), false));
    QCOMPARE(f.stack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
