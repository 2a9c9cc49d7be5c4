// SPDX-License-Identifier: Apache-2.0
#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QString>

#include <cmath>

namespace Fd {

namespace {

// Deck's palette (spinnaker/styleguide colors.css), reference §3.5.
constexpr QRgb Alto = 0xD6D6D6;
constexpr QRgb Success = 0x8AAD6A;
constexpr QRgb Danger = 0xBB231E;
constexpr QRgb Warning = 0xE5A530;
constexpr QRgb LabelText = 0x393939;
constexpr QRgb HoverEdge = 0xABD7E0;
constexpr QRgb IntoActiveEdge = 0xBFDD9A;
constexpr QRgb Accent = 0x149CB5;

void setFonts(GraphStyle &style, const QFont &font)
{
    style.font = font;
    style.font.setWeight(QFont::Normal);
    style.boldFont = font;
    style.boldFont.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(style.boldFont);
    // Deck sets 17 px lines for its 12 px font: about 1.2 line spacings.
    style.lineHeight = std::ceil(metrics.lineSpacing() * 1.2);
    // The diagrams wrap "Infrastructure Setup [dev]" after "Setup": the column fits that much.
    style.labelWidth = std::max(100.0, std::ceil(metrics.horizontalAdvance(QStringLiteral("Infrastructure Setup")) + 2));
}

} // namespace

GraphStyle GraphStyle::deck(const QFont &font)
{
    GraphStyle style;
    style.background = Qt::white;
    style.nodeFill = QColor(Alto);
    style.nodeHighlighted = QColor(Success);
    style.nodeError = QColor(Danger);
    style.nodeWarning = QColor(Warning);
    style.text = QColor(LabelText);
    style.halo = Qt::white;
    style.edge = QColor(Alto);
    style.edgeHighlighted = QColor(HoverEdge);
    style.edgeIntoActive = QColor(IntoActiveEdge);
    style.edgeOutOfActive = QColor(Accent);
    style.focus = QColor(Accent);
    setFonts(style, font);
    return style;
}

GraphStyle GraphStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    GraphStyle style = deck(font);
    style.background = palette.color(QPalette::Active, QPalette::Base);
    style.halo = style.background;
    style.dark = style.background.lightnessF() < 0.5;
    style.focus = palette.color(QPalette::Active, QPalette::Highlight);
    if (!style.dark) {
        // Deck's dark grey text unless the palette asks for something else than near-black.
        const QColor text = palette.color(QPalette::Active, QPalette::Text);
        if (text.lightnessF() > 0.3)
            style.text = text;
        return style;
    }
    // Deck has no dark theme: keep its hues, but grey nodes and edges must stand out from a dark
    // background, and the text is the palette's.
    style.text = palette.color(QPalette::Active, QPalette::Text);
    style.nodeFill = QColor(0x8A8A8A);
    style.edge = QColor(0xB0B0B0);
    style.edgeOpacity = 0.35;
    style.nodeError = QColor(0xE0443E);
    style.edgeIntoActive = QColor(0x9CC46F);
    style.edgeOutOfActive = QColor(0x2DB7D0);
    return style;
}

QFont GraphStyle::fixedFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(12);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace Fd
