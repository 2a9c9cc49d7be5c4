// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EditScope.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace Fd {

class OriginBadge;

/// One change a field asks for, relative to the field's key path. An undefined value removes the
/// key at the edited scope (the value is inherited again).
struct FieldEdit
{
    KeyPath subPath;
    QJsonValue value;
};

/// What a field shows: the effective value at the scope and where it comes from.
struct FieldState
{
    QJsonValue value;              ///< effective (merged) value; undefined when nothing sets it
    Origin origin = Origin::Unset;
    EditScope scope;
    bool editable = true;
    /// Origin of a key below the field's path (for fields holding objects, e.g. custom tags).
    std::function<Origin(const KeyPath &subPath)> originOf;
};

/// A form row for one setting: the editor widget, an origin badge and an "Inherit" button that
/// removes the key at the edited scope. Fields never write the document: they emit
/// `editRequested` and show whatever the form passes to `showState` afterwards.
class SettingField : public QWidget
{
    Q_OBJECT
public:
    /// `labelText` may hold a mnemonic (&); the label is created as a child of `labelParent`.
    SettingField(const KeyPath &path, const QString &labelText, QWidget *labelParent);

    const KeyPath &path() const { return m_path; }
    QLabel *label() const { return m_label; }
    QWidget *editor() const { return m_editor; }
    OriginBadge *badge() const { return m_badge; }
    QToolButton *resetButton() const { return m_reset; }
    /// The label's text without the mnemonic marker.
    QString plainLabel() const;
    /// Extra words for the badge's tooltip, e.g. what Foremast does when nothing is set.
    void setOriginNote(const QString &note) { m_originNote = note; }
    /// What the editor shows when no layer sets the key (Foremast's built-in behaviour).
    void setFallbackValue(const QJsonValue &value) { m_fallback = value; }

    void showState(const FieldState &state);
    const FieldState &state() const { return m_state; }
    /// Moves keyboard focus to the editor (used to jump to a finding).
    virtual void focusEditor();
    /// Forgets input not taken into the document (a new entry being typed, a refused value's
    /// message), as when the form is rebound to another runway.
    virtual void clearInput() {}

Q_SIGNALS:
    void editRequested(const QList<Fd::FieldEdit> &edits, bool typing, const QString &undoText);

protected:
    /// Sets the main (focusable) editor; `row` is what goes in the row (defaults to `editor`).
    void setEditor(QWidget *editor, QWidget *row = nullptr);
    /// Shows a value in the editor; called with signals of the editor blocked.
    virtual void display(const QJsonValue &value) = 0;
    /// True while display() runs: editors ignore their own change signals then.
    bool isDisplaying() const { return m_displaying; }
    /// Asks for the field's own value to change (undefined: inherit); the session names the step.
    void requestValue(const QJsonValue &value, bool typing = false);
    /// Asks for several changes at once, undone as one step named `undoText`.
    void requestEdits(const QList<FieldEdit> &edits, const QString &undoText);

private:
    KeyPath m_path;
    QLabel *m_label;
    QWidget *m_editor = nullptr;
    OriginBadge *m_badge = nullptr;
    QToolButton *m_reset = nullptr;
    QString m_originNote;
    QJsonValue m_fallback = QJsonValue(QJsonValue::Undefined);
    FieldState m_state;
    bool m_displaying = false;
};

} // namespace Fd
