// SPDX-License-Identifier: Apache-2.0
#include "PipelineTypes.h"

#include "foremast/ForemastConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fd {

namespace {

QSet<QString> listOf(const QString &text, bool dropEmpty)
{
    QSet<QString> out;
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (!dropEmpty || !item.isEmpty())
            out.insert(item);
    }
    return out;
}

} // namespace

PipelineTypes PipelineTypes::fromConfig(const ForemastConfig &config)
{
    const QString base = QStringLiteral("base");
    auto value = [&](const char *key, const char *fallback) {
        return config.value(base, QLatin1String(key), QLatin1String(fallback));
    };
    // consts.py: the manual sets drop empty names, the others do not (an empty name matches nothing).
    PipelineTypes types;
    QSet<QString> awsManual = listOf(value("aws_manual_types", "manual"), true);
    types.aws = listOf(value("aws_types", "ec2,lambda,s3,datapipeline,stepfunction,rolling"), false) | awsManual;
    const QSet<QString> gcpManual = listOf(value("gcp_manual_types", ""), true);
    types.gcp = listOf(value("gcp_types", "cloudfunction"), false) | gcpManual;
    if (config.contains(base, QStringLiteral("manual_types")))
        awsManual = listOf(value("manual_types", ""), false);
    if (config.contains(base, QStringLiteral("types")))
        types.aws = listOf(value("types", ""), false);
    types.manual = awsManual | gcpManual;
    types.ec2Data = listOf(value("ec2_pipeline_types", "ec2,rolling"), false);
    types.aws.remove(QString());
    types.gcp.remove(QString());
    types.manual.remove(QString());
    return types;
}

QStringList PipelineTypes::gcpEnvs(const ForemastConfig &config)
{
    return QJsonDocument::fromJson(config.value(QStringLiteral("gcp"), QStringLiteral("envs")).toUtf8()).object().keys();
}

std::optional<QStringList> PipelineTypes::readEnvs(const ForemastConfig &config, const QString &type) const
{
    if (isGcp(type)) {
        if (!config.contains(QStringLiteral("gcp"), QStringLiteral("envs")))
            return std::nullopt;
        return gcpEnvs(config);
    }
    if (!config.contains(QStringLiteral("base"), QStringLiteral("envs")))
        return std::nullopt;
    return config.envs();
}

QString PipelineTypes::readEnvsKey(const QString &type) const
{
    return isGcp(type) ? QStringLiteral("[gcp] envs") : QStringLiteral("[base] envs");
}

QString pipelineTypeOf(const QJsonObject &pipelineFile)
{
    const QJsonValue type = pipelineFile.value(QStringLiteral("type"));
    return type.isUndefined() ? QStringLiteral("ec2") : type.toString();
}

} // namespace Fd
