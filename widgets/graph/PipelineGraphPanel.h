// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QTabBar;

namespace Fd {

class StageGraphView;

/// The stage graph of one or more pipelines (one per region) with a region bar and an
/// environment bar: "Whole pipeline" or one environment's block emphasised. Switching takes one
/// click, or one key: [ and ] for the previous and next environment, Ctrl+[ and Ctrl+] for the
/// region.
class PipelineGraphPanel : public QWidget
{
    Q_OBJECT
public:
    struct Pipeline
    {
        QString region;   ///< tab text; the pipeline name when empty
        QString name;
        QJsonObject json;
        Errors findings;  ///< validation findings to show on the nodes
        /// Environments in order and refId → env; when empty they are worked out from the stages
        /// (environmentOfStages()).
        QStringList envs;
        QHash<QString, QString> envOfStage;
    };

    explicit PipelineGraphPanel(QWidget *parent = nullptr);

    void setPipelines(const QList<Pipeline> &pipelines);
    const QList<Pipeline> &pipelines() const { return m_pipelines; }

    /// Opens a pipeline JSON file read-only (one pipeline, or a list as Gate returns them) and
    /// shows it. Returns an empty string on success, else the reason.
    QString openPipelineFile(const QString &path);

    int currentPipeline() const;
    void setCurrentPipeline(int index);
    /// The emphasised environment; empty for the whole pipeline.
    QString currentEnvironment() const;
    void setCurrentEnvironment(const QString &env);

    StageGraphView *view() const { return m_view; }

Q_SIGNALS:
    void currentPipelineChanged(int index);
    void currentEnvironmentChanged(const QString &env);

private:
    void showPipeline(int index);
    void showEnvironment(int tab);
    void step(QTabBar *bar, int delta);

    QTabBar *m_regions;
    QTabBar *m_envs;
    StageGraphView *m_view;
    QList<Pipeline> m_pipelines;
};

} // namespace Fd
