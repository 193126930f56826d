#pragma once

#include "core/Decimal.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace autocoin {

/// One message to one destination, as `notify_outbox` keeps it.
struct OutboxMessage
{
    qint64 id = 0;
    QString destination; ///< "telegram:<chat id>" or "discord"
    QString text;
    QString status; ///< "pending", "sent", "failed" (refused for good) or "expired" (too old to send)
    int attempts = 0;
    QDateTime createdAt;
};

/// `notify_outbox`: every message is written here before it is sent and marked when the
/// destination accepted it, so a restart neither loses nor repeats it. Also the notifier's few
/// other reads and writes (the Telegram update offset, the daily summary's figures). Used on the
/// notifier's own thread and connection only.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    {}

    /// One row per destination, in one transaction; false with `error` when none was written.
    bool add(const QStringList &destinations, const QString &text, const QDateTime &now, StorageError *error);
    /// The oldest pending message of `destination` (messages go out in order, one at a time).
    std::optional<OutboxMessage> head(const QString &destination, StorageError *error);
    bool markSent(qint64 id, const QDateTime &now, StorageError *error);
    /// `status` "failed" or "expired": never sent; `why` kept for the operator.
    bool markDropped(qint64 id, const QString &status, const QString &why, StorageError *error);
    /// One more attempt failed (retried later).
    bool markAttempt(qint64 id, const QString &why, StorageError *error);
    /// Every message, oldest first (tests, diagnostics).
    QList<OutboxMessage> all(StorageError *error);
    int pendingCount(StorageError *error);

    /// The next getUpdates offset (the last update handled + 1); nullopt before the first.
    std::optional<qint64> telegramOffset(StorageError *error);
    bool setTelegramOffset(qint64 offset, const QDateTime &now, StorageError *error);

    /// Fills executed in [from, to).
    int tradesBetween(const QDateTime &from, const QDateTime &to, StorageError *error);
    /// The realised PnL pnl_daily holds for `date` (zero when no row).
    Decimal realizedOn(const QDate &date, StorageError *error);

private:
    Database &m_db;
};

} // namespace autocoin
