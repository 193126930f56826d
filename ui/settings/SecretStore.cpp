#include "settings/SecretStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace autocoin {

namespace {

const QString kService = QStringLiteral("autocoin");

} // namespace

const QStringList &SecretStore::keys()
{
    static const QStringList list = {QStringLiteral("upbitAccessKey"), QStringLiteral("upbitSecretKey"),
                                     QStringLiteral("bithumbApiKey"), QStringLiteral("bithumbApiSecret")};
    return list;
}

QHash<QString, QString> SecretStore::readAll(int timeoutMs, QStringList *errors)
{
    QHash<QString, QString> out;
    QEventLoop loop;
    int pending = static_cast<int>(keys().size());
    for (const QString &key : keys()) {
        read(key, [&, key](const std::optional<QString> &value, const QString &error) {
            if (value && !value->isEmpty())
                out.insert(key, *value);
            if (!error.isEmpty() && errors)
                errors->append(error);
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
        else if (finished->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, QStringLiteral("keychain: ") + finished->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, WriteDone done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(kService);
        job = remove;
    } else {
        auto *store = new QKeychain::WritePasswordJob(kService);
        store->setTextData(value);
        job = store;
    }
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done), value](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError ||
                        (value.isEmpty() && finished->error() == QKeychain::EntryNotFound);
        done(ok ? QString() : QStringLiteral("keychain: ") + finished->errorString());
    });
    job->start();
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = entries.constFind(key);
    done(it == entries.constEnd() ? std::nullopt : std::optional(*it), QString());
}

void MemorySecretStore::write(const QString &key, const QString &value, WriteDone done)
{
    if (value.isEmpty())
        entries.remove(key);
    else
        entries.insert(key, value);
    done(QString());
}

} // namespace autocoin
