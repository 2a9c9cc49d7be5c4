// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Fd {

/// Where passwords, tokens and key passphrases come from. The model never stores a secret itself:
/// the application injects the system keychain (see widgets/credentials), the command line and the
/// tests an in-memory store. Answers arrive asynchronously and only while `context` is alive.
class SecretStore
{
public:
    using ReadDone = std::function<void(const Result<QString> &secret)>;
    using WriteDone = std::function<void(const Result<bool> &stored)>;

    virtual ~SecretStore() = default;

    /// The secret stored under `key`; an error when there is none or the store is unusable.
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteDone done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteDone done) = 0;
    /// Shown to the user ("system keychain", "this session only").
    virtual QString description() const = 0;
};

/// Keeps secrets in memory for the life of the object. Answers on the next event-loop turn so
/// callers see the same ordering as with a real keychain.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;
    QString description() const override;

    /// Synchronous set-up for callers that already hold the secret (command line, tests).
    void set(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Fd
