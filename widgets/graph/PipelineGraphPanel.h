// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace Fd {

class StageGraphView;

/// The stage graph of one or more pipelines (one per region) under a one-line navigation bar:
/// a region selector and an environment selector ("Whole pipeline" or one environment's block,
/// emphasised and zoomed to fit). Selectors scale to any number of regions and envs; keys:
/// [ and ] for the previous and next environment, Ctrl+[ and Ctrl+] for the region, anywhere in
/// the window.
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
    QComboBox *regionSelector() const { return m_regions; }
    QComboBox *environmentSelector() const { return m_envs; }
    /// Next/previous environment and region, for the window's View menu.
    QList<QAction *> navigationActions() const { return m_navigation; }

Q_SIGNALS:
    void currentPipelineChanged(int index);
    void currentEnvironmentChanged(const QString &env);

private:
    void showPipeline(int index);
    void showEnvironment(int tab);
    /// Emphasises the current env; `fit` zooms to it (not when the same graph is only redrawn).
    void applyEnvironment(bool fit);
    void step(QComboBox *box, int delta);
    /// Fills `box` with `texts` (item data: `data`, none where empty) unless it holds them already.
    static void setItems(QComboBox *box, const QStringList &texts, const QStringList &data);

    QComboBox *m_regions;
    QComboBox *m_envs;
    QLabel *m_regionLabel;
    QLabel *m_envLabel;
    StageGraphView *m_view;
    QList<QAction *> m_navigation;
    bool m_redrawing = false;
    QList<Pipeline> m_pipelines;
};

} // namespace Fd
