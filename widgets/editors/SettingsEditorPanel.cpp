// SPDX-License-Identifier: Apache-2.0
#include "SettingsEditorPanel.h"

#include "EnvSettingsEditor.h"
#include "JsonTreeEditor.h"
#include "PipelineSettingsEditor.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Fd {

SettingsEditorPanel::SettingsEditorPanel(EditSession *session, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setAccessibleName(tr("Settings editors"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setSession(session);
}

void SettingsEditorPanel::setSession(EditSession *session, const QString &env, const QString &region)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_pipelineShown = true;
    if (!session) {
        // The editors stay for the next session, empty and off the tabs; none keeps the old
        // session or its document.
        if (isBuilt()) {
            m_pipeline->setSession(nullptr);
            m_env->setSession(nullptr);
            m_tree->setSession(nullptr);
            m_tabs->clear();
        }
        return;
    }
    connect(session, &EditSession::closing, this, [this] { setSession(nullptr); });
    m_pipelineShown = env.isEmpty();
    if (!m_forms) {
        build();
        if (!env.isEmpty()) {
            const QSignalBlocker blocker(m_env); // its scopeChanged would show the form as below
            m_env->setScope(env, region);
        }
    } else {
        // Building the forms is most of what opening a runway cost (docs/performance.md): the
        // same editors take the new session and show what new ones would. Each form refreshes
        // once, at the scope it shows. Built in idle time, they are bound here the first time.
        while (buildNextPart()) {
        }
        m_pipeline->setSession(session);
        m_env->setSession(session, env.isEmpty() ? EditScope() : EditScope::forEnv(env, region));
        m_tree->setSession(session);
        if (m_tabs->count() == 0) {
            m_tabs->addTab(m_forms, tr("&Settings"));
            m_tabs->addTab(m_tree, tr("All &keys"));
        }
        m_tabs->setCurrentIndex(0);
    }
    // Switching forms hides and shows a whole form: done only when the scope's form changes.
    m_forms->setCurrentWidget(m_pipelineShown ? static_cast<QWidget *>(m_pipeline) : m_env);
    m_tree->setFile(env);
}

void SettingsEditorPanel::build()
{
    m_forms = new QStackedWidget;
    m_pipeline = new PipelineSettingsEditor(m_session);
    m_env = new EnvSettingsEditor(m_session);
    m_tree = new JsonTreeEditor(m_session);
    m_forms->addWidget(m_pipeline);
    m_forms->addWidget(m_env);
    m_tabs->addTab(m_forms, tr("&Settings"));
    m_tabs->addTab(m_tree, tr("All &keys"));
    connectParts();
    m_forms->setCurrentWidget(m_pipeline);
    m_tree->setFile(QString());
}

void SettingsEditorPanel::connectParts()
{
    connect(m_pipeline, &PipelineSettingsEditor::flowChanged, this, &SettingsEditorPanel::flowChanged);
    // The env form switches scope itself when it jumps to a region's field.
    connect(m_env, &EnvSettingsEditor::scopeChanged, this, [this](const QString &env, const QString &region) {
        m_pipelineShown = false;
        m_forms->setCurrentWidget(m_env);
        m_tree->setFile(env);
        Q_EMIT scopeChanged(env, region);
    });
}

void SettingsEditorPanel::buildWhenIdle()
{
    if (m_forms || m_idleBuildScheduled)
        return;
    m_idleBuildScheduled = true;
    QTimer::singleShot(0, this, &SettingsEditorPanel::buildIdleStep);
}

void SettingsEditorPanel::buildIdleStep()
{
    // One part per turn: the window answers input between them. A session set meanwhile has
    // built the rest itself (setSession()), and then there is nothing left to do.
    if (buildNextPart())
        QTimer::singleShot(0, this, &SettingsEditorPanel::buildIdleStep);
}

bool SettingsEditorPanel::buildNextPart()
{
    // The parts stay off the tabs (and hidden) until a session is set, as with no session.
    if (!m_forms) {
        m_forms = new QStackedWidget(this);
        m_forms->hide();
        m_pipeline = new PipelineSettingsEditor(nullptr);
        m_forms->addWidget(m_pipeline);
        return true;
    }
    if (!m_env) {
        m_env = new EnvSettingsEditor(EnvSettingsEditor::Unbuilt());
        m_forms->addWidget(m_env);
        return true;
    }
    // The env form is most of the work (every type's sections): a section per turn, so no
    // step keeps input waiting long.
    if (m_env->buildNextSection())
        return true;
    if (!m_tree) {
        m_tree = new JsonTreeEditor(nullptr, this);
        m_tree->hide();
        connectParts();
        m_tree->setFile(QString());
        return true;
    }
    return false;
}

void SettingsEditorPanel::showPipeline()
{
    if (!m_session)
        return;
    const bool changed = !m_pipelineShown;
    m_pipelineShown = true;
    m_forms->setCurrentWidget(m_pipeline);
    m_tree->setFile(QString());
    if (changed)
        Q_EMIT scopeChanged(QString(), QString());
}

void SettingsEditorPanel::showEnv(const QString &env, const QString &region)
{
    if (env.isEmpty()) {
        showPipeline();
        return;
    }
    if (!m_session)
        return;
    const bool wasPipeline = m_pipelineShown;
    const EditScope before = m_env->scope();
    m_env->setScope(env, region); // emits scopeChanged when the scope differs
    if (wasPipeline && before == m_env->scope()) {
        m_pipelineShown = false;
        m_forms->setCurrentWidget(m_env);
        m_tree->setFile(env);
        Q_EMIT scopeChanged(env, m_env->scope().region());
    }
}

bool SettingsEditorPanel::focusKey(const FileId &file, const KeyPath &path)
{
    if (!m_session)
        return false;
    const bool regionPath = path.size() > 2 && path.first() == QLatin1String("regions");
    if (file.isEmpty())
        showPipeline();
    else
        showEnv(file, regionPath ? path.at(1) : QString());
    // A widget on a hidden tab cannot take the focus: show the tab first.
    m_tabs->setCurrentWidget(m_forms);
    const bool inForm = file.isEmpty() ? m_pipeline->focusKey(file, path) : m_env->focusKey(file, path);
    if (inForm)
        return true;
    m_tabs->setCurrentWidget(m_tree);
    return m_tree->focusKey(file, path);
}

} // namespace Fd
