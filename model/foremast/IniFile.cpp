// SPDX-License-Identifier: Apache-2.0
#include "IniFile.h"

#include <QCoreApplication>
#include <QFile>

namespace Fd {

Result<IniFile> IniFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.file = path;
        e.message = QCoreApplication::translate("IniFile", "The file cannot be read: %1")
                        .arg(file.errorString());
        return e;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(path, text);
}

Result<IniFile> IniFile::parse(const QString &path, const QString &text)
{
    IniFile ini;
    QString section;
    QString key;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        const bool indented = !line.isEmpty() && line.at(0).isSpace();
        if (trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (trimmed.isEmpty()) {
            key.clear();
            continue;
        }
        if (indented && !key.isEmpty()) {
            QString &value = ini.sections[section][key];
            value += (value.isEmpty() ? QString() : QStringLiteral("\n")) + trimmed;
            continue;
        }
        // "[name]": by hand, since a regex would be JIT-compiled for one file's lines.
        if (trimmed.size() > 2 && trimmed.front() == QLatin1Char('[') && trimmed.back() == QLatin1Char(']')
            && trimmed.indexOf(QLatin1Char(']')) == trimmed.size() - 1) {
            section = trimmed.mid(1, trimmed.size() - 2).trimmed();
            ini.sections[section];
            key.clear();
            continue;
        }
        const int eq = trimmed.indexOf(QLatin1Char('='));
        const int colon = trimmed.indexOf(QLatin1Char(':'));
        const int split = (eq < 0) ? colon : (colon < 0 ? eq : qMin(eq, colon));
        if (section.isEmpty() || split <= 0) {
            Error e;
            e.file = path;
            e.line = i + 1;
            e.context = trimmed;
            e.message = section.isEmpty()
                ? QCoreApplication::translate("IniFile", "A setting appears before any [section].")
                : QCoreApplication::translate("IniFile", "Expected \"key = value\".");
            return e;
        }
        key = trimmed.left(split).trimmed().toLower();
        ini.sections[section][key] = trimmed.mid(split + 1).trimmed();
        ini.lines[section][key] = i + 1;
    }
    return ini;
}

} // namespace Fd
