// SPDX-License-Identifier: Apache-2.0
// How Foremast's Jinja templates print a value: Python's str(), repr() and json.dumps() forms.
#include "FlowExpression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace Fd {

namespace {

QString numberText(const QJsonValue &value)
{
    const double d = value.toDouble();
    // A whole number prints as Python prints an int; toInteger() keeps the digits a double
    // cannot hold (2^53 + 1 is read exactly from the runway and must be written so).
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e16)
        return QString::number(value.toInteger(qint64(d)));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString pythonJsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

/// Python's repr() of a str: single quotes unless the text has one and no double quote;
/// backslash escapes for what str.isprintable() refuses.
QString pythonRepr(const QString &s)
{
    const QChar quote = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"')) ? QLatin1Char('"')
                                                                                       : QLatin1Char('\'');
    QString out = quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char32_t code = c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()
            ? QChar::surrogateToUcs4(c, s.at(i + 1)) : c.unicode();
        const int width = code > 0xffff ? 2 : 1;
        if (c == quote || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("\\t");
        } else {
            const QChar::Category category = QChar::category(code);
            const bool printable = code == ' ' || !(category == QChar::Other_Control || category == QChar::Other_Format
                || category == QChar::Other_Surrogate || category == QChar::Other_PrivateUse
                || category == QChar::Other_NotAssigned || category == QChar::Separator_Line
                || category == QChar::Separator_Paragraph || category == QChar::Separator_Space);
            if (printable)
                out += s.mid(i, width);
            else if (code < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0'));
            else if (code < 0x10000)
                out += QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\U%1").arg(uint(code), 8, 16, QLatin1Char('0'));
        }
        i += width - 1;
    }
    return out + quote;
}

/// A list or object as Python prints both json.dumps and str() of one: ", " and ": " between
/// items, each scalar and key written by `scalar` (keys sorted: QJsonObject's order).
template<typename Scalar>
QString pythonContainer(const QJsonValue &value, Scalar scalar)
{
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            items << (item.isArray() || item.isObject() ? pythonContainer(item, scalar) : scalar(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue item = it.value();
        items << scalar(QJsonValue(it.key())) + QStringLiteral(": ")
                + (item.isArray() || item.isObject() ? pythonContainer(item, scalar) : scalar(item));
    }
    return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

bool FlowText::isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble() != 0;
    case QJsonValue::String: return !value.toString().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return false;
    }
    return false;
}

QString FlowText::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return numberText(value);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Null: return QStringLiteral("None");
    case QJsonValue::Undefined: return QString();
    case QJsonValue::Array:
    case QJsonValue::Object: return toPythonJson(value);
    }
    return QString();
}

QString FlowText::toPythonStr(const QJsonValue &value)
{
    if (!value.isArray() && !value.isObject())
        return toText(value);
    return pythonContainer(value, [](const QJsonValue &item) {
        return item.isString() ? pythonRepr(item.toString()) : toText(item);
    });
}

QString FlowText::toPythonJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return numberText(value);
    case QJsonValue::String: return pythonJsonString(value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object: return pythonContainer(value, toPythonJson);
    }
    return QString();
}

} // namespace Fd
