// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Fd {

/// Languages the designer ships a catalogue for, besides English: "de".
QStringList translatedLanguages();

/// Installs Qt's own catalogue (qtbase: dialog buttons, --help headings) and ours for `language`
/// ("de", "en", …); an empty language follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
/// Returns the language of the installed catalogue ("de_DE"), empty for English (whose catalogue
/// holds only plural forms).
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace Fd
