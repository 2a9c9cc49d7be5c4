// SPDX-License-Identifier: Apache-2.0
// EnvSettingsEditor's sections for a lambda and an s3 runway: every env key Foremast v5.15.4's
// infrastructure step reads for the type (awslambda/awslambda.py, awslambda/awslambdaevent.py,
// s3/s3apps.py, s3/s3deploy.py; defaults in templates/configs/configs.json.j2), each with the
// editor its value calls for. The badge tooltips cite the line that reads the key; values
// Foremast or AWS would refuse are findings of model/runway/TypeSettingChecks. Within a type the
// sections go from what is deployed (function, bucket) to its network, events and extras.
#include "EnvSettingsEditor.h"

#include "BasicFields.h"
#include "ChoiceLists.h"
#include "JsonValueField.h"
#include "ListFields.h"

#include <QFormLayout>
#include <QTableWidget>

namespace Fd {

namespace {

const QString App = QStringLiteral("app");
const QString S3 = QStringLiteral("s3");

KeyPath app(const char *key)
{
    return { App, QLatin1String(key) };
}

KeyPath s3(std::initializer_list<const char *> keys)
{
    KeyPath path { S3 };
    for (const char *key : keys)
        path << QLatin1String(key);
    return path;
}

SpinField *optionalCount(SpinField *field)
{
    field->setUnsetText(EnvSettingsEditor::tr("not set"));
    return field;
}

} // namespace

void EnvSettingsEditor::buildLambdaSections()
{
    const QString lambda = QStringLiteral("lambda");
    QFormLayout *form = addTypeSection(lambda, tr("Lambda function"));
    addCited(form,
        new SpinField(app("lambda_memory"), tr("Memory:"), m_content, 128, 10240, tr(" MB")),
        tr("The function's MemorySize; Foremast's default is \"128\"."),
        "awslambda/awslambda.py:76, 355");
    addCited(form,
        new SpinField(app("lambda_timeout"), tr("Timeout:"), m_content, 1, 900, tr(" s")),
        tr("Lambda stops the function after this long."), "awslambda/awslambda.py:78, 354");
    addCited(form, new TextField(app("lambda_role"), tr("Role:"), m_content),
        tr("IAM role of the function; empty: Foremast's generated role."),
        "awslambda/awslambda.py:77");
    addCited(form,
        new JsonValueField(
            app("lambda_environment"), tr("Environment:"), m_content, QJsonValue::Object),
        tr("The function's Environment as Lambda takes it: {\"Variables\": {\"NAME\": \"text\"}}."),
        "awslambda/awslambda.py:69, 350");
    addCited(form, new StringListField(app("lambda_layers"), tr("Layers:"), m_content),
        tr("Layer version ARNs, in the order Lambda applies them."),
        "awslambda/awslambda.py:70, 357");
    addCited(form,
        new ComboField(app("lambda_tracing") + KeyPath { QStringLiteral("Mode") },
            tr("X-Ray tracing:"), m_content,
            { { QStringLiteral("Active"), tr("Sample and trace incoming requests") },
                { QStringLiteral("PassThrough"), tr("Trace only requests that arrive traced") } },
            true),
        tr("The Mode of the function's TracingConfig; not set: Lambda's own (PassThrough)."),
        "awslambda/awslambda.py:74, 359");
    addCited(form,
        optionalCount(new SpinField(
            app("lambda_concurrency_limit"), tr("Reserved concurrency:"), m_content, 1, 1000000)),
        tr("Concurrent executions kept for this function; not set: Foremast removes any "
           "reservation."),
        "awslambda/awslambda.py:79, 279-285");
    addCited(form,
        optionalCount(new SpinField(app("lambda_provisioned_throughput"),
            tr("Provisioned concurrency:"), m_content, 1, 1000000)),
        tr("Foremast 5.15.4 misspells FunctionName in this call (awslambda.py:245), so any value "
           "here makes "
           "the infrastructure step fail."),
        "awslambda/awslambda.py:75, 243-251");
    addCited(form,
        new JsonValueField(
            app("lambda_filesystems"), tr("File systems:"), m_content, QJsonValue::Array),
        tr("EFS mounts: [{\"Arn\": access point ARN, \"LocalMountPath\": \"/mnt/…\"}]."),
        "awslambda/awslambda.py:73, 360");

    form = addTypeSection(lambda, tr("Lambda network"));
    const QString vpcOnly = tr("Used only when pipeline.json's lambda.vpc_enabled is on.");
    addCited(form,
        new ComboField(app("lambda_subnet_purpose"), tr("Subnet purpose:"), m_content,
            plainChoices({ QStringLiteral("internal"), QStringLiteral("external") }), true),
        vpcOnly, "awslambda/awslambda.py:80, 123");
    addCited(form,
        optionalCount(
            new SpinField(app("lambda_subnet_count"), tr("Subnet count:"), m_content, 1, 100)),
        tr("Use only the first this many subnets; not set: all of them.") + QLatin1Char(' ')
            + vpcOnly,
        "awslambda/awslambda.py:81, 125-126");
    // The plural "security_groups" block, unlike ec2's "security_group".
    addCited(form,
        new StringListField({ QStringLiteral("security_groups"), QStringLiteral("lambda_extras") },
            tr("VPC security groups:"), m_content),
        tr("Added to the app's own group.") + QLatin1Char(' ') + vpcOnly,
        "awslambda/awslambda.py:144");

    form = addTypeSection(lambda, tr("Lambda events"));
    addCited(form,
        new JsonValueField(
            { QStringLiteral("lambda_triggers") }, tr("Triggers:"), m_content, QJsonValue::Array),
        tr("Event sources, each with a \"type\": api-gateway, cloudwatch-event, cloudwatch-logs, "
           "dynamodb-stream, "
           "kinesis-stream, sqs, sns or s3; set up by Infrastructure Setup Lambda."),
        "awslambda/awslambdaevent.py:57-84");
    addCited(form,
        new TextField(app("lambda_dlq") + KeyPath { QStringLiteral("TargetArn") },
            tr("Dead-letter queue:"), m_content),
        tr("ARN of the SQS queue or SNS topic that gets events whose asynchronous invocation "
           "failed."),
        "awslambda/awslambda.py:72, 358");
    addCited(form,
        new JsonValueField(
            app("lambda_destinations"), tr("Destinations:"), m_content, QJsonValue::Object),
        tr("Where asynchronous invocations report: {\"OnSuccess\": {\"Destination\": ARN}, "
           "\"OnFailure\": {…}}."),
        "awslambda/awslambda.py:71, 258-264");
}

void EnvSettingsEditor::buildS3Sections()
{
    const QString type = QStringLiteral("s3");
    QFormLayout *form = addTypeSection(type, tr("S3 bucket"));
    addCited(form,
        new ComboField({ QStringLiteral("deploy_strategy") }, tr("Deploy strategy:"), m_content,
            { { QStringLiteral("highlander"), tr("Deploy S3 only") },
                { QStringLiteral("canary"), tr("adds Pre-Promote Checkpoint and Promote S3") },
                { QStringLiteral("redblack"), tr("adds Pre-Promote Checkpoint and Promote S3") } },
            true),
        tr("Also decides the stages of this env's pipeline."), "s3/s3deploy.py:106, 131");
    addCited(form, new TextField(s3({ "bucket_name" }), tr("Bucket:"), m_content),
        tr("The bucket's name unless a shared bucket is set; empty: Foremast's generated name."),
        "s3/s3apps.py:62-63, s3/s3deploy.py:63-64");
    addCited(form, new TextField(s3({ "path" }), tr("Path:"), m_content),
        tr("Folder in the generated bucket; not used with a bucket name or a shared bucket."),
        "s3/s3deploy.py:68");
    addCited(form,
        new CheckField(s3({ "shared_bucket_master" }), tr("Shared bucket:"), m_content,
            tr("This app owns the shared bucket")),
        {}, "s3/s3apps.py:56, s3/s3deploy.py:55");
    addCited(form,
        new TextField(s3({ "shared_bucket_target" }), tr("Shared bucket of:"), m_content),
        tr("Another app whose shared bucket this app deploys into; Foremast then creates and "
           "configures nothing."),
        "s3/s3apps.py:58-61, 70-75");
    addCited(form,
        new ComboField(s3({ "bucket_acl" }), tr("Bucket ACL:"), m_content,
            { { QStringLiteral("private"), tr("Only the bucket owner") },
                { QStringLiteral("public-read"), tr("Anyone may read") },
                { QStringLiteral("public-read-write"), tr("Anyone may read and write") },
                { QStringLiteral("authenticated-read"), tr("Any AWS account may read") } },
            false),
        {}, "s3/s3apps.py:78, 81");
    addCited(form,
        new JsonValueField(
            s3({ "bucket_policy" }), tr("Bucket policy:"), m_content, QJsonValue::Object),
        tr("An IAM policy document; empty: Foremast deletes the bucket's policy."),
        "s3/s3apps.py:108-112");
    auto *tags = new KeyValueField(s3({ "tagging", "tags" }), tr("Bucket tags:"), m_content);
    // Key, value and source need the room: below its label, not squeezed beside it, in a narrow
    // panel.
    tags->table()->setMinimumWidth(tags->table()->fontMetrics().averageCharWidth() * 36);
    addCited(form, tags, tr("The app's custom tags win over these."), "s3/s3apps.py:250-253");
    addCited(form,
        new JsonValueField(
            s3({ "content_metadata" }), tr("Content metadata:"), m_content, QJsonValue::Array),
        tr("Folders uploaded with a Content-Encoding: [{\"path\": \"assets/gzip\", "
           "\"content-encoding\": \"gzip\"}]."),
        "s3/s3deploy.py:170, 195-202");

    form = addTypeSection(type, tr("S3 website"));
    addCited(form,
        new CheckField(s3({ "website", "enabled" }), tr("Website:"), m_content,
            tr("Serve the bucket as a static website")),
        tr("Also creates a DNS record for the bucket."), "s3/s3apps.py:118, 129");
    addCited(form,
        new TextField(s3({ "website", "index_suffix" }), tr("Index document:"), m_content), {},
        "s3/s3apps.py:124");
    addCited(form,
        new TextField(s3({ "website", "error_document" }), tr("Error document:"), m_content), {},
        "s3/s3apps.py:121");
    addCited(form,
        new SpinField({ QStringLiteral("dns"), QStringLiteral("ttl") }, tr("DNS TTL:"), m_content,
            0, 604800, tr(" s")),
        tr("Of the website's DNS record."), "s3/s3apps.py:149");
    addCited(form,
        new CheckField(s3({ "cors", "enabled" }), tr("CORS:"), m_content,
            tr("Answer cross-origin requests (only with the website on)")),
        {}, "s3/s3apps.py:159");
    addCited(form,
        new JsonValueField(
            s3({ "cors", "cors_rules" }), tr("CORS rules:"), m_content, QJsonValue::Array),
        tr("Each rule needs cors_headers, cors_methods, cors_origins, cors_expose_headers and "
           "cors_max_age."),
        "s3/s3apps.py:162-168");

    form = addTypeSection(type, tr("S3 versioning, encryption and lifecycle"));
    addCited(form,
        new CheckField(s3({ "versioning", "enabled" }), tr("Versioning:"), m_content,
            tr("Keep every version of each object")),
        {}, "s3/s3apps.py:264");
    addCited(form,
        new ComboField(s3({ "versioning", "mfa_delete" }), tr("MFA delete:"), m_content,
            plainChoices({ QStringLiteral("Disabled"), QStringLiteral("Enabled") }), false),
        {}, "s3/s3apps.py:268");
    addCited(form,
        new CheckField(s3({ "encryption", "enabled" }), tr("Encryption:"), m_content,
            tr("Encrypt new objects by default")),
        {}, "s3/s3apps.py:182");
    addCited(form,
        new JsonValueField(s3({ "encryption", "encryption_rules" }), tr("Encryption rules:"),
            m_content, QJsonValue::Array),
        tr("S3's server-side encryption rules; Foremast's default is AES256."), "s3/s3apps.py:185");
    addCited(form,
        new CheckField(s3({ "lifecycle", "enabled" }), tr("Lifecycle:"), m_content,
            tr("Expire or move objects by rules")),
        {}, "s3/s3apps.py:198");
    addCited(form,
        new JsonValueField(s3({ "lifecycle", "lifecycle_rules" }), tr("Lifecycle rules:"),
            m_content, QJsonValue::Array),
        tr("S3 lifecycle rules; each needs a Status."), "s3/s3apps.py:200");

    form = addTypeSection(type, tr("S3 logging and notifications"));
    addCited(form,
        new CheckField(s3({ "logging", "enabled" }), tr("Access logging:"), m_content,
            tr("Log requests to another bucket")),
        {}, "s3/s3apps.py:214");
    addCited(form, new TextField(s3({ "logging", "logging_bucket" }), tr("Log bucket:"), m_content),
        {}, "s3/s3apps.py:217");
    addCited(form,
        new TextField(s3({ "logging", "logging_bucket_prefix" }), tr("Log prefix:"), m_content), {},
        "s3/s3apps.py:219");
    addCited(form,
        new JsonValueField(
            s3({ "logging", "logging_grants" }), tr("Log grants:"), m_content, QJsonValue::Array),
        {}, "s3/s3apps.py:218");
    addCited(form,
        new CheckField(s3({ "notification", "enabled" }), tr("Notifications:"), m_content,
            tr("Send bucket event notifications")),
        {}, "s3/s3apps.py:230");
    const QString none = tr("[{}] means none.");
    addCited(form,
        new JsonValueField(s3({ "notification", "topic_configurations" }), tr("SNS topics:"),
            m_content, QJsonValue::Array),
        none, "s3/s3apps.py:231-233");
    addCited(form,
        new JsonValueField(s3({ "notification", "queue_configurations" }), tr("SQS queues:"),
            m_content, QJsonValue::Array),
        none, "s3/s3apps.py:234-236");
    addCited(form,
        new JsonValueField(s3({ "notification", "lambda_configurations" }), tr("Lambda functions:"),
            m_content, QJsonValue::Array),
        none, "s3/s3apps.py:237-240");
}

} // namespace Fd
