// SPDX-License-Identifier: Apache-2.0
#include "SecretMask.h"

#include "YamlScalars.h"

#include <QRegularExpression>

#include <algorithm>

namespace Fd::SecretMask {

bool isCredentialKey(const QString &key)
{
    // Spin's own secret keys (password, access_token, iapIdToken, refreshToken, clientSecret,
    // inline x509 cert/key) and the usual spellings of others.
    static const QRegularExpression re(
        QStringLiteral("pass(word|wd|phrase)?|secret|token|credential|private|api[_-]?key|access[_-]?key|"
                       "^key$|^cert$|^keyData$|^certData$|authorization|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key.trimmed()).hasMatch();
}

bool isCredentialPath(const QString &dottedPath)
{
    const QStringList parts = dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &part) { return isCredentialKey(part); });
}

QString maskUrlCredentials(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(://[^/\\s:@]*:)[^@\\s/]*@"));
    QString out = text;
    out.replace(re, QStringLiteral("\\1") + Mask + QLatin1Char('@'));
    return out;
}

QString maskYamlLine(const QString &line)
{
    QString key;
    QString rest;
    QString body = line.trimmed();
    const bool entry = body.startsWith(QLatin1String("- "));
    if (entry)
        body = body.mid(2).trimmed();
    if (splitYamlKey(stripYamlComment(body), &key, &rest) && isCredentialKey(key)) {
        return (entry ? QStringLiteral("- ") : QString()) + key + QStringLiteral(": ")
            + (rest.trimmed().isEmpty() ? QString() : Mask);
    }
    return maskUrlCredentials(line.trimmed());
}

QUrl withoutCredentials(const QUrl &url)
{
    QUrl clean = url;
    clean.setUserInfo(QString());
    return clean;
}

} // namespace Fd::SecretMask
