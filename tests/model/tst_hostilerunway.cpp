// SPDX-License-Identifier: Apache-2.0
// Hostile runway folders: each is refused (or warned about) with a message that says what is
// wrong and where, never blocks, never quotes content from outside the runway, and leaves every
// byte on disk as it was.
#include "../support/TestSupport.h"
#include "json/JsonFile.h"
#include "json/JsonPath.h"
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"
#include "runway/RunwayFileGuard.h"
#include "runway/RunwaySave.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace Fd;

namespace {

/// Every file under `root` (links not followed) with its bytes, or its link target.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            files.insert(path, "link:" + info.symLinkTarget().toUtf8());
        else if (info.isFile())
            files.insert(path, Test::readBytes(path));
        else
            files.insert(path, "entry");
    }
    return files;
}

/// A repository holding runway/ with pipeline.json (env dev) and application-master-dev.json.
struct Repo
{
    QTemporaryDir dir;
    QString root() const { return dir.path() + QStringLiteral("/repo"); }
    QString runway() const { return root() + QStringLiteral("/runway"); }
    QString file(const QString &name) const { return runway() + QLatin1Char('/') + name; }

    Repo()
    {
        QDir().mkpath(root() + QStringLiteral("/.git"));
        Test::writeBytes(file(QStringLiteral("pipeline.json")), "{\n    \"env\": [\"dev\"]\n}\n");
        Test::writeBytes(file(QStringLiteral("application-master-dev.json")),
                         "{\n    \"app\": {\"instance_type\": \"t2.micro\"}\n}\n");
        Test::writeBytes(dir.path() + QStringLiteral("/outside-token"), "ghp_SECRETTOKENVALUE");
    }
};

Error loadError(const QString &folder)
{
    const Result<Runway> runway = loadRunway(folder);
    return runway ? Error() : runway.error();
}

} // namespace

class TestHostileRunway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void symlinkOutOfRepositoryIsRefused();
    void symlinkInsideRepositoryIsReadButNotWrittenThrough();
    void parseErrorThroughLinkQuotesNothing();
    void specialFiles_data();
    void specialFiles();
    void folderWithoutPipelineJson();
    void repositoryFolderNamesItsRunway();
    void controlCharacterInString_data();
    void controlCharacterInString();
    void controlCharacterScanOnRandomText();
    void nonUtf8FileName();
    void regionNames_data();
    void regionNames();
    void bomKeySurvivesSave();
    void duplicateKeysSurviveSave();
    void saveErrorsAreClassified();
    void interruptedSaveBeforeJournalIsUndone();
    void interruptedSaveAfterJournalIsFinished();
};

void TestHostileRunway::symlinkOutOfRepositoryIsRefused()
{
    Repo repo;
    const QString env = repo.file(QStringLiteral("application-master-dev.json"));
    QFile::remove(env);
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), env));
    const auto before = snapshot(repo.dir.path());
    const Error e = loadError(repo.runway());
    QCOMPARE(e.file, env);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("outside the runway's repository")), qPrintable(e.message));
    QVERIFY(!e.toString().contains(QStringLiteral("root:")));
    QCOMPARE(snapshot(repo.dir.path()), before);
}

void TestHostileRunway::symlinkInsideRepositoryIsReadButNotWrittenThrough()
{
    Repo repo;
    const QString shared = repo.root() + QStringLiteral("/shared-dev.json");
    const QString env = repo.file(QStringLiteral("application-master-dev.json"));
    QVERIFY(QFile::rename(env, shared));
    QVERIFY(QFile::link(shared, env));
    Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY2(runway.ok(), qPrintable(runway.ok() ? QString() : runway.error().toString()));
    QVERIFY(JsonPath::setValue(runway.value().envs[QStringLiteral("dev")].value,
                               JsonPath::fromString(QStringLiteral("app.instance_type")), QStringLiteral("t3.large")));
    const auto before = snapshot(repo.dir.path());
    const Result<QStringList> saved = saveRunway(runway.value());
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::Refused);
    QCOMPARE(saved.error().file, env);
    QVERIFY(saved.error().message.contains(QStringLiteral("symbolic link")));
    QCOMPARE(snapshot(repo.dir.path()), before);
    QVERIFY(!saveRunway(runway.value(), true).ok()); // "overwrite" does not lift the rule
    QCOMPARE(snapshot(repo.dir.path()), before);
}

