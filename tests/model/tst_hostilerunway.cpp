// SPDX-License-Identifier: Apache-2.0
// Hostile runway folders: each is refused (or warned about) with a message that says what is
// wrong and where, never blocks, never quotes content from outside the runway, and leaves every
// byte on disk as it was.
#include "HostileRepo.h"
#include "json/JsonPath.h"
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"
#include "runway/RunwaySave.h"

#include <QTest>

#include <sys/stat.h>

using namespace Fd;
using Fd::Test::Repo;
using Fd::Test::snapshot;

namespace {

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
    void nonUtf8FileName();
    void regionNames_data();
    void regionNames();
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

QTEST_GUILESS_MAIN(TestHostileRunway)
#include "tst_hostilerunway.moc"
