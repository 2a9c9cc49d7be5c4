// SPDX-License-Identifier: Apache-2.0
#include "JsonPath.h"

#include <QJsonArray>

namespace Fd::JsonPath {

namespace {

bool isIndex(const QString &part, int *index)
{
    bool ok = false;
    *index = part.toInt(&ok);
    return ok && *index >= 0;
}

QJsonValue setIn(const QJsonValue &node, const KeyPath &path, int depth, const QJsonValue &value,
                 bool remove, bool *ok)
{
    if (depth == path.size())
        return value;
    const QString &part = path.at(depth);
    int index = 0;
    if (node.isArray() && isIndex(part, &index)) {
        QJsonArray array = node.toArray();
        if (index >= array.size()) {
            *ok = false;
            return node;
        }
        if (remove && depth + 1 == path.size())
            array.removeAt(index);
        else
            array[index] = setIn(array.at(index), path, depth + 1, value, remove, ok);
        return array;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
        *ok = false;
        return node;
    }
    QJsonObject object = node.toObject();
    if (remove && depth + 1 == path.size()) {
        *ok = object.contains(part);
        object.remove(part);
        return object;
    }
    if (remove && !object.contains(part)) {
        *ok = false;
        return object;
    }
    object.insert(part, setIn(object.value(part), path, depth + 1, value, remove, ok));
    return object;
}

} // namespace

QString toString(const KeyPath &path)
{
    QString out;
    int index = 0;
    for (const QString &part : path) {
        if (isIndex(part, &index) && !out.isEmpty()) {
            out += QLatin1Char('[') + part + QLatin1Char(']');
            continue;
        }
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += part;
    }
    return out;
}

KeyPath fromString(const QString &dotted)
{
    KeyPath path;
    for (const QString &part : dotted.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const int bracket = part.indexOf(QLatin1Char('['));
        if (bracket < 0) {
            path << part;
            continue;
        }
        path << part.left(bracket);
        for (const QString &index : part.mid(bracket).split(QLatin1Char('['), Qt::SkipEmptyParts))
            path << index.chopped(1);
    }
    return path;
}

QJsonValue value(const QJsonValue &root, const KeyPath &path)
{
    QJsonValue node = root;
    int index = 0;
    for (const QString &part : path) {
        if (node.isObject()) {
            node = node.toObject().value(part); // undefined when the key is missing
        } else if (node.isArray() && isIndex(part, &index) && index < node.toArray().size()) {
            node = node.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

bool contains(const QJsonValue &root, const KeyPath &path)
{
    return !value(root, path).isUndefined();
}

bool setValue(QJsonObject &root, const KeyPath &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return false;
    bool ok = true;
    const QJsonValue result = setIn(root, path, 0, value, false, &ok);
    if (ok)
        root = result.toObject();
    return ok;
}

bool remove(QJsonObject &root, const KeyPath &path)
{
    if (path.isEmpty())
        return false;
    bool ok = true;
    const QJsonValue result = setIn(root, path, 0, {}, true, &ok);
    if (ok)
        root = result.toObject();
    return ok;
}

} // namespace Fd::JsonPath
