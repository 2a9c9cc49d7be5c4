// SPDX-License-Identifier: Apache-2.0
#include "MessagePanel.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QVariant>

namespace Fd {

namespace {

const char ToneProperty[] = "fdMessageTone";

void applyTone(QLabel *label)
{
    const auto tone = MessageTone(label->property(ToneProperty).toInt());
    // Light or dark by the theme, not by the label's own (already coloured) Window.
    const ThemeColours::Panel colours = ThemeColours::messagePanel(QApplication::palette(label), tone);
    QPalette palette = label->palette();
    if (palette.color(QPalette::Window) == colours.background && palette.color(QPalette::WindowText) == colours.text)
        return;
    palette.setColor(QPalette::Window, colours.background);
    palette.setColor(QPalette::WindowText, colours.text);
    label->setPalette(palette);
}

} // namespace

void setMessageTone(QLabel *label, MessageTone tone)
{
    const bool first = !label->property(ToneProperty).isValid();
    label->setProperty(ToneProperty, int(tone));
    applyTone(label);
    label->setAutoFillBackground(true);
    label->setMargin(4);
    if (first)
        ThemeColours::onPaletteChange(label, [label] { applyTone(label); });
}

} // namespace Fd
