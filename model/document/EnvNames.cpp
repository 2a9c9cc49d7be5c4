// SPDX-License-Identifier: Apache-2.0
#include "EnvNames.h"

namespace Fd {

namespace {

bool allowedCharacter(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

} // namespace

bool EnvNames::isValid(const QString &name)
{
    return problem(name, {}).isEmpty();
}

QString EnvNames::problem(const QString &name, const QStringList &existing)
{
    if (name.isEmpty())
        return tr("The name is empty.");
    if (name.contains(QLatin1Char(' ')))
        return tr("“%1” contains a space.").arg(name);
    for (const QChar c : name) {
        if (!allowedCharacter(c))
            return tr("“%1” contains “%2”; only letters a–z, digits, “-” and “_” can be used in a file name "
                      "and a Spinnaker account.").arg(name, QString(c));
    }
    if (!name.front().isLetterOrNumber())
        return tr("“%1” starts with “%2”; it must start with a letter or a digit.").arg(name, QString(name.front()));
    for (const QString &other : existing) {
        if (other == name)
            return tr("An environment named “%1” already exists.").arg(name);
    }
    for (const QString &other : existing) {
        if (other.compare(name, Qt::CaseInsensitive) == 0)
            return tr("“%1” differs only in case from %2; their files would clash on macOS and Windows.")
                .arg(name, other);
    }
    return {};
}

} // namespace Fd
