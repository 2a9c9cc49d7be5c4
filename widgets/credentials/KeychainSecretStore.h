// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gate/SecretStore.h"

namespace Fd {

/// Passwords and tokens in the system keychain (Secret Service / KWallet, macOS Keychain, Windows
/// Credential Store) through QtKeychain. Never falls back to a plain-text file.
class KeychainSecretStore final : public SecretStore
{
public:
    /// `service` groups the entries; tests use their own so they never touch the real ones.
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Foremast Designer"));

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    QString description() const override;

private:
    QString m_service;
};

} // namespace Fd
