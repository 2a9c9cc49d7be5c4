// SPDX-License-Identifier: Apache-2.0
// Shared by TypeSettingChecks*.cpp, not part of the model's interface.
#pragma once

#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <initializer_list>

namespace Fd::TypeSettingChecks {

/// The findings' texts, filed by lupdate under "TypeSettingChecks".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TypeSettingChecks)
};

struct Problem
{
    KeyPath path; ///< the offending value (may end in a list index)
    int settingLength; ///< how much of `path` is the setting a file sets (lists replace whole)
    QString message;
};
using Problems = QList<Problem>;

inline const QString App = QStringLiteral("app");
inline const QString S3 = QStringLiteral("s3");

/// A value as a message quotes it: JSON's spelling, control characters escaped.
QString shown(const QJsonValue &value);
bool isWholeNumber(const QJsonValue &value);
/// Python's int() of a JSON value: numbers (truncated) and text of digits with an optional sign
/// and surrounding spaces.
bool pythonInt(const QJsonValue &value, qint64 *out);
KeyPath key(std::initializer_list<const char *> parts);
/// `object`'s keys that are not in `allowed`.
QStringList unknownKeys(const QJsonObject &object, const QStringList &allowed);
/// The keys of `required` that `object` lacks.
QStringList missingKeys(const QJsonObject &object, const QStringList &required);

/// One region's merged settings of a lambda runway (TypeSettingChecksLambda.cpp).
void lambdaChecks(const QJsonObject &settings, Problems &out);
/// One region's merged settings of an s3 runway (TypeSettingChecksS3.cpp).
void s3Checks(const QJsonObject &settings, Problems &out);

} // namespace Fd::TypeSettingChecks
