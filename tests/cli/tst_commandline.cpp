// SPDX-License-Identifier: Apache-2.0
// `foremast-designer` as a process: which executable runs what, the exit codes, what it writes.
#include "CommandLineRun.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;
using namespace Fd::Test::CommandLine;

namespace {

QStringList verbs()
{
    return {QStringLiteral("merged"), QStringLiteral("generate"), QStringLiteral("validate"),
            QStringLiteral("render"), QStringLiteral("publish"), QStringLiteral("demo")};
}

/// The arguments that make `verb` run on `input` (render and demo need --out, publish --dry-run).
QStringList argsFor(const QString &verb, const QString &input, const QString &scratch)
{
    QStringList args{verb, input};
    if (verb == QLatin1String("generate") || verb == QLatin1String("demo"))
        args << QStringLiteral("--out") << scratch + QStringLiteral("/out");
    if (verb == QLatin1String("render"))
        args << QStringLiteral("--out") << scratch + QStringLiteral("/graph.png");
    if (verb == QLatin1String("publish"))
        args << QStringLiteral("--dry-run") << QStringLiteral("--gate") << QStringLiteral("http://127.0.0.1:9");
    return args;
}

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mistypedVerbExitsTwoNamingIt();
    void usageNamesTheVerb_data();
    void usageNamesTheVerb();
    void folderWithoutPipelineJson_data();
    void folderWithoutPipelineJson();
    void runwayErrorsGiveOneFromEveryVerb_data();
    void runwayErrorsGiveOneFromEveryVerb();
    void unreadableRunwayGivesTwoFromEveryVerb_data();
    void unreadableRunwayGivesTwoFromEveryVerb();
    void generateLeavesUnchangedFilesAlone();
    void demoWritesOnlyIntoOut();
    void coreCommandLoadsQtCoreOnly();
    void windowLoadsNeitherNetworkNorKeychain();
    void publishWithKeychainRunsInTheGateModule();
};

void TstCommandLine::mistypedVerbExitsTwoNamingIt()
{
    QTemporaryDir cwd;
    const Run run = designer({QStringLiteral("frobnicate"), QStringLiteral("x")}, cwd.path());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("\"frobnicate\"")), qPrintable(run.err));
    for (const QString &verb : verbs())
        QVERIFY2(run.err.contains(verb), qPrintable(verb));
    QVERIFY(QDir(cwd.path()).isEmpty());
}

void TstCommandLine::usageNamesTheVerb_data()
{
    QTest::addColumn<QString>("verb");
    for (const QString &verb : verbs())
        QTest::newRow(qPrintable(verb)) << verb;
}

void TstCommandLine::usageNamesTheVerb()
{
    QFETCH(QString, verb);
    const Run run = designer({verb, QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: foremast-designer %1 ").arg(verb)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Exit codes")), qPrintable(run.out));
    // Every argument is described: its line holds the name and at least a few words.
    const qsizetype arguments = run.out.indexOf(QLatin1String("Arguments:"));
    QVERIFY(arguments > 0);
    int described = 0;
    for (const QString &line : run.out.mid(arguments).split(QLatin1Char('\n')).mid(1)) {
        if (line.trimmed().isEmpty())
            break;
        if (line.at(2).isSpace())
            continue; // a wrapped description
        QVERIFY2(line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3, qPrintable(line));
        ++described;
    }
    QVERIFY(described > 0);
    // A bad option names the verb too.
    const Run bad = designer({verb, QStringLiteral("--no-such-option")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("foremast-designer %1").arg(verb)), qPrintable(bad.err));
}

void TstCommandLine::folderWithoutPipelineJson_data()
{
    usageNamesTheVerb_data();
}

