// SPDX-License-Identifier: Apache-2.0
#include "ForemastLimits.h"
#include "ForemastLimitsCollector.h"

#include "foremast/MergedSettings.h"
#include "generator/EnvFileFindings.h"
#include "generator/FlowExpression.h"
#include "json/JsonPath.h"
#include "runway/RunwayContext.h"
#include "templates/PipelineTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace Fd::ForemastLimits {

using Internal::Collector;
using Internal::Text;

namespace {

/// Foremast pastes these values between quotes in its JSON templates without escaping them.
bool breaksTemplate(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    for (const QChar c : value.toString()) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20)
            return true;
    }
    return false;
}

/// A list or object as Foremast pastes it (Python's str()), whose quotes and backslashes then
/// count: Python's json.loads reads back only the escapes JSON knows.
QJsonValue pastedJsonText(const QJsonValue &value)
{
    if (!value.isArray() && !value.isObject())
        return value;
    const QString text = FlowText::toPythonStr(value);
    if (text.contains(QLatin1Char('"')))
        return text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if (!QStringLiteral("\"\\/bfnrtu").contains(next))
                return text; // \x7f: invalid JSON
            ++i;
        }
    }
    return QString(); // nothing that breaks the template
}

/// Completion webhooks: only the non-prod block templates of every type paste them.
void checkWebhooks(Collector &out, const QJsonObject &settings, const RunwayFile *file, const QString &env)
{
    const QJsonArray hooks = settings.value(QStringLiteral("completion_webhooks")).toArray();
    for (int i = 0; i < hooks.size(); ++i) {
        const QJsonObject hook = hooks.at(i).toObject();
        const KeyPath at{QStringLiteral("completion_webhooks"), QString::number(i)};
        if (!hook.contains(QStringLiteral("payload")))
            out.add(file, at + KeyPath{QStringLiteral("payload")},
                    Text::tr("A webhook without \"payload\" (its template fails on the missing value)"), env);
        for (const QString &key : {QStringLiteral("url"), QStringLiteral("name"), QStringLiteral("method")}) {
            if (breaksTemplate(hook.value(key)))
                out.add(file, at + KeyPath{key},
                        Text::tr("A quote, backslash or control character here is pasted unescaped into its JSON"), env);
        }
    }
}

/// What the ec2 block templates (pipeline_stages.json.j2, pipeline_prod.json.j2) paste.
void checkPastedText(Collector &out, const QJsonObject &settings, const RunwayFile *file, const QString &env)
{
    static const QList<KeyPath> pasted = {
        {QStringLiteral("app"), QStringLiteral("instance_type")},
        {QStringLiteral("app"), QStringLiteral("instance_profile")},
        {QStringLiteral("asg"), QStringLiteral("ssh_keypair")},
        {QStringLiteral("asg"), QStringLiteral("subnet_purpose")},
        {QStringLiteral("asg"), QStringLiteral("hc_type")},
        {QStringLiteral("deploy_strategy")},
    };
    for (const KeyPath &path : pasted) {
        if (breaksTemplate(JsonPath::value(settings, path)))
            out.add(file, path, Text::tr("A quote, backslash or control character here is pasted unescaped into its JSON"), env);
    }
    const QJsonObject tags = JsonPath::value(settings, {QStringLiteral("app"), QStringLiteral("custom_tags")}).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        // a list or object is pasted as Python writes it: ['it\'s'] is fine, ["it's"] is not
        if (breaksTemplate(it.key()) || breaksTemplate(pastedJsonText(it.value())))
            out.add(file, {QStringLiteral("app"), QStringLiteral("custom_tags"), it.key()},
                    Text::tr("A quote, backslash or control character here is pasted unescaped into its JSON"), env);
    }
    const QJsonObject asg = settings.value(QStringLiteral("asg")).toObject();
    const QJsonValue hc = asg.value(QStringLiteral("hc_grace_period"));
    const QJsonValue app = asg.value(QStringLiteral("app_grace_period"));
    if (hc.isString() != app.isString())
        out.add(file, {QStringLiteral("asg"), hc.isString() ? QStringLiteral("hc_grace_period") : QStringLiteral("app_grace_period")},
                Text::tr("Grace periods written one as text, one as a number cannot be added by Foremast"), env);
}

