// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"
#include "json/JsonFile.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Fd {

/// One file of a runway: what is on disk (if anything) and what the user has now.
struct RunwayFile
{
    QString path;                  ///< absolute path
    std::optional<JsonFile> disk;  ///< as last read or written; empty for a file not on disk
    QJsonObject value;             ///< current content
    /// To be written on save although its path is not on disk yet: a new env, or a renamed one
    /// (whose `disk` then still holds the old file, so its formatting carries over).
    bool create = false;

    bool exists() const { return disk.has_value() && !create; }
    bool isModified() const { return create || (disk && QJsonValue(value) != disk->value); }
    /// 1-based line of a key path in the file on disk, 0 when not known.
    int lineOf(const QStringList &keyPath) const { return disk ? disk->lineOf(keyPath) : 0; }
};

/// A runway folder: pipeline.json and one application-master-{env}.json per environment.
struct Runway
{
    QString folder;            ///< absolute path of the runway folder
    RunwayFile pipeline;       ///< pipeline.json (may not exist: Foremast's defaults apply)
    QMap<QString, RunwayFile> envs; ///< env name → its application file
    /// Files to delete on save (an env removed with "delete its file", or the old name of a
    /// renamed env), with the bytes they had when read, so a changed file is never deleted.
    QMap<QString, QByteArray> removedFiles;
    /// Warnings found while reading (a file name that is not UTF-8, an interrupted save that was
    /// finished or undone); checkRunway() reports them with its own findings.
    Errors loadFindings;

    static QString envFileName(const QString &env);
    /// `application-master-dev.json` → "dev"; empty for other names.
    static QString envOfFileName(const QString &fileName);

    /// The pipeline's env order: pipeline.json's `env`, or Foremast's default when absent.
    QStringList envOrder() const;
    /// pipeline.json's content, or what Foremast assumes when the file is missing.
    QJsonObject pipelineValue() const;
    /// The file for `env`, or nullptr.
    const RunwayFile *envFile(const QString &env) const;
    /// All files, pipeline.json first.
    QList<const RunwayFile *> files() const;
    bool isModified() const;
};

/// Reads a runway folder. Fails (nothing partly loaded) on a missing folder, a folder without
/// pipeline.json, a file that is not valid JSON or that RunwayFileGuard refuses; problems that
/// still leave a usable runway come back from checkRunway(). A save that was interrupted is
/// finished first (see finishInterruptedSave()).
Result<Runway> loadRunway(const QString &folder);

/// The runway inside `folder` when `folder` itself is none: Foremast keeps it in a service
/// repository's `runway/` subfolder, and people often point at the repository instead. Empty
/// when `folder` has no `runway/pipeline.json`.
QString runwayInside(const QString &folder);

/// The message for a folder without pipeline.json, naming the runway inside it if there is one.
QString notARunwayMessage(const QString &folder);

/// Writes every modified file, keeping each file's bytes except the values that changed, then
/// deletes `removedFiles`, as one set (RunwaySave.h: temporary files first, then a journal, then
/// renames). A file changed on disk by someone else since it was read is neither overwritten nor
/// deleted: the save stops before writing anything, with a Conflict error naming it. Any other
/// failure (permission, full disk, a link, a rewrite that would change other bytes) has its own
/// Error::Code and leaves every file as it was. Returns the paths written or deleted.
/// With `only`, just those paths are written (and nothing is deleted): "Save" of one file.
Result<QStringList> saveRunway(Runway &runway, bool overwriteExternalChanges = false,
                               const QStringList &only = {});

} // namespace Fd
