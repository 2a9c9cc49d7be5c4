// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fd {

class ForemastConfig;

/// Which pipeline types Foremast accepts and how it treats each, from foremast.cfg
/// (`[base] aws_types`, `aws_manual_types`, `gcp_types`, `gcp_manual_types`, the legacy `types`
/// and `manual_types`, and `ec2_pipeline_types`), with Foremast v5.15.4's defaults.
struct PipelineTypes
{
    QSet<QString> aws;
    QSet<QString> gcp;
    QSet<QString> manual;
    QSet<QString> ec2Data; ///< `ec2_pipeline_types`: types that get the ec2 data and Bake

    static PipelineTypes fromConfig(const ForemastConfig &config);
    /// The keys of `[gcp] envs` (a JSON object in foremast.cfg, a dict in Foremast's config.py).
    static QStringList gcpEnvs(const ForemastConfig &config);
    /// The envs whose files Foremast reads for a pipeline of `type` (process_configs()): the keys
    /// of `[gcp] envs` for GCP types, `[base] envs` for the others. Nothing when foremast.cfg does
    /// not set that key: then every env file is read (a runway opened without foremast.cfg).
    std::optional<QStringList> readEnvs(const ForemastConfig &config, const QString &type) const;
    /// The foremast.cfg key readEnvs() comes from, for messages: "[gcp] envs" or "[base] envs".
    QString readEnvsKey(const QString &type) const;

    bool isAllowed(const QString &type) const { return aws.contains(type) || gcp.contains(type) || manual.contains(type); }
    bool isManual(const QString &type) const { return manual.contains(type); }
    bool isGcp(const QString &type) const { return gcp.contains(type) && !aws.contains(type); }
    /// ec2 data, but templates named pipeline_*_{type}.json.j2 that Foremast does not ship
    /// (rolling and custom types): they need a templates_path.
    bool needsCustomTemplates(const QString &type) const { return ec2Data.contains(type) && type != QLatin1String("ec2"); }
};

/// The runway's pipeline type: pipeline.json `type`, "ec2" when unset.
QString pipelineTypeOf(const QJsonObject &pipelineFile);

} // namespace Fd
