// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EditSession.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace Fd {

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
    /// `session` may be null (no runway open): the tabs are then empty until setSession().
    explicit SettingsEditorPanel(EditSession *session, QWidget *parent = nullptr);

    /// Edits another session (another runway was opened), on the first tab, showing pipeline.json
    /// or, when `env` is given, that scope as showEnv() would (without scopeChanged). The editors
    /// are built for the first session and rebound to each next one; with no session (also when
    /// the session closes) the tabs are empty and no editor refers to it.
    void setSession(EditSession *session, const QString &env = {}, const QString &region = {});
    EditSession *session() const { return m_session; }

    /// Builds the forms and the key tree without a session, a part per turn of the event loop
    /// (zero-timer steps, so input is handled in between), so that the first setSession() only
    /// binds them, as it rebinds them for every later runway. Meant for the window's idle time
    /// after its first paint; setSession() builds whatever is still missing at once.
    void buildWhenIdle();
    /// Whether the forms and the key tree exist (built for a session or by buildWhenIdle()).
    bool isBuilt() const { return m_tree != nullptr; }

    /// Shows pipeline.json's settings.
    void showPipeline();
    /// Shows `env`'s settings (region empty) or `region`'s overrides.
    void showEnv(const QString &env, const QString &region = {});
    bool isPipelineShown() const { return m_pipelineShown; }

    /// Jumps to `path` of `file` ("" = pipeline.json), switching scope and tab as needed.
    /// Returns whether the exact key has a field or a row (see JsonTreeEditor::focusKey).
    bool focusKey(const FileId &file, const KeyPath &path);

    /// The editors (null while no session is set).
    EnvSettingsEditor *envEditor() const { return m_session ? m_env : nullptr; }
    PipelineSettingsEditor *pipelineEditor() const { return m_session ? m_pipeline : nullptr; }
    JsonTreeEditor *treeEditor() const { return m_session ? m_tree : nullptr; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The scope shown changed (env empty: pipeline.json), also after focusKey.
    void scopeChanged(const QString &env, const QString &region);
    /// Forwarded from the pipeline form.
    void flowChanged(const QString &flow);

private:
    void build();
    /// Builds the next missing part without a session; false when all exist.
    bool buildNextPart();
    void buildIdleStep();
    void connectParts();

    QPointer<EditSession> m_session;
    QTabWidget *m_tabs;
    QStackedWidget *m_forms = nullptr;
    PipelineSettingsEditor *m_pipeline = nullptr;
    EnvSettingsEditor *m_env = nullptr;
    JsonTreeEditor *m_tree = nullptr;
    bool m_pipelineShown = true;
    bool m_idleBuildScheduled = false;
};

} // namespace Fd
