// SPDX-License-Identifier: Apache-2.0
#include "ThemeColours.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace Fd::ThemeColours {

namespace {

/// Runs the callback on palette and style changes of the widget it filters; ignores the
/// changes the callback itself causes.
class PaletteWatcher : public QObject
{
public:
    PaletteWatcher(QWidget *widget, std::function<void()> apply) : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)) {
            m_applying = true;
            m_apply();
            m_applying = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

qreal luminance(const QColor &colour)
{
    const auto channel = [](qreal c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightnessF() < 0.5;
}

JsonSyntax jsonSyntax(const QPalette &palette)
{
    // Spinnaker's accent and success hues, deepened on light backgrounds, lightened on dark ones.
    if (isDark(palette))
        return {QColor(0x7f, 0xc8, 0xd9), QColor(0xb5, 0xd6, 0x8e), QColor(0xe8, 0xb0, 0x6a), QColor(0xd9, 0x8c, 0xd9)};
    return {QColor(0x14, 0x6f, 0x85), QColor(0x4e, 0x73, 0x2e), QColor(0x9a, 0x55, 0x00), QColor(0x7a, 0x2e, 0x8a)};
}

DiffColours diff(const QPalette &palette)
{
    const QColor header = palette.color(QPalette::Active, QPalette::Link);
    if (isDark(palette))
        return {QColor(0x8a, 0xe2, 0x34), QColor(0xff, 0x7b, 0x72), header};
    return {QColor(0x1a, 0x7f, 0x37), QColor(0xb3, 0x1d, 0x28), header};
}

QColor errorText(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5 ? QColor(0xff, 0x7b, 0x72)
                                                                                 : QColor(0xb3, 0x1d, 0x28);
}

Panel messagePanel(const QPalette &palette, MessageTone tone)
{
    // A deep shade with light text on a dark window, a pale one with dark text on a light window.
    const bool error = tone == MessageTone::Error;
    if (palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5)
        return {error ? QColor(0x5c, 0x1a, 0x16) : QColor(0x4a, 0x36, 0x08), QColor(0xff, 0xf3, 0xf0)};
    return {error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xe5),
            error ? QColor(0x61, 0x1a, 0x15) : QColor(0x66, 0x3c, 0x00)};
}

QColor controlFrame(const QPalette &palette)
{
    // From the window's colour towards its text, in small steps, until the frame reads on both
    // the window around the box and the base inside it; the least step keeps it calm.
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    QColor frame = text;
    for (int step = 6; step <= 20; ++step) {
        const qreal t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * t,
                                              window.greenF() + (text.greenF() - window.greenF()) * t,
                                              window.blueF() + (text.blueF() - window.blueF()) * t);
        if (contrastRatio(mixed, window) >= 3.1 && contrastRatio(mixed, base) >= 3.1) {
            frame = mixed;
            break;
        }
    }
    return frame;
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void onPaletteChange(QWidget *widget, std::function<void()> apply)
{
    new PaletteWatcher(widget, std::move(apply));
}

} // namespace Fd::ThemeColours
