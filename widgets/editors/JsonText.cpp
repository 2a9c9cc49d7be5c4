// SPDX-License-Identifier: Apache-2.0
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fd::JsonText {

QString toText(const QJsonValue &value, bool indented)
{
    const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    // QJsonDocument prints only containers: print the scalar inside an array and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue parse(const QString &text, bool *ok)
{
    if (text.trimmed().isEmpty()) {
        *ok = true;
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    *ok = error.error == QJsonParseError::NoError && doc.array().size() == 1;
    return *ok ? doc.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    return toText(value);
}

namespace {

bool parseBool(const QString &text, bool *value)
{
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        *value = true;
    else if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        *value = false;
    else
        return false;
    return true;
}

} // namespace

QJsonValue fromEditText(const QString &text, const QJsonValue &current, bool *ok)
{
    *ok = true;
    if (current.isString())
        return text;
    const QString trimmed = text.trimmed();
    bool flag = false;
    if (current.isDouble()) {
        bool isNumber = false;
        const double number = trimmed.toDouble(&isNumber);
        if (isNumber)
            return number;
    } else if (current.isBool() && parseBool(trimmed, &flag)) {
        return flag;
    }
    if (trimmed == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    if (parseBool(trimmed, &flag))
        return flag;
    const QJsonValue json = parse(trimmed, ok);
    if (*ok && !json.isUndefined())
        return json;
    // Over null (or nothing) plain words are a string; over anything else they do not fit.
    *ok = current.isNull() || current.isUndefined();
    return *ok ? QJsonValue(text) : QJsonValue(QJsonValue::Undefined);
}

QString typeId(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QJsonValue convert(const QJsonValue &value, const QString &typeId)
{
    if (typeId == JsonText::typeId(value))
        return value;
    if (typeId == QLatin1String("string"))
        return value.isNull() ? QString() : scalarText(value);
    if (typeId == QLatin1String("number")) {
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        return value.isString() ? value.toString().trimmed().toDouble() : 0.0;
    }
    if (typeId == QLatin1String("boolean")) {
        bool flag = false;
        if (value.isString() && parseBool(value.toString().trimmed(), &flag))
            return flag;
        return value.isDouble() ? value.toDouble() != 0 : false;
    }
    if (typeId == QLatin1String("object"))
        return QJsonObject();
    if (typeId == QLatin1String("array"))
        return value.isNull() ? QJsonArray() : QJsonArray{value};
    return QJsonValue(QJsonValue::Null);
}

} // namespace Fd::JsonText
