// SPDX-License-Identifier: Apache-2.0
#include "MessagePanel.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Fd {

void setMessageTone(QLabel *label, MessageTone tone)
{
    // A dark palette's window colour is dark: the panel then uses a deep shade with light text,
    // a light one a pale shade with dark text; both keep a contrast ratio above 7:1.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const bool error = tone == MessageTone::Error;
    const QColor background = dark ? (error ? QColor(0x5c, 0x1a, 0x16) : QColor(0x4a, 0x36, 0x08))
                                   : (error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xe5));
    const QColor text = dark ? QColor(0xff, 0xf3, 0xf0) : (error ? QColor(0x61, 0x1a, 0x15) : QColor(0x66, 0x3c, 0x00));
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    label->setPalette(palette);
    label->setAutoFillBackground(true);
    label->setMargin(4);
}

} // namespace Fd
