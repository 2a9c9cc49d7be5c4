// SPDX-License-Identifier: Apache-2.0
#include "Error.h"

#include <QCoreApplication>

namespace Fd {

namespace {

/// The words around a finding, in the user's language like the finding itself.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Error)
};

} // namespace

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
    out += isWarning() ? Tr::tr("warning: ") : Tr::tr("error: ");
    QStringList where;
    if (!region.isEmpty())
        where << QStringLiteral("[%1]").arg(region);
    if (!env.isEmpty())
        where << env;
    if (!stageName.isEmpty() || !stageRefId.isEmpty())
        where << Tr::tr("stage \"%1\" (%2)").arg(stageName, stageRefId);
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
