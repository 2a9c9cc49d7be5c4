// SPDX-License-Identifier: Apache-2.0
// Loading, checking and saving runway folders, bad input included.
#include "../support/TestSupport.h"
#include "json/JsonPath.h"
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"

#include <QTest>

#include <unistd.h>

using namespace Fd;

namespace {

QString goldenRunway(const char *name)
{
    return Test::goldenPath("foremast-v5/") + QLatin1String(name) + QStringLiteral("/runway");
}

/// A copy of golden case 02's runway in a temporary folder.
QString copyOfRunway(const QTemporaryDir &dir)
{
    const QString to = dir.filePath(QStringLiteral("runway"));
    Test::copyFolder(goldenRunway("02-dev-prod-two-regions"), to);
    return to;
}

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        files.insert(name, Test::readBytes(QDir(folder).filePath(name)));
    return files;
}

Error loadError(const QString &folder)
{
    const Result<Runway> runway = loadRunway(folder);
    if (runway)
        return {};
    return runway.error();
}

} // namespace

class TestRunwayIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsEnvsInPipelineOrder();
    void saveWithoutEditsWritesNothing();
    void oneEditChangesOnlyThatKey();
    void newEnvFileIsCreated();
    void externalChangeIsNotOverwritten();
    void invalidJsonNamesFileLineColumn();
    void wrongTypeNamesKeyPathAndLine();
    void wrongTypeInRegionOverride();
    void regionNameWithControlCharactersStaysOneLine();
    void numbersAsTextAreAcceptedAndKept();
    void missingFolder();
    void folderIsAFile();
    void missingEnvFileIsAnError();
    void fileNotInPipelineIsAWarning();
    void emptyFile();
    void bomIsAccepted();
    void oversizedFileIsRefused();
    void unreadableFile();
    void notAnObject();
    void badInputChangesNothingOnDisk();
};

