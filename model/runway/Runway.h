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
    bool create = false;           ///< a new file to be written on save

    bool exists() const { return disk.has_value(); }
    bool isModified() const { return disk ? QJsonValue(value) != disk->value : create; }
    /// 1-based line of a key path in the file on disk, 0 when not known.
    int lineOf(const QStringList &keyPath) const { return disk ? disk->lineOf(keyPath) : 0; }
};

/// A runway folder: pipeline.json and one application-master-{env}.json per environment.
struct Runway
{
    QString folder;            ///< absolute path of the runway folder
    RunwayFile pipeline;       ///< pipeline.json (may not exist: Foremast's defaults apply)
    QMap<QString, RunwayFile> envs; ///< env name → its application file

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

/// Reads a runway folder. Fails (nothing partly loaded) on a missing folder or a file that is
/// not valid JSON; problems that still leave a usable runway come back from checkRunway().
Result<Runway> loadRunway(const QString &folder);

/// Writes every modified file atomically (QSaveFile), keeping each file's bytes except the
/// values that changed. A file changed on disk by someone else since it was read is not
/// overwritten: the save stops with an error naming it. Returns the paths written.
Result<QStringList> saveRunway(Runway &runway, bool overwriteExternalChanges = false);

} // namespace Fd
