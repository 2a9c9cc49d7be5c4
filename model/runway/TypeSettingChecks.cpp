// SPDX-License-Identifier: Apache-2.0
// Line numbers cite Foremast v5.15.4 (shared/reference): src/foremast/awslambda/awslambda.py,
// awslambda/awslambdaevent.py, s3/s3apps.py and s3/s3deploy.py.
#include "TypeSettingChecks.h"

#include "foremast/MergedSettings.h"
#include "runway/RunwayContext.h"
#include "core/MessageText.h"
#include "templates/PipelineTypes.h"
#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace Fd::TypeSettingChecks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypeSettingChecks)
};

struct Problem
{
    KeyPath path; ///< the offending value (may end in a list index)
    int settingLength; ///< how much of `path` is the setting a file sets (lists replace whole)
    QString message;
};
using Problems = QList<Problem>;

const QString App = QStringLiteral("app");
const QString S3 = QStringLiteral("s3");

QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isObject() || value.isArray())
        text = QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else
        text = QStringLiteral("null");
    return shownInMessage(text);
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble()
        && value.toDouble() >= 0 && value.toDouble() <= 2147483647.0;
}

/// Python's int() of a JSON value: numbers (truncated) and text of digits with an optional sign
/// and surrounding spaces.
bool pythonInt(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble()) {
        *out = qint64(value.toDouble());
        return std::isfinite(value.toDouble());
    }
    if (!value.isString())
        return false;
    bool ok = false;
    const QString text = value.toString().trimmed();
    const bool digits = !text.isEmpty()
        && std::all_of(text.begin()
                + (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+') ? 1 : 0),
            text.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    *out = text.toLongLong(&ok);
    return digits && ok;
}

KeyPath key(std::initializer_list<const char *> parts)
{
    KeyPath path;
    for (const char *part : parts)
        path << QLatin1String(part);
    return path;
}

/// `object`'s keys that are not in `allowed`.
QStringList unknownKeys(const QJsonObject &object, const QStringList &allowed)
{
    QStringList out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            out << it.key();
    }
    return out;
}

/// The keys of `required` that `object` lacks.
QStringList missingKeys(const QJsonObject &object, const QStringList &required)
{
    QStringList out;
    for (const QString &name : required) {
        if (!object.contains(name))
            out << name;
    }
    return out;
}

void lambdaSizes(const QJsonObject &settings, Problems &out)
{
    struct Sized
    {
        const char *key;
        int line;
        qint64 minimum, maximum;
    };
    // _get_lambda_args: "Timeout": int(self.timeout), "MemorySize": int(self.memory).
    for (const Sized &sized :
        { Sized { "lambda_timeout", 354, 1, 900 }, Sized { "lambda_memory", 355, 128, 10240 } }) {
        const KeyPath path { App, QLatin1String(sized.key) };
        const QJsonValue value = JsonPath::value(settings, path);
        if (value.isUndefined())
            continue;
        qint64 number = 0;
        if (!pythonInt(value, &number)) {
            out << Problem { path, 2,
                Tr::tr("Foremast converts %1 with int() (awslambda.py:%2), which fails for %3: "
                       "use a whole number.")
                    .arg(QLatin1String(sized.key))
                    .arg(sized.line)
                    .arg(shown(value)) };
        } else if (number < sized.minimum || number > sized.maximum) {
            out << Problem { path, 2,
                Tr::tr(
                    "Lambda accepts %1 from %2 to %3; it refuses %4 when Foremast's infrastructure "
                    "step sends it (awslambda.py:%5).")
                    .arg(QLatin1String(sized.key))
                    .arg(sized.minimum)
                    .arg(sized.maximum)
                    .arg(number)
                    .arg(sized.line) };
        }
    }
    const KeyPath subnetCount { App, QStringLiteral("lambda_subnet_count") };
    const QJsonValue count = JsonPath::value(settings, subnetCount);
    if (!count.isUndefined() && !count.isNull() && !isWholeNumber(count)) {
        out << Problem { subnetCount, 2,
            Tr::tr("Foremast cuts the subnet list to this many (awslambda.py:126), which "
                   "needs a whole number or null, not %1.")
                .arg(shown(count)) };
    }
    const KeyPath concurrency { App, QStringLiteral("lambda_concurrency_limit") };
    const QJsonValue limit = JsonPath::value(settings, concurrency);
    if (!limit.isUndefined() && !limit.isNull() && limit != QJsonValue(false)
        && !isWholeNumber(limit)) {
        out << Problem { concurrency, 2,
            Tr::tr("botocore refuses %1 as ReservedConcurrentExecutions (awslambda.py:282): "
                   "use a whole number, or null for no limit.")
                .arg(shown(limit)) };
    }
    // _put_provisioned_throughput passes "FuctionName" (sic): botocore refuses every such call.
    const KeyPath provisioned { App, QStringLiteral("lambda_provisioned_throughput") };
    const QJsonValue throughput = JsonPath::value(settings, provisioned);
    const bool truthy = throughput.isDouble()
        ? throughput.toDouble() != 0
        : (throughput.isString()
                ? !throughput.toString().isEmpty()
                : throughput.toBool() || throughput.isObject() || throughput.isArray());
    if (truthy) {
        out << Problem { provisioned, 2,
            Tr::tr("Foremast 5.15.4 misspells FunctionName when it sets provisioned concurrency "
                   "(awslambda.py:245), so botocore refuses the call and the infrastructure step "
                   "fails: leave it null.") };
    }
}