void TestRunwayIo::loadsEnvsInPipelineOrder()
{
    const Result<Runway> runway = loadRunway(goldenRunway("03-dev-stage-prod-features"));
    QVERIFY(runway.ok());
    QCOMPARE(runway->envOrder(), (QStringList{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")}));
    QCOMPARE(runway->envs.size(), 3);
    QVERIFY(checkRunway(*runway).isEmpty());
    QVERIFY(!runway->isModified());
}

void TestRunwayIo::saveWithoutEditsWritesNothing()
{
    QTemporaryDir dir;
    const QString folder = copyOfRunway(dir);
    const auto before = snapshot(folder);
    Result<Runway> runway = loadRunway(folder);
    QVERIFY(runway.ok());
    const Result<QStringList> written = saveRunway(runway.value());
    QVERIFY(written.ok());
    QVERIFY(written->isEmpty());
    QCOMPARE(snapshot(folder), before);
}

void TestRunwayIo::oneEditChangesOnlyThatKey()
{
    QTemporaryDir dir;
    const QString folder = copyOfRunway(dir);
    const auto before = snapshot(folder);
    Result<Runway> runway = loadRunway(folder);
    QVERIFY(runway.ok());
    RunwayFile &prod = runway.value().envs[QStringLiteral("prod")];
    QVERIFY(JsonPath::setValue(prod.value, JsonPath::fromString(QStringLiteral("regions.us-west-2.asg.min_inst")), 6));
    const Result<QStringList> written = saveRunway(runway.value());
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 1);
    const auto after = snapshot(folder);
    for (const QString &name : before.keys()) {
        if (name != QLatin1String("application-master-prod.json"))
            QCOMPARE(after.value(name), before.value(name));
    }
    const QList<QByteArray> oldLines = before.value(QStringLiteral("application-master-prod.json")).split('\n');
    const QList<QByteArray> newLines = after.value(QStringLiteral("application-master-prod.json")).split('\n');
    QCOMPARE(newLines.size(), oldLines.size());
    int differing = 0;
    for (int i = 0; i < oldLines.size(); ++i) {
        if (oldLines.at(i) != newLines.at(i)) {
            ++differing;
            QCOMPARE(newLines.at(i).trimmed(), QByteArray("\"min_inst\": 6,"));
        }
    }
    QCOMPARE(differing, 1);
    QVERIFY(!runway->isModified());
}

void TestRunwayIo::newEnvFileIsCreated()
{
    QTemporaryDir dir;
    const QString folder = copyOfRunway(dir);
    Result<Runway> runway = loadRunway(folder);
    RunwayFile file;
    file.path = QDir(folder).filePath(Runway::envFileName(QStringLiteral("qa")));
    file.value = QJsonObject{{QStringLiteral("regions"), QJsonObject{{QStringLiteral("us-east-1"), QJsonObject{}}}}};
    file.create = true;
    runway.value().envs.insert(QStringLiteral("qa"), file);
    QVERIFY(saveRunway(runway.value()).ok());
    QCOMPARE(Test::readJsonObject(file.path), file.value);
    QVERIFY(Test::readBytes(file.path).endsWith("}\n"));
}

void TestRunwayIo::externalChangeIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString folder = copyOfRunway(dir);
    Result<Runway> runway = loadRunway(folder);
    const QString pipelinePath = QDir(folder).filePath(QStringLiteral("pipeline.json"));
    const QString prodPath = QDir(folder).filePath(QStringLiteral("application-master-prod.json"));
    runway.value().pipeline.value.insert(QStringLiteral("owner_email"), QStringLiteral("me@example.com"));
    runway.value().envs[QStringLiteral("prod")].value.insert(QStringLiteral("deploy_strategy"), QStringLiteral("highlander"));
    const QByteArray theirs = "{\"env\": [\"dev\"]}\n";
    QVERIFY(Test::writeBytes(prodPath, theirs)); // another program edits one of the two files
    const QByteArray pipelineBefore = Test::readBytes(pipelinePath);
    const Result<QStringList> written = saveRunway(runway.value());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().file, prodPath);
    QCOMPARE(Test::readBytes(prodPath), theirs);
    QCOMPARE(Test::readBytes(pipelinePath), pipelineBefore); // nothing written at all
    QVERIFY(saveRunway(runway.value(), true).ok());          // unless the user says so
    QCOMPARE(Test::readJsonObject(prodPath).value(QStringLiteral("deploy_strategy")).toString(), QStringLiteral("highlander"));
}

void TestRunwayIo::invalidJsonNamesFileLineColumn()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), "{\n    \"env\": [\"dev\"],\n    \"type\": ec2\n}\n");
    const Error e = loadError(dir.path());
    QCOMPARE(e.file, dir.filePath(QStringLiteral("pipeline.json")));
    QCOMPARE(e.line, 3);
    QVERIFY(e.column > 0);
    QCOMPARE(e.context, QStringLiteral("\"type\": ec2"));
    QVERIFY(e.toString().contains(QStringLiteral("pipeline.json:3:")));
}

void TestRunwayIo::wrongTypeNamesKeyPathAndLine()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"]})");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")),
                     "{\n    \"asg\": {\n        \"max_inst\": 3,\n        \"min_inst\": \"three\"\n    }\n}\n");
    const Result<Runway> runway = loadRunway(dir.path());
    QVERIFY(runway.ok());
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().keyPath, QStringLiteral("asg.min_inst"));
    QCOMPARE(findings.first().line, 4);
    QCOMPARE(findings.first().file, dir.filePath(QStringLiteral("application-master-dev.json")));
    QVERIFY(!findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("three")));
}

