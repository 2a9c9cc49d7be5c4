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
}

void SetValueCommand::undo()
{
    m_document->setValue(m_file, m_path, m_old);
}

void SetValueCommand::redo()
{
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

SnapshotCommand::SnapshotCommand(RunwayDocument *document, RunwayDocument::Snapshot before, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(document->snapshot())
{
}

void SnapshotCommand::undo()
{
    m_document->restore(m_before);
}

void SnapshotCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    m_document->restore(m_after);
}

} // namespace Fd
