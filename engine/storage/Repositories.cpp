#include "storage/Repositories.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <type_traits>

namespace autocoin {

namespace {

/// A typed NULL where an optional amount is absent (PostgreSQL wants a type for NULL).
QVariant money(const std::optional<Decimal> &value)
{
    return value ? QVariant(value->toString()) : QVariant(QMetaType(QMetaType::QString));
}

QVariant real(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

std::optional<Decimal> optionalMoney(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(loadMoney(value));
}

/// A typed column read back through its one parser. Text the parser does not know is noted in
/// `*unreadable` (the first such value), which `collect` turns into a storage error: a row is never
/// silently given a default it was not stored with.
template<typename Parse>
auto stored(const QVariant &value, Parse parse, const char *column, QString *unreadable)
    -> std::remove_reference_t<decltype(*parse(QStringView()))>
{
    const QString text = value.toString();
    if (const auto parsed = parse(text))
        return *parsed;
    if (unreadable->isEmpty())
        *unreadable = QStringLiteral("%1 holds an unknown value \"%2\"").arg(QLatin1StringView(column), text);
    return {};
}

TradeRecord tradeFrom(const QSqlQuery &q, QString *unreadable)
{
    TradeRecord t;
    t.id = q.value(0).toLongLong();
    t.exchange = stored(q.value(1), parseExchange, "trades.exchange", unreadable);
    t.tradeId = q.value(2).toString();
    t.orderId = q.value(3).toString();
    t.symbol = q.value(4).toString();
    t.side = stored(q.value(5), parseOrderSide, "trades.side", unreadable);
    t.price = loadMoney(q.value(6));
    t.quantity = loadMoney(q.value(7));
    t.fee = loadMoney(q.value(8));
    t.executedAt = loadTime(q.value(9));
    t.paper = q.value(10).toInt() != 0;
    return t;
}

const QString kTradeColumns =
    QStringLiteral("id, exchange, trade_id, order_id, symbol, side, price, quantity, fee, executed_at, paper");

OrderRecord orderFrom(const QSqlQuery &q, QString *unreadable)
{
    OrderRecord o;
    o.id = q.value(0).toLongLong();
    o.exchange = stored(q.value(1), parseExchange, "order_history.exchange", unreadable);
    o.clientOrderId = q.value(2).toString();
    o.orderId = q.value(3).toString();
    o.symbol = q.value(4).toString();
    o.side = stored(q.value(5), parseOrderSide, "order_history.side", unreadable);
    o.orderType = stored(q.value(6), parseOrderType, "order_history.order_type", unreadable);
    o.price = optionalMoney(q.value(7));
    o.volume = optionalMoney(q.value(8));
    o.status = stored(q.value(9), parseOrderStatus, "order_history.status", unreadable);
    o.paper = q.value(10).toInt() != 0;
    o.createdAt = loadTime(q.value(11));
    o.updatedAt = loadTime(q.value(12));
    return o;
}

const QString kOrderColumns =
    QStringLiteral("id, exchange, client_order_id, order_id, symbol, side, order_type, price, "
                   "volume, status, paper, created_at, updated_at");

SignalRecord signalFrom(const QSqlQuery &q, QString *unreadable)
{
    SignalRecord s;
    s.id = q.value(0).toLongLong();
    s.symbol = q.value(1).toString();
    s.timeframe = q.value(2).toString();
    s.signalType = stored(q.value(3), parseSignalType, "strategy_signals.signal_type", unreadable);
    s.price = loadMoney(q.value(4));
    s.strength = q.value(5).toDouble();
    s.emaFast = optionalReal(q.value(6));
    s.emaSlow = optionalReal(q.value(7));
    s.rsi = optionalReal(q.value(8));
    s.atr = optionalReal(q.value(9));
    s.riskAmount = optionalMoney(q.value(10));
    s.reason = q.value(11).toString();
    s.candleTime = loadTime(q.value(12));
    s.createdAt = loadTime(q.value(13));
    // NULL on rows from before version 5: their text is all there is.
    if (const QString code = q.value(14).toString(); !code.isEmpty())
        s.cause = Reason::load(code, q.value(15).toString());
    return s;
}

const QString kSignalColumns =
    QStringLiteral("id, symbol, timeframe, signal_type, price, strength, ema_fast, ema_slow, "
                   "rsi, atr, risk_amount, reason, candle_time, created_at, reason_code, reason_data");

/// Inserts `count` rows into `table` through one prepared statement, binding row `i` with
/// `bind`; adds the rows the database reports inserted to `*affected` when given. Runs inside the
/// caller's transaction. (Multi-row VALUES lists were measured and bought nothing: Qt's
/// positional binding grows with the placeholder count; see the storage benchmark notes.)
bool insertRows(Database &db, const QString &table, const QStringList &columns, int count, const QString &suffix,
                const std::function<void(QSqlQuery &, int)> &bind, int *affected, StorageError *error)
{
    QSqlQuery query = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) %4")
                                     .arg(table, columns.join(QStringLiteral(", ")),
                                          QStringList(columns.size(), QStringLiteral("?")).join(u','), suffix));
    for (int i = 0; i < count; ++i) {
        bind(query, i);
        if (!Database::exec(query, error))
            return false;
        if (affected)
            *affected += std::max(0, query.numRowsAffected());
    }
    return true;
}

/// Runs `query` (already bound) and collects rows through `read`. A reader that parses typed
/// columns takes a `QString *unreadable`; a value it could not read fails the whole query with a
/// storage error naming the column and the value (and no rows).
template<typename T, typename Read> QList<T> collect(QSqlQuery &query, Read read, StorageError *error)
{
    QList<T> rows;
    if (!Database::exec(query, error))
        return rows;
    QString unreadable;
    while (query.next()) {
        if constexpr (std::is_invocable_v<Read, const QSqlQuery &, QString *>) {
            rows.append(read(query, &unreadable));
            if (!unreadable.isEmpty()) {
                if (error)
                    *error = {StorageError::Kind::Query, unreadable, {}};
                return {};
            }
        } else {
            rows.append(read(query));
        }
    }
    return rows;
}

} // namespace

