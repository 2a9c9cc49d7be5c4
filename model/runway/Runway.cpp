// SPDX-License-Identifier: Apache-2.0
#include "Runway.h"

#include "foremast/ForemastDefaults.h"
#include "json/JsonWriter.h"
#include "runway/RunwayFileGuard.h"
#include "runway/RunwaySave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Runway", the context Tr::tr() looks them up in.
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
    // application-master-{env}.json with a non-empty env (no regex: it would be compiled for a
    // dozen file names per run)
    const QLatin1String prefix("application-master-");
    const QLatin1String suffix(".json");
    if (fileName.size() <= prefix.size() + suffix.size() || !fileName.startsWith(prefix) || !fileName.endsWith(suffix))
        return QString();
    const QString env = fileName.mid(prefix.size(), fileName.size() - prefix.size() - suffix.size());
    return env.contains(QLatin1Char('\n')) ? QString() : env;
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

namespace {

/// Reads one runway file under the guard's rules; content outside the runway is never quoted.
Result<JsonFile> readGuarded(const RunwayFileGuard &guard, const QString &path)
{
    if (std::optional<Error> refused = guard.checkReadable(path))
        return *refused;
    Result<JsonFile> file = JsonFile::read(path);
    if (!file && !guard.mayQuote(path)) {
        Error e = file.error();
        e.context.clear();
        return e;
    }
    return file;
}

} // namespace

QString runwayInside(const QString &folder)
{
    const QString inner = QDir(folder).filePath(QStringLiteral("runway"));
    if (QFileInfo(QDir(inner).filePath(PipelineFileName)).isFile())
        return QDir::cleanPath(inner);
    return {};
}

QString notARunwayMessage(const QString &folder)
{
    const QString inner = runwayInside(folder);
    if (!inner.isEmpty())
        return Tr::tr("This folder has no pipeline.json, so it is not a runway; its subfolder %1 is one. "
                      "Open that folder instead.")
            .arg(QDir::toNativeSeparators(inner));
    return Tr::tr("This folder has no pipeline.json, so it is not a runway. Choose the runway folder, "
                  "or create pipeline.json (\"{}\" gives Foremast's defaults).");
}

Result<Runway> loadRunway(const QString &folder)
{
    const QFileInfo info(folder);
    Error e;
    e.file = folder;
    if (!info.exists()) {
        e.code = Error::Code::NotFound;
        e.message = Tr::tr("The runway folder does not exist.");
        return e;
    }
    if (!info.isDir()) {
        e.code = Error::Code::NotAFile;
        e.message = Tr::tr("Expected a runway folder (holding pipeline.json and application-master-*.json).");
        return e;
    }
    const QDir dir(info.absoluteFilePath());
    if (!info.isReadable() || !dir.isReadable()) {
        e.code = Error::Code::PermissionDenied;
        e.message = Tr::tr("The runway folder cannot be read.");
        return e;
    }
    const RunwayFileGuard guard(dir.absolutePath());

    Runway runway;
    runway.folder = dir.absolutePath();
    runway.loadFindings = finishInterruptedSave(runway.folder);
    for (const Error &finding : qAsConst(runway.loadFindings)) {
        if (!finding.isWarning())
            return finding;
    }
    runway.pipeline.path = dir.filePath(PipelineFileName);
    if (RunwayFileGuard::kindOf(runway.pipeline.path) == EntryKind::Missing
        && !RunwayFileGuard::isSymLink(runway.pipeline.path)) {
        // Foremast would assume defaults, but a folder without pipeline.json is far more often
        // the wrong folder than a runway: refuse rather than show invented environments.
        e.file = runway.pipeline.path;
        e.code = Error::Code::NotFound;
        e.message = notARunwayMessage(runway.folder);
        return e;
    }
    Result<JsonFile> pipelineFile = readGuarded(guard, runway.pipeline.path);
    if (!pipelineFile)
        return pipelineFile.error();
    runway.pipeline.value = pipelineFile->value.toObject();
    runway.pipeline.disk = std::move(pipelineFile).value();

    // Every kind of entry, so that a folder or FIFO named like an env file is reported, not skipped.
    // Filtered here as QDir's "application-master-*.json" would (its filters ignore case): QDir
    // matches name filters with a regex that Qt 6 JIT-compiles, more work than the whole listing.
    QStringList names = dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden, QDir::Name);
    names.removeIf([](const QString &name) {
        return !name.startsWith(QLatin1String("application-master-"), Qt::CaseInsensitive)
            || !name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            || name.size() < int(sizeof("application-master-.json")) - 1;
    });
    for (const QString &name : RunwayFileGuard::nonUtf8Names(runway.folder, "application-master-")) {
        Error warning;
        warning.file = dir.filePath(name);
        warning.severity = Error::Severity::Warning;
        warning.code = Error::Code::InvalidInput;
        warning.message = Tr::tr("The file name is not valid UTF-8; the file was skipped. Rename it.");
        runway.loadFindings << warning;
    }
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (!QFileInfo(path).isReadable() && RunwayFileGuard::kindOf(path) == EntryKind::File) {
            e.file = path;
            e.code = Error::Code::PermissionDenied;
            e.message = Tr::tr("The file cannot be read (permission denied).");
            return e;
        }
        RunwayFile file;
        file.path = path;
        Result<JsonFile> json = readGuarded(guard, file.path);
        if (!json)
            return json.error();
        file.value = json->value.toObject();
        file.disk = std::move(json).value();
        runway.envs.insert(Runway::envOfFileName(name), std::move(file));
    }
    return runway;
}

} // namespace Fd