void lambdaConfigs(const QJsonObject &settings, Problems &out)
{
    const KeyPath tracing { App, QStringLiteral("lambda_tracing") };
    const QJsonObject tracingConfig = JsonPath::value(settings, tracing).toObject();
    const QJsonValue mode = tracingConfig.value(QStringLiteral("Mode"));
    if (!mode.isUndefined() && mode != QJsonValue(QStringLiteral("Active"))
        && mode != QJsonValue(QStringLiteral("PassThrough"))) {
        out << Problem { tracing + KeyPath { QStringLiteral("Mode") }, 2,
            Tr::tr(
                "Lambda's TracingConfig Mode is Active or PassThrough, not %1 (awslambda.py:359).")
                .arg(shown(mode)) };
    }
    for (const QString &name : unknownKeys(tracingConfig, { QStringLiteral("Mode") }))
        out << Problem { tracing + KeyPath { name }, 2,
            Tr::tr("botocore refuses the unknown TracingConfig key %1 (awslambda.py:359); only "
                   "Mode is allowed.")
                .arg(name) };

    const KeyPath dlq { App, QStringLiteral("lambda_dlq") };
    const QJsonObject dlqConfig = JsonPath::value(settings, dlq).toObject();
    for (const QString &name : unknownKeys(dlqConfig, { QStringLiteral("TargetArn") }))
        out << Problem { dlq + KeyPath { name }, 2,
            Tr::tr("botocore refuses the unknown DeadLetterConfig key %1 (awslambda.py:358); only "
                   "TargetArn is allowed.")
                .arg(name) };
    if (dlqConfig.contains(QStringLiteral("TargetArn"))
        && !dlqConfig.value(QStringLiteral("TargetArn")).isString())
        out << Problem { dlq + KeyPath { QStringLiteral("TargetArn") }, 2,
            Tr::tr("The dead-letter queue's TargetArn must be text: an SQS queue or SNS topic ARN "
                   "(awslambda.py:358).") };

    const KeyPath environment { App, QStringLiteral("lambda_environment") };
    const QJsonObject environmentConfig = JsonPath::value(settings, environment).toObject();
    for (const QString &name : unknownKeys(environmentConfig, { QStringLiteral("Variables") }))
        out << Problem { environment + KeyPath { name }, 2,
            Tr::tr("botocore refuses the unknown Environment key %1 (awslambda.py:350); put "
                   "variables under \"Variables\".")
                .arg(name) };
    const QJsonValue variables = environmentConfig.value(QStringLiteral("Variables"));
    const QJsonObject variableMap = variables.toObject();
    if (!variables.isUndefined() && !variables.isObject())
        out << Problem { environment + KeyPath { QStringLiteral("Variables") }, 2,
            Tr::tr(
                "Environment Variables must be an object of names and texts (awslambda.py:350).") };
    for (auto it = variableMap.begin(); it != variableMap.end(); ++it) {
        if (!it.value().isString())
            out << Problem { environment + KeyPath { QStringLiteral("Variables"), it.key() }, 2,
                Tr::tr("botocore refuses %1 for the variable %2: Lambda's environment variables "
                       "are text (awslambda.py:350).")
                    .arg(shown(it.value()), it.key()) };
    }

    const KeyPath layers { App, QStringLiteral("lambda_layers") };
    const QJsonArray layerList = JsonPath::value(settings, layers).toArray();
    for (int i = 0; i < layerList.size(); ++i) {
        if (!layerList.at(i).isString())
            out << Problem { layers + KeyPath { QString::number(i) }, 2,
                Tr::tr("A layer is a layer version ARN in text, not %1 (awslambda.py:357).")
                    .arg(shown(layerList.at(i))) };
    }
    const KeyPath filesystems { App, QStringLiteral("lambda_filesystems") };
    const QJsonArray filesystemList = JsonPath::value(settings, filesystems).toArray();
    for (int i = 0; i < filesystemList.size(); ++i) {
        const QStringList missing = missingKeys(filesystemList.at(i).toObject(),
            { QStringLiteral("Arn"), QStringLiteral("LocalMountPath") });
        if (!missing.isEmpty())
            out << Problem { filesystems + KeyPath { QString::number(i) }, 2,
                Tr::tr("A file system needs Arn and LocalMountPath; this one lacks %1 "
                       "(awslambda.py:360).")
                    .arg(missing.join(QStringLiteral(", "))) };
    }
    const KeyPath destinations { App, QStringLiteral("lambda_destinations") };
    for (const QString &name : unknownKeys(JsonPath::value(settings, destinations).toObject(),
             { QStringLiteral("OnSuccess"), QStringLiteral("OnFailure") }))
        out << Problem { destinations + KeyPath { name }, 2,
            Tr::tr("botocore refuses the unknown DestinationConfig key %1 (awslambda.py:263); use "
                   "OnSuccess and OnFailure.")
                .arg(name) };
}

