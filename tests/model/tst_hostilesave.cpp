// SPDX-License-Identifier: Apache-2.0
// Saving over hostile runway files: keys Qt's JSON parser would lose (a BOM inside a key,
// duplicates) survive; a save into a vanished or read-only folder says why and writes nothing;
// a save interrupted before or after its journal is undone or finished on the next load.
#include "HostileRepo.h"
#include "json/JsonPath.h"
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"
#include "runway/RunwayFileGuard.h"
#include "runway/RunwaySave.h"

#include <QTest>

#include <cerrno>
#include <unistd.h>

using namespace Fd;
using Fd::Test::Repo;
using Fd::Test::snapshot;

class TestHostileSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bomKeySurvivesSave();
    void duplicateKeysSurviveSave();
    void saveErrorsAreClassified();
    void interruptedSaveBeforeJournalIsUndone();
    void interruptedSaveAfterJournalIsFinished();
};

void TestHostileSave::bomKeySurvivesSave()
{
    Repo repo;
    const QString path = repo.file(QStringLiteral("application-master-dev.json"));
    const QByteArray original = "{\n    \"\xEF\xBB\xBF" "hidden\": 1,\n    \"app\": {\"instance_type\": \"t2.micro\"}\n}\n";
    Test::writeBytes(path, original);
    Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    QVERIFY(JsonPath::setValue(runway.value().envs[QStringLiteral("dev")].value,
                               JsonPath::fromString(QStringLiteral("app.instance_type")), QStringLiteral("t3.large")));
    const Result<QStringList> saved = saveRunway(runway.value());
    const QByteArray after = Test::readBytes(path);
    if (saved.ok()) {
        QByteArray expected = original;
        expected.replace("t2.micro", "t3.large");
        QCOMPARE(after, expected);
    } else {
        QCOMPARE(saved.error().code, Error::Code::Refused);
        QCOMPARE(after, original);
    }
}

void TestHostileSave::duplicateKeysSurviveSave()
{
    Repo repo;
    const QString path = repo.file(QStringLiteral("application-master-dev.json"));
    const QByteArray original = "{\n    \"app\": 1,\n    \"x\": 2,\n    \"app\": {\"instance_type\": \"t2.micro\"}\n}\n";
    Test::writeBytes(path, original);
    Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    QVERIFY(JsonPath::setValue(runway.value().envs[QStringLiteral("dev")].value,
                               JsonPath::fromString(QStringLiteral("x")), 3));
    QVERIFY(saveRunway(runway.value()).ok());
    QByteArray expected = original;
    expected.replace("\"x\": 2", "\"x\": 3");
    QCOMPARE(Test::readBytes(path), expected);
}

void TestHostileSave::saveErrorsAreClassified()
{
    QCOMPARE(codeOfErrno(EACCES), Error::Code::PermissionDenied);
    QCOMPARE(codeOfErrno(EROFS), Error::Code::PermissionDenied);
    QCOMPARE(codeOfErrno(ENOSPC), Error::Code::DiskFull);
    QCOMPARE(codeOfErrno(ENOENT), Error::Code::NotFound);

    // The folder vanished between open and save: "not found", not "changed on disk".
    Repo repo;
    Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    runway.value().pipeline.value.insert(QStringLiteral("owner_email"), QStringLiteral("me@example.com"));
    QVERIFY(QDir(repo.runway()).removeRecursively());
    const Result<QStringList> saved = saveRunway(runway.value(), true);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QVERIFY(saved.error().message.contains(QStringLiteral("no longer exists")));

    // A read-only folder: "permission denied", and nothing written.
    if (::geteuid() == 0)
        QSKIP("running as root: permissions cannot refuse a write");
    Repo locked;
    Result<Runway> other = loadRunway(locked.runway());
    other.value().pipeline.value.insert(QStringLiteral("owner_email"), QStringLiteral("me@example.com"));
    QFile::setPermissions(locked.runway(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const auto before = snapshot(locked.dir.path());
    const Result<QStringList> denied = saveRunway(other.value());
    QFile::setPermissions(locked.runway(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Code::PermissionDenied);
    QCOMPARE(snapshot(locked.dir.path()), before);
}

void TestHostileSave::interruptedSaveBeforeJournalIsUndone()
{
    Repo repo;
    const QString env = repo.file(QStringLiteral("application-master-dev.json"));
    const QByteArray old = Test::readBytes(env);
    Test::writeBytes(saveTempPath(env), "{\"half\": ");
    const Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    QCOMPARE(Test::readBytes(env), old);
    QVERIFY(!QFileInfo::exists(saveTempPath(env)));
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("interrupted before")));
}

void TestHostileSave::interruptedSaveAfterJournalIsFinished()
{
    Repo repo;
    const QString env = repo.file(QStringLiteral("application-master-dev.json"));
    const QString pipeline = repo.file(QStringLiteral("pipeline.json"));
    // The kill came after the journal and the first rename: pipeline.json is new, dev is not yet.
    Test::writeBytes(pipeline, "{\"env\": [\"dev\"], \"owner_email\": \"new\"}\n");
    Test::writeBytes(saveTempPath(env), "{\"app\": {\"instance_type\": \"new\"}}\n");
    Test::writeBytes(repo.file(SaveJournalName),
                     "{\"renames\": [{\"from\": \".pipeline.json.fd-save\", \"to\": \"pipeline.json\"},"
                     "{\"from\": \".application-master-dev.json.fd-save\", \"to\": \"application-master-dev.json\"}],"
                     "\"deletes\": []}");
    const Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    QCOMPARE(runway->envs.value(QStringLiteral("dev")).value.value(QStringLiteral("app")).toObject()
                 .value(QStringLiteral("instance_type")).toString(), QStringLiteral("new"));
    QVERIFY(!QFileInfo::exists(repo.file(SaveJournalName)));
    QVERIFY(!QFileInfo::exists(saveTempPath(env)));
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().message.contains(QStringLiteral("application-master-dev.json")));
}

QTEST_GUILESS_MAIN(TestHostileSave)
#include "tst_hostilesave.moc"
