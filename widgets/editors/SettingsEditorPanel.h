// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace Fd {

class EditSession;
class EnvSettingsEditor;
class JsonTreeEditor;
class PipelineSettingsEditor;

/// What the window embeds on the right: a "Settings" tab (the pipeline form or the env/region
/// form, whichever scope is shown) and an "All keys" tab (the tree of the same file). focusKey()
/// goes to a form field when there is one, otherwise to the tree row.
class SettingsEditorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsEditorPanel(EditSession *session, QWidget *parent = nullptr);

    /// Shows pipeline.json's settings.
    void showPipeline();
    /// Shows `env`'s settings (region empty) or `region`'s overrides.
    void showEnv(const QString &env, const QString &region = {});
    bool isPipelineShown() const { return m_pipelineShown; }

    /// Jumps to `path` of `file` ("" = pipeline.json), switching scope and tab as needed.
    /// Returns whether the exact key has a field or a row (see JsonTreeEditor::focusKey).
    bool focusKey(const FileId &file, const KeyPath &path);

    EnvSettingsEditor *envEditor() const { return m_env; }
    PipelineSettingsEditor *pipelineEditor() const { return m_pipeline; }
    JsonTreeEditor *treeEditor() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The scope shown changed (env empty: pipeline.json), also after focusKey.
    void scopeChanged(const QString &env, const QString &region);
    /// Forwarded from the pipeline form.
    void flowChanged(const QString &flow);

private:
    EditSession *m_session;
    QTabWidget *m_tabs;
    QStackedWidget *m_forms;
    PipelineSettingsEditor *m_pipeline;
    EnvSettingsEditor *m_env;
    JsonTreeEditor *m_tree;
    bool m_pipelineShown = true;
};

} // namespace Fd
