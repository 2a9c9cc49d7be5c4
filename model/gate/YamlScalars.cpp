// SPDX-License-Identifier: Apache-2.0
#include "YamlScalars.h"

#include <QCoreApplication>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "MiniYaml", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MiniYaml)
};

bool opensScalar(const QString &text, int i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    if (before == QLatin1Char('[') || before == QLatin1Char('{') || before == QLatin1Char(','))
        return true;
    if (before != QLatin1Char(' '))
        return false;
    for (int j = i - 1; j >= 0; --j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char(' '))
            continue;
        return QStringView(u":-,[{?").contains(c);
    }
    return true;
}

bool isNull(const QString &plain)
{
    return plain.isEmpty() || plain == QLatin1String("~") || plain == QLatin1String("null")
        || plain == QLatin1String("Null") || plain == QLatin1String("NULL");
}

class InlineParser
{
public:
    explicit InlineParser(const QString &text) : m_text(text) { }

    QVariant parse(QString *error)
    {
        const QVariant value = parseValue(false);
        skipSpaces();
        if (m_error.isEmpty() && m_pos < m_text.size())
            m_error = Tr::tr("Unexpected text after the value: \"%1\".").arg(m_text.mid(m_pos));
        *error = m_error;
        return m_error.isEmpty() ? value : QVariant();
    }

    QString parseQuoted()
    {
        const QChar quote = m_text.at(m_pos++);
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == quote) {
                if (quote == QLatin1Char('\'') && m_pos < m_text.size() && m_text.at(m_pos) == quote) {
                    out += quote;
                    ++m_pos;
                    continue;
                }
                return out;
            }
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                if (!escape(&out))
                    return {};
                continue;
            }
            out += c;
        }
        m_error = Tr::tr("A quoted value must end on the same line.");
        return {};
    }

    int position() const { return m_pos; }
    const QString &error() const { return m_error; }

private:
    bool escape(QString *out)
    {
        if (m_pos >= m_text.size()) {
            m_error = Tr::tr("A quoted value must end on the same line.");
            return false;
        }
        const QChar c = m_text.at(m_pos++);
        static const QString simple = QStringLiteral("\\\"/ 0abtnvfre\t");
        static const QString meaning = QStringLiteral("\\\"/ %1\a\b\t\n\v\f\r\x1b\t").arg(QChar(0));
        const int known = simple.indexOf(c);
        if (known >= 0) {
            *out += meaning.at(known);
            return true;
        }
        const int digits = c == QLatin1Char('x') ? 2 : c == QLatin1Char('u') ? 4 : c == QLatin1Char('U') ? 8 : 0;
        bool ok = false;
        const uint code = m_text.mid(m_pos, digits).toUInt(&ok, 16);
        if (digits == 0 || !ok || m_text.mid(m_pos, digits).size() != digits) {
            m_error = Tr::tr("Unknown escape sequence \"\\%1\" in a double-quoted value.").arg(c);
            return false;
        }
        m_pos += digits;
        const char32_t ch = code;
        *out += QString::fromUcs4(&ch, 1);
        return true;
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(' '))
            ++m_pos;
    }

    QVariant parseValue(bool inFlow)
    {
        skipSpaces();
        if (m_pos >= m_text.size())
            return {};
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('['))
            return parseList();
        if (c == QLatin1Char('{'))
            return parseMap();
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return parseQuoted();
        if (QStringView(u"&*!|>@`").contains(c)) {
            m_error = Tr::tr("\"%1\" cannot start a value here; quote the value.").arg(c);
            return {};
        }
        return parsePlain(inFlow);
    }

    QVariant parsePlain(bool inFlow)
    {
        const int start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (inFlow && QStringView(u",[]{}").contains(c))
                break;
            if (c == QLatin1Char(':') && (m_pos + 1 == m_text.size() || m_text.at(m_pos + 1) == QLatin1Char(' ')
                                          || (inFlow && QStringView(u",]}").contains(m_text.at(m_pos + 1))))) {
                if (inFlow)
                    break;
                m_error = Tr::tr("A value cannot contain \": \"; put it in quotes.");
                return {};
            }
            ++m_pos;
        }
        const QString plain = m_text.mid(start, m_pos - start).trimmed();
        return isNull(plain) ? QVariant() : QVariant(plain);
    }

    QVariant parseList()
    {
        ++m_pos;
        QVariantList list;
        while (m_error.isEmpty()) {
            skipSpaces();
            if (m_pos >= m_text.size())
                break;
            if (m_text.at(m_pos) == QLatin1Char(']')) {
                ++m_pos;
                return list;
            }
            list << parseValue(true);
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(','))
                ++m_pos;
            else if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(']') && m_error.isEmpty())
                m_error = Tr::tr("Expected \",\" or \"]\" in a [list].");
        }
        if (m_error.isEmpty())
            m_error = Tr::tr("A [list] must end on the same line.");
        return {};
    }

    QVariant parseMap()
    {
        ++m_pos;
        QVariantMap map;
        while (m_error.isEmpty()) {
            skipSpaces();
            if (m_pos >= m_text.size())
                break;
            if (m_text.at(m_pos) == QLatin1Char('}')) {
                ++m_pos;
                return map;
            }
            const QString key = parseValue(true).toString();
            skipSpaces();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(':')) {
                if (m_error.isEmpty())
                    m_error = Tr::tr("Expected \"key: value\" in a {mapping}.");
                break;
            }
            ++m_pos;
            skipSpaces();
            const bool empty = m_pos < m_text.size() && QStringView(u",}").contains(m_text.at(m_pos));
            map.insert(key, empty ? QVariant() : parseValue(true));
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(','))
                ++m_pos;
            else if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('}') && m_error.isEmpty())
                m_error = Tr::tr("Expected \",\" or \"}\" in a {mapping}.");
        }
        if (m_error.isEmpty())
            m_error = Tr::tr("A {mapping} must end on the same line.");
        return {};
    }

    QString m_text;
    int m_pos = 0;
    QString m_error;
};

} // namespace

