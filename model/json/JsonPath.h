// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Fd {

/// A key path inside a JSON document: object keys, or array indices written as numbers.
using KeyPath = QStringList;

namespace JsonPath {

/// "asg.min_inst" for {"asg", "min_inst"}; array indices as "[2]".
QString toString(const KeyPath &path);
/// Inverse of toString for paths without dots inside keys.
KeyPath fromString(const QString &dotted);

/// The value at `path`, or Undefined when any step is missing.
QJsonValue value(const QJsonValue &root, const KeyPath &path);
bool contains(const QJsonValue &root, const KeyPath &path);
/// Sets the value at `path`, creating intermediate objects. Returns false when a step is not an
/// object or array.
bool setValue(QJsonObject &root, const KeyPath &path, const QJsonValue &value);
/// Removes the key at `path`; returns whether it was there.
bool remove(QJsonObject &root, const KeyPath &path);

} // namespace JsonPath
} // namespace Fd
