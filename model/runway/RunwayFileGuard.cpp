// SPDX-License-Identifier: Apache-2.0
#include "RunwayFileGuard.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

#include <QStringDecoder>

namespace Fd {

RunwayFileGuard::RunwayFileGuard(const QString &folder)
{
    const QFileInfo info(folder);
    m_folder = info.canonicalFilePath();
    if (m_folder.isEmpty())
        m_folder = info.absoluteFilePath();
    // The repository is what a user expects a runway to reach: stop at the nearest `.git`.
    QDir dir(m_folder);
    m_repository = m_folder;
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git")))) {
            m_repository = dir.absolutePath();
            break;
        }
    } while (dir.cdUp());
}

EntryKind RunwayFileGuard::kindOf(const QString &path)
{
#ifndef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists())
        return info.isSymLink() ? EntryKind::BrokenLink : EntryKind::Missing;
    return info.isFile() ? EntryKind::File : info.isDir() ? EntryKind::Folder : EntryKind::Other;
#else
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::stat(name.constData(), &st) != 0) {
        const int err = errno;
        struct stat lst {};
        const bool isLink = ::lstat(name.constData(), &lst) == 0 && S_ISLNK(lst.st_mode);
        if (err == ELOOP)
            return EntryKind::LinkLoop;
        return isLink ? EntryKind::BrokenLink : EntryKind::Missing;
    }
    if (S_ISREG(st.st_mode))
        return EntryKind::File;
    if (S_ISDIR(st.st_mode))
        return EntryKind::Folder;
    if (S_ISFIFO(st.st_mode))
        return EntryKind::Fifo;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return EntryKind::Device;
#ifdef S_ISSOCK
    if (S_ISSOCK(st.st_mode))
        return EntryKind::Socket;
#endif
    return EntryKind::Other;
#endif
}

bool RunwayFileGuard::isSymLink(const QString &path)
{
    return QFileInfo(path).isSymLink();
}

QString RunwayFileGuard::describe(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Missing: return tr("nothing (the file does not exist)");
    case EntryKind::File: return tr("a file");
    case EntryKind::Folder: return tr("a folder");
    case EntryKind::Fifo: return tr("a FIFO (named pipe)");
    case EntryKind::Device: return tr("a device");
    case EntryKind::Socket: return tr("a socket");
    case EntryKind::BrokenLink: return tr("a symbolic link to nothing");
    case EntryKind::LinkLoop: return tr("a loop of symbolic links");
    case EntryKind::Other: return tr("a special file");
    }
    return {};
}

bool RunwayFileGuard::inside(const QString &canonicalPath, const QString &canonicalFolder) const
{
    if (canonicalPath.isEmpty())
        return false;
    return canonicalPath == canonicalFolder
        || canonicalPath.startsWith(canonicalFolder.endsWith(QLatin1Char('/'))
                                        ? canonicalFolder : canonicalFolder + QLatin1Char('/'));
}

std::optional<Error> RunwayFileGuard::checkReadable(const QString &path) const
{
    const EntryKind kind = kindOf(path);
    if (kind == EntryKind::Missing)
        return Error::aboutFile(path, Error::Code::NotFound, tr("The file does not exist."));
    if (kind != EntryKind::File) {
        return Error::aboutFile(path, Error::Code::NotAFile,
                          tr("Expected a JSON file but found %1; it was not read.").arg(describe(kind)));
    }
    if (isSymLink(path) && !inside(QFileInfo(path).canonicalFilePath(), m_repository)) {
        return Error::aboutFile(path, Error::Code::Refused,
                          tr("The file is a symbolic link to a file outside the runway's repository (%1); "
                             "such links are not followed.").arg(QDir::toNativeSeparators(m_repository)));
    }
    return std::nullopt;
}

std::optional<Error> RunwayFileGuard::checkWritable(const QString &path) const
{
    if (isSymLink(path)) {
        return Error::aboutFile(path, Error::Code::Refused,
                          tr("The file is a symbolic link; the designer does not write through links. "
                             "It was not saved (edit the file the link points to instead)."));
    }
    const EntryKind kind = kindOf(path);
    if (kind != EntryKind::Missing && kind != EntryKind::File) {
        return Error::aboutFile(path, Error::Code::NotAFile,
                          tr("Expected a JSON file but found %1; it was not saved.").arg(describe(kind)));
    }
    return std::nullopt;
}

QStringList RunwayFileGuard::nonUtf8Names(const QString &folder, const QByteArray &prefix)
{
    QStringList names;
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray raw(entry->d_name);
        if (!raw.startsWith(prefix))
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(raw);
        if (!decoder.hasError())
            continue;
        QString shown;
        for (const char c : raw) {
            const uchar u = uchar(c);
            shown += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c))
                                           : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
        names << shown;
    }
    ::closedir(dir);
    names.sort();
#else
    Q_UNUSED(folder)
    Q_UNUSED(prefix)
#endif
    return names;
}

bool RunwayFileGuard::mayQuote(const QString &path) const
{
    return inside(QFileInfo(path).canonicalFilePath(), m_folder);
}

Error::Code codeOfErrno(int err)
{
    switch (err) {
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::Code::PermissionDenied;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
        return Error::Code::DiskFull;
    case ENOENT:
    case ENOTDIR:
        return Error::Code::NotFound;
    default:
        return Error::Code::Other;
    }
}

} // namespace Fd
