// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TextPatch.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;

namespace Fd {

class EditSession;
class GenerationController;
class PipelineGraphPanel;
class StageGraphView;

/// The live preview: the stage graph of one region's pipeline (whole, or one env's block
/// emphasised), plus that pipeline's JSON and the selected stage's JSON with the settings that
/// produced it (views the window places in docks). It redraws whenever the pipelines are
/// regenerated.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(GenerationController *generation, QWidget *parent = nullptr);

    /// Follows `session`: its pipelines are shown from the next `generated` of the generation
    /// controller on (so set the session here first), with the Configuration selected.
    void setSession(EditSession *session);
    /// Shows `env`'s block (emphasised) in `region`'s pipeline; an empty region keeps the
    /// current pipeline when it deploys `env`, else picks the first one that does.
    void setScope(const QString &env, const QString &region);
    /// Draws a pipeline JSON file read-only in place of the runway's pipelines, until the next
    /// edit or open. False (with the reason) when the file cannot be used.
    bool showPipelineFile(const QString &path, QString *error);
    void selectStage(const QString &region, const QString &refId);
    /// Zoom in, zoom out, actual size and fit, for the View menu.
    QList<QAction *> viewActions() const;

    QString currentRegion() const;
    /// Empty when the whole pipeline is shown.
    QString currentEnv() const;
    PipelineGraphPanel *graphPanel() const { return m_graph; }
    StageGraphView *graphView() const;
    /// The pipeline's JSON view, its text brought up to date first (see setPipelineJsonShown()).
    QPlainTextEdit *pipelineJsonView();
    /// Whether the pipeline's JSON view can be seen (by default it can). While it cannot (the
    /// window's dock hidden or behind Findings, as after every open) its text is set only when
    /// it can again, or when pipelineJsonView() is asked for.
    void setPipelineJsonShown(bool shown);
    QPlainTextEdit *stageJsonView() const { return m_stageJson; }

Q_SIGNALS:
    void stageSelected(const QString &region, const QString &refId);

private:
    void refresh();
    void showCurrentPipelineJson();
    void showStage(const QString &refId, int stageIndex);
    QString producedFrom(const QString &refId) const;
    /// Writes the pipeline waiting for the hidden JSON view into it.
    void showPendingPipelineJson();

    GenerationController *m_generation;
    QPointer<EditSession> m_session;
    PipelineGraphPanel *m_graph;
    QLabel *m_note;
    QPlainTextEdit *m_pipelineJson;
    QPlainTextEdit *m_stageJson;
    ShownText m_pipelineText; ///< what m_pipelineJson shows
    QJsonObject m_pendingPipeline; ///< what m_pipelineJson is to show once visible
    bool m_pipelinePending = false;
    bool m_pipelineJsonShown = true;
    ShownText m_stageText;    ///< what m_stageJson shows
    QString m_wantedEnv;
    bool m_showingFile = false;
    bool m_refreshing = false;
    bool m_opened = false; ///< a new session: select the Configuration after its first refresh
};

} // namespace Fd