std::optional<MarketRepository::SyncResult> MarketRepository::sync(Exchange exchange, const QList<MarketRecord> &listed,
                                                                   const QDateTime &now, StorageError *error)
{
    const QList<MarketRecord> known = all(exchange, error);
    QHash<QString, MarketRecord> bySymbol;
    for (const MarketRecord &m : known)
        bySymbol.insert(m.symbol, m);
    SyncResult result;
    const bool ok = m_db.inTransaction(
        [&] {
            QSqlQuery insert = m_db.prepare(QStringLiteral(
                "INSERT INTO markets (exchange, symbol, korean_name, english_name, warning_level, is_active, "
                "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (exchange, symbol) DO UPDATE SET korean_name = "
                "excluded.korean_name, english_name = excluded.english_name, warning_level = excluded.warning_level, "
                "is_active = 1, updated_at = excluded.updated_at"));
            QSet<QString> listedSymbols;
            for (const MarketRecord &m : listed) {
                listedSymbols.insert(m.symbol);
                const auto it = bySymbol.constFind(m.symbol);
                const bool isNew = it == bySymbol.constEnd() || !it->active;
                const bool warningChanged = !isNew && it->warningLevel != m.warningLevel;
                const bool namesChanged =
                    !isNew && (it->koreanName != m.koreanName || it->englishName != m.englishName);
                if (!isNew && !warningChanged && !namesChanged)
                    continue;
                if (isNew)
                    result.added.append(m.symbol);
                if (warningChanged)
                    result.warningsChanged.append(m.symbol);
                insert.addBindValue(exchangeName(exchange));
                insert.addBindValue(m.symbol);
                insert.addBindValue(m.koreanName);
                insert.addBindValue(m.englishName);
                insert.addBindValue(m.warningLevel);
                insert.addBindValue(storedTime(now));
                if (!Database::exec(insert, error))
                    return false;
            }
            QSqlQuery deactivate = m_db.prepare(
                QStringLiteral("UPDATE markets SET is_active = 0, updated_at = ? WHERE exchange = ? AND symbol = ?"));
            for (const MarketRecord &m : known) {
                if (!m.active || listedSymbols.contains(m.symbol))
                    continue;
                deactivate.addBindValue(storedTime(now));
                deactivate.addBindValue(exchangeName(exchange));
                deactivate.addBindValue(m.symbol);
                if (!Database::exec(deactivate, error))
                    return false;
                result.deactivated.append(m.symbol);
            }
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return result;
}

QList<MarketRecord> MarketRepository::all(Exchange exchange, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT exchange, symbol, korean_name, english_name, warning_level, "
                                                  "is_active FROM markets WHERE exchange = ? ORDER BY symbol"));
    query.addBindValue(exchangeName(exchange));
    return collect<MarketRecord>(
        query,
        [](const QSqlQuery &q, QString *unreadable) {
            return MarketRecord{stored(q.value(0), parseExchange, "markets.exchange", unreadable),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                q.value(5).toInt() != 0};
        },
        error);
}

