// SPDX-License-Identifier: Apache-2.0
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#ifdef FD_JSON_QT_PRIVATE
#include <QCborMap>
#include <private/qcborvalue_p.h>
#include <private/qjson_p.h>
#endif

#include <array>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace Fd {

namespace {

/// Appends to a QByteArray through a raw cursor: one capacity check per item instead of a
/// QByteArray::append (with its own checks and size bookkeeping) per token.
class Writer
{
public:
    Writer() { m_out.resize(256 * 1024); m_at = m_out.data(); m_end = m_at + m_out.size(); }

    QByteArray take()
    {
        m_out.resize(m_at - m_out.constData());
        return std::move(m_out);
    }

    /// Room for `n` more bytes; the cursor stays valid until the next call.
    char *reserve(qsizetype n)
    {
        if (m_end - m_at < n) {
            const qsizetype used = m_at - m_out.constData();
            m_out.resize(std::max(2 * m_out.size(), used + n));
            m_at = m_out.data() + used;
            m_end = m_out.data() + m_out.size();
        }
        return m_at;
    }
    void advance(char *to) { m_at = to; }
    void append(const char *text, qsizetype n) { std::memcpy(reserve(n), text, size_t(n)); m_at += n; }
    template <size_t N>
    void append(const char (&text)[N]) { append(text, qsizetype(N - 1)); }
    void newlineAndIndent(int indent)
    {
        char *to = reserve(1 + 4 * qsizetype(indent));
        *to++ = '\n';
        std::memset(to, ' ', size_t(4 * indent));
        m_at = to + 4 * indent;
    }

#ifndef FD_JSON_QT_PRIVATE
    void number(const QJsonValue &value);
    void value(const QJsonValue &value, int indent);
    void object(const QJsonObject &object, int indent);
    void array(const QJsonArray &array, int indent);
#endif
    void string(const QString &text);
    void integer(qint64 value);
#ifdef FD_JSON_QT_PRIVATE
    /// Text Qt stores as 7-bit ASCII bytes: escaped without widening it to a QString.
    void asciiString(const char *text, qsizetype size);
    /// The object's storage, read in place; false for anything a JSON object should not hold.
    bool container(const QCborContainerPrivate *d, bool map, int indent);
    bool element(const QCborContainerPrivate *d, qsizetype index, int indent);
#endif
    /// Qt's own text for one value, without the brackets of the array that carries it.
    void asQtWrites(const QJsonValue &value)
    {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        append(text.constData() + 1, text.size() - 2);
    }

private:
    QByteArray m_out;
    char *m_at = nullptr;
    char *m_end = nullptr;
};

/// How Qt escapes each 7-bit character in a JSON string: 0 copies it, 'u' writes \u00XX, any
/// other letter writes a backslash and that letter.
constexpr std::array<char, 128> escapes()
{
    std::array<char, 128> table{};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = 'u';
    table['\b'] = 'b';
    table['\f'] = 'f';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    table['"'] = '"';
    table['\\'] = '\\';
    return table;
}

/// Writes the characters [from, end) escaped as Qt escapes them at `to` (room for 6 bytes per
/// character). Returns the end of what was written, or nullptr at the first character of 0x80 or
/// above: those are Qt's to write.
template <typename Char>
char *escapeAscii(const Char *from, const Char *end, char *to)
{
    static constexpr std::array<char, 128> table = escapes();
    static const char hex[] = "0123456789abcdef";
    for (; from != end; ++from) {
        const auto c = std::make_unsigned_t<Char>(*from);
        if (c >= 0x80)
            return nullptr;
        const char escape = table[c];
        if (!escape) {
            *to++ = char(c);
            continue;
        }
        *to++ = '\\';
        *to++ = escape;
        if (escape == 'u') {
            *to++ = '0';
            *to++ = '0';
            *to++ = hex[c >> 4];
            *to++ = hex[c & 0xf];
        }
    }
    return to;
}

void Writer::string(const QString &text)
{
    const char16_t *from = reinterpret_cast<const char16_t *>(text.constData());
    char *to = reserve(6 * text.size() + 2);
    *to++ = '"';
    if ((to = escapeAscii(from, from + text.size(), to))) {
        *to++ = '"';
        advance(to);
    } else {
        asQtWrites(QJsonValue(text));
    }
}

#ifdef FD_JSON_QT_PRIVATE

/// Whether any of the 8 bytes in `word` is a control character, '"', '\\' or 0x80 and above:
/// the bytes escapeAscii() does not copy as they are (the usual bit tricks for "a byte less
/// than n" and "a zero byte").
bool needsEscape(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 x) { return (x - ones) & ~x & highs; };
    return ((word - 0x20 * ones) & ~word & highs) || hasZero(word ^ ('"' * ones))
        || hasZero(word ^ ('\\' * ones)) || (word & highs);
}

