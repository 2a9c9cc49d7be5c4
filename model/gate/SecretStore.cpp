// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace Fd {

void MemorySecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    Result<QString> answer = Error{};
    if (m_secrets.contains(key)) {
        answer = m_secrets.value(key);
    } else {
        Error e;
        e.message = QCoreApplication::translate("SecretStore", "No password or token was given for %1.").arg(key);
        answer = e;
    }
    QTimer::singleShot(0, context, [done = std::move(done), answer]() { done(answer); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(true); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(true); });
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "kept in memory for this session only");
}

} // namespace Fd