void lambdaTriggers(const QJsonObject &settings, Problems &out)
{
    static const QStringList known { QStringLiteral("api-gateway"),
        QStringLiteral("cloudwatch-event"), QStringLiteral("cloudwatch-logs"),
        QStringLiteral("dynamodb-stream"), QStringLiteral("kinesis-stream"), QStringLiteral("sqs"),
        QStringLiteral("sns"), QStringLiteral("s3") };
    const QJsonArray triggers = settings.value(QStringLiteral("lambda_triggers")).toArray();
    for (int i = 0; i < triggers.size(); ++i) {
        const KeyPath path { QStringLiteral("lambda_triggers"), QString::number(i) };
        const QJsonValue type = triggers.at(i).toObject().value(QStringLiteral("type"));
        if (!triggers.at(i).isObject() || !type.isString())
            out << Problem { path, 1,
                Tr::tr("Foremast reads each trigger's \"type\" (awslambdaevent.py:61); this "
                       "trigger has none.") };
        else if (!known.contains(type.toString()))
            out << Problem { path + KeyPath { QStringLiteral("type") }, 1,
                Tr::tr("Foremast skips a trigger of type %1 without a word "
                       "(awslambdaevent.py:61-84); it knows %2.")
                    .arg(shown(type), known.join(QStringLiteral(", "))) };
    }
}

/// Each entry of the list at `path` must be an object with `required` keys.
void requireKeys(const QJsonObject &settings, const KeyPath &path, const QStringList &required,
    const QString &where, Problems &out)
{
    const QJsonArray list = JsonPath::value(settings, path).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QStringList missing = missingKeys(list.at(i).toObject(), required);
        if (!missing.isEmpty())
            out << Problem { path + KeyPath { QString::number(i) }, int(path.size()),
                Tr::tr("Entry %1 lacks %2, which Foremast reads (%3).")
                    .arg(i + 1)
                    .arg(missing.join(QStringLiteral(", ")), where) };
    }
}

bool enabled(const QJsonObject &settings, const char *block)
{
    return JsonPath::value(settings, { S3, QLatin1String(block), QStringLiteral("enabled") })
        .toBool();
}

