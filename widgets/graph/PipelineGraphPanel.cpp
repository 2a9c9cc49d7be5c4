// SPDX-License-Identifier: Apache-2.0
#include "PipelineGraphPanel.h"

#include "StageGraphView.h"
#include "layout/EnvironmentStages.h"
#include "layout/PipelineStages.h"
#include "theme/FirstPaintDeferred.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QPointer>
#include <QJsonArray>
#include <QComboBox>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fd {

PipelineGraphPanel::PipelineGraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_regions(new QComboBox(this))
    , m_envs(new QComboBox(this))
    , m_regionLabel(new QLabel(tr("&Region:"), this))
    , m_envLabel(new QLabel(tr("&Environment:"), this))
    , m_view(new StageGraphView(this))
{
    m_regions->setAccessibleName(tr("Region"));
    m_regions->setToolTip(tr("The pipeline shown: Foremast makes one per region (Ctrl+[ and Ctrl+] switch)"));
    m_envs->setAccessibleName(tr("Environment"));
    m_envs->setToolTip(tr("The environment whose stages are emphasised and fitted into view ([ and ] switch)"));
    m_regionLabel->setBuddy(m_regions);
    m_envLabel->setBuddy(m_envs);
    for (QComboBox *box : {m_regions, m_envs}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never clipped by the zoom buttons
        box->setFocusPolicy(Qt::TabFocus);
    }

    auto *bars = new QHBoxLayout;
    bars->setContentsMargins(6, 3, 6, 3);
    bars->addWidget(m_regionLabel);
    bars->addWidget(m_regions);
    bars->addSpacing(12);
    bars->addWidget(m_envLabel);
    bars->addWidget(m_envs);
    bars->addStretch(1);
    // Short labels (the menu keeps the full names, the tooltips too), or the theme's icons, so
    // the selectors keep their room in a narrow window.
    const struct
    {
        QAction *action;
        const char *icon;
        QString shortText;
    } zooms[] = {{m_view->zoomOutAction(), "zoom-out", tr("−", "Zoom Out button")},
                 {m_view->zoomInAction(), "zoom-in", tr("+", "Zoom In button")},
                 {m_view->resetZoomAction(), "zoom-original", tr("100 %", "Actual Size button")},
                 {m_view->fitAction(), "zoom-fit-best", tr("Fit", "Fit to Window button")}};
    for (const auto &zoom : zooms) {
        zoom.action->setIconText(zoom.shortText);
        auto *button = new QToolButton(this);
        button->setDefaultAction(zoom.action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The icon comes after the first paint; the button shows it only if the theme has one.
        FirstPaintDeferred::setThemeIcon(zoom.action, QLatin1String(zoom.icon), [button = QPointer<QToolButton>(button), action = zoom.action] {
            if (button)
                button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        });
        zoom.action->setToolTip(zoom.action->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                                + zoom.action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        bars->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bars);
    layout->addWidget(m_view, 1);

    connect(m_regions, &QComboBox::currentIndexChanged, this, &PipelineGraphPanel::showPipeline);
    connect(m_envs, &QComboBox::currentIndexChanged, this, &PipelineGraphPanel::showEnvironment);

    const auto addKey = [this](const QString &text, const QKeySequence &key, QComboBox *box, int delta) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, box, delta] { step(box, delta); });
        addAction(action);
        m_navigation << action;
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
    QStringList names;
    int keep = 0;
    for (int i = 0; i < m_pipelines.size(); ++i) {
        const Pipeline &p = m_pipelines.at(i);
        names << (p.region.isEmpty() ? p.name : p.region);
        if (!region.isEmpty() && p.region == region)
            keep = i;
    }
    setItems(m_regions, names, {});
    m_regions->setEnabled(m_pipelines.size() > 1);
    m_regions->setCurrentIndex(keep);
    // The same region drawn again after an edit: keep the user's zoom and scroll.
    m_redrawing = !region.isEmpty() && m_pipelines.value(keep).region == region;
    showPipeline(m_pipelines.isEmpty() ? -1 : keep);
    m_redrawing = false;
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
    return m_envs->currentIndex() > 0 ? m_envs->currentData().toString() : QString();
}

void PipelineGraphPanel::setCurrentEnvironment(const QString &env)
{
    const int index = env.isEmpty() ? 0 : m_envs->findData(env);
    m_envs->setCurrentIndex(qMax(0, index));
}

void PipelineGraphPanel::showPipeline(int index)
{
    const QString env = currentEnvironment();
    const Pipeline p = m_pipelines.value(index);
    m_view->setPipeline(p.json, p.findings);
    {
        const QSignalBlocker blocker(m_envs);
        setItems(m_envs, QStringList{tr("Whole pipeline")} + p.envs, QStringList{QString()} + p.envs);
        m_envs->setEnabled(!p.envs.isEmpty());
    }
    {
        const QSignalBlocker blocker(m_envs);
        setCurrentEnvironment(env);
    }
    applyEnvironment(!m_redrawing);
    if (currentEnvironment() != env)
        Q_EMIT currentEnvironmentChanged(currentEnvironment());
    Q_EMIT currentPipelineChanged(index);
}

void PipelineGraphPanel::showEnvironment(int)
{
    applyEnvironment(true);
    Q_EMIT currentEnvironmentChanged(currentEnvironment());
}

void PipelineGraphPanel::applyEnvironment(bool fit)
{
    const QString env = currentEnvironment();
    if (env.isEmpty()) {
        m_view->clearEmphasis(fit);
    } else {
        const Pipeline &p = m_pipelines.at(currentPipeline());
        QSet<QString> refIds;
        for (auto it = p.envOfStage.cbegin(); it != p.envOfStage.cend(); ++it) {
            if (it.value() == env)
                refIds.insert(it.key());
        }
        m_view->setEmphasis(refIds, fit);
    }
}

void PipelineGraphPanel::setItems(QComboBox *box, const QStringList &texts, const QStringList &data)
{
    // Regenerated pipelines mostly have the same regions and envs: refilling the box would cost
    // its size hint and a relayout of the bar on every edit.
    bool same = box->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = box->itemText(i) == texts.at(i) && box->itemData(i).toString() == data.value(i);
    if (same)
        return;
    box->clear();
    for (int i = 0; i < texts.size(); ++i)
        box->addItem(texts.at(i), data.value(i).isEmpty() ? QVariant() : QVariant(data.at(i)));
}

void PipelineGraphPanel::step(QComboBox *box, int delta)
{
    if (box->count() > 1)
        box->setCurrentIndex((box->currentIndex() + delta + box->count()) % box->count());
}

} // namespace Fd
