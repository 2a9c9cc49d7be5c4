// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateSettings.h"
#include "core/Result.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Fd {

/// What the designer takes from spin's configuration (`~/.spin/config`, reference §1.9): the Gate
/// endpoint and the sign-in section, so spin users need no new set-up. Read with MiniYaml after
/// `$VAR` / `${VAR}` expansion, as spin does.
struct SpinConfig
{
    GateSettings settings;  ///< origin names the file
    QString secret;         ///< password or token found in the file; empty when none
    QStringList warnings;   ///< translated notes, e.g. "auth.ignoreCertErrors is set"

    /// `~/.spin/config`.
    static QString defaultPath();
    /// Reads `path`. A missing file is an error; so is a sign-in style the designer cannot use
    /// (inline x509 PEM, OAuth2 without a cached token, Google service accounts).
    static Result<SpinConfig> load(const QString &path,
                                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static Result<SpinConfig> parse(const QString &text, const QString &path,
                                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

/// `$NAME` and `${NAME}` replaced by their values in `env` (empty when unset); any other `$` kept.
/// With `used`, the non-empty values substituted are added to it (to keep them out of messages).
QString expandEnvironment(const QString &text, const QProcessEnvironment &env, QStringList *used = nullptr);

} // namespace Fd
