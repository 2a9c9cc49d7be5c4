// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QApplication;

namespace Fd {

/// The designer's own preferences, in QSettings. Never holds secrets: Gate credentials live in
/// the system keychain.
class AppSettings
{
public:
    enum class Theme { System, Light, Dark };

    static QString gateUrl();
    static void setGateUrl(const QString &url);
    static Theme theme();
    /// "system", "light" or "dark" (any case); nothing for other names.
    static std::optional<Theme> themeNamed(const QString &name);
    /// The window's language ("de", "en"), empty for the system's; read at start-up.
    static QString language();
    static void setLanguage(const QString &language);
    static void setTheme(Theme theme);
    /// Flow for runways that record none: "foremast-v5" (what Foremast itself generates, and what
    /// the command-line verbs use) unless the user chose otherwise.
    static QString defaultFlow();
    static void setDefaultFlow(const QString &flow);
    /// "offline" (<region>a/b/c) or the path of a subnets JSON file.
    static QString subnetsRule();
    static void setSubnetsRule(const QString &rule);

    static QStringList recentFolders();
    /// Puts `folder` first, drops duplicates and folders that no longer exist, keeps 10.
    static void addRecentFolder(const QString &folder);
    static void clearRecentFolders();

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    /// Height the user gave the bottom docks (findings, JSON) by dragging; 220 until then.
    static int bottomDockHeight();
    static void setBottomDockHeight(int height);

    /// Applies the theme to the running application (Fusion + our dark palette for Dark; the
    /// platform's style and palette for System).
    static void applyTheme(Theme theme);
};

} // namespace Fd