int TradeRepository::insert(const QList<TradeRecord> &trades, StorageError *error)
{
    int inserted = 0;
    const bool ok = m_db.inTransaction(
        [&] {
            static const QStringList columns = {QStringLiteral("exchange"),    QStringLiteral("trade_id"),
                                                QStringLiteral("order_id"),    QStringLiteral("symbol"),
                                                QStringLiteral("side"),        QStringLiteral("price"),
                                                QStringLiteral("quantity"),    QStringLiteral("fee"),
                                                QStringLiteral("executed_at"), QStringLiteral("paper")};
            return insertRows(
                m_db, QStringLiteral("trades"), columns, static_cast<int>(trades.size()),
                QStringLiteral("ON CONFLICT (exchange, trade_id) DO NOTHING"),
                [&trades](QSqlQuery &query, int i) {
                    const TradeRecord &t = trades[i];
                    query.addBindValue(exchangeName(t.exchange));
                    query.addBindValue(t.tradeId);
                    query.addBindValue(t.orderId);
                    query.addBindValue(t.symbol);
                    query.addBindValue(orderSideName(t.side));
                    query.addBindValue(t.price.toString());
                    query.addBindValue(t.quantity.toString());
                    query.addBindValue(t.fee.toString());
                    query.addBindValue(storedTime(t.executedAt));
                    query.addBindValue(t.paper ? 1 : 0);
                },
                &inserted, error);
        },
        error);
    return ok ? inserted : -1;
}

QList<TradeRecord> TradeRepository::ledger(Exchange exchange, const QString &symbol, bool paper, const QDateTime &since,
                                           StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM trades WHERE exchange = ? AND (? = '' OR symbol = ?) AND "
                                    "paper = ? AND executed_at >= ? ORDER BY id")
                         .arg(kTradeColumns));
    const QString market = symbol.isEmpty() ? QStringLiteral("") : symbol; // never NULL: '' means every market
    query.addBindValue(exchangeName(exchange));
    query.addBindValue(market);
    query.addBindValue(market);
    query.addBindValue(paper ? 1 : 0);
    query.addBindValue(storedTime(since));
    return collect<TradeRecord>(query, tradeFrom, error);
}

QList<TradeRecord> TradeRepository::forOrder(Exchange exchange, const QString &orderId, StorageError *error)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM trades WHERE exchange = ? AND order_id = ? ORDER BY id").arg(kTradeColumns));
    query.addBindValue(exchangeName(exchange));
    query.addBindValue(orderId);
    return collect<TradeRecord>(query, tradeFrom, error);
}

QList<TradeRecord> TradeRepository::byMarket(const QString &symbol, const QDateTime &from, const QDateTime &to,
                                             StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM trades WHERE symbol = ? AND executed_at >= ? AND "
                                                  "executed_at < ? ORDER BY executed_at, id")
                                       .arg(kTradeColumns));
    query.addBindValue(symbol);
    query.addBindValue(storedTime(from));
    query.addBindValue(storedTime(to));
    return collect<TradeRecord>(query, tradeFrom, error);
}

QList<TradeRecord> TradeRepository::latest(int count, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM trades ORDER BY id DESC LIMIT ?").arg(kTradeColumns));
    query.addBindValue(count);
    return collect<TradeRecord>(query, tradeFrom, error);
}

