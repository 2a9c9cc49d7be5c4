// SPDX-License-Identifier: Apache-2.0
#include "PreviewPane.h"

#include "EditSession.h"
#include "GenerationController.h"
#include "JsonHighlighter.h"
#include "foremast/MergedSettings.h"
#include "graph/PipelineGraphPanel.h"
#include "graph/StageGraphView.h"
#include "json/JsonText.h"

#include <QAction>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <utility>

namespace Fd {

namespace {

QPlainTextEdit *jsonView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    new JsonHighlighter(view);
    return view;
}

/// The settings a Foremast stage is made from, by stage type, for "produced from".
const QList<KeyPath> &keysForStage(const QString &type)
{
    static const QList<KeyPath> deploy = {
        {QStringLiteral("app"), QStringLiteral("instance_type")}, {QStringLiteral("asg"), QStringLiteral("min_inst")},
        {QStringLiteral("asg"), QStringLiteral("max_inst")}, {QStringLiteral("deploy_strategy")},
        {QStringLiteral("asg"), QStringLiteral("hc_type")}, {QStringLiteral("asg"), QStringLiteral("hc_grace_period")},
        {QStringLiteral("asg"), QStringLiteral("app_grace_period")}, {QStringLiteral("asg"), QStringLiteral("subnet_purpose")},
        {QStringLiteral("asg"), QStringLiteral("ssh_keypair")}, {QStringLiteral("app"), QStringLiteral("eureka_enabled")},
        {QStringLiteral("security_group"), QStringLiteral("instance_extras")}, {QStringLiteral("app"), QStringLiteral("custom_tags")},
    };
    static const QList<KeyPath> judgment = {
        {QStringLiteral("app"), QStringLiteral("approval_skip")}, {QStringLiteral("app"), QStringLiteral("approval_timeout")},
    };
    static const QList<KeyPath> jenkins = {{QStringLiteral("asg"), QStringLiteral("scaling_policy")}, {QStringLiteral("qe")}};
    static const QList<KeyPath> webhook = {{QStringLiteral("completion_webhooks")}};
    static const QList<KeyPath> none;
    if (type == QLatin1String("deploy"))
        return deploy;
    if (type == QLatin1String("manualJudgment"))
        return judgment;
    if (type == QLatin1String("jenkins"))
        return jenkins;
    if (type == QLatin1String("webhook"))
        return webhook;
    return none;
}

QString originText(Origin origin)
{
    switch (origin) {
    case Origin::RegionOverride: return PreviewPane::tr("region override");
    case Origin::EnvFile: return PreviewPane::tr("env file");
    case Origin::PipelineFile: return PreviewPane::tr("pipeline.json");
    case Origin::ForemastDefault: return PreviewPane::tr("Foremast default");
    case Origin::Unset: break;
    }
    return PreviewPane::tr("not set");
}

} // namespace

PreviewPane::PreviewPane(GenerationController *generation, QWidget *parent)
    : QWidget(parent), m_generation(generation)
{
    m_graph = new PipelineGraphPanel(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    // The JSON views belong to this pane's logic but the window docks them, so the graph keeps
    // the centre to itself.
    m_pipelineJson = jsonView(this, tr("Pipeline JSON"));
    m_stageJson = jsonView(this, tr("Selected stage JSON"));
    m_stageJson->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_note);
    layout->addWidget(m_graph, 1);

    connect(generation, &GenerationController::generated, this, &PreviewPane::refresh);
    connect(m_graph, &PipelineGraphPanel::currentPipelineChanged, this, &PreviewPane::showCurrentPipelineJson);
    connect(m_graph->view(), &StageGraphView::selectionChanged, this, &PreviewPane::showStage);
}

StageGraphView *PreviewPane::graphView() const
{
    return m_graph->view();
}

void PreviewPane::setSession(EditSession *session)
{
    m_session = session;
    m_showingFile = false;
    m_note->hide();
    // The session's pipelines come with the generation that follows (`generated`): filling the
    // graph and the JSON here as well drew every open twice.
    m_opened = true;
}

void PreviewPane::refresh()
{
    if (m_showingFile && m_session && m_session->document()->isModified())
        m_showingFile = false; // an edit brings the runway's pipelines back
    if (m_showingFile)
        return;
    m_note->hide();
    QList<PipelineGraphPanel::Pipeline> pipelines;
    for (const GeneratedPipeline &generated : m_generation->pipelines()) {
        PipelineGraphPanel::Pipeline p;
        p.region = generated.region;
        p.name = generated.name;
        p.json = generated.json;
        p.envs = generated.envs;
        p.envOfStage = generated.envOfStage;
        for (const Error &finding : m_generation->findings()) {
            if (finding.region == generated.region)
                p.findings << finding;
        }
        pipelines << p;
    }
    const QString env = currentEnv();
    const QString selected = graphView()->selectedRefId();
    {
        // The JSON is shown once, below, not also when the graph panel says the pipeline changed.
        const QScopedValueRollback<bool> refreshing(m_refreshing, true);
        m_graph->setPipelines(pipelines);
        m_graph->setCurrentEnvironment(env.isEmpty() ? m_wantedEnv : env);
        if (!selected.isEmpty())
            graphView()->selectStage(selected);
    }
    showCurrentPipelineJson();
    if (m_opened) {
        m_opened = false;
        graphView()->selectConfiguration(); // as Spinnaker opens a pipeline, and as the diagrams show it
    }
}

