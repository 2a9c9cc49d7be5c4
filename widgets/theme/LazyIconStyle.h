// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

namespace Fd {

/// A style whose standard icons are read when they are first drawn or measured, not when asked
/// for. Widgets ask for them as they are built, for buttons that are not shown yet: the menu bar
/// and every tool bar for their extension ("»") button, each dock for its close and float
/// buttons. Reading the first decodes images and loads Qt's image format plugins (gif, ico, jpeg,
/// svg), all before the window's first paint. The icon handed out reads the base style's own
/// icon, with the same option and widget, the first time it is used, so it looks the same.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Takes `base` (the platform style, or Fusion) over.
    explicit LazyIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
};

} // namespace Fd