/// Settings Foremast's block code reads into or computes with: `app` for every type
/// (verify_approval_skip), the instance security groups for ec2 and lambda, and for ec2 what
/// ec2_pipeline_setup, check_provider_healthcheck and the Deploy template's capacity use. Null
/// there is a TypeError, an AttributeError or the text None pasted as a number.
void checkNulls(Collector &out, const QJsonObject &settings, const RunwayFile *file, const QString &env,
                bool ec2Blocks, bool lambda)
{
    static const QList<KeyPath> groups = {
        {QStringLiteral("security_group")},
        {QStringLiteral("security_group"), QStringLiteral("instance_extras")},
    };
    static const QList<KeyPath> ec2 = {
        {QStringLiteral("asg")},
        {QStringLiteral("asg"), QStringLiteral("provider_healthcheck")},
        {QStringLiteral("asg"), QStringLiteral("hc_type")},
        {QStringLiteral("asg"), QStringLiteral("hc_grace_period")},
        {QStringLiteral("asg"), QStringLiteral("app_grace_period")},
        {QStringLiteral("asg"), QStringLiteral("min_inst")},
        {QStringLiteral("asg"), QStringLiteral("max_inst")},
    };
    QList<KeyPath> read = {{QStringLiteral("app")}};
    if (ec2Blocks || lambda)
        read << groups;
    if (ec2Blocks)
        read << ec2;
    // dev and eureka envs get hc_type "EC2" before Foremast upper-cases it
    const bool hcTypeSet = env == QLatin1String("dev")
        || FlowText::isTruthy(JsonPath::value(settings, {QStringLiteral("app"), QStringLiteral("eureka_enabled")}));
    for (const KeyPath &path : read) {
        if (hcTypeSet && path.last() == QLatin1String("hc_type"))
            continue;
        if (JsonPath::value(settings, path).isNull())
            out.add(file, path, Text::tr("null where Foremast reads or computes with a value"), env);
    }
}

} // namespace