bool OrderRepository::insertIntent(const OrderRecord &order, StorageError *error)
{
    return m_db.inTransaction(
        [&] {
            QSqlQuery query = m_db.prepare(QStringLiteral(
                "INSERT INTO order_history (exchange, client_order_id, order_id, symbol, side, order_type, price, "
                "volume, status, paper, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(exchangeName(order.exchange));
            query.addBindValue(order.clientOrderId);
            query.addBindValue(order.orderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(order.orderId));
            query.addBindValue(order.symbol);
            query.addBindValue(orderSideName(order.side));
            query.addBindValue(orderTypeName(order.orderType));
            query.addBindValue(money(order.price));
            query.addBindValue(money(order.volume));
            query.addBindValue(orderStatusName(order.status));
            query.addBindValue(order.paper ? 1 : 0);
            query.addBindValue(storedTime(order.createdAt));
            query.addBindValue(storedTime(order.createdAt));
            if (!Database::exec(query, error))
                return false;
            QSqlQuery event = m_db.prepare(
                QStringLiteral("INSERT INTO order_events (client_order_id, status, detail, at) VALUES (?, ?, ?, ?)"));
            event.addBindValue(order.clientOrderId);
            event.addBindValue(orderStatusName(order.status));
            event.addBindValue(QStringLiteral("recorded before sending"));
            event.addBindValue(storedTime(order.createdAt));
            return Database::exec(event, error);
        },
        error);
}

bool OrderRepository::updateStatus(const QString &clientOrderId, OrderStatus status, const QString &orderId,
                                   const QString &detail, const QDateTime &now, StorageError *error)
{
    return m_db.inTransaction(
        [&] {
            QSqlQuery query =
                m_db.prepare(QStringLiteral("UPDATE order_history SET status = ?, order_id = "
                                            "COALESCE(?, order_id), updated_at = ? WHERE client_order_id = ?"));
            query.addBindValue(orderStatusName(status));
            query.addBindValue(orderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orderId));
            query.addBindValue(storedTime(now));
            query.addBindValue(clientOrderId);
            if (!Database::exec(query, error))
                return false;
            if (query.numRowsAffected() != 1) {
                error->kind = StorageError::Kind::Query;
                error->message = QStringLiteral("no order with client order id %1").arg(clientOrderId);
                return false;
            }
            QSqlQuery event = m_db.prepare(
                QStringLiteral("INSERT INTO order_events (client_order_id, status, detail, at) VALUES (?, ?, ?, ?)"));
            event.addBindValue(clientOrderId);
            event.addBindValue(orderStatusName(status));
            event.addBindValue(detail);
            event.addBindValue(storedTime(now));
            return Database::exec(event, error);
        },
        error);
}

std::optional<OrderRecord> OrderRepository::byClientId(const QString &clientOrderId, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM order_history WHERE client_order_id = ?").arg(kOrderColumns));
    query.addBindValue(clientOrderId);
    const QList<OrderRecord> rows = collect<OrderRecord>(query, orderFrom, error);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<OrderRecord> OrderRepository::unfinished(StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM order_history WHERE status NOT IN ('done', 'cancel', "
                                                  "'failed', 'rejected') ORDER BY id")
                                       .arg(kOrderColumns));
    return collect<OrderRecord>(query, orderFrom, error);
}

QList<OrderRecord> OrderRepository::latest(int count, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM order_history ORDER BY id DESC LIMIT ?").arg(kOrderColumns));
    query.addBindValue(count);
    return collect<OrderRecord>(query, orderFrom, error);
}

QHash<QString, QStringList> OrderRepository::events(const QStringList &clientOrderIds, StorageError *error)
{
    QHash<QString, QStringList> out;
    if (clientOrderIds.isEmpty())
        return out;
    QStringList placeholders(clientOrderIds.size(), QStringLiteral("?"));
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT client_order_id, status, at, detail FROM order_events WHERE "
                                                  "client_order_id IN (%1) ORDER BY id")
                                       .arg(placeholders.join(u',')));
    for (const QString &id : clientOrderIds)
        query.addBindValue(id);
    if (!Database::exec(query, error))
        return out;
    while (query.next()) {
        const QString detail = query.value(3).toString();
        out[query.value(0).toString()].append(QStringLiteral("%1 at %2%3")
                                                  .arg(query.value(1).toString(), query.value(2).toString(),
                                                       detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    }
    return out;
}

QHash<QString, QString> OrderRepository::firstDetails(const QStringList &orderIds, StorageError *error)
{
    QHash<QString, QString> out;
    constexpr qsizetype kChunk = 500; // well under every database's limit of bound values
    // The intent's own detail ("recorded before sending") is skipped: the first update says why.
    for (qsizetype from = 0; from < orderIds.size(); from += kChunk) {
        const QStringList ids = orderIds.mid(from, kChunk);
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT h.order_id, e.detail FROM order_history h JOIN order_events e ON "
                           "e.client_order_id = h.client_order_id WHERE h.order_id IN (%1) AND e.status <> 'intent' "
                           "AND e.detail IS NOT NULL AND e.detail <> '' ORDER BY e.id")
                .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
        for (const QString &id : ids)
            query.addBindValue(id);
        if (!Database::exec(query, error))
            return {};
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (!out.contains(id))
                out.insert(id, query.value(1).toString());
        }
    }
    return out;
}

