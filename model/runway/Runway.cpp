// SPDX-License-Identifier: Apache-2.0
#include "Runway.h"

#include "foremast/ForemastDefaults.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Runway", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runway)
};

const QString PipelineFileName = QStringLiteral("pipeline.json");

} // namespace

QString Runway::envFileName(const QString &env)
{
    return QStringLiteral("application-master-%1.json").arg(env);
}

QString Runway::envOfFileName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^application-master-(.+)\\.json$"));
    const QRegularExpressionMatch match = re.match(fileName);
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject Runway::pipelineValue() const
{
    if (!pipeline.exists() && !pipeline.create)
        return ForemastDefaults::missingPipelineFile();
    return pipeline.value;
}

QStringList Runway::envOrder() const
{
    const QJsonValue env = pipelineValue().value(QStringLiteral("env"));
    const QJsonArray list = env.isArray()
        ? env.toArray()
        : ForemastDefaults::pipelineDefaults().value(QStringLiteral("env")).toArray();
    QStringList order;
    for (const QJsonValue &v : list) {
        if (v.isString())
            order << v.toString();
    }
    return order;
}

const RunwayFile *Runway::envFile(const QString &env) const
{
    const auto it = envs.constFind(env);
    return it == envs.constEnd() ? nullptr : &it.value();
}

QList<const RunwayFile *> Runway::files() const
{
    QList<const RunwayFile *> all{&pipeline};
    for (const RunwayFile &file : envs)
        all << &file;
    return all;
}

bool Runway::isModified() const
{
    for (const RunwayFile *file : files()) {
        if (file->isModified())
            return true;
    }
    return false;
}

Result<Runway> loadRunway(const QString &folder)
{
    const QFileInfo info(folder);
    Error e;
    e.file = folder;
    if (!info.exists()) {
        e.message = Tr::tr("The runway folder does not exist.");
        return e;
    }
    if (!info.isDir()) {
        e.message = Tr::tr("Expected a runway folder (holding pipeline.json and application-master-*.json).");
        return e;
    }
    const QDir dir(info.absoluteFilePath());
    if (!info.isReadable() || !dir.isReadable()) {
        e.message = Tr::tr("The runway folder cannot be read.");
        return e;
    }

    Runway runway;
    runway.folder = dir.absolutePath();
    runway.pipeline.path = dir.filePath(PipelineFileName);
    if (QFileInfo::exists(runway.pipeline.path)) {
        Result<JsonFile> file = JsonFile::read(runway.pipeline.path);
        if (!file)
            return file.error();
        runway.pipeline.value = file->value.toObject();
        runway.pipeline.disk = std::move(file).value();
    }

    const QStringList names = dir.entryList({QStringLiteral("application-master-*.json")},
                                            QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    const QStringList all = dir.entryList({QStringLiteral("application-master-*.json")},
                                          QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : all) {
        if (!names.contains(name)) {
            e.file = dir.filePath(name);
            e.message = Tr::tr("The file cannot be read (permission denied).");
            return e;
        }
    }
    for (const QString &name : names) {
        const QString env = Runway::envOfFileName(name);
        RunwayFile file;
        file.path = dir.filePath(name);
        Result<JsonFile> json = JsonFile::read(file.path);
        if (!json)
            return json.error();
        file.value = json->value.toObject();
        file.disk = std::move(json).value();
        runway.envs.insert(env, std::move(file));
    }
    return runway;
}

namespace {

bool changedOnDisk(const QString &path, const QByteArray *expected)
{
    QFile onDisk(path);
    if (!expected)
        return onDisk.exists();
    if (!onDisk.open(QIODevice::ReadOnly))
        return onDisk.exists();
    return onDisk.readAll() != *expected;
}

Error conflict(const QString &path, bool isNew)
{
    Error e;
    e.file = path;
    e.message = isNew ? Tr::tr("A file of that name appeared on disk; it was not overwritten.")
                      : Tr::tr("The file was changed on disk by another program since it was "
                               "opened; reload it or choose to overwrite it.");
    return e;
}

} // namespace

Result<QStringList> saveRunway(Runway &runway, bool overwriteExternalChanges, const QStringList &only)
{
    const auto wanted = [&only](const RunwayFile &file) {
        return file.isModified() && (only.isEmpty() || only.contains(file.path));
    };
    QList<RunwayFile *> pending;
    if (wanted(runway.pipeline))
        pending << &runway.pipeline;
    for (RunwayFile &file : runway.envs) {
        if (wanted(file))
            pending << &file;
    }
    QMap<QString, QByteArray> removals = only.isEmpty() ? runway.removedFiles : QMap<QString, QByteArray>();
    // Check every file before writing any, so a conflict leaves the whole runway untouched.
    if (!overwriteExternalChanges) {
        for (const RunwayFile *file : qAsConst(pending)) {
            const bool isNew = file->create || !file->disk;
            if (changedOnDisk(file->path, isNew ? nullptr : &file->disk->bytes))
                return conflict(file->path, isNew);
        }
        for (auto it = removals.cbegin(); it != removals.cend(); ++it) {
            if (QFileInfo::exists(it.key()) && changedOnDisk(it.key(), &it.value()))
                return conflict(it.key(), false);
        }
    }

    QStringList written;
    for (RunwayFile *file : qAsConst(pending)) {
        const QByteArray bytes = file->disk ? rewriteJson(*file->disk, file->value)
                                            : formatJson(file->value) + "\n";
        QSaveFile out(file->path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            Error e;
            e.file = file->path;
            e.message = Tr::tr("The file could not be saved: %1. It was left as it was.").arg(out.errorString());
            return e;
        }
        Result<JsonFile> reread = JsonFile::parse(file->path, bytes);
        if (reread) {
            file->disk = std::move(reread).value();
            file->create = false;
        }
        written << file->path;
    }
    for (auto it = removals.cbegin(); it != removals.cend(); ++it) {
        if (QFileInfo::exists(it.key()) && !QFile::remove(it.key())) {
            Error e;
            e.file = it.key();
            e.message = Tr::tr("The file could not be deleted.");
            return e;
        }
        written << it.key();
        runway.removedFiles.remove(it.key());
    }
    return written;
}

} // namespace Fd
