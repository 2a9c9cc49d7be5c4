// SPDX-License-Identifier: Apache-2.0
#include "SetValueCommand.h"

#include "UndoIds.h"

namespace Fd {

SetValueCommand::SetValueCommand(RunwayDocument *document, const FileId &file, const KeyPath &path,
                                 const QJsonValue &value, const QString &text, bool mergeable)
    : QUndoCommand(text)
    , m_document(document)
    , m_file(file)
    , m_path(path)
    , m_old(document->value(file, path))
    , m_new(value)
    , m_mergeable(mergeable)
{
    if (m_old == m_new)
        setObsolete(true);
    for (int length = 1; length < path.size() && m_old.isUndefined(); ++length) {
        const QJsonValue parent = document->value(file, path.mid(0, length));
        if (parent.isUndefined())
            m_created = path.mid(0, length);
        if (!parent.isObject())
            break; // created here, or a value that is no object: undo as before
    }
}

void SetValueCommand::undo()
{
    const RunwayDocument::ChangeBatch batch(m_document);
    if (m_created.isEmpty())
        m_document->setValue(m_file, m_path, m_old);
    else
        m_document->setValue(m_file, m_created, QJsonValue::Undefined);
}

void SetValueCommand::redo()
{
    const RunwayDocument::ChangeBatch batch(m_document);
    m_document->setValue(m_file, m_path, m_new);
}

int SetValueCommand::id() const
{
    return m_mergeable ? int(UndoId::SetValue) : -1;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (!next->m_mergeable || next->m_file != m_file || next->m_path != m_path)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new); // typed and then typed back: nothing left to undo
    return true;
}

StructureCommand::StructureCommand(RunwayDocument *document, Edit edit, const QString &text)
    : QUndoCommand(text), m_document(document), m_edit(std::move(edit))
{
}

void StructureCommand::undo()
{
    m_document->restore(m_before);
}

void StructureCommand::redo()
{
    if (m_done) {
        m_document->restore(m_after);
        return;
    }
    m_done = true;
    m_before = m_document->snapshot();
    {
        const RunwayDocument::ChangeBatch batch(m_document);
        m_applied = m_edit(m_document);
    }
    m_edit = nullptr; // it may hold copies of values; the snapshots are all undo needs now
    m_after = m_document->snapshot();
    setObsolete(!m_applied);
}

IdentityCommand::IdentityCommand(RunwayDocument *document, const Identity &identity, const QString &text)
    : QUndoCommand(text), m_document(document), m_old(document->identity()), m_new(identity)
{
}

void IdentityCommand::undo()
{
    m_document->setIdentity(m_old);
}

void IdentityCommand::redo()
{
    m_document->setIdentity(m_new);
}

} // namespace Fd
