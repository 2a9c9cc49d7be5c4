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

} // namespace Fd::JsonText
