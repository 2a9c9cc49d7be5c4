// SPDX-License-Identifier: Apache-2.0
#include "RunwayOptions.h"

#include "runway/ForemastLimits.h"
#include "runway/RunwayChecks.h"
#include "templates/PipelineTypes.h"
#include "templates/SpecialTypes.h"
#include "templates/TemplatePipelines.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Fd::Cli {

/// `merged RUNWAY`: Foremast's merged settings (raw.properties.json) on stdout, as Foremast
/// writes them: only the envs foremast.cfg lists, and still written when an env file is missing.
int runMerged(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Prints the merged settings of a runway as JSON, in the shape "
                                           "Foremast writes to raw.properties.json."));
    const RunwayOptions options(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, io, 1, &exitCode))
        return exitCode;
    if (!options.isRunway(parser, io))
        return ExitUnusable;
    Result<RunwayContext> context = openRunway(options.source(parser));
    if (!context) {
        io.err << context.error().toString() << Qt::endl;
        return ExitUnusable;
    }
    bool refuse = false;
    // Merge defaults overridden in templates_path are not applied: no merged settings rather than wrong ones.
    Errors findings = context->findings;
    findings << unappliedTemplateOverrides(*context, GenerationOptions());
    for (Error finding : findings) {
        if (isMissingEnvFile(finding, context->runway)) {
            finding.severity = Error::Severity::Warning;
            finding.message += QLatin1Char(' ')
                + QCoreApplication::translate("Cli", "The other envs are merged, as Foremast does.");
        }
        refuse = refuse || !finding.isWarning();
        io.err << finding.toString() << Qt::endl;
    }
    if (const std::optional<Error> type = unpermittedType(*context)) {
        refuse = true;
        io.err << type->toString() << Qt::endl;
    }
    if (refuse) {
        io.err << QCoreApplication::translate("Cli", "Nothing printed: fix the errors above first.") << Qt::endl;
        return ExitFindings;
    }

    const MergedSettings merged = context->merged();
    QJsonObject json = merged.json();
    // Foremast reads only the env files foremast.cfg lists ([gcp] envs for GCP types).
    const QString type = pipelineTypeOf(context->runway.pipelineValue());
    const PipelineTypes types = PipelineTypes::fromConfig(context->config);
    const std::optional<QStringList> readEnvs = types.readEnvs(context->config, type);
    for (auto it = context->runway.envs.cbegin(); it != context->runway.envs.cend(); ++it) {
        // Without the key at all we show every env (there may be no foremast.cfg: the GUI's case).
        if (!readEnvs || readEnvs->contains(it.key()))
            continue;
        json.remove(it.key());
        Error e;
        e.severity = Error::Severity::Warning;
        e.file = it->path;
        e.env = it.key();
        e.message = QCoreApplication::translate("Cli", "Not in foremast.cfg's %1 (%2): left out, as Foremast "
                                                       "reads only the envs listed there.")
                        .arg(types.readEnvsKey(type), readEnvs->join(QStringLiteral(", ")));
        io.err << e.toString() << Qt::endl;
    }
    for (const Error &limit : ForemastLimits::ofMerge(*context, merged)) {
        if (limit.env.isEmpty() || json.contains(limit.env)) // pipeline.json's own limits have no env
            io.err << limit.toString() << Qt::endl;
    }
    io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace Fd::Cli
