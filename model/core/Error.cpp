// SPDX-License-Identifier: Apache-2.0
#include "Error.h"

namespace Fd {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                out += QLatin1Char(':') + QString::number(column);
        }
        out += QStringLiteral(": ");
    }
    out += isWarning() ? QStringLiteral("warning: ") : QStringLiteral("error: ");
    QStringList where;
    if (!region.isEmpty())
        where << QStringLiteral("[%1]").arg(region);
    if (!env.isEmpty())
        where << env;
    if (!stageName.isEmpty() || !stageRefId.isEmpty())
        where << QStringLiteral("stage \"%1\" (%2)").arg(stageName, stageRefId);
    if (!where.isEmpty())
        out += where.join(QLatin1Char(' ')) + QStringLiteral(": ");
    if (!keyPath.isEmpty())
        out += keyPath + QStringLiteral(": ");
    out += message;
    if (!context.isEmpty())
        out += QStringLiteral("\n    ") + context;
    return out;
}

} // namespace Fd
