// SPDX-License-Identifier: Apache-2.0
#include "EditSession.h"

#include "SetValueCommand.h"
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

EditSession::~EditSession() = default;

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
    return MergedSettings::deployedRegions(m_document->fileValue(env));
}

bool EditSession::ensureRegionBlocks(const QString &env)
{
    // Region overrides need the object form {"region": {…}}; a list or a missing key becomes one.
    if (m_document->value(env, {Regions}).isObject())
        return false;
    QJsonObject blocks;
    for (const QString &region : regionsOf(env))
        blocks.insert(region, QJsonObject());
    return m_document->setValue(env, {Regions}, blocks);
}

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
    const RunwayDocument::Snapshot before = m_document->snapshot();
    ensureRegionBlocks(env);
    if (!value.isUndefined())
        m_document->setValue(env, full, value);
    pushStructural(before, UndoText::tr("Change %1 (%2, %3)").arg(JsonPath::toString(path), env, region));
}

void EditSession::pushStructural(const RunwayDocument::Snapshot &before, const QString &text)
{
    m_undoStack->push(new SnapshotCommand(m_document.get(), before, text));
}

bool EditSession::addEnv(const QString &env, int index, const QString &cloneFrom)
{
    const RunwayDocument::Snapshot before = m_document->snapshot();
    QJsonObject value;
    if (!cloneFrom.isEmpty())
        value = m_document->fileValue(cloneFrom);
    else
        value.insert(Regions, QJsonObject{{QStringLiteral("us-east-1"), QJsonObject()}});
    if (!m_document->addEnv(env, index, value))
        return false;
    pushStructural(before, cloneFrom.isEmpty() ? UndoText::tr("Add environment %1").arg(env)
                                               : UndoText::tr("Add environment %1 as a copy of %2").arg(env, cloneFrom));
    return true;
}

bool EditSession::removeEnv(const QString &env, bool deleteFile)
{
    const RunwayDocument::Snapshot before = m_document->snapshot();
    if (!m_document->removeEnv(env, deleteFile))
        return false;
    pushStructural(before, deleteFile ? UndoText::tr("Remove environment %1 and its file").arg(env)
                                      : UndoText::tr("Remove environment %1").arg(env));
    return true;
}

bool EditSession::renameEnv(const QString &from, const QString &to)
{
    const RunwayDocument::Snapshot before = m_document->snapshot();
    if (!m_document->renameEnv(from, to))
        return false;
    pushStructural(before, UndoText::tr("Rename environment %1 to %2").arg(from, to));
    return true;
}

bool EditSession::moveEnv(const QString &env, int newIndex)
{
    QStringList order = m_document->runway().envOrder();
    const int from = order.indexOf(env);
    if (from < 0 || newIndex < 0 || newIndex >= order.size() || newIndex == from)
        return false;
    order.move(from, newIndex);
    const RunwayDocument::Snapshot before = m_document->snapshot();
    m_document->setEnvOrder(order);
    pushStructural(before, UndoText::tr("Move environment %1").arg(env));
    return true;
}

bool EditSession::addRegion(const QString &env, const QString &region)
{
    if (region.trimmed().isEmpty() || regionsOf(env).contains(region) || !m_document->runway().envFile(env))
        return false;
    const RunwayDocument::Snapshot before = m_document->snapshot();
    const QJsonValue regions = m_document->value(env, {Regions});
    if (regions.isArray()) {
        QJsonArray list = regions.toArray();
        list.append(region);
        m_document->setValue(env, {Regions}, list);
    } else {
        ensureRegionBlocks(env);
        m_document->setValue(env, {Regions, region}, QJsonObject());
    }
    pushStructural(before, UndoText::tr("Add region %1 to %2").arg(region, env));
    return true;
}

bool EditSession::removeRegion(const QString &env, const QString &region)
{
    const QStringList current = regionsOf(env);
    if (!current.contains(region) || current.size() < 2)
        return false; // an env keeps at least one region
    const RunwayDocument::Snapshot before = m_document->snapshot();
    const QJsonValue regions = m_document->value(env, {Regions});
    if (regions.isArray()) {
        QJsonArray list;
        for (const QString &r : current) {
            if (r != region)
                list.append(r);
        }
        m_document->setValue(env, {Regions}, list);
    } else {
        ensureRegionBlocks(env);
        m_document->setValue(env, {Regions, region}, QJsonValue(QJsonValue::Undefined));
    }
    pushStructural(before, UndoText::tr("Remove region %1 from %2").arg(region, env));
    return true;
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
