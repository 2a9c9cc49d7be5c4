// SPDX-License-Identifier: Apache-2.0
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Fd {

namespace {

/// Qt's own text for one value, without the brackets of the array that carries it.
void appendAsQtWrites(const QJsonValue &value, QByteArray &out)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(text.constData() + 1, text.size() - 2);
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

/// Whether `text` is printable ASCII without quotes or backslashes: written as it is.
bool needsNoEscape(const QChar *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

void appendString(const QString &text, QByteArray &out)
{
    const qsizetype size = text.size();
    if (needsNoEscape(text.constData(), size)) {
        const qsizetype at = out.size();
        out.resize(at + size + 2);
        char *to = out.data() + at;
        *to++ = '"';
        for (const QChar c : text)
            *to++ = char(c.unicode());
        *to = '"';
        return;
    }
    if (!isPlainAscii(text)) {
        appendAsQtWrites(QJsonValue(text), out);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const QChar qc : text) {
        const char c = char(qc.unicode());
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendNumber(const QJsonValue &value, QByteArray &out)
{
    // Whole numbers print as integers whether Qt stores them as integer or double; beyond 2^53 a
    // double may not be the stored value, so Qt decides.
    const double d = value.toDouble();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
        out += QByteArray::number(qint64(d));
    else
        appendAsQtWrites(value, out);
}

void appendValue(const QJsonValue &value, QByteArray &out, int indent);

void appendIndent(QByteArray &out, int indent)
{
    out.append(qsizetype(4 * indent), ' ');
}

void appendObject(const QJsonObject &object, QByteArray &out, int indent)
{
    out += "{\n";
    for (auto it = object.constBegin(), end = object.constEnd(); it != end;) {
        appendIndent(out, indent + 1);
        appendString(it.key(), out);
        out += ": ";
        appendValue(it.value(), out, indent + 1);
        out += ++it == end ? "\n" : ",\n";
    }
    appendIndent(out, indent);
    out += '}';
}

void appendArray(const QJsonArray &array, QByteArray &out, int indent)
{
    out += "[\n";
    for (auto it = array.constBegin(), end = array.constEnd(); it != end;) {
        appendIndent(out, indent + 1);
        appendValue(*it, out, indent + 1);
        out += ++it == end ? "\n" : ",\n";
    }
    appendIndent(out, indent);
    out += ']';
}

void appendValue(const QJsonValue &value, QByteArray &out, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null: out += "null"; break;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: appendNumber(value, out); break;
    case QJsonValue::String: appendString(value.toString(), out); break;
    case QJsonValue::Array: appendArray(value.toArray(), out, indent); break;
    case QJsonValue::Object: appendObject(value.toObject(), out, indent); break;
    case QJsonValue::Undefined: appendAsQtWrites(value, out); break;
    }
}

} // namespace

QByteArray indentedJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(256 * 1024);
    appendObject(object, out, 0);
    out += '\n';
    return out;
}

} // namespace Fd
