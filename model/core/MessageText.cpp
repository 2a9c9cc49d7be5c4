// SPDX-License-Identifier: Apache-2.0
#include "MessageText.h"

#include <algorithm>

namespace Fd {

namespace {

/// Characters that do not show as themselves in a line of text: C0 and C1 controls, DEL, line and
/// paragraph separators (which end a line for many readers), format characters (zero-width
/// spaces and joiners, the byte order mark, and the bidirectional controls that can make a value
/// read as something else on screen), and surrogates without their pair.
bool hidden(char32_t u)
{
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    switch (QChar::category(u)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void appendEscaped(QString &shown, char16_t u)
{
    switch (u) {
    case '\n': shown.append(QLatin1String("\\n")); break;
    case '\r': shown.append(QLatin1String("\\r")); break;
    case '\t': shown.append(QLatin1String("\\t")); break;
    default:
        shown.append(QLatin1String("\\u")).append(QString::number(u, 16).rightJustified(4, QLatin1Char('0')));
    }
}

} // namespace

QString shownInMessage(const QString &text, int limit)
{
    limit = std::max(limit, 0);
    const bool cut = text.size() > limit;
    QStringView kept = QStringView(text).left(cut ? limit : text.size());
    // Never cut between the two halves of a pair.
    if (cut && !kept.isEmpty() && kept.back().isHighSurrogate() && text.at(limit).isLowSurrogate())
        kept.chop(1);
    QString shown;
    shown.reserve(kept.size() + 2);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const QChar c = kept.at(i);
        if (c.isHighSurrogate() && i + 1 < kept.size() && kept.at(i + 1).isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(c, kept.at(i + 1));
            if (hidden(u)) { // a format character beyond the first plane (tags): both halves escaped
                appendEscaped(shown, c.unicode());
                appendEscaped(shown, kept.at(i + 1).unicode());
            } else {
                shown.append(c).append(kept.at(i + 1));
            }
            ++i;
            continue;
        }
        if (hidden(c.unicode()))
            appendEscaped(shown, c.unicode());
        else
            shown.append(c);
    }
    if (cut)
        shown.append(QChar(0x2026));
    return shown;
}

} // namespace Fd
