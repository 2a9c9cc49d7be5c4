// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

namespace Fd {

/// An INI file read the way Python's configparser reads foremast.cfg: `key = value` or
/// `key: value`, keys lower-cased, indented lines continue the previous value (so JSON values may
/// span lines), `#` and `;` start comment lines. QSettings is not used: it would split values on
/// commas and decode `%` escapes.
struct IniFile
{
    /// section → key → raw value (continuation lines joined with '\n')
    QMap<QString, QMap<QString, QString>> sections;
    /// section → key → 1-based line where the key was defined, for error messages
    QMap<QString, QMap<QString, int>> lines;

    static Result<IniFile> read(const QString &path);
    static Result<IniFile> parse(const QString &path, const QString &text);
};

} // namespace Fd
