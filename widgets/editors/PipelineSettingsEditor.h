// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FieldSet.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFileDialog;
class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Fd {

struct RunwayContext;

class EditSession;
class ManualFilePreview;

/// The form for pipeline.json's everyday settings: type, base AMI, image (bake) settings,
/// owner email, notifications (v1 email/Slack and v2 raw list), env order; plus the flow the
/// designer generates with, which is not stored in the runway (the window decides where).
class PipelineSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineSettingsEditor(EditSession *session, QWidget *parent = nullptr);

    /// Edits another runway (null: none, every field empty and disabled): the form is reset to
    /// what a new one shows (built-in flows only, scrolled to the top) and refreshed.
    void setSession(EditSession *session);

    /// Focuses the field for `path` of pipeline.json (file must be empty); false when none.
    bool focusKey(const FileId &file, const KeyPath &path);
    SettingField *field(const KeyPath &path) const { return m_fields.find(path); }
    const QList<SettingField *> &fields() const { return m_fields.fields(); }

    /// The flow: "foremast-v5", "documented" or a flow file's path.
    QString flow() const;
    /// Selects a flow without emitting flowChanged (a path is added to the list when new).
    void setFlow(const QString &flow);
    QComboBox *flowBox() const { return m_flow; }
    /// The rendered preview of one manual pipeline file.
    ManualFilePreview *manualPreview() const { return m_manualPreview; }
    /// The note shown when the type is not generated (empty when it is).
    QString typeNote() const;

Q_SIGNALS:
    /// The user chose another flow.
    void flowChanged(const QString &flow);

private:
    template<class F> F *addField(QFormLayout *form, F *field);
    void bind(EditSession *session);
    void refresh();
    QString templatesOverrideNote(const RunwayContext &context, const QString &type) const;
    void buildTypeSections(QVBoxLayout *layout);   // PipelineSettingsEditorTypes.cpp
    SettingField *addTypeField(QVBoxLayout *layout, const QString &type, SettingField *field);
    void refreshTypeSections(const QString &type);
    void chooseFlowFile();
    int flowIndex(const QString &flow) const;

    EditSession *m_session = nullptr;
    QMetaObject::Connection m_documentConnection;
    FieldSet m_fields;
    QHash<QString, QFormLayout *> m_typeForms;  ///< pipeline type → its section's form
    QHash<QString, QWidget *> m_typeSections;   ///< shown only for runways of that type
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_typeNote;
    QLabel *m_notificationsNote;
    QComboBox *m_flow;
    ManualFilePreview *m_manualPreview = nullptr;
    QString m_currentFlow;
};

} // namespace Fd