namespace {

/// The settings of one region that checkPastedText, checkNulls and checkWebhooks read.
using RegionInputs = std::array<QJsonValue, 5>;

RegionInputs regionInputs(const QJsonObject &settings)
{
    return {settings.value(QLatin1String("app")), settings.value(QLatin1String("asg")),
            settings.value(QLatin1String("deploy_strategy")), settings.value(QLatin1String("security_group")),
            settings.value(QLatin1String("completion_webhooks"))};
}

/// pipeline.json's values Foremast pastes into its wrapper and blocks, or subscripts, once any
/// env block is rendered (`anyBlock`).
void pipelineKeys(Collector &out, const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv,
                  bool anyBlock)
{
    if (!anyBlock)
        return;
    // ec2 data types have the Bake; so has a one-time pipeline (the ec2 wrapper) whatever the type.
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    const bool bake = PipelineTypes::fromConfig(context.config).ec2Data.contains(type) || !onetimeEnv.isEmpty();
    const RunwayFile *pipeline = &context.runway.pipeline;
    const QJsonObject settings = merged.pipeline();
    QList<KeyPath> pasted = {
        {QStringLiteral("owner_email")},
        {QStringLiteral("notifications"), QStringLiteral("email")},
        {QStringLiteral("notifications"), QStringLiteral("slack")},
    };
    if (bake)
        pasted << KeyPath{QStringLiteral("base")} << KeyPath{QStringLiteral("image"), QStringLiteral("bake_instance_type")}
               << KeyPath{QStringLiteral("image"), QStringLiteral("root_volume_size")};
    if (type == QLatin1String("lambda") && onetimeEnv.isEmpty()) // Deploy Lambda's FUNCTION_NAME
        pasted << KeyPath{QStringLiteral("lambda"), QStringLiteral("handler")};
    for (const KeyPath &path : pasted) {
        if (breaksTemplate(JsonPath::value(settings, path)))
            out.add(pipeline, path, Text::tr("A quote, backslash or control character here is pasted unescaped into its JSON"));
    }
    // Every type's wrapper reads notifications.email and .slack, the ec2 one (the Bake) image.*,
    // lambda's blocks lambda.handler and .package_type.
    QList<KeyPath> subscripted = {{QStringLiteral("notifications")}};
    if (bake)
        subscripted << KeyPath{QStringLiteral("image")};
    if (type == QLatin1String("lambda") && onetimeEnv.isEmpty())
        subscripted << KeyPath{QStringLiteral("lambda")};
    for (const KeyPath &path : subscripted) {
        if (JsonPath::value(settings, path).isNull())
            out.add(pipeline, path, Text::tr("null where Foremast reads or computes with a value"));
    }
}

Errors generationFindings(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv,
                          bool skipRepeats)
{
    Errors found = ofMerge(context, merged);
    Collector out;
    // What Foremast pastes depends on the type's templates: ec2 data types render the ec2 blocks,
    // the others their own blocks; a one-time pipeline renders one env.
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    const PipelineTypes types = PipelineTypes::fromConfig(context.config);
    const bool ec2Blocks = types.ec2Data.contains(type);
    // A GCP type needs Foremast's config.py ([gcp] envs is a dict), where env_configs is a dict too.
    const QString envConfigs = types.isGcp(type) ? QString()
                                                 : context.config.value(QStringLiteral("base"), QStringLiteral("env_configs"));
    const RunwayFile *pipeline = &context.runway.pipeline;
    if (!context.config.files().isEmpty() && !types.readEnvs(context.config, type))
        out.add(context.config.files().constLast(), 0, {QStringLiteral("envs")},
                Text::tr("foremast.cfg has no %1, so Foremast reads no env file (we read them all)").arg(types.readEnvsKey(type)),
                QString());
    bool anyBlock = false;
    for (const QString &env : generatedEnvs(context.runway, onetimeEnv)) {
        const RunwayFile *file = context.runway.envFile(env);
        // Foremast renders nothing of an env without regions: no template, value or env_configs is read.
        if (!file || merged.regionsOf(env).isEmpty())
            continue;
        anyBlock = true;
        if (env.startsWith(QLatin1String("prod")) && env != QLatin1String("prod"))
            out.add(pipeline, {QStringLiteral("env")},
                    Text::tr("Foremast treats env \"%1\" as prod and looks for a template pipeline_%1.json.j2 it does not have")
                        .arg(env), env);
        // foremast.cfg values are text to Foremast; env_configs only works from a config.py.
        if (!envConfigs.isEmpty() && envConfigs.contains(env))
            out.add(context.config.files().constLast(), 0, {QStringLiteral("env_configs")},
                    Text::tr("foremast.cfg [base] env_configs is read as text, not JSON, and fails for env \"%1\"").arg(env), env);
        const QJsonObject envSettings = merged.env(env);
        RegionInputs checked;
        bool first = true;
        for (const QString &region : merged.regionsOf(env)) {
            const QJsonObject settings = envSettings.value(region).toObject(); // merged.region(env, region)
            // The checks read nothing but these keys, and each finding is kept once per env: a
            // region whose values equal the region checked before adds nothing.
            if (skipRepeats) {
                RegionInputs inputs = regionInputs(settings);
                if (!first && inputs == checked)
                    continue;
                checked = std::move(inputs);
                first = false;
            }
            if (ec2Blocks)
                checkPastedText(out, settings, file, env);
            checkNulls(out, settings, file, env, ec2Blocks, type == QLatin1String("lambda"));
            if (!env.startsWith(QLatin1String("prod")))
                checkWebhooks(out, settings, file, env);
        }
    }
    pipelineKeys(out, context, merged, onetimeEnv, anyBlock);
    found << out.take();
    return found;
}

} // namespace

Errors ofGeneration(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv)
{
    return generationFindings(context, merged, onetimeEnv, true);
}

Errors ofPipelineKeys(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv)
{
    bool anyBlock = false;
    for (const QString &env : generatedEnvs(context.runway, onetimeEnv))
        anyBlock = anyBlock || (context.runway.envFile(env) && !merged.regionsOf(env).isEmpty());
    Collector out;
    pipelineKeys(out, context, merged, onetimeEnv, anyBlock);
    return out.take();
}

Errors ofManualTemplates(const RunwayContext &context, const MergedSettings &merged, int only)
{
    const QJsonObject settings = merged.pipeline();
    const QJsonArray files = settings.value(QLatin1String("pipeline_files")).toArray();
    bool anyTemplate = false;
    for (int i = 0; i < files.size(); ++i)
        anyTemplate = anyTemplate || ((only < 0 || i == only) && files.at(i).toString().endsWith(QLatin1String(".j2")));
    Collector out;
    const KeyPath notifications{QStringLiteral("notifications")};
    if (anyTemplate && JsonPath::value(settings, notifications).isNull())
        out.add(&context.runway.pipeline, notifications, Text::tr("null where Foremast reads or computes with a value"));
    return out.take();
}

Errors ofGenerationCheckingEveryRegion(const RunwayContext &context, const MergedSettings &merged,
                                       const QString &onetimeEnv)
{
    return generationFindings(context, merged, onetimeEnv, false);
}

} // namespace Fd::ForemastLimits
