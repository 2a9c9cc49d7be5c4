// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Fd {

/// What stands at a path once symbolic links are followed.
enum class EntryKind { Missing, File, Folder, Fifo, Device, Socket, BrokenLink, LinkLoop, Other };

/// The runway's rule for the files it reads and writes (docs/robustness.md):
/// - a runway file must be a regular file; a folder, FIFO, device, socket, broken link or link
///   loop is refused at once, by what it is, before anything opens it (opening a FIFO blocks);
/// - a runway file may be a symbolic link only when its target stays inside the runway's
///   repository (the nearest folder above the runway holding `.git`, else the runway folder);
/// - content of a file outside the runway folder is never quoted in a message;
/// - a save never writes through a symbolic link.
class RunwayFileGuard
{
    Q_DECLARE_TR_FUNCTIONS(RunwayFileGuard)
public:
    /// `folder` is the runway folder (need not be canonical).
    explicit RunwayFileGuard(const QString &folder);

    const QString &repositoryRoot() const { return m_repository; }

    static EntryKind kindOf(const QString &path);
    static bool isSymLink(const QString &path);
    /// "a FIFO (named pipe)", "a folder", … for messages.
    static QString describe(EntryKind kind);

    /// Empty when `path` may be read as a runway file; otherwise why not (Missing → NotFound).
    std::optional<Error> checkReadable(const QString &path) const;
    /// Empty when a save may replace `path` (missing, or a regular file that is not a link).
    std::optional<Error> checkWritable(const QString &path) const;
    /// Names in `folder` starting with `prefix` that are not valid UTF-8 (Qt's directory
    /// listing leaves them out altogether), shown with each bad byte as \xNN.
    static QStringList nonUtf8Names(const QString &folder, const QByteArray &prefix);

    /// Whether messages about `path` may quote its content (its real location is in the runway).
    bool mayQuote(const QString &path) const;

private:
    bool inside(const QString &canonicalPath, const QString &canonicalFolder) const;

    QString m_folder;      ///< canonical runway folder
    QString m_repository;  ///< canonical repository root
};

/// Error::Code for an OS error number (EACCES → PermissionDenied, ENOSPC → DiskFull, …).
Error::Code codeOfErrno(int err);

} // namespace Fd