void TestHostileRunway::parseErrorThroughLinkQuotesNothing()
{
    Repo repo;
    const QString secret = repo.root() + QStringLiteral("/secret.json");
    Test::writeBytes(secret, "token ghp_INSIDEREPOSECRET\n");
    const QString env = repo.file(QStringLiteral("application-master-dev.json"));
    QFile::remove(env);
    QVERIFY(QFile::link(secret, env));
    const Error e = loadError(repo.runway());
    QCOMPARE(e.file, env);
    QVERIFY(e.line > 0);
    QVERIFY2(!e.toString().contains(QStringLiteral("ghp_")), qPrintable(e.toString()));
}

void TestHostileRunway::specialFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << "fifo" << "FIFO";
    QTest::newRow("folder") << "folder" << "folder";
    QTest::newRow("device") << "device" << "device";
    QTest::newRow("loop") << "loop" << "loop of symbolic links";
    QTest::newRow("dangling") << "dangling" << "symbolic link to nothing";
}

void TestHostileRunway::specialFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    for (const QString &name : {QStringLiteral("pipeline.json"), QStringLiteral("application-master-dev.json")}) {
        Repo repo;
        const QString path = repo.file(name);
        QFile::remove(path);
        const QByteArray native = QFile::encodeName(path);
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        else if (kind == QLatin1String("device"))
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        else if (kind == QLatin1String("loop"))
            QVERIFY(QFile::link(path, path));
        else
            QVERIFY(QFile::link(repo.file(QStringLiteral("gone.json")), path));
        const auto before = snapshot(repo.dir.path());
        const Error e = loadError(repo.runway()); // would block forever on the FIFO if it opened it
        QCOMPARE(e.file, path);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("does not exist")));
        QCOMPARE(snapshot(repo.dir.path()), before);
    }
}

void TestHostileRunway::folderWithoutPipelineJson()
{
    Repo repo;
    QFile::remove(repo.file(QStringLiteral("pipeline.json")));
    const auto before = snapshot(repo.dir.path());
    const Error e = loadError(repo.runway());
    QCOMPARE(e.code, Error::Code::NotFound);
    QCOMPARE(e.file, repo.file(QStringLiteral("pipeline.json")));
    QVERIFY(e.message.contains(QStringLiteral("not a runway")));
    QCOMPARE(snapshot(repo.dir.path()), before);
    QCOMPARE(loadError(repo.dir.path()).code, Error::Code::NotFound); // any folder at all
}

void TestHostileRunway::repositoryFolderNamesItsRunway()
{
    // People point at the service repository; the runway is its runway/ subfolder.
    Repo repo;
    const auto before = snapshot(repo.dir.path());
    const Error e = loadError(repo.root());
    QCOMPARE(e.code, Error::Code::NotFound);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(repo.runway())), qPrintable(e.message));
    QCOMPARE(runwayInside(repo.root()), QDir::cleanPath(repo.runway()));
    QCOMPARE(runwayInside(repo.runway()), QString());
    QCOMPARE(snapshot(repo.dir.path()), before);
}

void TestHostileRunway::controlCharacterInString_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::newRow("nul") << QByteArray("{\n    \"app\": \"a\0b\"\n}\n", 20) << 2 << 14 << "0000";
    QTest::newRow("bell in key") << QByteArray("{\n  \"a\x07\": 1\n}\n") << 2 << 5 << "0007";
    QTest::newRow("raw newline") << QByteArray("{\"a\": \"x\ny\"}") << 1 << 9 << "000A";
    QTest::newRow("raw tab") << QByteArray("{\"a\":\n \"\tx\"}") << 2 << 3 << "0009";
}