void TstCommandLine::folderWithoutPipelineJson()
{
    QFETCH(QString, verb);
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("notarunway"));
    QVERIFY(Test::writeBytes(folder + QStringLiteral("/application-master-dev.json"), "{}"));
    const Run run = designer(argsFor(verb, folder, scratch.path()), scratch.path(), withoutDisplay());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("pipeline.json")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("out"))));

    // A repository folder: refused all the same, but the message names its runway/ subfolder.
    const QString repo = scratch.filePath(QStringLiteral("service"));
    writeRunway(repo + QStringLiteral("/runway"));
    const Run atRepo = designer(argsFor(verb, repo, scratch.path()), scratch.path(), withoutDisplay());
    QCOMPARE(atRepo.code, 2);
    QVERIFY2(atRepo.err.contains(QDir::toNativeSeparators(repo + QStringLiteral("/runway"))), qPrintable(atRepo.err));
    QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("out"))));
}

void TstCommandLine::runwayErrorsGiveOneFromEveryVerb_data()
{
    QTest::addColumn<QString>("verb");
    for (const QString &verb : verbs()) {
        if (verb != QLatin1String("demo"))
            QTest::newRow(qPrintable(verb)) << verb;
    }
}

void TstCommandLine::runwayErrorsGiveOneFromEveryVerb()
{
    QFETCH(QString, verb);
    QTemporaryDir scratch;
    const QString runway = scratch.filePath(QStringLiteral("runway"));
    writeRunway(runway);
    // The same error whichever verb meets it: a setting of the wrong type.
    QVERIFY(Test::writeBytes(runway + QStringLiteral("/application-master-prod.json"),
                             R"({"regions": ["us-east-1"], "asg": "big"})"));
    const Run run = designer(argsFor(verb, runway, scratch.path()), scratch.path(), withoutDisplay());
    QVERIFY2((run.out + run.err).contains(QLatin1String("application-master-prod.json")), qPrintable(run.err));
    QCOMPARE(run.code, 1);
    QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("out"))));
}

void TstCommandLine::unreadableRunwayGivesTwoFromEveryVerb_data()
{
    runwayErrorsGiveOneFromEveryVerb_data();
}

void TstCommandLine::unreadableRunwayGivesTwoFromEveryVerb()
{
    QFETCH(QString, verb);
    QTemporaryDir scratch;
    const QString runway = scratch.filePath(QStringLiteral("runway"));
    writeRunway(runway);
    // An env file that is not JSON: the runway cannot be used at all.
    QVERIFY(Test::writeBytes(runway + QStringLiteral("/application-master-prod.json"), "{\"regions\": [\n"));
    const Run run = designer(argsFor(verb, runway, scratch.path()), scratch.path(), withoutDisplay());
    QVERIFY2(run.err.contains(QLatin1String("application-master-prod.json")), qPrintable(run.err));
    QCOMPARE(run.code, 2);
}

void TstCommandLine::generateLeavesUnchangedFilesAlone()
{
    QTemporaryDir scratch;
    const QString runway = scratch.filePath(QStringLiteral("runway"));
    writeRunway(runway);
    const QStringList args = argsFor(QStringLiteral("generate"), runway, scratch.path());
    QCOMPARE(designer(args).code, 0);
    const QString file = scratch.filePath(QStringLiteral("out/pipeline-us-east-1.json"));
    const QByteArray first = Test::readBytes(file);
    QVERIFY(!first.isEmpty());
    const QDateTime written = QFileInfo(file).lastModified();
    // A file whose content is the same is not touched; a stale one is replaced whole.
    {
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::ReadWrite));
        QVERIFY(touch.setFileTime(written.addSecs(-3600), QFileDevice::FileModificationTime));
    }
    const Run again = designer(args);
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QLatin1String("Up to date")), qPrintable(again.out));
    QCOMPARE(QFileInfo(file).lastModified(), written.addSecs(-3600));
    QVERIFY(Test::writeBytes(file, "stale"));
    QCOMPARE(designer(args).code, 0);
    QCOMPARE(Test::readBytes(file), first);
    QCOMPARE(QDir(scratch.filePath(QStringLiteral("out"))).entryList(QDir::Files), QStringList{QStringLiteral("pipeline-us-east-1.json")});
}

