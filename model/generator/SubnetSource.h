// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace Fd {

/// Where the availability zones of each env (Spinnaker account) and region come from.
/// An env with no zones in a region is left out of that region's pipeline, as Foremast does.
class SubnetSource
{
public:
    /// `<region>a`, `<region>b`, `<region>c` for every env and region: what the golden cases used.
    static SubnetSource offline();

    /// Either Gate's `GET /subnets/aws` answer (a list of subnets with `account`, `region`,
    /// `availabilityZone` and `target`; only `"target": "ec2"` subnets count, as in Foremast) or a
    /// map `{account: {region: [zone, …]}}` where the account `"*"` applies to every env without
    /// an entry of its own. `origin` names the source in errors.
    static Result<SubnetSource> fromJson(const QJsonValue &value, const QString &origin);
    /// Reads a file holding either shape above.
    static Result<SubnetSource> readFile(const QString &path);

    bool isOffline() const { return m_offline; }
    /// The zones of `env` in `region`, in the order the source lists them; empty when none.
    QStringList zones(const QString &env, const QString &region) const;

private:
    bool m_offline = true;
    QHash<QString, QHash<QString, QStringList>> m_zones; // account → region → zones
};

} // namespace Fd
