// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Fd {

QStringList translatedLanguages()
{
    return {QStringLiteral("de")};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    // QLocale() of the system lists LANGUAGE's entries first, so LANGUAGE=de works under LANG=C.UTF-8
    // as with gettext programs; an explicit choice replaces the system's list.
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("foremast-designer"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->language().startsWith(QLatin1String("en"))) {
        // English: the source texts, with only the plural forms from foremast-designer_en ("1 entry",
        // not "1 entries"); no Qt catalogue, whatever the system's language.
        if (ours->language().startsWith(QLatin1String("en"))
            || ours->load(QStringLiteral("foremast-designer_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return {};
    }
    // Qt's catalogue only beside ours, so English text never mixes with German buttons.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(ours);
    return ours->language();
}

} // namespace Fd
