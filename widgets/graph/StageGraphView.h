// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StageGraph.h"

#include <QGraphicsView>
#include <QImage>
#include <QJsonObject>
#include <QSet>

class QAction;

namespace Fd {

class StageGraphScene;

/// A pipeline's stage graph drawn as Spinnaker draws it: left to right from the Configuration
/// marker, wrapped labels, faint S-curved edges, Deck's colours (adapted to a dark palette).
/// Read-only: it shows a pipeline JSON and reports which node the user selects.
///
/// Mouse: hover highlights a node and its edges, click selects, drag pans, Ctrl+wheel zooms.
/// Keys: arrows move the focus along edges and within a column, Tab/Shift+Tab and Home/End
/// go through the nodes in reading order, Enter/Space selects, Escape clears the selection,
/// +/-/0/F zoom in, out, to 100 % and to fit.
class StageGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    /// Values of `stageIndex` in selectionChanged() that are not stages.
    static constexpr int ConfigurationSelected = -1;
    static constexpr int NothingSelected = -2;
    /// The smallest zoom at which labels stay readable; fitting never goes below it (it scrolls
    /// to the start of what does not fit instead).
    static constexpr qreal LegibleZoom = 0.75;

    explicit StageGraphView(QWidget *parent = nullptr);

    /// Shows `pipeline` (any Spinnaker pipeline JSON object). `findings` (validation results)
    /// turn the stages they name (by stageRefId) red; the others go to Configuration. The
    /// selection is kept when the same stage index still exists.
    void setPipeline(const QJsonObject &pipeline, const Errors &findings = {});
    void setFindings(const Errors &findings);
    QJsonObject pipeline() const { return m_pipeline; }
    /// The drawn graph: layout, wrapped labels and all findings (the layout's included).
    const StageGraph &graph() const;
    StageGraphScene *graphScene() const { return m_scene; }

    /// Emphasises the stages with these refIds (one environment's block) and fades the rest;
    /// zooms and scrolls so the block fills the view at a legible scale (fitToWindow()).
    /// With `fit` false the view stays where it is (a regenerated graph while the user edits).
    void setEmphasis(const QSet<QString> &refIds, bool fit = true);
    void clearEmphasis(bool fit = true);
    bool hasEmphasis() const { return m_emphasis; }

    QString selectedRefId() const;
    /// Index in the pipeline's "stages" array, or ConfigurationSelected / NothingSelected.
    int selectedStageIndex() const;
    bool selectStage(const QString &refId);
    bool selectStageIndex(int stageIndex);
    void selectConfiguration();
    void clearSelection();

    qreal zoom() const { return m_zoom; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *fitAction() const { return m_fit; }

    /// The scene rectangle fitToWindow() aims at (the emphasised block, or the whole graph).
    QRectF fitTarget() const;

    /// The whole graph as an image at `scale` × this screen's device pixel ratio (selection and
    /// emphasis as shown, no hover or focus ring).
    QImage renderImage(qreal scale = 1) const;
    /// Exports; return an empty string on success, else the reason.
    QString exportPng(const QString &path, qreal scale = 1) const;
    QString exportSvg(const QString &path) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Fits what is selected: the emphasised block, else the whole graph; never above 100 % nor
    /// below LegibleZoom. Until the user zooms, the fit is kept when the view is resized.
    void fitToWindow();
    void setZoom(qreal zoom);

Q_SIGNALS:
    /// The selected node changed: a stage (its refId and index in "stages"), Configuration
    /// (empty refId, ConfigurationSelected) or nothing (empty refId, NothingSelected).
    void selectionChanged(const QString &refId, int stageIndex);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// `restyled`: the fonts changed, so the items are made again even for the same geometry.
    void rebuild(bool restyled = false);
    void applyEmphasis(bool fit);
    void moveFocus(int node);
    QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, void (StageGraphView::*slot)());

    StageGraphScene *m_scene;
    QJsonObject m_pipeline;
    Errors m_findings;
    bool m_emphasis = false;
    QSet<QString> m_emphasised;
    QHash<QString, QStringList> m_wrappedLabels; ///< for the current font, kept across edits
    qreal m_zoom = 1;
    bool m_autoFit = false; // set by fitToWindow(), cleared by any other zoom
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_resetZoom;
    QAction *m_fit;
};

} // namespace Fd
