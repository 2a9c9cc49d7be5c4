// SPDX-License-Identifier: Apache-2.0
#include "Launch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace Fd::Cli {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Foremast Designer"));
    QCoreApplication::setApplicationName(QStringLiteral("foremast-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION));
}

QString windowDescription()
{
    QStringList commands;
    for (const Verb &verb : verbs())
        commands << QLatin1String(verb.name);
    return QCoreApplication::translate("main",
        "Design Foremast runways and publish their Spinnaker pipelines.\n"
        "Commands (foremast-designer COMMAND --help for each): %1.").arg(commands.join(QStringLiteral(", ")));
}

WindowOptions::WindowOptions()
    : project(QStringLiteral("project"), QCoreApplication::translate("main", "Git project (group)."), QStringLiteral("P"))
    , repo(QStringLiteral("repo"), QCoreApplication::translate("main", "Git repository."), QStringLiteral("R"))
    , config(QStringLiteral("config"), QCoreApplication::translate("main", "Foremast configuration file."), QStringLiteral("FOREMAST_CFG"))
    , screenshot(QStringLiteral("screenshot"),
                 QCoreApplication::translate("main", "Save a screenshot of the window to FILE once it is shown, then quit (used for the documentation)."),
                 QStringLiteral("FILE"))
    , theme(QStringLiteral("theme"),
            QCoreApplication::translate("main", "Colour theme for this run: system, light or dark (the saved choice is kept)."),
            QStringLiteral("THEME"))
{
    parser.setApplicationDescription(windowDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("RUNWAY"), QCoreApplication::translate("main", "Runway folder to open."), QStringLiteral("[RUNWAY]"));
    parser.addOptions({project, repo, config, screenshot, theme});
}

bool WindowOptions::read(const QStringList &arguments, Io &io, int *exitCode)
{
    const auto refuse = [&](const QString &why) {
        *exitCode = usageError(QCoreApplication::applicationName(), why, io);
        return false;
    };
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    parser.process(arguments);
    if (parser.positionalArguments().size() > 1)
        return refuse(QCoreApplication::translate("Cli", "Expected one runway folder at most, not %1.")
                          .arg(parser.positionalArguments().size()));
    return true;
}

int answerHelpOrVersion(const QStringList &arguments, Io &io)
{
    WindowOptions options;
    int exitCode = ExitOk;
    options.read(arguments, io, &exitCode); // prints help or the version and ends the process, or the error
    return exitCode;
}

bool displayAvailable()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    // Set but empty (`DISPLAY= foremast-designer …`) is how a script says "no display".
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

int reportNoDisplay(Io &io)
{
    io.err << QCoreApplication::translate("Cli",
                  "No display found (DISPLAY and WAYLAND_DISPLAY are unset or empty), so the designer window cannot open.\n"
                  "Without a window, write a runway's pipelines and graphs into a folder of your choice:\n"
                  "  foremast-designer demo [RUNWAY] --out DIR\n"
                  "or use a command:")
           << Qt::endl
           << verbList();
    io.err.flush();
    return ExitUnusable;
}

namespace {

QString helperPath(const char *name)
{
    const QString dir = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString file = QString::fromLatin1(name) + QStringLiteral(".exe");
#else
    const QString file = QString::fromLatin1(name);
#endif
    for (const QString &candidate : {QDir(dir).filePath(file),
                                     QDir(dir).filePath(QStringLiteral("../libexec/foremast-designer/") + file)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

} // namespace

int runHelper(const char *name, int argc, char **argv, Io &io)
{
    const QString path = helperPath(name);
    if (path.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "%1 is missing beside %2: the installation is incomplete.")
                      .arg(QString::fromLatin1(name), QCoreApplication::applicationFilePath())
               << Qt::endl;
        return ExitUnusable;
    }
#ifdef Q_OS_UNIX
    Q_UNUSED(argc);
    io.out.flush();
    io.err.flush();
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    io.err << QCoreApplication::translate("Cli", "Cannot start %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))
           << Qt::endl;
    return ExitUnusable;
#else
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedChannels);
    helper.setInputChannelMode(QProcess::ForwardedInputChannel);
    helper.start(path, arguments);
    if (!helper.waitForFinished(-1) || helper.exitStatus() != QProcess::NormalExit) {
        io.err << QCoreApplication::translate("Cli", "Cannot start %1: %2").arg(path, helper.errorString()) << Qt::endl;
        return ExitUnusable;
    }
    return helper.exitCode();
#endif
}

} // namespace Fd::Cli
