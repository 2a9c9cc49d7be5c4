// SPDX-License-Identifier: Apache-2.0
#include "RunwayOptions.h"

#include <QCoreApplication>

namespace Fd::Cli {

namespace {

/// This file's texts; lupdate files them under "Cli", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

RunwayOptions::RunwayOptions(QCommandLineParser &parser)
    : m_project(QStringLiteral("project"), Tr::tr("Git project (group) of the service; detected when omitted."), Tr::tr("P"))
    , m_repo(QStringLiteral("repo"), Tr::tr("Git repository of the service; detected when omitted."), Tr::tr("R"))
    , m_config(QStringLiteral("config"), Tr::tr("Foremast configuration file, read after the standard ones."), Tr::tr("FOREMAST_CFG"))
{
    parser.addPositionalArgument(QStringLiteral("RUNWAY"), Tr::tr("The runway folder."));
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

std::optional<RunwayContext> RunwayOptions::open(const QCommandLineParser &parser, Io &io, bool allowErrors) const
{
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
        verbArgs[0] = verbArgs.at(0) + QLatin1Char(' ') + verbArgs.at(1);
        verbArgs.removeAt(1);
    }
    if (!parser.parse(verbArgs)) {
        io.err << parser.errorText() << Qt::endl;
        *exitCode = ExitUnusable;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        *exitCode = ExitOk;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        io.err << QCoreApplication::translate("Cli", "Expected %n argument(s).", nullptr, positional) << Qt::endl << parser.helpText();
        *exitCode = ExitUnusable;
        return false;
    }
    return true;
}

} // namespace Fd::Cli
