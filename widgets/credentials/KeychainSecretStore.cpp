// SPDX-License-Identifier: Apache-2.0
#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "KeychainSecretStore", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

Error keychainError(const QKeychain::Job &job, const QString &key)
{
    Error e;
    if (job.error() == QKeychain::EntryNotFound)
        e.message = Tr::tr("No password or token for %1 is stored in the system keychain.").arg(key);
    else if (job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied)
        e.message = Tr::tr("The system keychain refused access to %1.").arg(key);
    else
        e.message = Tr::tr("The system keychain cannot be used: %1").arg(job.errorString());
    return e;
}

template<typename JobType>
JobType *prepare(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service) : m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() != QKeychain::NoError)
            done(keychainError(*readJob, key));
        else
            done(readJob->textData());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished, key));
        else
            done(true);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(keychainError(*finished, key));
        else
            done(true);
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return Tr::tr("stored in the system keychain");
}

} // namespace Fd
