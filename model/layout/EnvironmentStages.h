// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Fd {

/// Which environment's block each stage of a Foremast-generated pipeline belongs to, from the
/// evidence Foremast leaves: the ENV / DEPLOY_ENV / ACCOUNT parameters, a deploy stage's cluster
/// account, and names ("Deploy dev", "Infrastructure Setup [dev]", "Checkpoint dev", "QE dev",
/// "Git Tag dev", "DEV: hook", "Audit Approval [prod]"). A stage without such evidence
/// ("ServiceNow") belongs to the environment of its first parent; stages before the first
/// environment (Bake, "Git Tag packaging") belong to none.
///
/// `knownEnvs` (from the runway) restricts the candidates; when empty, the environments are the
/// deploy accounts, ENV/ACCOUNT parameters and the names of Deploy, Checkpoint and "[env]" stages.
/// Returns stage index (in "stages") → environment, for the stages that have one.
QHash<int, QString> environmentOfStages(const QJsonObject &pipeline, const QStringList &knownEnvs = {});

/// The environments of the pipeline in the order their blocks appear.
QStringList environmentsOf(const QJsonObject &pipeline, const QStringList &knownEnvs = {});

/// refIds of the stages in `env`'s block (what the graph view emphasises for that environment).
QSet<QString> refIdsOfEnvironment(const QJsonObject &pipeline, const QString &env,
                                  const QStringList &knownEnvs = {});

} // namespace Fd
