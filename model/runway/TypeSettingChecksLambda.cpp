// SPDX-License-Identifier: Apache-2.0
// The lambda checks of TypeSettingChecks. Line numbers cite Foremast v5.15.4 (shared/reference):
// src/foremast/awslambda/awslambda.py and awslambda/awslambdaevent.py.
#include "TypeSettingProblem.h"

#include <QJsonArray>

namespace Fd::TypeSettingChecks {

namespace {

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

} // namespace

void lambdaChecks(const QJsonObject &settings, Problems &out)
{
    lambdaSizes(settings, out);
    lambdaConfigs(settings, out);
    lambdaTriggers(settings, out);
}

} // namespace Fd::TypeSettingChecks
