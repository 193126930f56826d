#include "settings/SecretStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace autocoin {

namespace {

const QString kService = QStringLiteral("autocoin");

} // namespace

const QStringList &SecretStore::keys()
{
    static const QStringList list = {QStringLiteral("upbitAccessKey"),   QStringLiteral("upbitSecretKey"),
                                     QStringLiteral("bithumbApiKey"),    QStringLiteral("bithumbApiSecret"),
                                     QStringLiteral("telegramBotToken"), QStringLiteral("discordWebhookUrl"),
                                     QStringLiteral("apiToken")};
    return list;
}

namespace {

/// What the callbacks of readAll/writeAll share with the waiting call. Held by shared pointer:
/// a keychain answering after the timeout finds it alive and the loop gone, never a dead frame.
struct Pending
{
    QHash<QString, QString> values;
    QStringList errors;
    QSet<QString> unanswered;
    QPointer<QEventLoop> loop;

    void answered(const QString &key)
    {
        unanswered.remove(key);
        if (unanswered.isEmpty() && loop)
            loop->quit();
    }
};

void waitFor(const std::shared_ptr<Pending> &state, int timeoutMs)
{
    if (state->unanswered.isEmpty())
        return;
    QEventLoop loop;
    state->loop = &loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    state->loop = nullptr;
}

} // namespace

QHash<QString, QString> SecretStore::readAll(int timeoutMs, QStringList *errors)
{
    auto state = std::make_shared<Pending>();
    state->unanswered = QSet<QString>(keys().begin(), keys().end());
    for (const QString &key : keys()) {
        read(key, [state, key](const std::optional<QString> &value, const QString &error) {
            if (!state->unanswered.contains(key))
                return; // answered twice, or after the timeout: too late to count
            if (value && !value->isEmpty())
                state->values.insert(key, *value);
            if (!error.isEmpty())
                state->errors.append(error);
            state->answered(key);
        });
    }
    waitFor(state, timeoutMs);
    QHash<QString, QString> out = state->values;
    if (errors) {
        *errors += state->errors;
        for (const QString &key : std::as_const(state->unanswered))
            errors->append(QStringLiteral("keychain: no answer for %1 within %2 s").arg(key).arg(timeoutMs / 1000.0));
    }
    state->unanswered.clear(); // late answers are ignored from here on
    return out;
}

QStringList SecretStore::writeAll(const QHash<QString, QString> &values, int timeoutMs)
{
    auto state = std::make_shared<Pending>();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        state->unanswered.insert(it.key());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        write(key, it.value(), [state, key](const QString &error) {
            if (!state->unanswered.contains(key))
                return;
            if (!error.isEmpty())
                state->errors.append(QStringLiteral("%1: %2").arg(key, error));
            state->answered(key);
        });
    }
    waitFor(state, timeoutMs);
    QStringList errors = state->errors;
    for (const QString &key : std::as_const(state->unanswered))
        errors.append(QStringLiteral("%1: the keychain did not answer within %2 s").arg(key).arg(timeoutMs / 1000.0));
    state->unanswered.clear();
    return errors;
}

QString KeychainSecretStore::location() const
{
    return QStringLiteral("the system keychain (service \"%1\")").arg(kService);
}

QString MemorySecretStore::location() const
{
    return QStringLiteral("memory only (lost when autocoin closes)");
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
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
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done), value](QKeychain::Job *finished) {
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
