// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Fd {

/// The rules an env name must follow: Foremast puts it in a file name
/// (application-master-{env}.json) and Spinnaker uses it as an account name.
class EnvNames
{
    Q_DECLARE_TR_FUNCTIONS(EnvNames)
public:
    /// Why `name` cannot be a new env name next to `existing` (empty when it can), worded for the
    /// user: "contains a space", "already exists", "differs only in case from dev"…
    static QString problem(const QString &name, const QStringList &existing);
    /// Whether `name` follows the character rules (ignores the other envs).
    static bool isValid(const QString &name);
};

} // namespace Fd
