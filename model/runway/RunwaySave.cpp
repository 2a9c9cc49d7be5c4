// SPDX-License-Identifier: Apache-2.0
#include "RunwaySave.h"

#include "json/JsonWriter.h"
#include "runway/Runway.h"
#include "runway/RunwayFileGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Fd {

namespace {

struct SaveText
{
    Q_DECLARE_TR_FUNCTIONS(RunwaySave)
};

/// A failed write, rename or delete, told by what the OS said (errno of the failing call).
Error osError(const QString &path, int err, const QString &action)
{
    const Error::Code code = codeOfErrno(err);
    QString why;
    switch (code) {
    case Error::Code::PermissionDenied: why = SaveText::tr("permission denied"); break;
    case Error::Code::DiskFull: why = SaveText::tr("the disk is full"); break;
    case Error::Code::NotFound: why = SaveText::tr("the folder or file no longer exists"); break;
    default: why = QString::fromLocal8Bit(std::strerror(err)); break;
    }
    //: %1 is what failed ("The file could not be written"), %2 why ("permission denied").
    return Error::aboutFile(path, code, SaveText::tr("%1: %2. Nothing was saved; every file is as it was.").arg(action, why));
}

bool changedOnDisk(const QString &path, const QByteArray *expected)
{
    QFile onDisk(path);
    if (!expected)
        return RunwayFileGuard::kindOf(path) != EntryKind::Missing || RunwayFileGuard::isSymLink(path);
    if (RunwayFileGuard::kindOf(path) != EntryKind::File || !onDisk.open(QIODevice::ReadOnly))
        return onDisk.exists();
    return onDisk.readAll() != *expected;
}

Error conflict(const QString &path, bool isNew)
{
    return Error::aboutFile(path, Error::Code::Conflict,
                     isNew ? SaveText::tr("A file of that name appeared on disk; it was not overwritten.")
                           : SaveText::tr("The file was changed on disk by another program since it was "
                                          "opened; reload it or choose to overwrite it."));
}

/// Writes and syncs `bytes` to `path`; errno of the failing call in `err`.
bool writeSynced(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms, int *err)
{
    QFile out(path);
    errno = 0;
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *err = errno ? errno : EACCES;
        return false;
    }
    if (perms)
        out.setPermissions(perms);
    errno = 0;
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        *err = errno ? errno : EIO;
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(out.handle()) != 0) {
        *err = errno;
        return false;
    }
#endif
    return true;
}

bool renameOver(const QString &from, const QString &to, int *err)
{
    // std::rename replaces the target atomically on POSIX; QFile::rename refuses an existing one.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *err = errno;
    return false;
}

struct PendingWrite
{
    RunwayFile *file = nullptr;
    QByteArray bytes;
    QString temp;
};

void removeTemps(const QList<PendingWrite> &writes)
{
    for (const PendingWrite &w : writes)
        QFile::remove(w.temp);
}

/// The new bytes of `file`, or why it is refused: a rewrite must give back exactly the value
/// the user has; anything else would silently change the file.
Result<QByteArray> newBytes(const RunwayFile &file)
{
    const QByteArray bytes = file.disk ? rewriteJson(*file.disk, file.value) : formatJson(file.value) + "\n";
    const Result<JsonFile> reread = JsonFile::parse(file.path, bytes);
    if (!reread || reread->value != QJsonValue(file.value)) {
        return Error::aboutFile(file.path, Error::Code::Refused,
                         SaveText::tr("The file holds something the designer cannot write back exactly "
                                      "(for example a key Qt's JSON reader changes); it was not saved, "
                                      "so nothing in it is lost. Edit it in a text editor."));
    }
    return bytes;
}

QString relativeTo(const QString &folder, const QString &path)
{
    return QDir(folder).relativeFilePath(path);
}

} // namespace

QString saveTempPath(const QString &target)
{
    const QFileInfo info(target);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + SaveTempSuffix);
}