void s3Checks(const QJsonObject &settings, Problems &out)
{
    const QJsonObject s3 = settings.value(S3).toObject();
    const QJsonValue acl = s3.value(QStringLiteral("bucket_acl"));
    static const QStringList acls { QStringLiteral("private"), QStringLiteral("public-read"),
        QStringLiteral("public-read-write"), QStringLiteral("authenticated-read") };
    if (!s3.value(QStringLiteral("shared_bucket_target")).toString().isEmpty()) {
        // The bucket belongs to another app: Foremast creates nothing (s3apps.py:70-75).
    } else if (acl.isString() && !acls.contains(acl.toString())) {
        out << Problem { { S3, QStringLiteral("bucket_acl") }, 2,
            Tr::tr("S3 refuses the bucket ACL %1 when Foremast creates the bucket (s3apps.py:78); "
                   "use %2.")
                .arg(shown(acl), acls.join(QStringLiteral(", "))) };
    }
    const QJsonValue mfa = JsonPath::value(settings, key({ "s3", "versioning", "mfa_delete" }));
    if (mfa.isString() && mfa != QJsonValue(QStringLiteral("Enabled"))
        && mfa != QJsonValue(QStringLiteral("Disabled"))) {
        out << Problem {
            key({ "s3", "versioning", "mfa_delete" }), 3,
            Tr::tr("S3's MFADelete is Enabled or Disabled, not %1 (s3apps.py:268).").arg(shown(mfa))
        };
    }
    if (enabled(settings, "website")) {
        for (const char *name : { "index_suffix", "error_document" }) {
            const KeyPath path = key({ "s3", "website", name });
            if (JsonPath::value(settings, path).toString().isEmpty())
                out << Problem { path, 3,
                    Tr::tr("With the website on, S3 refuses an empty %1 (s3apps.py:119-127).")
                        .arg(QLatin1String(name)) };
        }
        if (enabled(settings, "cors")) {
            requireKeys(settings, key({ "s3", "cors", "cors_rules" }),
                { QStringLiteral("cors_headers"), QStringLiteral("cors_methods"),
                    QStringLiteral("cors_origins"), QStringLiteral("cors_expose_headers"),
                    QStringLiteral("cors_max_age") },
                QStringLiteral("s3apps.py:162-168"), out);
        }
    }
    if (enabled(settings, "logging")
        && JsonPath::value(settings, key({ "s3", "logging", "logging_bucket" }))
               .toString()
               .isEmpty()) {
        out << Problem { key({ "s3", "logging", "logging_bucket" }), 3,
            Tr::tr("With access logging on, S3 needs the bucket to log to (s3apps.py:217).") };
    }
    if (enabled(settings, "lifecycle"))
        requireKeys(settings, key({ "s3", "lifecycle", "lifecycle_rules" }),
            { QStringLiteral("Status") }, QStringLiteral("s3apps.py:200"), out);
    if (enabled(settings, "notification")) {
        struct Target
        {
            const char *list, *arn;
        };
        for (const Target &target : { Target { "topic_configurations", "TopicArn" },
                 Target { "queue_configurations", "QueueArn" },
                 Target { "lambda_configurations", "LambdaFunctionArn" } }) {
            const KeyPath path = key({ "s3", "notification", target.list });
            // [{}] is Foremast's "none" (s3apps.py:232).
            if (JsonPath::value(settings, path).toArray() != QJsonArray { QJsonObject() })
                requireKeys(settings, path, { QLatin1String(target.arn), QStringLiteral("Events") },
                    QStringLiteral("s3apps.py:231-240"), out);
        }
    }
    requireKeys(settings, { S3, QStringLiteral("content_metadata") },
        { QStringLiteral("path"), QStringLiteral("content-encoding") },
        QStringLiteral("s3deploy.py:196-202"), out);
}

} // namespace

Errors of(const RunwayContext &context, const MergedSettings &merged, const QString &onlyEnv)
{
    Errors found;
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    if (type != QLatin1String("lambda") && type != QLatin1String("s3"))
        return found;
    for (const QString &env : context.runway.envOrder()) {
        const RunwayFile *file = context.runway.envFile(env);
        if ((!onlyEnv.isEmpty() && env != onlyEnv) || !file)
            continue;
        QSet<QString> reported;
        for (const QString &region : merged.regionsOf(env)) {
            const QJsonObject settings = merged.region(env, region);
            Problems problems;
            if (type == QLatin1String("lambda")) {
                lambdaSizes(settings, problems);
                lambdaConfigs(settings, problems);
                lambdaTriggers(settings, problems);
            } else {
                s3Checks(settings, problems);
            }
            for (const Problem &problem : std::as_const(problems)) {
                // Where the value comes from: the region's override block, else the env's own.
                const KeyPath regionBlock { QStringLiteral("regions"), region };
                const bool inRegion = JsonPath::contains(
                    file->value, regionBlock + problem.path.mid(0, problem.settingLength));
                const KeyPath where = inRegion ? regionBlock + problem.path : problem.path;
                const QString keyPath = JsonPath::toString(where);
                if (reported.contains(keyPath + problem.message))
                    continue;
                reported.insert(keyPath + problem.message);
                Error e;
                e.severity = Error::Severity::Warning; // Foremast still generates this pipeline
                e.env = env;
                e.region = inRegion ? region : QString();
                e.file = file->path;
                e.line = file->lineOf(where);
                e.keyPath = keyPath;
                e.message = problem.message;
                found << e;
            }
        }
    }
    return found;
}

} // namespace Fd::TypeSettingChecks
