// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingField.h"

#include <functional>

namespace Fd {

class EditSession;

/// The fields of one settings form: refreshes them from the document and finds the field for a
/// key path (to jump to a finding).
class FieldSet
{
public:
    void add(SettingField *field) { m_fields << field; }
    const QList<SettingField *> &fields() const { return m_fields; }

    /// Shows the document's values at `scope` in every field.
    void refresh(const RunwayDocument *document, const EditScope &scope, const QJsonObject &effective) const;
    /// Shows nothing in every field and disables them (the form's session went away), so no
    /// field keeps a reference to the old document.
    void clear() const;
    /// What clear() shows in a field.
    static FieldState emptyState();
    /// Forgets every field's input not taken into the document (SettingField::clearInput).
    void clearInput() const;
    /// Which fields a lookup may answer with (e.g. only those shown for the runway's type); all
    /// when empty.
    using Accept = std::function<bool(const SettingField *)>;
    /// The field for exactly `path`, or nullptr.
    SettingField *find(const KeyPath &path, const Accept &accept = {}) const;
    /// The field whose path is the longest prefix of `path` (a field holding a list or object
    /// also stands for the keys below it), or nullptr.
    SettingField *fieldFor(const KeyPath &path, const Accept &accept = {}) const;

    /// Pushes a field's edits at `scope`; several edits become one undo step named `undoText`.
    static void apply(EditSession *session, const EditScope &scope, const KeyPath &base,
                      const QList<FieldEdit> &edits, bool typing, const QString &undoText);

private:
    QList<SettingField *> m_fields;
};

} // namespace Fd