void TestRunwayIo::numbersAsTextAreAcceptedAndKept()
{
    // Foremast pastes "2" into its templates, where it works as the number: accept it, and keep
    // the text form on save when another value is edited.
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"], "image": {"root_volume_size": "12"}})");
    const QByteArray dev = "{\n  \"asg\": {\"min_inst\": \"2\", \"max_inst\": \"02\"},\n"
                           "  \"elb\": {\"i_port\": \"8080\"},\n"
                           "  \"regions\": {\"us-east-1\": {\"asg\": {\"max_inst\": \"6\"}}}\n}\n";
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), dev);
    Result<Runway> runway = loadRunway(dir.path());
    QVERIFY(runway.ok());
    const Errors findings = checkRunway(*runway);
    QCOMPARE(findings.size(), 1); // only "02": Foremast would paste invalid JSON
    QCOMPARE(findings.first().keyPath, QStringLiteral("asg.max_inst"));
    QVERIFY(findings.first().message.contains(QStringLiteral("02")));

    RunwayFile &file = runway.value().envs[QStringLiteral("dev")];
    QVERIFY(JsonPath::setValue(file.value, JsonPath::fromString(QStringLiteral("asg.max_inst")), 4));
    QVERIFY(saveRunway(runway.value()).ok());
    const QByteArray saved = Test::readBytes(dir.filePath(QStringLiteral("application-master-dev.json")));
    QVERIFY2(saved.contains("\"min_inst\": \"2\"") && saved.contains("\"max_inst\": 4")
                 && saved.contains("\"i_port\": \"8080\"") && saved.contains("\"max_inst\": \"6\""),
             saved.constData());
}

void TestRunwayIo::wrongTypeInRegionOverride()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["prod"], "image": {"root_volume_size": "big"}})");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-prod.json")),
                     R"({"regions": {"us-west-2": {"app": {"eureka_enabled": "yes"}}, "eu-west-1": 5}})");
    const Errors findings = checkRunway(*loadRunway(dir.path()));
    QStringList paths;
    for (const Error &e : findings)
        paths << e.keyPath;
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("image.root_volume_size"), QStringLiteral("regions.eu-west-1"),
                                 QStringLiteral("regions.us-west-2.app.eureka_enabled")}));
}

void TestRunwayIo::regionNameWithControlCharactersStaysOneLine()
{
    // A finding is one line in the findings list and on stderr: a newline in the user's region
    // name is shown escaped, not printed, and a long name is cut.
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["prod"]})");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-prod.json")),
                     R"({"regions": ["new\nline", "bell\u0007", "US-East-1-and-a-name-far-longer-than-forty-characters",
                                    "line\u2028sep", "us-\u202eeast-1", "zero\u200bwidth\ufeff", "c1\u0085",
                                    "tag\udb40\udc41", "snow\u2603man\ud83d\ude00"]})");
    const Errors findings = checkRunway(*loadRunway(dir.path()));
    QStringList messages;
    for (const Error &e : findings) {
        if (e.message.contains(QLatin1String("is not a region name")))
            messages << e.message;
    }
    QCOMPARE(messages.size(), 9);
    for (const QString &message : messages) {
        for (const QChar c : message)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(message));
    }
    QVERIFY(messages.at(0).startsWith(QLatin1String("\"new\\nline\"")));
    QVERIFY(messages.at(1).startsWith(QLatin1String("\"bell\\u0007\"")));
    QVERIFY(messages.at(2).startsWith(QStringLiteral("\"US-East-1-and-a-name-far-longer-than-for\u2026\"")));
    // Separators, direction overrides, zero-width and C1 characters, and format characters
    // beyond the first plane would not show as what the file holds; other characters do.
    QVERIFY2(messages.at(3).startsWith(QLatin1String("\"line\\u2028sep\"")), qPrintable(messages.at(3)));
    QVERIFY2(messages.at(4).startsWith(QLatin1String("\"us-\\u202eeast-1\"")), qPrintable(messages.at(4)));
    QVERIFY2(messages.at(5).startsWith(QLatin1String("\"zero\\u200bwidth\\ufeff\"")), qPrintable(messages.at(5)));
    QVERIFY2(messages.at(6).startsWith(QLatin1String("\"c1\\u0085\"")), qPrintable(messages.at(6)));
    QVERIFY2(messages.at(7).startsWith(QLatin1String("\"tag\\udb40\\udc41\"")), qPrintable(messages.at(7)));
    QVERIFY2(messages.at(8).startsWith(QStringLiteral("\"snow\u2603man\U0001F600\"")), qPrintable(messages.at(8)));
}

