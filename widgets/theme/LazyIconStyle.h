// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProxyStyle>

namespace Fd {

/// A style that hands out the tool bar and menu bar extension ("»") icons unread. QMenuBar and
/// every QToolBar ask for that icon when they are built, and reading it decodes three images and
/// loads Qt's image format plugins (gif, ico, jpeg, svg) before the window's first paint; the
/// button shows only when a bar is too narrow for its contents. The icon returned reads the base
/// style's own icon the first time it is drawn or measured, so it looks the same.
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
