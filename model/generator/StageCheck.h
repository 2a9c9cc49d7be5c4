// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PipelineValidator.h"
#include "core/Error.h"
#include "json/JsonPath.h"

#include <QHash>
#include <QJsonObject>

namespace Fd::StageCheck {

/// What the graph checks need of a stage.
struct Info
{
    int index = 0;
    QString refId;
    QString name;
    QString type;
    QStringList requisites;
};

/// A finding about a stage, its key path below stages.<index>.
struct Finding
{
    Error::Severity severity = Error::Severity::Error;
    KeyPath rest;
    QString message;
};

/// Everything validatePipeline() finds in one stage object by itself (not its place in the
/// pipeline): the same for the same object wherever it stands.
struct Result
{
    Info info; ///< index left 0
    QList<Finding> beforeRefIdClash; ///< refId, name, type and requisite findings
    QList<Finding> afterRefIdClash;  ///< the type's fields and the timeout
};

Result examine(const QJsonObject &stage);

/// The stage's identity: the storage an implicitly shared object refers to (null for an empty
/// object). Two objects with one identity hold the same values as long as either is alive.
const void *identity(const QJsonObject &stage);

} // namespace Fd::StageCheck

namespace Fd {

struct PipelineValidationMemo::Data
{
    struct Entry
    {
        QJsonObject stage;
        StageCheck::Result result;
    };
    QHash<const void *, Entry> previous; ///< the stages of the pipeline validated before
    QHash<const void *, Entry> current;  ///< those of the pipeline being validated

    /// StageCheck::examine(stage), remembered by the stage's identity.
    StageCheck::Result examine(const QJsonObject &stage);
    /// The pipeline is done: its stages are the ones to remember.
    void next();
};

} // namespace Fd
