// SPDX-License-Identifier: Apache-2.0
#include "ThemeMenu.h"

#include "AppSettings.h"

#include <QActionGroup>

namespace Fd {

ThemeMenu::ThemeMenu(QWidget *parent) : QMenu(tr("&Theme"), parent)
{
    auto *group = new QActionGroup(this);
    const auto add = [this, group](const QString &text, AppSettings::Theme theme) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(int(theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            AppSettings::setTheme(theme);
            AppSettings::applyTheme(theme);
        });
    };
    add(tr("&System"), AppSettings::Theme::System);
    add(tr("&Light"), AppSettings::Theme::Light);
    add(tr("&Dark"), AppSettings::Theme::Dark);
    // Settings can change the theme too: the check follows whatever is stored.
    connect(this, &QMenu::aboutToShow, this, &ThemeMenu::showChecked);
    showChecked();
}

void ThemeMenu::showChecked()
{
    const int current = int(AppSettings::theme());
    for (QAction *action : actions())
        action->setChecked(action->data().toInt() == current);
}

} // namespace Fd