void TstCommandLine::demoWritesOnlyIntoOut()
{
    QTemporaryDir cwd;
    QTemporaryDir target;
    const QString out = target.filePath(QStringLiteral("demo"));
    const Run run = designer({QStringLiteral("demo"), QStringLiteral("--out"), out}, cwd.path(), withoutDisplay());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QDir::toNativeSeparators(out)));
    const QStringList written = QDir(out).entryList(QDir::Files);
    QVERIFY(written.contains(QStringLiteral("pipeline-us-east-1.json")));
    QVERIFY(written.contains(QStringLiteral("graph-us-east-1.png")));
    QVERIFY(written.contains(QStringLiteral("graph-us-east-1.svg")));
    QVERIFY(QDir(cwd.path()).isEmpty());
    const Run withoutOut = designer({QStringLiteral("demo")}, cwd.path(), withoutDisplay());
    QCOMPARE(withoutOut.code, 2);
    QVERIFY(QDir(cwd.path()).isEmpty());
}

namespace {

/// What `ldd` says `program` loads, or an empty string when ldd cannot be run.
QString linkedLibraries(const QString &program)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {program});
    if (!ldd.waitForFinished() || ldd.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(ldd.readAllStandardOutput());
}

} // namespace

void TstCommandLine::coreCommandLoadsQtCoreOnly()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the dynamic section with ldd");
#endif
#ifdef FD_DESIGNER_CLI
    // The command itself maps no Qt: the window starts without Qt Core's start-up before it, and
    // the verbs run in the command-line module it loads (app/Command.cpp).
    const QString command = linkedLibraries(QStringLiteral(FD_DESIGNER));
    if (command.isEmpty())
        QSKIP("ldd is not available");
    QVERIFY2(!command.contains(QLatin1String("libQt6")), qPrintable(command));
    const QString libraries = linkedLibraries(QStringLiteral(FD_DESIGNER_CLI));
#else
    const QString libraries = linkedLibraries(QStringLiteral(FD_DESIGNER));
#endif
    if (libraries.isEmpty())
        QSKIP("ldd is not available");
    QVERIFY(libraries.contains(QLatin1String("libQt6Core")));
    for (const char *library : {"libQt6Network", "libQt6Gui", "libQt6Widgets", "libQt6Svg", "keychain", "libQt6DBus"})
        QVERIFY2(!libraries.contains(QLatin1String(library)), library);
}

void TstCommandLine::windowLoadsNeitherNetworkNorKeychain()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the dynamic section with ldd");
#endif
    // Gate and the keychain live in the Gate module, loaded when first used (app/gate/GateModule.h).
    const QString libraries = linkedLibraries(QStringLiteral(FD_DESIGNER_GUI));
    if (libraries.isEmpty())
        QSKIP("ldd is not available");
    QVERIFY(libraries.contains(QLatin1String("libQt6Widgets")));
    for (const char *library : {"libQt6Network", "keychain", "libkrb5", "libproxy"})
        QVERIFY2(!libraries.contains(QLatin1String(library)), library);
}

void TstCommandLine::publishWithKeychainRunsInTheGateModule()
{
    // The launcher hands publish --keychain to the window's executable, which has no Qt Network:
    // it loads the Gate module and publishes there. Nothing listens on port 1 of loopback.
    QTemporaryDir cwd;
    writeRunway(cwd.path());
    const Run run = designer({QStringLiteral("publish"), cwd.path(), QStringLiteral("--project"), QStringLiteral("forrest"),
                              QStringLiteral("--repo"), QStringLiteral("core"), QStringLiteral("--keychain"),
                              QStringLiteral("--gate"), QStringLiteral("http://127.0.0.1:1")},
                             cwd.path(), withoutDisplay());
    QVERIFY2(!run.err.contains(QLatin1String("foremast-designer-gate")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Gate cannot be reached")), qPrintable(run.err));
    QCOMPARE(run.code, 5);
}

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
