// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include "gate/SecretMask.h"
#include "theme/FramedStyle.h"
#include "theme/LazyIconStyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Fd {

namespace {

QString key(const char *name)
{
    return QLatin1String(name);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    // Placeholder text also marks inherited values in the settings (the "default" badges): it
    // keeps 4.5:1 on the window; only disabled text is fainter.
    const QColor disabled(0x7a, 0x7e, 0x85), placeholder(0x95, 0x9a, 0xa1), accent(0x14, 0x9c, 0xb5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(140));
    p.setColor(QPalette::Midlight, window.lighter(120));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(130));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    // Fusion's placeholder (half-transparent text) is 3.9:1 on its window: too faint for the
    // settings' "default" badges that use it.
    p.setColor(QPalette::PlaceholderText, QColor(0x69, 0x69, 0x69));
    return p;
}

} // namespace

QString AppSettings::gateUrl() { return QSettings().value(key("gate/url")).toString(); }
void AppSettings::setGateUrl(const QString &url)
{
    // A password in the URL would end up in a plain settings file.
    QSettings().setValue(key("gate/url"), SecretMask::withoutCredentials(QUrl(url)).toString());
}

AppSettings::Theme AppSettings::theme()
{
    return Theme(qBound(0, QSettings().value(key("ui/theme"), 0).toInt(), 2));
}
std::optional<AppSettings::Theme> AppSettings::themeNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("system"))
        return Theme::System;
    if (lower == QLatin1String("light"))
        return Theme::Light;
    if (lower == QLatin1String("dark"))
        return Theme::Dark;
    return std::nullopt;
}

void AppSettings::setTheme(Theme theme) { QSettings().setValue(key("ui/theme"), int(theme)); }

QString AppSettings::language() { return QSettings().value(key("ui/language")).toString(); }
void AppSettings::setLanguage(const QString &language) { QSettings().setValue(key("ui/language"), language); }

QString AppSettings::defaultFlow()
{
    return QSettings().value(key("generation/defaultFlow"), QStringLiteral("foremast-v5")).toString();
}
void AppSettings::setDefaultFlow(const QString &flow) { QSettings().setValue(key("generation/defaultFlow"), flow); }

QString AppSettings::subnetsRule()
{
    return QSettings().value(key("generation/subnets"), QStringLiteral("offline")).toString();
}
void AppSettings::setSubnetsRule(const QString &rule) { QSettings().setValue(key("generation/subnets"), rule); }

QStringList AppSettings::recentFolders()
{
    QStringList folders = QSettings().value(key("recent/folders")).toStringList();
    folders.erase(std::remove_if(folders.begin(), folders.end(),
                                 [](const QString &f) { return !QFileInfo(f).isDir(); }),
                  folders.end());
    return folders;
}

void AppSettings::addRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    const QString path = QFileInfo(folder).absoluteFilePath();
    folders.removeAll(path);
    folders.prepend(path);
    while (folders.size() > 10)
        folders.removeLast();
    QSettings().setValue(key("recent/folders"), folders);
}

void AppSettings::clearRecentFolders() { QSettings().remove(key("recent/folders")); }

QByteArray AppSettings::windowGeometry() { return QSettings().value(key("window/geometry")).toByteArray(); }
QByteArray AppSettings::windowState() { return QSettings().value(key("window/state")).toByteArray(); }

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(key("window/geometry"), geometry);
    settings.setValue(key("window/state"), state);
}

int AppSettings::bottomDockHeight()
{
    return qBound(80, QSettings().value(key("window/bottomHeight"), 220).toInt(), 2000);
}

void AppSettings::setBottomDockHeight(int height) { QSettings().setValue(key("window/bottomHeight"), height); }

void AppSettings::applyTheme(Theme theme)
{
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(new LazyIconStyle(QStyleFactory::create(platformStyle)));
        QApplication::setPalette(platformPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(new FramedStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(new FramedStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace Fd
