// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

namespace Fd {

/// View › Theme: System, Light or Dark, applied at once and remembered (the same choice as in
/// Settings).
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

private:
    void showChecked();
};

} // namespace Fd
