// SPDX-License-Identifier: Apache-2.0
#include "RunwayDocument.h"

#include "EnvNames.h"
#include "foremast/ForemastDefaults.h"
#include "runway/IdentityResolver.h"
#include "runway/RunwayChecks.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QJsonArray>
#include <QSet>

namespace Fd {

RunwayDocument::RunwayDocument(RunwayContext context, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_savedIdentity(m_context.identity)
{
}

bool RunwayDocument::isIdentityModified() const
{
    return m_context.identity.project != m_savedIdentity.project || m_context.identity.repo != m_savedIdentity.repo;
}

void RunwayDocument::setIdentity(const Identity &identity)
{
    if (identity.project == m_context.identity.project && identity.repo == m_context.identity.repo)
        return;
    m_context.identity = identity;
    m_context.naming = Naming(identity, m_context.config);
    emitChanged(DocumentChange::reset()); // every generated name changes
}

Result<bool> RunwayDocument::saveIdentity()
{
    // Kept next to the runway with the designer's other choices, which stay as they are.
    const QString path = IdentityResolver::settingsFile(folder());
    QJsonObject settings;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        settings = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    settings.insert(QStringLiteral("project"), m_context.identity.project);
    settings.insert(QStringLiteral("repo"), m_context.identity.repo);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(settings).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        Error e;
        e.file = path;
        e.message = tr("The application's project and repository could not be saved: %1").arg(file.errorString());
        return e;
    }
    m_savedIdentity = m_context.identity;
    return true;
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

namespace {

DocumentChange merged(const DocumentChange &a, const DocumentChange &b)
{
    if (a.kind == DocumentChange::Reset || b.kind == DocumentChange::Reset)
        return DocumentChange::reset();
    if (a.kind == DocumentChange::Value && b.kind == DocumentChange::Value && a.file == b.file && a.path == b.path)
        return a;
    return DocumentChange::structure(a.file == b.file ? a.file : FileId());
}

} // namespace

RunwayDocument::ChangeBatch::ChangeBatch(RunwayDocument *document) : m_document(document)
{
    ++m_document->m_batchDepth;
}

RunwayDocument::ChangeBatch::~ChangeBatch()
{
    if (--m_document->m_batchDepth > 0 || !m_document->m_hasPending)
        return;
    m_document->m_hasPending = false;
    Q_EMIT m_document->changed(m_document->m_pending);
    m_document->emitModified();
}

void RunwayDocument::emitChanged(const DocumentChange &change)
{
    if (m_batchDepth > 0) {
        m_pending = m_hasPending ? merged(m_pending, change) : change;
        m_hasPending = true;
        return;
    }
    Q_EMIT changed(change);
    emitModified();
}

void RunwayDocument::emitModified()
{
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
    emitChanged(DocumentChange::value(id, path));
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
    emitChanged(DocumentChange::structure(id));
}

void RunwayDocument::setEnvOrder(const QStringList &order)
{
    setValue(QString(), {QStringLiteral("env")}, QJsonArray::fromStringList(order));
}

bool RunwayDocument::isValidEnvName(const QString &env)
{
    return EnvNames::isValid(env);
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
    ChangeBatch batch(this);
    m_context.runway.envs.insert(env, f);
    QStringList order = m_context.runway.envOrder();
    order.removeAll(env);
    order.insert(qBound(0, index, int(order.size())), env);
    setEnvOrder(order);
    emitChanged(DocumentChange::structure(env));
    return true;
}

bool RunwayDocument::removeEnv(const QString &env, bool deleteFile)
{
    QStringList order = m_context.runway.envOrder();
    const bool listed = order.removeAll(env) > 0;
    const auto it = m_context.runway.envs.find(env);
    if (!listed && it == m_context.runway.envs.end())
        return false;
    ChangeBatch batch(this);
    if (deleteFile && it != m_context.runway.envs.end()) {
        if (it->disk && !it->create)
            m_context.runway.removedFiles.insert(it->path, it->disk->bytes);
        m_context.runway.envs.erase(it);
    }
    if (listed)
        setEnvOrder(order);
    emitChanged(DocumentChange::structure(env));
    return true;
}

bool RunwayDocument::renameEnv(const QString &from, const QString &to)
{
    if (!isValidEnvName(to) || m_context.runway.envs.contains(to) || from == to)
        return false;
    ChangeBatch batch(this);
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
    emitChanged(DocumentChange::structure());
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
    emitChanged(DocumentChange::reset());
}

Errors RunwayDocument::findings() const
{
    return checkRunway(m_context.runway);
}

QStringList RunwayDocument::modifiedFiles() const
{
    QStringList paths;
    if (isIdentityModified())
        paths << IdentityResolver::settingsFile(folder());
    for (const RunwayFile *f : m_context.runway.files()) {
        if (f->isModified())
            paths << f->path;
    }
    return paths + m_context.runway.removedFiles.keys();
}

Result<QStringList> RunwayDocument::save(bool overwriteExternalChanges, const QStringList &only)
{
    Result<QStringList> written = saveRunway(m_context.runway, overwriteExternalChanges, only);
    const QString identityFile = IdentityResolver::settingsFile(folder());
    if (written && isIdentityModified() && (only.isEmpty() || only.contains(identityFile))) {
        const Result<bool> identity = saveIdentity();
        if (!identity)
            return identity.error();
        written.value().append(identityFile);
    }
    if (written) {
        Q_EMIT saved(*written);
        emitModified(); // the content is what it was; only what is pending on disk changed
    }
    return written;
}

Result<bool> RunwayDocument::reload()
{
    Result<RunwayContext> fresh = openRunway(m_context.source);
    if (!fresh)
        return fresh.error();
    m_context = std::move(fresh).value();
    m_savedIdentity = m_context.identity;
    emitChanged(DocumentChange::reset());
    return true;
}

} // namespace Fd