Result<QStringList> saveRunway(Runway &runway, bool overwriteExternalChanges, const QStringList &only)
{
    const auto wanted = [&only](const RunwayFile &file) {
        return file.isModified() && (only.isEmpty() || only.contains(file.path));
    };
    QList<PendingWrite> writes;
    if (wanted(runway.pipeline))
        writes.append({&runway.pipeline, {}, {}});
    for (RunwayFile &file : runway.envs) {
        if (wanted(file))
            writes.append({&file, {}, {}});
    }
    const QMap<QString, QByteArray> removals = only.isEmpty() ? runway.removedFiles : QMap<QString, QByteArray>();
    if (writes.isEmpty() && removals.isEmpty())
        return QStringList();

    // Check every file before writing any, so a refusal leaves the whole runway untouched.
    const RunwayFileGuard guard(runway.folder);
    for (PendingWrite &w : writes) {
        if (std::optional<Error> refused = guard.checkWritable(w.file->path))
            return *refused;
        const bool isNew = w.file->create || !w.file->disk;
        if (!overwriteExternalChanges && changedOnDisk(w.file->path, isNew ? nullptr : &w.file->disk->bytes))
            return conflict(w.file->path, isNew);
        Result<QByteArray> bytes = newBytes(*w.file);
        if (!bytes)
            return bytes.error();
        w.bytes = std::move(bytes).value();
        w.temp = saveTempPath(w.file->path);
    }
    for (auto it = removals.cbegin(); it != removals.cend(); ++it) {
        if (!overwriteExternalChanges && QFileInfo::exists(it.key()) && changedOnDisk(it.key(), &it.value()))
            return conflict(it.key(), false);
    }

    // 1. Temporary files, synced.
    for (int i = 0; i < writes.size(); ++i) {
        const PendingWrite &w = writes.at(i);
        int err = 0;
        const QFileDevice::Permissions perms = QFileInfo::exists(w.file->path)
            ? QFileInfo(w.file->path).permissions() : QFileDevice::Permissions();
        if (!writeSynced(w.temp, w.bytes, perms, &err)) {
            removeTemps(writes.mid(0, i + 1));
            return osError(w.file->path, err, SaveText::tr("The file could not be written"));
        }
    }
    // 2. The journal: from here on the save is done, whatever happens to this process.
    QJsonArray renames;
    for (const PendingWrite &w : qAsConst(writes)) {
        renames.append(QJsonObject{{QStringLiteral("from"), relativeTo(runway.folder, w.temp)},
                                   {QStringLiteral("to"), relativeTo(runway.folder, w.file->path)}});
    }
    QJsonArray deletes;
    for (auto it = removals.cbegin(); it != removals.cend(); ++it)
        deletes.append(relativeTo(runway.folder, it.key()));
    const QString journalPath = QDir(runway.folder).filePath(SaveJournalName);
    QSaveFile journal(journalPath);
    errno = 0;
    const QByteArray journalBytes = QJsonDocument(QJsonObject{{QStringLiteral("renames"), renames},
                                                              {QStringLiteral("deletes"), deletes}}).toJson();
    if (!journal.open(QIODevice::WriteOnly) || journal.write(journalBytes) != journalBytes.size() || !journal.commit()) {
        const int err = errno ? errno : EIO;
        removeTemps(writes);
        return osError(journalPath, err, SaveText::tr("The save could not be recorded"));
    }
    // 3. Renames and deletions; 4. the journal goes.
    QStringList written;
    for (const PendingWrite &w : qAsConst(writes)) {
        int err = 0;
        if (!renameOver(w.temp, w.file->path, &err)) {
            Error e = osError(w.file->path, err, SaveText::tr("The file could not be replaced"));
            e.message = SaveText::tr("The file could not be replaced (%1); the save is recorded and will be "
                                     "finished when the runway is next opened.")
                            .arg(QString::fromLocal8Bit(std::strerror(err)));
            return e;
        }
        Result<JsonFile> reread = JsonFile::parse(w.file->path, w.bytes);
        if (reread) {
            w.file->disk = std::move(reread).value();
            w.file->create = false;
        }
        written << w.file->path;
    }
    for (auto it = removals.cbegin(); it != removals.cend(); ++it) {
        if (QFileInfo::exists(it.key()) && !QFile::remove(it.key())) {
            return Error::aboutFile(it.key(), Error::Code::PermissionDenied,
                             SaveText::tr("The file could not be deleted; it will be deleted when the runway "
                                          "is next opened."));
        }
        written << it.key();
        runway.removedFiles.remove(it.key());
    }
    QFile::remove(journalPath);
    return written;
}

