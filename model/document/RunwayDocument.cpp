// SPDX-License-Identifier: Apache-2.0
#include "RunwayDocument.h"

#include "foremast/ForemastDefaults.h"
#include "runway/RunwayChecks.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Fd {

RunwayDocument::RunwayDocument(RunwayContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context))
{
}

RunwayFile *RunwayDocument::file(const FileId &id)
{
    if (id.isEmpty())
        return &m_context.runway.pipeline;
    const auto it = m_context.runway.envs.find(id);
    return it == m_context.runway.envs.end() ? nullptr : &it.value();
}

QJsonObject RunwayDocument::fileValue(const FileId &id) const
{
    if (id.isEmpty())
        return m_context.runway.pipelineValue();
    const RunwayFile *f = m_context.runway.envFile(id);
    return f ? f->value : QJsonObject();
}

QJsonValue RunwayDocument::value(const FileId &id, const KeyPath &path) const
{
    return JsonPath::value(fileValue(id), path);
}

QString RunwayDocument::filePath(const FileId &id) const
{
    if (id.isEmpty())
        return m_context.runway.pipeline.path;
    const RunwayFile *f = m_context.runway.envFile(id);
    return f ? f->path : QDir(folder()).filePath(Runway::envFileName(id));
}

void RunwayDocument::emitChanged(const FileId &fileId, const KeyPath &path)
{
    Q_EMIT changed(fileId, path);
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

bool RunwayDocument::setValue(const FileId &id, const KeyPath &path, const QJsonValue &value)
{
    RunwayFile *f = file(id);
    if (!f || path.isEmpty())
        return false;
    if (id.isEmpty() && !f->exists() && !f->create) {
        // pipeline.json does not exist yet: start from what Foremast assumed without it.
        f->value = ForemastDefaults::missingPipelineFile();
        f->create = true;
    }
    QJsonObject updated = f->value;
    const bool ok = value.isUndefined() ? JsonPath::remove(updated, path)
                                        : JsonPath::setValue(updated, path, value);
    if (!ok || updated == f->value)
        return false;
    f->value = updated;
    emitChanged(id, path);
    return true;
}

void RunwayDocument::setFileValue(const FileId &id, const QJsonObject &value)
{
    RunwayFile *f = file(id);
    if (!f || f->value == value)
        return;
    f->value = value;
    if (id.isEmpty() && !f->disk)
        f->create = true;
    emitChanged(id, {});
}

void RunwayDocument::setEnvOrder(const QStringList &order)
{
    setValue(QString(), {QStringLiteral("env")}, QJsonArray::fromStringList(order));
}

bool RunwayDocument::isValidEnvName(const QString &env)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    return re.match(env).hasMatch();
}

bool RunwayDocument::addEnv(const QString &env, int index, const QJsonObject &value)
{
    if (!isValidEnvName(env) || m_context.runway.envs.contains(env))
        return false;
    RunwayFile f;
    f.path = QDir(folder()).filePath(Runway::envFileName(env));
    f.value = value;
    f.create = true;
    // Re-adding an env whose file is queued for deletion just keeps that file.
    if (m_context.runway.removedFiles.contains(f.path)) {
        Result<JsonFile> disk = JsonFile::parse(f.path, m_context.runway.removedFiles.take(f.path));
        if (disk) {
            f.disk = std::move(disk).value();
            f.create = false;
        }
    }
    m_context.runway.envs.insert(env, f);
    QStringList order = m_context.runway.envOrder();
    order.removeAll(env);
    order.insert(qBound(0, index, int(order.size())), env);
    setEnvOrder(order);
    emitChanged(env, {});
    return true;
}

bool RunwayDocument::removeEnv(const QString &env, bool deleteFile)
{
    QStringList order = m_context.runway.envOrder();
    const bool listed = order.removeAll(env) > 0;
    const auto it = m_context.runway.envs.find(env);
    if (!listed && it == m_context.runway.envs.end())
        return false;
    if (deleteFile && it != m_context.runway.envs.end()) {
        if (it->disk && !it->create)
            m_context.runway.removedFiles.insert(it->path, it->disk->bytes);
        m_context.runway.envs.erase(it);
    }
    if (listed)
        setEnvOrder(order);
    emitChanged(env, {});
    return true;
}

bool RunwayDocument::renameEnv(const QString &from, const QString &to)
{
    if (!isValidEnvName(to) || m_context.runway.envs.contains(to) || from == to)
        return false;
    const auto it = m_context.runway.envs.find(from);
    if (it != m_context.runway.envs.end()) {
        RunwayFile moved = it.value();
        if (moved.disk && !moved.create)
            m_context.runway.removedFiles.insert(moved.path, moved.disk->bytes);
        moved.path = QDir(folder()).filePath(Runway::envFileName(to));
        moved.create = true;
        m_context.runway.envs.erase(it);
        m_context.runway.envs.insert(to, moved);
    }
    QStringList order = m_context.runway.envOrder();
    const int index = order.indexOf(from);
    if (index >= 0) {
        order[index] = to;
        setEnvOrder(order);
    }
    emitChanged(to, {});
    return true;
}

void RunwayDocument::restore(const Snapshot &snapshot)
{
    // A snapshot holds content; what is on disk may have changed since it was taken (a save in
    // between), so disk knowledge comes from the current state and pending deletions follow.
    QMap<QString, JsonFile> onDisk;
    const Runway &current = m_context.runway;
    for (const RunwayFile *f : current.files()) {
        if (f->disk && !f->create)
            onDisk.insert(f->path, *f->disk);
    }
    for (auto it = current.removedFiles.cbegin(); it != current.removedFiles.cend(); ++it) {
        Result<JsonFile> file = JsonFile::parse(it.key(), it.value());
        if (file)
            onDisk.insert(it.key(), std::move(file).value());
    }

    Runway restored = snapshot.runway;
    const auto reconcile = [&onDisk](RunwayFile &f, bool mustExist) {
        const auto known = onDisk.constFind(f.path);
        if (known != onDisk.constEnd()) {
            f.disk = known.value();
            f.create = false;
        } else if (f.disk || mustExist) {
            f.create = true; // keep the old text (if any) as the formatting model
        }
    };
    reconcile(restored.pipeline, restored.pipeline.create);
    QSet<QString> referenced{restored.pipeline.path};
    for (RunwayFile &f : restored.envs) {
        reconcile(f, true);
        referenced.insert(f.path);
    }
    restored.removedFiles.clear();
    for (auto it = onDisk.cbegin(); it != onDisk.cend(); ++it) {
        if (!referenced.contains(it.key()))
            restored.removedFiles.insert(it.key(), it->bytes);
    }
    m_context.runway = restored;
    emitChanged(QString(), {});
}

Errors RunwayDocument::findings() const
{
    return checkRunway(m_context.runway);
}

QStringList RunwayDocument::modifiedFiles() const
{
    QStringList paths;
    for (const RunwayFile *f : m_context.runway.files()) {
        if (f->isModified())
            paths << f->path;
    }
    return paths + m_context.runway.removedFiles.keys();
}

Result<QStringList> RunwayDocument::save(bool overwriteExternalChanges, const QStringList &only)
{
    Result<QStringList> written = saveRunway(m_context.runway, overwriteExternalChanges, only);
    if (written) {
        Q_EMIT saved(*written);
        emitChanged(QString(), {});
    }
    return written;
}

Result<bool> RunwayDocument::reload()
{
    Result<RunwayContext> fresh = openRunway(m_context.source);
    if (!fresh)
        return fresh.error();
    m_context = std::move(fresh).value();
    emitChanged(QString(), {});
    return true;
}

} // namespace Fd
