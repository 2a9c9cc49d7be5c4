// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LazyIconStyle.h"

namespace Fd {

/// Fusion with check box and radio button frames that stand out: Fusion draws them a shade darker
/// than the window (1.2:1 on the dark theme's window, 1.6:1 on the light one), below the 3:1 WCAG
/// 1.4.11 asks of what identifies a control. An enabled box or button gets
/// ThemeColours::controlFrame() instead; a disabled one keeps Fusion's faint frame, and keyboard
/// focus keeps Fusion's accent frame.
class FramedStyle : public LazyIconStyle
{
    Q_OBJECT
public:
    /// Takes `base` (Fusion, or any style) over.
    explicit FramedStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace Fd
