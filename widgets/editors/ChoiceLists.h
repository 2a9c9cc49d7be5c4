// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace Fd {

/// ComboField choices that are their own description: {value, ""} for each value.
inline QList<QPair<QString, QString>> plainChoices(const QStringList &values)
{
    QList<QPair<QString, QString>> out;
    for (const QString &value : values)
        out.append({value, QString()});
    return out;
}

} // namespace Fd
