// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GraphStyle.h"
#include "layout/StageLayout.h"

#include <QHash>
#include <QJsonObject>
#include <QPainterPath>
#include <QSet>

namespace Fd {

/// A pipeline ready to draw: its layout measured with the style's fonts, each label's wrapped
/// lines, and the findings attached to the node they are about.
struct StageGraph
{
    QJsonObject pipeline;
    StageLayout layout;
    QList<QStringList> labelLines; ///< per node
    QList<Errors> nodeFindings;    ///< per node; pipeline-level findings go to Configuration
    Errors findings;               ///< everything: the pipeline's shape, the layout, the caller's

    /// Lays out `pipeline` (any Spinnaker pipeline JSON object) for `style`. `findings` (for
    /// example validation results) are attached by stageRefId; those without one, or naming no
    /// stage of this pipeline, go to the Configuration node. The layout's own findings are added
    /// unless `findings` has one with the same stageRefId and key path.
    /// `wrapped` (label → lines), when given, keeps the labels wrapped for `style` across builds
    /// (the label width is the style's): the caller clears it when the style changes.
    static StageGraph build(const QJsonObject &pipeline, const GraphStyle &style, const Errors &findings = {},
                            QHash<QString, QStringList> *wrapped = nullptr);

    int nodeCount() const { return int(layout.nodes.size()); }
    /// Whether `other` is drawn with the same nodes, labels and edges in the same places (its
    /// findings may differ): an edit of a value, not of the stages, leaves the picture as it is.
    bool sameGeometry(const StageGraph &other) const;
    /// Node indices of the stages whose refId is in `refIds`.
    QSet<int> nodesOf(const QSet<QString> &refIds) const;
};

/// Splits `text` into the lines it takes at `width` pixels in `font`: at word boundaries, and
/// anywhere inside words longer than a line (labels are wrapped, never cut).
QStringList wrapLabel(const QString &text, const QFont &font, qreal width);

} // namespace Fd