qint64 PositionRepository::save(const PositionRecord &p, const QDateTime &now, StorageError *error)
{
    QSqlQuery query =
        p.id == 0
            ? m_db.prepare(
                  QStringLiteral("INSERT INTO positions (exchange, symbol, quantity, avg_price, entry_time, status, "
                                 "updated_at, paper, stop_price, highest_price) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"))
            : m_db.prepare(QStringLiteral("UPDATE positions SET exchange = ?, symbol = ?, quantity = ?, avg_price = ?, "
                                          "entry_time = ?, status = ?, updated_at = ?, paper = ?, stop_price = ?, "
                                          "highest_price = ? WHERE id = ? RETURNING id"));
    query.addBindValue(exchangeName(p.exchange));
    query.addBindValue(p.symbol);
    query.addBindValue(p.quantity.toString());
    query.addBindValue(p.avgPrice.toString());
    query.addBindValue(storedTime(p.entryTime));
    query.addBindValue(p.status);
    query.addBindValue(storedTime(now));
    query.addBindValue(p.paper ? 1 : 0);
    query.addBindValue(money(p.stopPrice));
    query.addBindValue(money(p.highestPrice));
    if (p.id != 0)
        query.addBindValue(p.id);
    if (!Database::exec(query, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

namespace {

const QString kPositionColumns =
    QStringLiteral("id, exchange, symbol, quantity, avg_price, entry_time, status, paper, stop_price, highest_price");

PositionRecord positionFrom(const QSqlQuery &q, QString *unreadable)
{
    PositionRecord p;
    p.id = q.value(0).toLongLong();
    p.exchange = stored(q.value(1), parseExchange, "positions.exchange", unreadable);
    p.symbol = q.value(2).toString();
    p.quantity = loadMoney(q.value(3));
    p.avgPrice = loadMoney(q.value(4));
    p.entryTime = loadTime(q.value(5));
    p.status = q.value(6).toString();
    p.paper = q.value(7).toInt() != 0;
    if (!q.value(8).isNull())
        p.stopPrice = loadMoney(q.value(8));
    if (!q.value(9).isNull())
        p.highestPrice = loadMoney(q.value(9));
    return p;
}

} // namespace

QList<PositionRecord> PositionRepository::open(StorageError *error)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM positions WHERE status = 'open' ORDER BY id").arg(kPositionColumns));
    return collect<PositionRecord>(query, positionFrom, error);
}

QList<PositionRecord> PositionRepository::latest(int count, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM positions ORDER BY id DESC LIMIT ?").arg(kPositionColumns));
    query.addBindValue(count);
    return collect<PositionRecord>(query, positionFrom, error);
}

QList<PositionRecord> PositionRepository::newerOrAmong(qint64 afterId, const QList<qint64> &ids, int limit,
                                                       StorageError *error)
{
    // The newest `limit` rows after `afterId` (a view keeps no more), then those among `ids` not
    // read already: apart, so the limit can never drop one of `ids`.
    QSqlQuery newer = m_db.prepare(
        QStringLiteral("SELECT %1 FROM positions WHERE id > ? ORDER BY id DESC LIMIT ?").arg(kPositionColumns));
    newer.addBindValue(afterId);
    newer.addBindValue(limit);
    QList<PositionRecord> rows = collect<PositionRecord>(newer, positionFrom, error);
    QList<qint64> rest;
    for (const qint64 id : ids) {
        if (std::none_of(rows.cbegin(), rows.cend(), [id](const PositionRecord &p) { return p.id == id; }))
            rest.append(id);
    }
    if (rest.isEmpty() || (error && !error->message.isEmpty()))
        return rows;
    QStringList marks;
    for (qsizetype i = 0; i < rest.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery among = m_db.prepare(QStringLiteral("SELECT %1 FROM positions WHERE id IN (%2) ORDER BY id DESC")
                                       .arg(kPositionColumns, marks.join(u',')));
    for (const qint64 id : rest)
        among.addBindValue(id);
    rows += collect<PositionRecord>(among, positionFrom, error);
    std::sort(rows.begin(), rows.end(), [](const PositionRecord &a, const PositionRecord &b) { return a.id > b.id; });
    return rows;
}

bool PositionRepository::closeAll(bool paper, const QString &status, const QDateTime &now, StorageError *error)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE positions SET status = ?, updated_at = ? WHERE status = 'open' AND paper = ?"));
    query.addBindValue(status);
    query.addBindValue(storedTime(now));
    query.addBindValue(paper ? 1 : 0);
    return Database::exec(query, error);
}

bool PnlRepository::upsert(const PnlDay &day, const QDateTime &now, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO pnl_daily (date, realized_pnl, unrealized_pnl, total_equity, return_rate, updated_at) VALUES (?, "
        "?, ?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET realized_pnl = excluded.realized_pnl, unrealized_pnl = "
        "excluded.unrealized_pnl, total_equity = excluded.total_equity, return_rate = excluded.return_rate, "
        "updated_at = excluded.updated_at"));
    query.addBindValue(day.date.toString(Qt::ISODate));
    query.addBindValue(day.realizedPnl.toString());
    query.addBindValue(day.unrealizedPnl.toString());
    query.addBindValue(day.totalEquity.toString());
    query.addBindValue(day.returnRate.toString());
    query.addBindValue(storedTime(now));
    return Database::exec(query, error);
}

QList<PnlDay> PnlRepository::range(const QDate &from, const QDate &to, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT date, realized_pnl, unrealized_pnl, total_equity, "
                                    "return_rate FROM pnl_daily WHERE date >= ? AND date <= ? ORDER BY date"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    return collect<PnlDay>(
        query,
        [](const QSqlQuery &q) {
            return PnlDay{QDate::fromString(q.value(0).toString(), Qt::ISODate), loadMoney(q.value(1)),
                          loadMoney(q.value(2)), loadMoney(q.value(3)), loadMoney(q.value(4))};
        },
        error);
}

std::optional<QString> ConfigRepository::get(const QString &key, StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM configs WHERE key = ?"));
    query.addBindValue(key);
    if (!Database::exec(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool ConfigRepository::set(const QString &key, const QString &value, const QString &description, const QDateTime &now,
                           StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO configs (key, value, description, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value, description = excluded.description, updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.addBindValue(description);
    query.addBindValue(storedTime(now));
    return Database::exec(query, error);
}

bool CandleRepository::upsert(Exchange exchange, const QString &symbol, const QString &timeframe,
                              const QList<Candle> &candles, StorageError *error)
{
    static const QStringList columns = {
        QStringLiteral("exchange"),  QStringLiteral("symbol"), QStringLiteral("timeframe"),
        QStringLiteral("open_time"), QStringLiteral("open"),   QStringLiteral("high"),
        QStringLiteral("low"),       QStringLiteral("close"),  QStringLiteral("volume")};
    const auto bind = [&](QSqlQuery &query, int i) {
        const Candle &c = candles[i];
        query.addBindValue(exchangeName(exchange));
        query.addBindValue(symbol);
        query.addBindValue(timeframe);
        query.addBindValue(storedTime(c.openTime));
        query.addBindValue(c.open.toString());
        query.addBindValue(c.high.toString());
        query.addBindValue(c.low.toString());
        query.addBindValue(c.close.toString());
        query.addBindValue(c.volume.toString());
    };
    return m_db.inTransaction(
        [&] {
            return insertRows(
                m_db, QStringLiteral("candles"), columns, static_cast<int>(candles.size()),
                QStringLiteral("ON CONFLICT (exchange, symbol, timeframe, open_time) DO UPDATE SET open = "
                               "excluded.open, high = excluded.high, low = excluded.low, close = "
                               "excluded.close, volume = excluded.volume"),
                bind, nullptr, error);
        },
        error);
}

namespace {

Candle candleFrom(const QSqlQuery &q)
{
    Candle c;
    c.openTime = loadTime(q.value(0));
    c.open = loadMoney(q.value(1));
    c.high = loadMoney(q.value(2));
    c.low = loadMoney(q.value(3));
    c.close = loadMoney(q.value(4));
    c.volume = loadMoney(q.value(5));
    return c;
}

} // namespace

QList<Candle> CandleRepository::latest(Exchange exchange, const QString &symbol, const QString &timeframe, int count,
                                       StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT open_time, open, high, low, close, volume FROM candles WHERE "
                                    "exchange = ? AND symbol = ? AND timeframe = ? ORDER BY open_time DESC "
                                    "LIMIT ?"));
    query.addBindValue(exchangeName(exchange));
    query.addBindValue(symbol);
    query.addBindValue(timeframe);
    query.addBindValue(count);
    QList<Candle> rows = collect<Candle>(query, candleFrom, error);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<Candle> CandleRepository::since(Exchange exchange, const QString &symbol, const QString &timeframe,
                                      const QDateTime &from, int count, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT open_time, open, high, low, close, volume FROM candles WHERE "
                                    "exchange = ? AND symbol = ? AND timeframe = ? AND open_time >= ? ORDER BY "
                                    "open_time LIMIT ?"));
    query.addBindValue(exchangeName(exchange));
    query.addBindValue(symbol);
    query.addBindValue(timeframe);
    query.addBindValue(storedTime(from));
    query.addBindValue(count);
    return collect<Candle>(query, candleFrom, error);
}

bool SignalRepository::insert(const QList<SignalRecord> &signalRecords, StorageError *error)
{
    static const QStringList columns = {
        QStringLiteral("symbol"),      QStringLiteral("timeframe"),   QStringLiteral("signal_type"),
        QStringLiteral("price"),       QStringLiteral("strength"),    QStringLiteral("ema_fast"),
        QStringLiteral("ema_slow"),    QStringLiteral("rsi"),         QStringLiteral("atr"),
        QStringLiteral("risk_amount"), QStringLiteral("reason"),      QStringLiteral("candle_time"),
        QStringLiteral("created_at"),  QStringLiteral("reason_code"), QStringLiteral("reason_data")};
    const auto bind = [&signalRecords](QSqlQuery &query, int i) {
        const SignalRecord &s = signalRecords[i];
        query.addBindValue(s.symbol);
        query.addBindValue(s.timeframe);
        query.addBindValue(signalTypeName(s.signalType));
        query.addBindValue(s.price.toString());
        query.addBindValue(s.strength);
        query.addBindValue(real(s.emaFast));
        query.addBindValue(real(s.emaSlow));
        query.addBindValue(real(s.rsi));
        query.addBindValue(real(s.atr));
        query.addBindValue(money(s.riskAmount));
        query.addBindValue(s.reason);
        query.addBindValue(storedTime(s.candleTime));
        query.addBindValue(storedTime(s.createdAt));
        const QVariant none{QMetaType(QMetaType::QString)}; // a typed NULL: PostgreSQL needs the type
        query.addBindValue(s.cause.isEmpty() ? none : QVariant(Reason::codeName(s.cause.code())));
        query.addBindValue(s.cause.isEmpty() ? none : QVariant(s.cause.dataJson()));
    };
    return m_db.inTransaction(
        [&] {
            return insertRows(m_db, QStringLiteral("strategy_signals"), columns, static_cast<int>(signalRecords.size()),
                              QString(), bind, nullptr, error);
        },
        error);
}

QList<SignalRecord> SignalRepository::byPeriod(const QString &symbol, const QDateTime &from, const QDateTime &to,
                                               StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM strategy_signals WHERE symbol = ? AND created_at >= ? "
                                    "AND created_at < ? ORDER BY created_at, id")
                         .arg(kSignalColumns));
    query.addBindValue(symbol);
    query.addBindValue(storedTime(from));
    query.addBindValue(storedTime(to));
    return collect<SignalRecord>(query, signalFrom, error);
}

QList<SignalRecord> SignalRepository::latest(int count, StorageError *error)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM strategy_signals ORDER BY id DESC LIMIT ?").arg(kSignalColumns));
    query.addBindValue(count);
    return collect<SignalRecord>(query, signalFrom, error);
}

qint64 SignalRepository::count(StorageError *error)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM strategy_signals"));
    if (!Database::exec(query, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace autocoin