void TestHostileRunway::controlCharacterInString()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, code);
    Repo repo;
    const QString path = repo.file(QStringLiteral("application-master-dev.json"));
    Test::writeBytes(path, bytes);
    const auto before = snapshot(repo.dir.path());
    const Error e = loadError(repo.runway());
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY2(e.message.contains(QStringLiteral("control character (U+") + code), qPrintable(e.message));
    QVERIFY(!e.context.contains(QChar(0)));
    QCOMPARE(snapshot(repo.dir.path()), before);
    // An escaped control character is fine, as in Python.
    Test::writeBytes(path, "{\"app\": \"a\\u0000b\\n\"}");
    QVERIFY(loadRunway(repo.runway()).ok());
}

void TestHostileRunway::controlCharacterScanOnRandomText()
{
    // rawControlInString skips between strings with memchr; the plain byte-by-byte scan is the
    // reference, on texts made of the bytes that matter.
    const auto reference = [](const QByteArray &text) {
        bool inString = false;
        for (int i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (!inString)
                inString = c == '"';
            else if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (uchar(c) < 0x20)
                return i;
        }
        return -1;
    };
    const char alphabet[] = {'"', '\\', '\n', '\t', '\x01', ' ', 'a', '{', ':'};
    QRandomGenerator random(12);
    for (int round = 0; round < 5000; ++round) {
        QByteArray text;
        const int size = int(random.bounded(24));
        for (int i = 0; i < size; ++i)
            text.append(alphabet[random.bounded(int(sizeof alphabet))]);
        QCOMPARE(rawControlInString(text), reference(text));
    }
}

void TestHostileRunway::nonUtf8FileName()
{
    Repo repo;
    const QByteArray name = QFile::encodeName(repo.runway()) + "/application-master-\xff\xfe.json";
    {
        FILE *f = std::fopen(name.constData(), "w");
        QVERIFY(f);
        std::fputs("{}", f);
        std::fclose(f);
    }
    const auto before = snapshot(repo.dir.path());
    const Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("UTF-8")));
    QVERIFY2(findings.first().file.endsWith(QStringLiteral("application-master-\\xff\\xfe.json")), qPrintable(findings.first().file));
    QCOMPARE(snapshot(repo.dir.path()), before);
}

void TestHostileRunway::regionNames_data()
{
    QTest::addColumn<QByteArray>("envFile");
    QTest::addColumn<QString>("keyPath");
    QTest::newRow("space") << QByteArray(R"({"regions": ["us east 1"]})") << "regions[0]";
    QTest::newRow("path") << QByteArray(R"({"regions": ["../x"]})") << "regions[0]";
    QTest::newRow("override key") << QByteArray(R"({"regions": {"../../etc": {}}})") << "regions";
    QTest::newRow("10 KB") << (QByteArray(R"({"regions": [")") + QByteArray(10240, 'a') + "\"]}") << "regions[0]";
}

void TestHostileRunway::regionNames()
{
    QFETCH(QByteArray, envFile);
    QFETCH(QString, keyPath);
    Repo repo;
    const QString path = repo.file(QStringLiteral("application-master-dev.json"));
    Test::writeBytes(path, envFile);
    const Result<Runway> runway = loadRunway(repo.runway());
    QVERIFY(runway.ok());
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().file, path);
    QCOMPARE(findings.first().keyPath, keyPath);
    QVERIFY(!findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("region")));
    QVERIFY(findings.first().toString().size() < 500);
}

void TestHostileRunway::bomKeySurvivesSave()
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

void TestHostileRunway::duplicateKeysSurviveSave()
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

void TestHostileRunway::saveErrorsAreClassified()
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

void TestHostileRunway::interruptedSaveBeforeJournalIsUndone()
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

void TestHostileRunway::interruptedSaveAfterJournalIsFinished()
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

QTEST_GUILESS_MAIN(TestHostileRunway)
#include "tst_hostilerunway.moc"
