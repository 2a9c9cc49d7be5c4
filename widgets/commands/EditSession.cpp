// SPDX-License-Identifier: Apache-2.0
#include "EditSession.h"

#include "SetValueCommand.h"
#include "document/EnvNames.h"
#include "document/NewRunway.h"
#include "foremast/MergedSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "UndoCommands", the context tr() looks them up in.
struct UndoText
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

QString where(const FileId &file)
{
    return file.isEmpty() ? UndoText::tr("pipeline") : file;
}

const QString Regions = QStringLiteral("regions");

} // namespace

EditSession::EditSession(RunwayContext context, QObject *parent)
    : QObject(parent)
    , m_document(std::make_unique<RunwayDocument>(std::move(context)))
    , m_undoStack(new QUndoStack(this))
{
}

EditSession::~EditSession()
{
    Q_EMIT closing();
    // The stack says "clean" as it goes; whoever listens may still read the document then.
    delete m_undoStack;
}

void EditSession::setValue(const FileId &file, const KeyPath &path, const QJsonValue &value, bool typing)
{
    if (m_document->value(file, path) == value)
        return;
    const QString text = UndoText::tr("Change %1 (%2)").arg(JsonPath::toString(path), where(file));
    m_undoStack->push(new SetValueCommand(m_document.get(), file, path, value, text, typing));
}

void EditSession::resetValue(const FileId &file, const KeyPath &path)
{
    if (m_document->value(file, path).isUndefined())
        return;
    const QString text = UndoText::tr("Reset %1 (%2)").arg(JsonPath::toString(path), where(file));
    m_undoStack->push(new SetValueCommand(m_document.get(), file, path, QJsonValue(QJsonValue::Undefined), text));
}

QStringList EditSession::regionsOf(const QString &env) const
{
    return regionsIn(*m_document, env);
}

QStringList EditSession::regionsIn(const RunwayDocument &document, const QString &env)
{
    return MergedSettings::deployedRegions(document.fileValue(env));
}

namespace {

/// Region overrides need the object form {"region": {…}}; a list or a missing key becomes one.
void ensureRegionBlocks(RunwayDocument *document, const QString &env)
{
    if (document->value(env, {Regions}).isObject())
        return;
    QJsonObject blocks;
    for (const QString &region : EditSession::regionsIn(*document, env))
        blocks.insert(region, QJsonObject());
    document->setValue(env, {Regions}, blocks);
}

} // namespace

void EditSession::setRegionValue(const QString &env, const QString &region, const KeyPath &path,
                                 const QJsonValue &value, bool typing)
{
    const KeyPath full = KeyPath{Regions, region} + path;
    if (m_document->value(env, {Regions}).isObject()) {
        if (value.isUndefined())
            resetValue(env, full);
        else
            setValue(env, full, value, typing);
        return;
    }
    push(UndoText::tr("Change %1 (%2, %3)").arg(JsonPath::toString(path), env, region),
         [env, full, value](RunwayDocument *document) {
             ensureRegionBlocks(document, env);
             if (!value.isUndefined())
                 document->setValue(env, full, value);
             return true;
         });
}

bool EditSession::push(const QString &text, StructureCommand::Edit edit)
{
    // The flag is only written during the first redo(), which push() runs before it returns.
    bool applied = false;
    auto recording = [&applied, edit = std::move(edit)](RunwayDocument *document) {
        applied = edit(document);
        return applied;
    };
    m_undoStack->push(new StructureCommand(m_document.get(), std::move(recording), text));
    return applied;
}

bool EditSession::addEnv(const QString &env, int index, const QString &cloneFrom)
{
    if (!envNameProblem(env).isEmpty())
        return false;
    QJsonObject value;
    if (!cloneFrom.isEmpty())
        value = m_document->fileValue(cloneFrom);
    else
        value.insert(Regions, QJsonObject{{QStringLiteral("us-east-1"), QJsonObject()}});
    return push(cloneFrom.isEmpty() ? UndoText::tr("Add environment %1").arg(env)
                                    : UndoText::tr("Add environment %1 as a copy of %2").arg(env, cloneFrom),
                [env, index, value](RunwayDocument *document) { return document->addEnv(env, index, value); });
}

