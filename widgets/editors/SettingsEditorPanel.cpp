// SPDX-License-Identifier: Apache-2.0
#include "SettingsEditorPanel.h"

#include "EnvSettingsEditor.h"
#include "JsonTreeEditor.h"
#include "PipelineSettingsEditor.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Fd {

SettingsEditorPanel::SettingsEditorPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_forms(new QStackedWidget)
    , m_pipeline(new PipelineSettingsEditor(session))
    , m_env(new EnvSettingsEditor(session))
    , m_tree(new JsonTreeEditor(session))
{
    m_forms->addWidget(m_pipeline);
    m_forms->addWidget(m_env);
    m_tabs->addTab(m_forms, tr("&Settings"));
    m_tabs->addTab(m_tree, tr("All &keys"));
    m_tabs->setAccessibleName(tr("Settings editors"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_pipeline, &PipelineSettingsEditor::flowChanged, this, &SettingsEditorPanel::flowChanged);
    // The env form switches scope itself when it jumps to a region's field.
    connect(m_env, &EnvSettingsEditor::scopeChanged, this, [this](const QString &env, const QString &region) {
        m_pipelineShown = false;
        m_forms->setCurrentWidget(m_env);
        m_tree->setFile(env);
        Q_EMIT scopeChanged(env, region);
    });
    showPipeline();
}

void SettingsEditorPanel::showPipeline()
{
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
