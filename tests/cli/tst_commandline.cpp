// SPDX-License-Identifier: Apache-2.0
// `foremast-designer` as a process: which executable runs what, the exit codes, what it writes.
#include "../support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the designer with `args` in `folder`; without a display unless `env` says otherwise.
Run designer(const QStringList &args, const QString &folder = QDir::tempPath(),
             QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FD_DESIGNER), args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

/// A small valid runway: dev and prod in one region.
void writeRunway(const QString &folder)
{
    QVERIFY(Test::writeBytes(folder + QStringLiteral("/pipeline.json"), R"({"env": ["dev", "prod"]})"));
    for (const char *env : {"dev", "prod"})
        QVERIFY(Test::writeBytes(folder + QStringLiteral("/application-master-%1.json").arg(QLatin1String(env)),
                                 R"({"regions": ["us-east-1"]})"));
}

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
    void noDisplayExitsWithoutWriting();
    void windowArgumentsReachTheWindow();
    void windowHelpAndVersion();
    void windowUnknownOptionExitsTwo();
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

void TstCommandLine::windowArgumentsReachTheWindow()
{
    // The command hands the window's command lines to it (on Linux without loading Qt itself,
    // app/Command.cpp): an option first, or a runway path. The window's own check of --theme
    // answers, before any window is built. A path that does not exist is a mistyped verb.
    QTemporaryDir cwd;
    writeRunway(cwd.filePath(QStringLiteral("runway")));
    QProcessEnvironment offscreen = withoutDisplay();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList badTheme{QStringLiteral("--theme"), QStringLiteral("nonsense")};
    for (const QStringList &args : {badTheme, QStringList{QStringLiteral("./runway")} + badTheme,
                                    QStringList{QStringLiteral("runway")} + badTheme}) {
        const Run run = designer(args, cwd.path(), offscreen);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("Unknown theme \"nonsense\"")), qPrintable(run.err));
    }
    const Run missing = designer({QStringLiteral("./missing/")}, cwd.path(), offscreen);
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QLatin1String("\"./missing/\"")), qPrintable(missing.err));
}

void TstCommandLine::windowHelpAndVersion()
{
    // The window's own executable answers --help and --version inside QCommandLineParser,
    // which ends the process there; under the sanitizers nothing may be left half loaded.
    QProcessEnvironment offscreen = withoutDisplay();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        process.setProcessEnvironment(offscreen);
        process.start(QStringLiteral(FD_DESIGNER_GUI), {option});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(option == QLatin1String("--help") ? QLatin1String("--theme")
                                                                 : QLatin1String("foremast-designer")),
                 qPrintable(out));
    }
}

void TstCommandLine::windowUnknownOptionExitsTwo()
{
    // A wrong window option is a usage error like any other (exit code 2, the option named, the
    // way to --help shown), whether the command hands it to the window or the window is run
    // directly. QCommandLineParser::process() exited with 1 from inside the parser, past every
    // destructor. Qt's own options (-style, -reverse) are the window's QApplication's, not
    // mistakes; without a display the window's other options go unchecked (exit 2 all the same).
    QTemporaryDir cwd;
    writeRunway(cwd.filePath(QStringLiteral("runway")));
    QProcessEnvironment offscreen = withoutDisplay();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto both = [&](const QStringList &args, const QProcessEnvironment &environment) {
        QProcess direct;
        direct.setProcessEnvironment(environment);
        direct.setWorkingDirectory(cwd.path());
        direct.start(QStringLiteral(FD_DESIGNER_GUI), args);
        const bool finished = direct.waitForFinished(60000);
        const Run directRun{finished && direct.exitStatus() == QProcess::NormalExit ? direct.exitCode() : -1,
                            QString::fromUtf8(direct.readAllStandardOutput()),
                            QString::fromUtf8(direct.readAllStandardError())};
        return QList<Run>{designer(args, cwd.path(), environment), directRun};
    };
    const struct
    {
        QStringList args;
        QLatin1String named;
    } cases[] = {{{QStringLiteral("--bogus")}, QLatin1String("'bogus'")},
                 {{QStringLiteral("--theme")}, QLatin1String("'--theme'")},
                 {{QStringLiteral("./runway"), QStringLiteral("other")}, QLatin1String("not 2")}};
    for (const auto &wrong : cases) {
        for (const Run &run : both(wrong.args, offscreen)) {
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(wrong.named) && run.err.contains(QLatin1String("--help")), qPrintable(run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        for (const Run &run : both(wrong.args, withoutDisplay())) {
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QLatin1String("No display")), qPrintable(run.err));
        }
    }
    // Qt's options reach QApplication: the window's own check (of --theme) is what answers.
    for (const QStringList &qtOptions : {QStringList{QStringLiteral("-reverse")},
                                         QStringList{QStringLiteral("-style"), QStringLiteral("fusion")}}) {
        // "runway", a plain word, goes through the Qt Core command line before the window.
        const QStringList args = QStringList{QStringLiteral("runway")} + qtOptions
                                 + QStringList{QStringLiteral("--theme"), QStringLiteral("nonsense")};
        for (const Run &run : both(args, offscreen)) {
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QLatin1String("Unknown theme")), qPrintable(run.err));
        }
    }
}

void TstCommandLine::noDisplayExitsWithoutWriting()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Windows and macOS sessions always have a display");
#endif
    QTemporaryDir cwd;
    const Run bare = designer({}, cwd.path(), withoutDisplay());
    QCOMPARE(bare.code, 2);
    QVERIFY2(bare.err.contains(QLatin1String("No display")) && bare.err.contains(QLatin1String("demo")), qPrintable(bare.err));
    writeRunway(cwd.filePath(QStringLiteral("runway")));
    const Run onRunway = designer({QStringLiteral("runway")}, cwd.path(), withoutDisplay());
    QCOMPARE(onRunway.code, 2);
    QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("runway")});
    // Set but empty is how a script says "no display": not an X server to try.
    QProcessEnvironment emptyDisplay = withoutDisplay();
    emptyDisplay.insert(QStringLiteral("DISPLAY"), QString());
    const Run empty = designer({QStringLiteral("runway")}, cwd.path(), emptyDisplay);
    QCOMPARE(empty.code, 2);
    QVERIFY2(empty.err.contains(QLatin1String("No display")), qPrintable(empty.err));
    // --help needs no display.
    const Run help = designer({QStringLiteral("--help")}, cwd.path(), withoutDisplay());
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("generate")));
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
