#pragma once

#include "core/Candle.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <QHash>
#include <QList>

namespace autocoin {

/// `markets`: the exchange's KRW listings. Markets are never deleted (history refers to them).
class MarketRepository
{
public:
    explicit MarketRepository(Database &db)
        : m_db(db)
    {}

    struct SyncResult
    {
        QStringList added;
        QStringList deactivated;
        QStringList warningsChanged;
        bool changed() const { return !added.isEmpty() || !deactivated.isEmpty() || !warningsChanged.isEmpty(); }
    };

    /// Makes `markets` match what `exchange` lists now, in one transaction.
    std::optional<SyncResult> sync(Exchange exchange, const QList<MarketRecord> &listed, const QDateTime &now,
                                   StorageError *error);
    QList<MarketRecord> all(Exchange exchange, StorageError *error);

private:
    Database &m_db;
};

/// `trades`: every fill once.
class TradeRepository
{
public:
    explicit TradeRepository(Database &db)
        : m_db(db)
    {}
    /// Inserts in one transaction; a fill already stored (same exchange and trade id) is skipped.
    /// Returns how many rows were new, or -1.
    int insert(const QList<TradeRecord> &trades, StorageError *error);
    QList<TradeRecord> byMarket(const QString &symbol, const QDateTime &from, const QDateTime &to, StorageError *error);
    QList<TradeRecord> latest(int count, StorageError *error);
    /// The fills of `symbol` (empty: every market) on `exchange`, paper or live, executed at or
    /// after `since`, oldest first: what the account's ledger is rebuilt from.
    QList<TradeRecord> ledger(Exchange exchange, const QString &symbol, bool paper, const QDateTime &since,
                              StorageError *error);
    /// The fills already recorded for one order.
    QList<TradeRecord> forOrder(Exchange exchange, const QString &orderId, StorageError *error);

private:
    Database &m_db;
};

/// `order_history`.
class OrderRepository
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}
    /// Records the intent to place an order before it is sent.
    bool insertIntent(const OrderRecord &order, StorageError *error);
    /// Updates the state (and the exchange id when known) and appends to `order_events`.
    bool updateStatus(const QString &clientOrderId, OrderStatus status, const QString &orderId, const QString &detail,
                      const QDateTime &now, StorageError *error);
    std::optional<OrderRecord> byClientId(const QString &clientOrderId, StorageError *error);
    /// Orders not yet in a final state.
    QList<OrderRecord> unfinished(StorageError *error);
    QList<OrderRecord> latest(int count, StorageError *error);
    /// The state histories of these orders in one query, each oldest first: "status at time: detail".
    QHash<QString, QStringList> events(const QStringList &clientOrderIds, StorageError *error);
    /// Exchange order id → the first detail recorded for that order: why it was placed (an exit's
    /// "stop 95000000", "trailing stop …", "kill switch", the signal's reason, …).
    QHash<QString, QString> firstDetails(const QStringList &orderIds, StorageError *error);

private:
    Database &m_db;
};

/// `positions`.
class PositionRepository
{
public:
    explicit PositionRepository(Database &db)
        : m_db(db)
    {}
    /// Inserts a new position or updates the one with the same id.
    qint64 save(const PositionRecord &position, const QDateTime &now, StorageError *error);
    QList<PositionRecord> open(StorageError *error);
    /// The newest `count` positions, open or not, newest first.
    QList<PositionRecord> latest(int count, StorageError *error);
    /// The newest `limit` rows after `afterId` and those among `ids` (the rows a view shows open,
    /// which may have closed since), newest first.
    QList<PositionRecord> newerOrAmong(qint64 afterId, const QList<qint64> &ids, int limit, StorageError *error);
    /// Marks every open paper (or live) position with `status` (e.g. "reset").
    bool closeAll(bool paper, const QString &status, const QDateTime &now, StorageError *error);

private:
    Database &m_db;
};

/// `pnl_daily`.
class PnlRepository
{
public:
    explicit PnlRepository(Database &db)
        : m_db(db)
    {}
    bool upsert(const PnlDay &day, const QDateTime &now, StorageError *error);
    QList<PnlDay> range(const QDate &from, const QDate &to, StorageError *error);

private:
    Database &m_db;
};

/// `configs`.
class ConfigRepository
{
public:
    explicit ConfigRepository(Database &db)
        : m_db(db)
    {}
    std::optional<QString> get(const QString &key, StorageError *error);
    bool set(const QString &key, const QString &value, const QString &description, const QDateTime &now,
             StorageError *error);

private:
    Database &m_db;
};

/// `candles`: the candle cache, so a restart does not fetch all history again.
class CandleRepository
{
public:
    explicit CandleRepository(Database &db)
        : m_db(db)
    {}
    /// Stores (or replaces) candles in one transaction.
    bool upsert(Exchange exchange, const QString &symbol, const QString &timeframe, const QList<Candle> &candles,
                StorageError *error);
    /// The newest `count` cached candles, oldest first.
    QList<Candle> latest(Exchange exchange, const QString &symbol, const QString &timeframe, int count,
                         StorageError *error);
    /// Up to `count` cached candles opened at or after `from`, oldest first (the chart's increments).
    QList<Candle> since(Exchange exchange, const QString &symbol, const QString &timeframe, const QDateTime &from,
                        int count, StorageError *error);

private:
    Database &m_db;
};

/// `strategy_signals`.
class SignalRepository
{
public:
    explicit SignalRepository(Database &db)
        : m_db(db)
    {}
    /// Inserts in one transaction; returns false with `error` and stores none on failure.
    bool insert(const QList<SignalRecord> &signalRecords, StorageError *error);
    QList<SignalRecord> byPeriod(const QString &symbol, const QDateTime &from, const QDateTime &to,
                                 StorageError *error);
    QList<SignalRecord> latest(int count, StorageError *error);
    qint64 count(StorageError *error);

private:
    Database &m_db;
};

} // namespace autocoin
