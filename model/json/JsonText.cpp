// SPDX-License-Identifier: Apache-2.0
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>

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

    void value(const QJsonValue &value, int indent);
    void object(const QJsonObject &object, int indent);
    void array(const QJsonArray &array, int indent);
    void string(const QString &text);
    void number(const QJsonValue &value);
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

void Writer::string(const QString &text)
{
    // Printable ASCII is copied as it is and the usual escapes written as Qt writes them, in one
    // pass; any other character hands the whole string to Qt.
    static const char hex[] = "0123456789abcdef";
    const qsizetype size = text.size();
    char *const start = reserve(6 * size + 2); // \u00XX is the longest escape
    char *to = start;
    *to++ = '"';
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *to++ = char(c);
            continue;
        }
        if (c >= 0x80) {
            advance(start);
            asQtWrites(QJsonValue(text));
            return;
        }
        *to++ = '\\';
        switch (c) {
        case u'"': *to++ = '"'; break;
        case u'\\': *to++ = '\\'; break;
        case u'\b': *to++ = 'b'; break;
        case u'\f': *to++ = 'f'; break;
        case u'\n': *to++ = 'n'; break;
        case u'\r': *to++ = 'r'; break;
        case u'\t': *to++ = 't'; break;
        default:
            *to++ = 'u';
            *to++ = '0';
            *to++ = '0';
            *to++ = hex[c >> 4];
            *to++ = hex[c & 0xf];
        }
    }
    *to++ = '"';
    advance(to);
}

void Writer::number(const QJsonValue &value)
{
    // Whole numbers print as integers whether Qt stores them as integer or double; beyond 2^53 a
    // double may not be the stored value, so Qt decides.
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) >= 9007199254740992.0) {
        asQtWrites(value);
        return;
    }
    qint64 n = qint64(d);
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    const bool negative = n < 0;
    quint64 u = negative ? quint64(-n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    append(p, end - p);
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

} // namespace

QByteArray indentedJson(const QJsonObject &object)
{
    Writer writer;
    writer.object(object, 0);
    writer.append("\n");
    return writer.take();
}

} // namespace Fd
