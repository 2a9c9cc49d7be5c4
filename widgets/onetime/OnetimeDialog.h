// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"
#include "publish/PublishDialog.h"
#include "runway/RunwayContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Fd {

class GateFetchPanel;
class StageGraphView;

/// Pipeline › One-time Pipeline…: generates Foremast's one-time pipeline of one env (what
/// `generate --onetime ENV` writes), shows each region's graph and JSON, says plainly why there
/// is none (Foremast needs the regular pipeline published first, which only the app's existing
/// pipelines tell: read from a file or fetched from Gate), and hands the pipelines to the
/// publisher the window uses for Deploy.
class OnetimeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `options` as the window generates (flow, settings, subnets); the env is chosen here.
    /// `gate`: the Gate, keychain and network to fetch the existing pipelines with (as for Deploy).
    OnetimeDialog(const RunwayContext &context, const GenerationOptions &options,
                  const PublishDialogServices &gate = {}, QWidget *parent = nullptr);

    /// Generates for `env` (one of the runway's envs).
    void setEnv(const QString &env);
    QString env() const;
    /// The app's pipelines as Gate's pipelineConfigs lists them; `source` says where they came from.
    void setExistingPipelines(const QJsonArray &pipelines, const QString &source);
    /// Shows the pipeline of `region` (graph and JSON).
    void setCurrentRegion(const QString &region);

    /// The last generation: the one-time pipelines (none when generation failed).
    const Generation &generation() const { return m_generation; }
    /// What Foremast said: the failure or the findings, one per line; empty when all is well.
    QString messageText() const;
    QString jsonText() const;
    StageGraphView *graphView() const { return m_graph; }
    QPushButton *publishButton() const { return m_publish; }
    QComboBox *envBox() const { return m_envs; }
    QComboBox *regionBox() const { return m_regions; }
    /// Where the existing pipelines come from Gate (hidden until "From Gate…" is pressed).
    GateFetchPanel *gatePanel() const { return m_gate; }
    QPushButton *fromGateButton() const { return m_fromGate; }
    /// What the dialog says about the existing pipelines ("3 pipelines from …").
    QString existingText() const;

Q_SIGNALS:
    /// The user asked to publish these one-time pipelines (sign-in, diff and confirmation follow).
    void publishRequested(const RunwayContext &context, const Generation &generation);

private:
    void regenerate();
    void showRegion();
    void loadExisting();

    RunwayContext m_context;
    GenerationOptions m_options;
    Generation m_generation;
    Errors m_messages;
    QComboBox *m_envs;
    QLabel *m_existing;
    QPushButton *m_fromGate;
    GateFetchPanel *m_gate;
    QLabel *m_message;
    QComboBox *m_regions;
    StageGraphView *m_graph;
    QPlainTextEdit *m_json;
    QPushButton *m_publish;
};

} // namespace Fd
