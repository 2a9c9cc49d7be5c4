// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../support/TestSupport.h"
#include "MainWindow.h"

#include <QSettings>
#include <QStandardPaths>

namespace Fd::Test {

/// A copy of a golden runway and a main window with fresh settings, opened on it.
struct WindowFixture
{
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(const char *golden = "02-dev-prod-two-regions")
    {
        // Settings of the test only: no recent folders or layouts from a developer's machine.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        folder = dir.filePath(QStringLiteral("forrest/core/runway"));
        copyFolder(goldenPath("foremast-v5/") + QLatin1String(golden) + QStringLiteral("/runway"), folder);
        window = std::make_unique<MainWindow>();
        window->show();
    }

    bool open()
    {
        return window->openRunway(folder, {folder, QStringLiteral("forrest"), QStringLiteral("core"), {}});
    }

    QMap<QString, QByteArray> files() const
    {
        QMap<QString, QByteArray> all;
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            all.insert(name, readBytes(QDir(folder).filePath(name)));
        return all;
    }
};

} // namespace Fd::Test
