// SPDX-License-Identifier: Apache-2.0
#include "MessageText.h"

namespace Fd {

QString shownInMessage(const QString &text, int limit)
{
    const bool cut = text.size() > limit;
    const QStringView kept = QStringView(text).left(cut ? limit : text.size());
    QString shown;
    shown.reserve(kept.size() + 2);
    for (const QChar c : kept) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7f) {
            shown.append(c);
            continue;
        }
        switch (u) {
        case '\n': shown.append(QLatin1String("\\n")); break;
        case '\r': shown.append(QLatin1String("\\r")); break;
        case '\t': shown.append(QLatin1String("\\t")); break;
        default:
            shown.append(QLatin1String("\\u")).append(QString::number(u, 16).rightJustified(4, QLatin1Char('0')));
        }
    }
    if (cut)
        shown.append(QChar(0x2026));
    return shown;
}

} // namespace Fd
