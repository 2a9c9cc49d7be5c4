// SPDX-License-Identifier: Apache-2.0
#include "OnetimePipelines.h"

#include "StalePipelines.h"
#include "generator/FlowParser.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fd::Onetime {

namespace {

/// This file's texts; lupdate files them under "OnetimePipelines", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OnetimePipelines)
};

/// Foremast's compare_with_existing(): the first pipeline of the app whose name contains
/// `region` (a substring test) and, for one-time lookups, "(onetime-{env})".
QJsonValue findId(const QJsonArray &pipelines, const QString &app, const QString &region, const QString &onetimeTag)
{
    for (const QJsonValue &value : pipelines) {
        const QJsonObject pipeline = value.toObject();
        const QString name = pipeline.value(QStringLiteral("name")).toString();
        if (pipeline.value(QStringLiteral("application")).toString() == app && name.contains(region)
            && (onetimeTag.isEmpty() || name.contains(onetimeTag)))
            return pipeline.value(QStringLiteral("id"));
    }
    return QJsonValue::Undefined;
}

} // namespace

Result<Flow> flowFor(const Flow &ec2Flow, const Flow &typeFlow)
{
    // Setting placeholders are compiled to indexes: the type flow's settings must be the first of
    // the ec2 flow's (both start with jenkinsMaster) for its templates to read the same values.
    const auto &ec2Settings = ec2Flow.settings();
    const auto &typeSettings = typeFlow.settings();
    bool compatible = typeSettings.size() <= ec2Settings.size();
    for (size_t i = 0; compatible && i < typeSettings.size(); ++i)
        compatible = typeSettings[i].name == ec2Settings[i].name;
    if (!compatible) {
        Error e;
        e.file = typeFlow.file();
        e.message = Tr::tr("A one-time pipeline cannot combine the flows %1 and %2: their settings differ.")
                        .arg(ec2Flow.name(), typeFlow.name());
        return e;
    }
    auto data = std::make_shared<Flow::Data>(*ec2Flow.data());
    data->name = typeFlow.name();
    data->pipelineTypes = typeFlow.pipelineTypes();
    data->needsSubnets = typeFlow.needsSubnets();
    data->envBlocks = typeFlow.data()->envBlocks;
    data->checks = typeFlow.data()->checks;
    data->end = typeFlow.data()->end;
    return Flow::fromData(std::move(data));
}

Result<Generation> finish(Generation generation, const RunwayContext &context, const GenerationOptions &options,
                          bool ec2Data)
{
    const QString env = options.onetimeEnv;
    const QString app = context.naming.app();
    const MergedSettings merged = context.merged();
    // clean_pipelines() runs first and deletes every one-time pipeline, so the lookups below see
    // what is left.
    const QJsonArray remaining = StalePipelines::remaining(options.existingPipelines, app,
                                                           StalePipelines::keptRegions(merged));
    const QString tag = QStringLiteral("(onetime-%1)").arg(env);
    for (GeneratedPipeline &pipeline : generation.pipelines) {
        QJsonObject json = pipeline.json;
        const QJsonValue regularId = findId(remaining, app, pipeline.region, {});
        if (regularId.isUndefined() || regularId.isNull() || regularId.toString().isEmpty()) {
            // Foremast: `del pipeline_json['id']` on a wrapper without id raises KeyError.
            Error e;
            e.env = env;
            e.region = pipeline.region;
            e.message = Tr::tr("Foremast cannot make a one-time pipeline for %1 in %2 before the app has its regular "
                           "pipeline there (\"%3\"): publish the regular pipelines first.")
                            .arg(env, pipeline.region, pipeline.name);
            return e;
        }
        json.insert(QStringLiteral("name"), QStringLiteral("%1 %2").arg(json.value(QStringLiteral("name")).toString(), tag));
        // Foremast looks the one-time pipeline up with its default region, us-east-1, whatever the region.
        const QJsonValue onetimeId = findId(remaining, app, QStringLiteral("us-east-1"), tag);
        if (onetimeId.isUndefined() || onetimeId.isNull() || onetimeId.toString().isEmpty())
            json.remove(QStringLiteral("id"));
        else
            json.insert(QStringLiteral("id"), onetimeId);
        QJsonArray triggers = json.value(QStringLiteral("triggers")).toArray();
        for (int i = 0; i < triggers.size(); ++i) {
            QJsonObject trigger = triggers.at(i).toObject();
            trigger.insert(QStringLiteral("enabled"), false);
            triggers[i] = trigger;
        }
        json.insert(QStringLiteral("triggers"), triggers);
        if (!ec2Data) {
            // The ec2 block data has no function_name: Deploy Lambda's FUNCTION_NAME renders "".
            QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
            for (int i = 0; i < stages.size(); ++i) {
                QJsonObject stage = stages.at(i).toObject();
                QJsonObject parameters = stage.value(QStringLiteral("parameters")).toObject();
                if (!parameters.contains(QStringLiteral("FUNCTION_NAME")))
                    continue;
                parameters.insert(QStringLiteral("FUNCTION_NAME"), QString());
                stage.insert(QStringLiteral("parameters"), parameters);
                stages[i] = stage;
            }
            json.insert(QStringLiteral("stages"), stages);
        }
        pipeline.name = json.value(QStringLiteral("name")).toString();
        pipeline.json = json;
        pipeline.fileName = QStringLiteral("pipeline-%1-onetime-%2.json").arg(pipeline.region, env);
    }
    return generation;
}

} // namespace Fd::Onetime