void TestRunwayIo::missingFolder()
{
    const Error e = loadError(QStringLiteral("/nonexistent/runway"));
    QCOMPARE(e.file, QStringLiteral("/nonexistent/runway"));
    QVERIFY(e.message.contains(QStringLiteral("does not exist")));
}

void TestRunwayIo::folderIsAFile()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("file")), "{}");
    QVERIFY(!loadError(dir.filePath(QStringLiteral("file"))).message.isEmpty());
}

void TestRunwayIo::missingEnvFileIsAnError()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), "{\n  \"env\": [\"dev\", \"prod\"]\n}");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), "{}");
    const Errors findings = checkRunway(*loadRunway(dir.path()));
    QCOMPARE(findings.size(), 1);
    QVERIFY(!findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("application-master-prod.json")));
    QCOMPARE(findings.first().keyPath, QStringLiteral("env"));
    QCOMPARE(findings.first().line, 2);
}

void TestRunwayIo::fileNotInPipelineIsAWarning()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"]})");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), "{}");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-qa.json")), "{}");
    const Errors findings = checkRunway(*loadRunway(dir.path()));
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().isWarning());
    QVERIFY(findings.first().message.contains(QStringLiteral("not in the pipeline")));
}

void TestRunwayIo::emptyFile()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"]})");
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), "  \n");
    const Error e = loadError(dir.path());
    QCOMPARE(e.file, dir.filePath(QStringLiteral("application-master-dev.json")));
    QVERIFY(e.message.contains(QStringLiteral("empty")));
}

void TestRunwayIo::bomIsAccepted()
{
    QTemporaryDir dir;
    const QByteArray bytes = "\xEF\xBB\xBF{\"env\": [\"dev\"]}";
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), bytes);
    Test::writeBytes(dir.filePath(QStringLiteral("application-master-dev.json")), "{}");
    Result<Runway> runway = loadRunway(dir.path());
    QVERIFY(runway.ok());
    QCOMPARE(runway->envOrder(), QStringList{QStringLiteral("dev")});
    runway.value().pipeline.value.insert(QStringLiteral("owner_email"), QStringLiteral("x@example.com"));
    QVERIFY(saveRunway(runway.value()).ok());
    QVERIFY(Test::readBytes(dir.filePath(QStringLiteral("pipeline.json"))).startsWith("\xEF\xBB\xBF{\"env\""));
}

void TestRunwayIo::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QByteArray big = "{\"pad\": \"";
    big += QByteArray(JsonFile::MaxSize, 'x');
    big += "\"}";
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), big);
    const Error e = loadError(dir.path());
    QCOMPARE(e.file, dir.filePath(QStringLiteral("pipeline.json")));
    QVERIFY(e.message.contains(QStringLiteral("10 MB")));
}

void TestRunwayIo::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions cannot make a file unreadable");
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), R"({"env": ["dev"]})");
    const QString path = dir.filePath(QStringLiteral("application-master-dev.json"));
    Test::writeBytes(path, "{}");
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    const Error e = loadError(dir.path());
    QCOMPARE(e.file, path);
}

void TestRunwayIo::notAnObject()
{
    QTemporaryDir dir;
    Test::writeBytes(dir.filePath(QStringLiteral("pipeline.json")), "[\"dev\"]");
    const Error e = loadError(dir.path());
    QVERIFY(e.message.contains(QStringLiteral("object")));
}

void TestRunwayIo::badInputChangesNothingOnDisk()
{
    QTemporaryDir dir;
    const QString folder = copyOfRunway(dir);
    Test::writeBytes(QDir(folder).filePath(QStringLiteral("application-master-dev.json")), "{\"asg\": {");
    const auto before = snapshot(folder);
    QVERIFY(!loadRunway(folder).ok());
    QCOMPARE(snapshot(folder), before);
}

QTEST_GUILESS_MAIN(TestRunwayIo)
#include "tst_runwayio.moc"
