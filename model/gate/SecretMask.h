// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace Fd {

/// Keeps credentials out of messages and settings. A credential key is one whose name says it
/// holds a secret (password, token, secret, private key, inline certificate…); its value is
/// never shown, whatever it is and whether or not it came from a `$VARIABLE`.
namespace SecretMask {

/// What is shown instead of a secret.
inline const QString Mask = QStringLiteral("********");

bool isCredentialKey(const QString &key);
/// Whether any key of a dotted path (`auth.basic.password`) is a credential key.
bool isCredentialPath(const QString &dottedPath);
/// `scheme://user:secret@host` → `scheme://user:********@host`, anywhere in `text`.
QString maskUrlCredentials(const QString &text);
/// A YAML line fit to quote: a credential key's value masked, URL passwords masked.
QString maskYamlLine(const QString &line);
/// `url` without user name and password, for storing and showing.
QUrl withoutCredentials(const QUrl &url);

} // namespace SecretMask

} // namespace Fd