Errors finishInterruptedSave(const QString &folder)
{
    const QDir dir(folder);
    const QString journalPath = dir.filePath(SaveJournalName);
    Errors out;
    if (QFileInfo::exists(journalPath)) {
        QFile file(journalPath);
        const QJsonObject journal = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.read(1024 * 1024)).object() : QJsonObject();
        file.close();
        QStringList finished;
        bool failed = journal.isEmpty();
        for (const QJsonValue &r : journal.value(QStringLiteral("renames")).toArray()) {
            const QString from = dir.filePath(r[QStringLiteral("from")].toString());
            const QString to = dir.filePath(r[QStringLiteral("to")].toString());
            // Only names the save itself made, inside this folder.
            if (!from.endsWith(SaveTempSuffix) || QFileInfo(to).absolutePath() != dir.absolutePath()) {
                failed = true;
                continue;
            }
            int err = 0;
            if (QFileInfo::exists(from)) {
                if (renameOver(from, to, &err))
                    finished << QFileInfo(to).fileName();
                else
                    failed = true;
            }
        }
        for (const QJsonValue &d : journal.value(QStringLiteral("deletes")).toArray()) {
            const QString path = dir.filePath(d.toString());
            if (QFileInfo(path).absolutePath() == dir.absolutePath() && QFileInfo::exists(path)) {
                if (QFile::remove(path))
                    finished << QFileInfo(path).fileName();
                else
                    failed = true;
            }
        }
        Error e;
        e.file = journalPath;
        if (failed) {
            e.code = Error::Code::PermissionDenied;
            e.message = SaveText::tr("An earlier save was interrupted and could not be finished; the runway "
                                     "may hold files from two saves. Check the files, then delete this journal.");
            out << e;
            return out;
        }
        QFile::remove(journalPath);
        e.severity = Error::Severity::Warning;
        e.message = SaveText::tr("An earlier save was interrupted after it was recorded; it was finished now (%1).")
                        .arg(finished.isEmpty() ? SaveText::tr("nothing was left to do") : finished.join(QStringLiteral(", ")));
        out << e;
        return out;
    }
    // ".*.json.fd-save", matched by hand: a name filter is a wildcard regex inside Qt, compiled
    // (with Qt 6's JIT) at every start of the command line only to find nothing. QDir matches
    // name filters ignoring case.
    const QString tempEnd = QStringLiteral(".json") + SaveTempSuffix;
    QStringList temps = dir.entryList(QDir::Files | QDir::Hidden);
    temps.removeIf([&tempEnd](const QString &name) {
        return !name.startsWith(QLatin1Char('.')) || name.size() < 1 + tempEnd.size()
            || !name.endsWith(tempEnd, Qt::CaseInsensitive);
    });
    if (temps.isEmpty())
        return out;
    QStringList removed;
    for (const QString &name : temps) {
        if (QFile::remove(dir.filePath(name)))
            removed << name;
    }
    Error e;
    e.file = folder;
    e.severity = Error::Severity::Warning;
    e.message = SaveText::tr("An earlier save was interrupted before it replaced any file; every file is as it was "
                             "before that save, and its unfinished copies were removed (%1).")
                    .arg(removed.join(QStringLiteral(", ")));
    out << e;
    return out;
}

} // namespace Fd
