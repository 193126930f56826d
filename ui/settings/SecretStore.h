#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace autocoin {

/// Where API keys live: the operating system's keychain (macOS Keychain, Windows Credential
/// Manager, the Secret Service / KWallet on Linux) — never the settings file, never a log line.
/// Asynchronous like the keychains themselves; `done` is called exactly once.
class SecretStore
{
public:
    using ReadDone = std::function<void(const std::optional<QString> &value, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    virtual ~SecretStore() = default;
    /// The value, nullopt when there is none; `error` when the keychain could not be asked.
    virtual void read(const QString &key, ReadDone done) = 0;
    /// Stores `value`; an empty value removes the entry.
    virtual void write(const QString &key, const QString &value, WriteDone done) = 0;

    /// The entries autocoin keeps ("upbit-access-key", …), in the order of the settings they fill.
    static const QStringList &keys();
    /// Where a stored key is kept, for the user ("the system keychain (service autocoin)").
    virtual QString location() const = 0;

    /// Reads every key, waiting at most `timeoutMs` (a local event loop: only at start-up, before
    /// any window). Missing or unreadable entries are left out; `errors` says why. An answer that
    /// arrives after the timeout is dropped safely (the callbacks share state with, never point
    /// into, this call's frame).
    QHash<QString, QString> readAll(int timeoutMs, QStringList *errors);
    /// Writes (or, for an empty value, removes) every entry of `values`, waiting at most
    /// `timeoutMs`. Returns one message per entry that was not stored (an entry not answered in
    /// time counts as not stored); empty when all were.
    QStringList writeAll(const QHash<QString, QString> &values, int timeoutMs);
};

/// The platform keychain through QtKeychain, service "autocoin".
class KeychainSecretStore final : public SecretStore
{
public:
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    QString location() const override;
};

/// In memory: for tests, and for a machine without a keychain (keys then come from the
/// environment only).
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    QString location() const override;
    QHash<QString, QString> entries;
};

} // namespace autocoin
