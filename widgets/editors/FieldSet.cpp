// SPDX-License-Identifier: Apache-2.0
#include "FieldSet.h"

#include "EditSession.h"

#include <QCoreApplication>

namespace Fd {

void FieldSet::refresh(const RunwayDocument *document, const EditScope &scope,
                       const QJsonObject &effective) const
{
    const bool editable = scope.isEditable(document);
    for (SettingField *field : m_fields) {
        FieldState state;
        state.value = JsonPath::value(effective, field->path());
        state.origin = scope.originOf(document, field->path());
        state.scope = scope;
        state.editable = editable;
        const KeyPath base = field->path();
        state.originOf = [document, scope, base](const KeyPath &sub) {
            return scope.originOf(document, base + sub);
        };
        field->showState(state);
    }
}

FieldState FieldSet::emptyState()
{
    FieldState nothing;
    nothing.editable = false;
    return nothing;
}

void FieldSet::clear() const
{
    const FieldState nothing = emptyState();
    for (SettingField *field : m_fields)
        field->showState(nothing);
}

void FieldSet::clearInput() const
{
    for (SettingField *field : m_fields)
        field->clearInput();
}

SettingField *FieldSet::find(const KeyPath &path, const Accept &accept) const
{
    for (SettingField *field : m_fields) {
        if (field->path() == path && (!accept || accept(field)))
            return field;
    }
    return nullptr;
}

SettingField *FieldSet::fieldFor(const KeyPath &path, const Accept &accept) const
{
    SettingField *best = nullptr;
    for (SettingField *field : m_fields) {
        const KeyPath &p = field->path();
        if (p.size() <= path.size() && path.mid(0, p.size()) == p && (!accept || accept(field))
            && (!best || p.size() > best->path().size()))
            best = field;
    }
    return best;
}

void FieldSet::apply(EditSession *session, const EditScope &scope, const KeyPath &base,
                     const QList<FieldEdit> &edits, bool typing, const QString &undoText)
{
    const RunwayDocument *document = session->document();
    QList<FieldEdit> real;
    for (const FieldEdit &edit : edits) {
        if (document->value(scope.file(), scope.filePath(base + edit.subPath)) != edit.value)
            real << edit;
    }
    if (real.isEmpty())
        return;
    // Typing merges with the previous step, which a macro would prevent; the session names
    // single edits itself.
    if (real.size() == 1 && (typing || undoText.isEmpty())) {
        scope.apply(session, base + real.first().subPath, real.first().value, typing);
        return;
    }
    session->undoStack()->beginMacro(
        QCoreApplication::translate("UndoCommands", "%1 (%2)").arg(undoText, scope.displayName()));
    for (const FieldEdit &edit : real)
        scope.apply(session, base + edit.subPath, edit.value, false);
    session->undoStack()->endMacro();
}

} // namespace Fd
