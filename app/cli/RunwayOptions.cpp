// SPDX-License-Identifier: Apache-2.0
#include "RunwayOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Fd::Cli {

namespace {

/// This file's texts; lupdate files them under "Cli", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// QCommandLineParser's usage line names the executable only; ours names the verb too
/// ("Usage: foremast-designer generate [options] RUNWAY").
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.left(lineEnd).indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), command);
    return text + QLatin1Char('\n') + exitCodesHelp();
}

} // namespace

QString exitCodesHelp()
{
    return Tr::tr("Exit codes (the same for every command):\n"
              "  0  done\n"
              "  1  the runway or a pipeline has errors (printed); nothing was written or published\n"
              "  2  the command line or the input cannot be used: unknown command or option, missing folder,\n"
              "     no pipeline.json, unreadable file, no display for the window\n"
              "  3  publish: sign-in failed or access denied\n"
              "  4  publish: some regions failed\n"
              "  5  publish: nothing published (Gate unreachable, TLS, application missing, all regions failed)\n");
}

RunwayOptions::RunwayOptions(QCommandLineParser &parser, const QString &inputHelp, const QString &name)
    : m_project(QStringLiteral("project"), Tr::tr("Git project (group) of the service; detected when omitted."), Tr::tr("P"))
    , m_repo(QStringLiteral("repo"), Tr::tr("Git repository of the service; detected when omitted."), Tr::tr("R"))
    , m_config(QStringLiteral("config"), Tr::tr("Foremast configuration file, read after the standard ones."), Tr::tr("FOREMAST_CFG"))
{
    parser.addPositionalArgument(name,
                                 inputHelp.isEmpty() ? Tr::tr("The runway folder: pipeline.json and one "
                                                          "application-master-ENV.json per environment.")
                                                     : inputHelp);
    parser.addOption(m_project);
    parser.addOption(m_repo);
    parser.addOption(m_config);
}

RunwaySource RunwayOptions::source(const QCommandLineParser &parser) const
{
    RunwaySource source;
    source.folder = parser.positionalArguments().value(0);
    source.project = parser.value(m_project);
    source.repo = parser.value(m_repo);
    source.configFile = parser.value(m_config);
    return source;
}

bool RunwayOptions::isRunway(const QCommandLineParser &parser, Io &io) const
{
    // Every verb refuses a folder that is no runway, rather than inventing one (exit code 2).
    const QString folder = parser.positionalArguments().value(0);
    if (!QFileInfo(folder).isDir() || QDir(folder).exists(QStringLiteral("pipeline.json")))
        return true;
    Error e;
    e.file = QDir(folder).filePath(QStringLiteral("pipeline.json"));
    e.message = notARunwayMessage(folder);
    io.err << e.toString() << Qt::endl;
    return false;
}

std::optional<RunwayContext> RunwayOptions::open(const QCommandLineParser &parser, Io &io, bool allowErrors) const
{
    if (!isRunway(parser, io))
        return std::nullopt;
    Result<RunwayContext> context = openRunway(source(parser));
    if (!context) {
        io.err << context.error().toString() << Qt::endl;
        return std::nullopt;
    }
    for (const Error &finding : context->findings)
        io.err << finding.toString() << Qt::endl;
    if (context->hasErrors() && !allowErrors)
        return std::nullopt;
    return std::move(context).value();
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, Io &io, int positional, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    QStringList verbArgs = args;
    if (verbArgs.size() > 1) {
        // "foremast-designer merged …" parses as program "foremast-designer merged".
        verbArgs[0] = QFileInfo(verbArgs.at(0)).fileName() + QLatin1Char(' ') + verbArgs.at(1);
        verbArgs.removeAt(1);
    }
    const QString command = verbArgs.value(0);
    if (!parser.parse(verbArgs)) {
        *exitCode = usageError(command, parser.errorText(), io);
        return false;
    }
    if (parser.isSet(help)) {
        io.out << helpText(parser, command);
        *exitCode = ExitOk;
        return false;
    }
    if (positional >= 0 && parser.positionalArguments().size() != positional) {
        io.err << command << QStringLiteral(": ") << QCoreApplication::translate("Cli", "Expected %n argument(s).", nullptr, positional)
               << Qt::endl << helpText(parser, command);
        *exitCode = ExitUnusable;
        return false;
    }
    return true;
}

} // namespace Fd::Cli