void PreviewPane::setScope(const QString &env, const QString &region)
{
    m_wantedEnv = env;
    const QList<PipelineGraphPanel::Pipeline> &pipelines = m_graph->pipelines();
    int index = -1;
    for (int i = 0; i < pipelines.size(); ++i) {
        const bool deploysEnv = pipelines.at(i).envs.contains(env);
        if (!region.isEmpty() ? pipelines.at(i).region == region : (deploysEnv && i == m_graph->currentPipeline()))
            index = i;
        if (index < 0 && region.isEmpty() && deploysEnv)
            index = i;
    }
    if (index >= 0)
        m_graph->setCurrentPipeline(index);
    m_graph->setCurrentEnvironment(env);
}

bool PreviewPane::showPipelineFile(const QString &path, QString *error)
{
    const QString problem = m_graph->openPipelineFile(path);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_showingFile = true;
    m_note->setText(tr("Showing %1 read-only. Edit the runway or open it again to see its pipelines.")
                        .arg(QFileInfo(path).fileName()));
    m_note->show();
    showCurrentPipelineJson();
    return true;
}

void PreviewPane::selectStage(const QString &region, const QString &refId)
{
    const QList<PipelineGraphPanel::Pipeline> &pipelines = m_graph->pipelines();
    for (int i = 0; i < pipelines.size(); ++i) {
        if (region.isEmpty() || pipelines.at(i).region == region) {
            m_graph->setCurrentPipeline(i);
            break;
        }
    }
    graphView()->selectStage(refId);
}

QList<QAction *> PreviewPane::viewActions() const
{
    const StageGraphView *view = graphView();
    return {view->zoomInAction(), view->zoomOutAction(), view->resetZoomAction(), view->fitAction()};
}

QString PreviewPane::currentRegion() const
{
    return m_graph->pipelines().value(m_graph->currentPipeline()).region;
}

QString PreviewPane::currentEnv() const
{
    return m_graph->currentEnvironment();
}

void PreviewPane::showCurrentPipelineJson()
{
    if (m_refreshing)
        return;
    // A hidden view (the dock behind Findings, as after every open) gets its text when shown:
    // filling it lays out and highlights every line, a quarter of a first open
    // (docs/performance.md), and edits meanwhile need not patch it.
    m_pendingPipeline = m_graph->pipelines().value(m_graph->currentPipeline()).json;
    m_pipelinePending = true;
    if (m_pipelineJsonShown)
        showPendingPipelineJson();
    showStage(graphView()->selectedRefId(), graphView()->selectedStageIndex());
}

void PreviewPane::showPendingPipelineJson()
{
    if (!m_pipelinePending)
        return;
    m_pipelinePending = false;
    const QJsonObject pipeline = std::exchange(m_pendingPipeline, QJsonObject());
    // An edit changes a few lines of thousands: only those are replaced (and laid out and
    // highlighted again), and the reader keeps their place.
    showText(m_pipelineJson, &m_pipelineText, pipeline.isEmpty() ? QString() : QString::fromUtf8(indentedJson(pipeline)));
}

QPlainTextEdit *PreviewPane::pipelineJsonView()
{
    showPendingPipelineJson();
    return m_pipelineJson;
}

void PreviewPane::setPipelineJsonShown(bool shown)
{
    m_pipelineJsonShown = shown;
    if (shown)
        showPendingPipelineJson();
}

void PreviewPane::showStage(const QString &refId, int stageIndex)
{
    if (m_refreshing)
        return; // refresh() shows the stage at its end
    const QJsonObject pipeline = m_graph->pipelines().value(m_graph->currentPipeline()).json;
    if (stageIndex < 0) {
        showText(m_stageJson, &m_stageText,
                 stageIndex == StageGraphView::ConfigurationSelected
                     ? tr("Configuration: the pipeline's triggers, notifications and other top-level settings are in the Pipeline JSON tab.")
                     : tr("Select a stage in the graph to see its JSON and the settings it comes from."));
        return;
    }
    const QJsonObject stage = pipeline.value(QStringLiteral("stages")).toArray().at(stageIndex).toObject();
    QString text = QString::fromUtf8(indentedJson(stage));
    const QString origin = producedFrom(refId);
    if (!origin.isEmpty())
        text = origin + QStringLiteral("\n\n") + text;
    showText(m_stageJson, &m_stageText, text);
    Q_EMIT stageSelected(currentRegion(), refId);
}

QString PreviewPane::producedFrom(const QString &refId) const
{
    if (!m_session || m_showingFile)
        return {};
    const PipelineGraphPanel::Pipeline p = m_graph->pipelines().value(m_graph->currentPipeline());
    const QString env = p.envOfStage.value(refId);
    if (env.isEmpty())
        return tr("// Made once per pipeline, from pipeline.json and the flow.");
    const QJsonArray stages = p.json.value(QStringLiteral("stages")).toArray();
    QString type;
    for (const QJsonValue &s : stages) {
        if (s.toObject().value(QStringLiteral("refId")).toVariant().toString() == refId)
            type = s.toObject().value(QStringLiteral("type")).toString();
    }
    const RunwayDocument *doc = m_session->document();
    const QJsonObject settings = doc->context().merged().region(env, p.region);
    QStringList lines{tr("// Made from the settings of %1 in %2:").arg(env, p.region)};
    for (const KeyPath &path : keysForStage(type)) {
        const QJsonValue value = JsonPath::value(settings, path);
        QString shown = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        shown = shown.mid(1, shown.size() - 2);
        lines << QStringLiteral("//   %1 = %2  (%3)").arg(JsonPath::toString(path), shown,
                                                        originText(MergedSettings::originOf(doc->runway(), env, p.region, path)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Fd
