// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

#include <functional>

class QPalette;
class QWidget;

namespace Fd {

enum class MessageTone { Error, Warning };

/// The colours the designer paints itself (syntax, diff, message panels, error text), chosen per
/// palette so each keeps a WCAG contrast ratio of at least 4.5:1 against the background it is
/// drawn on, in light and dark palettes. The graph's colours are in GraphStyle.
namespace ThemeColours {

/// A palette whose Base (text field) colour is dark.
bool isDark(const QPalette &palette);

/// JSON highlighting, drawn on Base.
struct JsonSyntax
{
    QColor key, string, number, literal;
};
JsonSyntax jsonSyntax(const QPalette &palette);

/// Unified-diff highlighting, drawn on Base.
struct DiffColours
{
    QColor added, removed, header;
};
DiffColours diff(const QPalette &palette);

/// Text of an error or failure status, drawn on Window.
QColor errorText(const QPalette &palette);

/// A filled message panel (background and its text), shown on a Window-coloured surface.
struct Panel
{
    QColor background, text;
};
Panel messagePanel(const QPalette &palette, MessageTone tone);

/// The frame of a small control (a check box) drawn on Window around a Base-filled inside: at
/// least 3:1 against both (WCAG 1.4.11), a grey between the window and its text.
QColor controlFrame(const QPalette &palette);

/// WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

/// Calls `apply` whenever `widget`'s palette or style changes (the user switches theme while the
/// window is open), for as long as `widget` lives. `apply` may set the widget's palette.
void onPaletteChange(QWidget *widget, std::function<void()> apply);

} // namespace ThemeColours
} // namespace Fd