void Writer::asciiString(const char *text, qsizetype size)
{
    char *to = reserve(6 * size + 2);
    // Runs of 8 plain bytes are copied at once; most strings in a pipeline have no escape at all.
    const char *from = text;
    const char *const end = text + size;
    *to++ = '"';
    for (quint64 word; end - from >= 8; from += 8, to += 8) {
        std::memcpy(&word, from, 8);
        if (needsEscape(word))
            break;
        std::memcpy(to, &word, 8);
    }
    if ((to = escapeAscii(from, end, to))) {
        *to++ = '"';
        advance(to);
    } else {
        asQtWrites(QJsonValue(QString::fromLatin1(text, size)));
    }
}

#endif

/// Whether Qt writes `d` as a whole number that integer() writes the same: beyond 2^53 a double
/// may not be the stored integer, fractions need Qt's shortest round-trip form.
bool isPlainWholeNumber(double d)
{
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9007199254740992.0;
}

void Writer::integer(qint64 n)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    const bool negative = n < 0;
    quint64 u = negative ? 0 - quint64(n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    append(p, end - p);
}

#ifdef FD_JSON_QT_PRIVATE

bool Writer::container(const QCborContainerPrivate *d, bool map, int indent)
{
    // Qt writes an empty object as "{", a newline and the closing indent too.
    append(map ? "{" : "[");
    const qsizetype size = d ? d->elements.size() : 0;
    for (qsizetype i = 0; i < size;) {
        newlineAndIndent(indent + 1);
        if (map) {
            if (d->elements.at(i).type != QCborValue::String || !element(d, i, indent + 1))
                return false;
            append(": ");
            ++i;
        }
        if (i == size || !element(d, i, indent + 1))
            return false;
        if (++i != size)
            append(",");
    }
    newlineAndIndent(indent);
    append(map ? "}" : "]");
    return true;
}

bool Writer::element(const QCborContainerPrivate *d, qsizetype index, int indent)
{
    using QtCbor::Element;
    const Element &e = d->elements.at(index);
    switch (e.type) {
    case QCborValue::Null: append("null"); return true;
    case QCborValue::False: append("false"); return true;
    case QCborValue::True: append("true"); return true;
    case QCborValue::Integer: integer(e.value); return true;
    case QCborValue::Double:
        if (isPlainWholeNumber(e.fpvalue()))
            integer(qint64(e.fpvalue()));
        else
            asQtWrites(QJsonPrivate::Value::fromTrustedCbor(d->valueAt(index)));
        return true;
    case QCborValue::String:
        if (const QtCbor::ByteData *b = d->byteData(e)) {
            if (e.flags & Element::StringIsAscii)
                asciiString(b->byte(), b->len);
            else if (e.flags & Element::StringIsUtf16)
                string(b->asQStringRaw());
            else
                string(b->toUtf8String());
        } else {
            append("\"\"");
        }
        return true;
    case QCborValue::Array:
    case QCborValue::Map:
        return container(e.flags & Element::IsContainer ? e.container : nullptr, e.type == QCborValue::Map, indent);
    default:
        return false; // not a JSON value
    }
}

#else

void Writer::number(const QJsonValue &value)
{
    // Whole numbers print as integers whether Qt stores them as integer or double.
    const double d = value.toDouble();
    if (isPlainWholeNumber(d))
        integer(qint64(d));
    else
        asQtWrites(value);
}

void Writer::object(const QJsonObject &object, int indent)
{
    // Qt writes an empty object as "{", a newline and the closing indent too.
    append("{");
    for (auto it = object.constBegin(), end = object.constEnd(); it != end;) {
        newlineAndIndent(indent + 1);
        string(it.key());
        append(": ");
        value(it.value(), indent + 1);
        if (++it != end)
            append(",");
    }
    newlineAndIndent(indent);
    append("}");
}

void Writer::array(const QJsonArray &array, int indent)
{
    append("[");
    for (auto it = array.constBegin(), end = array.constEnd(); it != end;) {
        newlineAndIndent(indent + 1);
        value(*it, indent + 1);
        if (++it != end)
            append(",");
    }
    newlineAndIndent(indent);
    append("]");
}

void Writer::value(const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null: append("null"); break;
    case QJsonValue::Bool: value.toBool() ? append("true") : append("false"); break;
    case QJsonValue::Double: number(value); break;
    case QJsonValue::String: string(value.toString()); break;
    case QJsonValue::Array: array(value.toArray(), indent); break;
    case QJsonValue::Object: object(value.toObject(), indent); break;
    case QJsonValue::Undefined: asQtWrites(value); break;
    }
}

#endif

} // namespace

QByteArray indentedJson(const QJsonObject &object)
{
    Writer writer;
#ifdef FD_JSON_QT_PRIVATE
    // The map shares the object's storage, which the writer reads in place.
    const QCborValue map(QCborMap::fromJsonObject(object));
    if (!writer.container(QJsonPrivate::Value::container(map), true, 0))
        return QJsonDocument(object).toJson();
#else
    writer.object(object, 0);
#endif
    writer.append("\n");
    return writer.take();
}

} // namespace Fd
