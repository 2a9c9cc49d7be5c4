// SPDX-License-Identifier: Apache-2.0
// The s3 checks of TypeSettingChecks. Line numbers cite Foremast v5.15.4 (shared/reference):
// src/foremast/s3/s3apps.py and s3/s3deploy.py.
#include "TypeSettingProblem.h"

#include <QJsonArray>

namespace Fd::TypeSettingChecks {

namespace {

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

} // namespace

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

} // namespace Fd::TypeSettingChecks
