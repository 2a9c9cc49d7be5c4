// SPDX-License-Identifier: Apache-2.0
#include "PipelineGraphPanel.h"

#include "StageGraphView.h"
#include "layout/EnvironmentStages.h"
#include "layout/PipelineStages.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fd {

PipelineGraphPanel::PipelineGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_regions(new QTabBar(this))
    , m_envs(new QTabBar(this))
    , m_view(new StageGraphView(this))
{
    m_regions->setAccessibleName(tr("Regions"));
    m_envs->setAccessibleName(tr("Environments"));
    for (QTabBar *bar : {m_regions, m_envs}) {
        bar->setDocumentMode(true);
        bar->setDrawBase(false);
        bar->setExpanding(false);
    }

    auto *bars = new QHBoxLayout;
    bars->setContentsMargins(0, 0, 0, 0);
    bars->addWidget(m_regions);
    bars->addSpacing(12);
    bars->addWidget(m_envs);
    bars->addStretch(1);
    for (QAction *action : {m_view->zoomOutAction(), m_view->zoomInAction(), m_view->resetZoomAction(), m_view->fitAction()}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        bars->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bars);
    layout->addWidget(m_view, 1);

    connect(m_regions, &QTabBar::currentChanged, this, &PipelineGraphPanel::showPipeline);
    connect(m_envs, &QTabBar::currentChanged, this, &PipelineGraphPanel::showEnvironment);

    const auto addKey = [this](const QString &text, const QKeySequence &key, QTabBar *bar, int delta) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, bar, delta] { step(bar, delta); });
        addAction(action);
    };
    addKey(tr("Next Environment"), QKeySequence(Qt::Key_BracketRight), m_envs, 1);
    addKey(tr("Previous Environment"), QKeySequence(Qt::Key_BracketLeft), m_envs, -1);
    addKey(tr("Next Region"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), m_regions, 1);
    addKey(tr("Previous Region"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), m_regions, -1);
    setFocusProxy(m_view);
}

void PipelineGraphPanel::setPipelines(const QList<Pipeline> &pipelines)
{
    const QString region = m_pipelines.value(currentPipeline()).region;
    m_pipelines = pipelines;
    for (Pipeline &p : m_pipelines) {
        if (p.envs.isEmpty() && p.envOfStage.isEmpty()) {
            const QJsonArray stages = p.json.value(QStringLiteral("stages")).toArray();
            const QHash<int, QString> envs = environmentOfStages(p.json);
            for (auto it = envs.cbegin(); it != envs.cend(); ++it)
                p.envOfStage.insert(stages.at(it.key()).toObject().value(QStringLiteral("refId")).toVariant().toString(), it.value());
            p.envs = environmentsOf(p.json);
        }
    }
    const QSignalBlocker blocker(m_regions);
    while (m_regions->count() > 0)
        m_regions->removeTab(0);
    int keep = 0;
    for (int i = 0; i < m_pipelines.size(); ++i) {
        const Pipeline &p = m_pipelines.at(i);
        m_regions->addTab(p.region.isEmpty() ? p.name : p.region);
        if (!region.isEmpty() && p.region == region)
            keep = i;
    }
    m_regions->setVisible(m_pipelines.size() > 1);
    m_regions->setCurrentIndex(keep);
    showPipeline(m_pipelines.isEmpty() ? -1 : keep);
}

QString PipelineGraphPanel::openPipelineFile(const QString &path)
{
    const Result<PipelineFile> file = PipelineFile::read(path);
    if (!file)
        return file.error().toString();
    QList<Pipeline> pipelines;
    for (int i = 0; i < file->pipelines.size(); ++i) {
        Pipeline p;
        p.name = file->pipelineName(i);
        p.json = file->pipelines.at(i);
        pipelines << p;
    }
    setPipelines(pipelines);
    return QString();
}

int PipelineGraphPanel::currentPipeline() const
{
    return m_pipelines.isEmpty() ? -1 : m_regions->currentIndex();
}

void PipelineGraphPanel::setCurrentPipeline(int index)
{
    if (index >= 0 && index < m_pipelines.size())
        m_regions->setCurrentIndex(index);
}

QString PipelineGraphPanel::currentEnvironment() const
{
    return m_envs->currentIndex() > 0 ? m_envs->tabData(m_envs->currentIndex()).toString() : QString();
}

void PipelineGraphPanel::setCurrentEnvironment(const QString &env)
{
    for (int i = 1; i < m_envs->count(); ++i) {
        if (m_envs->tabData(i).toString() == env) {
            m_envs->setCurrentIndex(i);
            return;
        }
    }
    m_envs->setCurrentIndex(0);
}

void PipelineGraphPanel::showPipeline(int index)
{
    const QString env = currentEnvironment();
    const Pipeline p = m_pipelines.value(index);
    m_view->setPipeline(p.json, p.findings);
    {
        const QSignalBlocker blocker(m_envs);
        while (m_envs->count() > 0)
            m_envs->removeTab(0);
        m_envs->addTab(tr("Whole pipeline"));
        for (const QString &e : p.envs)
            m_envs->setTabData(m_envs->addTab(e), e);
        m_envs->setVisible(!p.envs.isEmpty());
    }
    setCurrentEnvironment(env);
    showEnvironment(m_envs->currentIndex());
    Q_EMIT currentPipelineChanged(index);
}

void PipelineGraphPanel::showEnvironment(int tab)
{
    const QString env = tab > 0 ? m_envs->tabData(tab).toString() : QString();
    if (env.isEmpty()) {
        m_view->clearEmphasis();
    } else {
        const Pipeline &p = m_pipelines.at(currentPipeline());
        QSet<QString> refIds;
        for (auto it = p.envOfStage.cbegin(); it != p.envOfStage.cend(); ++it) {
            if (it.value() == env)
                refIds.insert(it.key());
        }
        m_view->setEmphasis(refIds);
    }
    Q_EMIT currentEnvironmentChanged(env);
}

void PipelineGraphPanel::step(QTabBar *bar, int delta)
{
    if (bar->count() > 1)
        bar->setCurrentIndex((bar->currentIndex() + delta + bar->count()) % bar->count());
}

} // namespace Fd