bool EditSession::removeEnv(const QString &env, bool deleteFile)
{
    if (!m_document->runway().envOrder().contains(env) && !m_document->runway().envs.contains(env))
        return false;
    return push(deleteFile ? UndoText::tr("Remove environment %1 and its file").arg(env)
                           : UndoText::tr("Remove environment %1").arg(env),
                [env, deleteFile](RunwayDocument *document) { return document->removeEnv(env, deleteFile); });
}

bool EditSession::renameEnv(const QString &from, const QString &to)
{
    if (!envNameProblem(to, from).isEmpty())
        return false;
    return push(UndoText::tr("Rename environment %1 to %2").arg(from, to),
                [from, to](RunwayDocument *document) { return document->renameEnv(from, to); });
}

QString EditSession::setIdentity(const QString &project, const QString &repo)
{
    for (const QString &problem : {NewRunway::nameProblem(UndoText::tr("project"), project),
                                   NewRunway::nameProblem(UndoText::tr("repository"), repo)}) {
        if (!problem.isEmpty())
            return problem;
    }
    const Identity &current = m_document->identity();
    if (current.project == project && current.repo == repo)
        return {};
    Identity wanted = current;
    wanted.project = project;
    wanted.repo = repo;
    wanted.source = UndoText::tr("edited in the designer");
    m_undoStack->push(new IdentityCommand(m_document.get(), wanted,
                                          UndoText::tr("Name the application after %1/%2").arg(project, repo)));
    return {};
}

QString EditSession::envNameProblem(const QString &name, const QString &renaming) const
{
    QStringList existing = m_document->runway().envOrder() + m_document->runway().envs.keys();
    existing.removeAll(renaming);
    return EnvNames::problem(name, existing);
}

bool EditSession::moveEnv(const QString &env, int newIndex)
{
    QStringList order = m_document->runway().envOrder();
    const int from = order.indexOf(env);
    if (from < 0 || newIndex < 0 || newIndex >= order.size() || newIndex == from)
        return false;
    order.move(from, newIndex);
    return push(UndoText::tr("Move environment %1").arg(env), [order](RunwayDocument *document) {
        document->setEnvOrder(order);
        return true;
    });
}

bool EditSession::addRegion(const QString &env, const QString &region)
{
    if (region.trimmed().isEmpty() || regionsOf(env).contains(region) || !m_document->runway().envFile(env))
        return false;
    return push(UndoText::tr("Add region %1 to %2").arg(region, env), [env, region](RunwayDocument *document) {
        const QJsonValue regions = document->value(env, {Regions});
        if (regions.isArray()) {
            QJsonArray list = regions.toArray();
            list.append(region);
            return document->setValue(env, {Regions}, list);
        }
        ensureRegionBlocks(document, env);
        return document->setValue(env, {Regions, region}, QJsonObject());
    });
}

bool EditSession::removeRegion(const QString &env, const QString &region)
{
    const QStringList current = regionsOf(env);
    if (!current.contains(region) || current.size() < 2)
        return false; // an env keeps at least one region
    return push(UndoText::tr("Remove region %1 from %2").arg(region, env), [env, region, current](RunwayDocument *document) {
        if (document->value(env, {Regions}).isArray()) {
            QJsonArray list;
            for (const QString &r : current) {
                if (r != region)
                    list.append(r);
            }
            return document->setValue(env, {Regions}, list);
        }
        ensureRegionBlocks(document, env);
        return document->setValue(env, {Regions, region}, QJsonValue(QJsonValue::Undefined));
    });
}

Result<QStringList> EditSession::save(bool overwriteExternalChanges, const QStringList &only)
{
    Result<QStringList> written = m_document->save(overwriteExternalChanges, only);
    if (written && !m_document->isModified() && m_document->runway().removedFiles.isEmpty())
        m_undoStack->setClean();
    return written;
}

Result<bool> EditSession::reload()
{
    Result<bool> ok = m_document->reload();
    if (ok) {
        m_undoStack->clear();
        m_undoStack->setClean();
    }
    return ok;
}

} // namespace Fd