QString stripYamlComment(const QString &text)
{
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                ++i;
            else if (c == quote && quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == quote)
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && opensScalar(text, i))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace()))
            return text.left(i);
    }
    return text;
}

bool splitYamlKey(const QString &text, QString *key, QString *rest)
{
    if (text.isEmpty() || QStringView(u"[{?").contains(text.at(0)))
        return false;
    int colon = -1;
    if (text.at(0) == QLatin1Char('"') || text.at(0) == QLatin1Char('\'')) {
        InlineParser parser(text);
        const QString quoted = parser.parseQuoted();
        if (!parser.error().isEmpty())
            return false;
        colon = parser.position();
        while (colon < text.size() && text.at(colon) == QLatin1Char(' '))
            ++colon;
        if (colon >= text.size() || text.at(colon) != QLatin1Char(':'))
            return false;
        *key = quoted;
    } else {
        for (int i = 0; i < text.size() && colon < 0; ++i) {
            if (text.at(i) == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
                colon = i;
        }
        if (colon <= 0)
            return false;
        *key = text.left(colon).trimmed();
    }
    if (colon + 1 < text.size() && text.at(colon + 1) != QLatin1Char(' '))
        return false;
    *rest = text.mid(colon + 1).trimmed();
    return true;
}

QVariant parseYamlInline(const QString &text, QString *error)
{
    InlineParser parser(text);
    return parser.parse(error);
}

QString foldBlockScalar(const QStringList &lines, bool folded, QChar chomp)
{
    int last = lines.size() - 1;
    while (last >= 0 && lines.at(last).isEmpty())
        --last;
    const int trailingEmpty = lines.size() - 1 - last;
    QString out;
    int pendingBreaks = 0;
    bool first = true;
    bool previousMoreIndented = false;
    for (int i = 0; i <= last; ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            ++pendingBreaks;
            continue;
        }
        const bool moreIndented = line.startsWith(QLatin1Char(' '));
        if (first)
            out += QString(pendingBreaks, QLatin1Char('\n'));
        else if (!folded)
            out += QString(pendingBreaks + 1, QLatin1Char('\n'));
        else if (pendingBreaks > 0)
            out += QString(pendingBreaks + (moreIndented || previousMoreIndented ? 1 : 0), QLatin1Char('\n'));
        else
            out += (moreIndented || previousMoreIndented) ? QLatin1Char('\n') : QLatin1Char(' ');
        out += line;
        pendingBreaks = 0;
        first = false;
        previousMoreIndented = moreIndented;
    }
    if (chomp == QLatin1Char('-') || last < 0)
        return chomp == QLatin1Char('+') ? QString(trailingEmpty, QLatin1Char('\n')) : out;
    if (chomp == QLatin1Char('+'))
        return out + QString(1 + trailingEmpty, QLatin1Char('\n'));
    return out + QLatin1Char('\n');
}

} // namespace Fd
