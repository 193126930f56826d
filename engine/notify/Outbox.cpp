#include "notify/Outbox.h"

#include "storage/Records.h"
#include "storage/Repositories.h"

#include <QSqlQuery>
#include <QVariant>

namespace autocoin {

namespace {

const QString kOffsetKey = QStringLiteral("notify.telegramOffset");

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage m;
    m.id = query.value(0).toLongLong();
    m.destination = query.value(1).toString();
    m.text = query.value(2).toString();
    m.status = query.value(3).toString();
    m.attempts = query.value(4).toInt();
    m.createdAt = loadTime(query.value(5));
    return m;
}

const QString kColumns = QStringLiteral("id, destination, text, status, attempts, created_at");

} // namespace

bool Outbox::add(const QStringList &destinations, const QString &text, const QDateTime &now, StorageError *error)
{
    return m_db.inTransaction(
        [&] {
            for (const QString &destination : destinations) {
                QSqlQuery query = m_db.prepare(QStringLiteral(
                    "INSERT INTO notify_outbox (destination, text, status, attempts, created_at) VALUES (?, ?, "
                    "'pending', 0, ?)"));
                query.addBindValue(destination);
                query.addBindValue(text);
                query.addBindValue(storedTime(now));
                if (!Database::exec(query, error))
                    return false;
            }
            return true;
        },
        error);
}

std::optional<OutboxMessage> Outbox::head(const QString &destination, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM notify_outbox WHERE status = 'pending' AND "
                                                  "destination = ? ORDER BY id LIMIT 1")
                                       .arg(kColumns));
    query.addBindValue(destination);
    if (!Database::exec(query, error) || !query.next())
        return std::nullopt;
    return readMessage(query);
}

bool Outbox::markSent(qint64 id, const QDateTime &now, StorageError *error)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE notify_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ? WHERE id = ?"));
    query.addBindValue(storedTime(now));
    query.addBindValue(id);
    return Database::exec(query, error);
}

bool Outbox::markDropped(qint64 id, const QString &status, const QString &why, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE notify_outbox SET status = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(why);
    query.addBindValue(id);
    return Database::exec(query, error);
}

bool Outbox::markAttempt(qint64 id, const QString &why, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE notify_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    query.addBindValue(why);
    query.addBindValue(id);
    return Database::exec(query, error);
}

QList<OutboxMessage> Outbox::all(StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM notify_outbox ORDER BY id").arg(kColumns));
    QList<OutboxMessage> out;
    if (!Database::exec(query, error))
        return out;
    while (query.next())
        out.append(readMessage(query));
    return out;
}

int Outbox::pendingCount(StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM notify_outbox WHERE status = 'pending'"));
    if (!Database::exec(query, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<qint64> Outbox::telegramOffset(StorageError *error)
{
    const auto value = ConfigRepository(m_db).get(kOffsetKey, error);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 offset = value->toLongLong(&ok);
    return ok ? std::optional<qint64>(offset) : std::nullopt;
}

bool Outbox::setTelegramOffset(qint64 offset, const QDateTime &now, StorageError *error)
{
    return ConfigRepository(m_db).set(kOffsetKey, QString::number(offset),
                                      QStringLiteral("the next Telegram getUpdates offset (commands handled)"), now,
                                      error);
}

int Outbox::tradesBetween(const QDateTime &from, const QDateTime &to, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM trades WHERE executed_at >= ? AND executed_at < ?"));
    query.addBindValue(storedTime(from));
    query.addBindValue(storedTime(to));
    if (!Database::exec(query, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Decimal Outbox::realizedOn(const QDate &date, StorageError *error)
{
    const QList<PnlDay> days = PnlRepository(m_db).range(date, date, error);
    return days.isEmpty() ? Decimal() : days.constFirst().realizedPnl;
}

} // namespace autocoin
