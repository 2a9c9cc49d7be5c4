// SPDX-License-Identifier: Apache-2.0
// The window's command line as a process: how `foremast-designer` hands it to the window, help
// and version, wrong options, and what happens without a display.
#include "CommandLineRun.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Fd;
using namespace Fd::Test::CommandLine;

class TstWindowCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDisplayExitsWithoutWriting();
    void windowArgumentsReachTheWindow();
    void windowHelpAndVersion();
    void windowUnknownOptionExitsTwo();
};

void TstWindowCommandLine::noDisplayExitsWithoutWriting()
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


void TstWindowCommandLine::windowArgumentsReachTheWindow()
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


void TstWindowCommandLine::windowHelpAndVersion()
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


void TstWindowCommandLine::windowUnknownOptionExitsTwo()
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


QTEST_GUILESS_MAIN(TstWindowCommandLine)
#include "tst_windowcommandline.moc"
