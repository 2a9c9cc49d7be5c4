// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace Fd {

/// Colours, fonts and label metrics of the stage graph. Spinnaker's (Deck's) colours on a light
/// palette; on a dark palette the same roles with the palette's own background and text.
struct GraphStyle
{
    QColor background;
    QColor nodeFill;        ///< Deck "alto"
    QColor nodeHighlighted; ///< hovered and selected nodes: Deck "success"
    QColor nodeError;       ///< nodes with error findings: Deck "danger"
    QColor nodeWarning;     ///< nodes with only warnings (Foremast's own quirks are warnings)
    QColor text;
    QColor halo;            ///< a 1 px outline in the background colour keeps labels readable over edges
    QColor edge;
    qreal edgeOpacity = 0.3;
    QColor edgeHighlighted; ///< edges of the hovered node
    QColor edgeIntoActive;  ///< edges into the selected node (and hovered edges into it)
    QColor edgeOutOfActive; ///< edges out of the selected node: the thick bar to the next column
    QColor focus;           ///< keyboard focus ring
    /// Stages outside the emphasised environment: clearly behind, still readable for orientation
    /// (Deck fades non-active execution nodes to the same 40 %).
    qreal fadedOpacity = 0.4;
    QFont font;             ///< label font
    QFont boldFont;         ///< hovered and selected labels; labels are measured with it
    qreal lineHeight = 17;
    qreal labelWidth = 100;
    bool dark = false;

    /// The style for `palette` (light or dark, decided by its Base colour) and `font`.
    static GraphStyle fromPalette(const QPalette &palette, const QFont &font);
    /// Deck's own colours on white, whatever the system palette: what the documentation shows.
    static GraphStyle deck(const QFont &font);
    /// "DejaVu Sans" at 12 px: the font the render verb and the screenshot test use, so that
    /// output does not depend on the desktop's settings.
    static QFont fixedFont();
};

} // namespace Fd
