// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"
#include "json/JsonPath.h"

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

} // namespace Fd::StageCheck
