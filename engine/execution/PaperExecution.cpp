#include "execution/PaperExecution.h"

#include "storage/Repositories.h"

namespace autocoin {

PaperExecution::PaperExecution(Database *database, QString exchange, MarketRules rules, Decimal feeRate,
                               Decimal slippage, Decimal startingKrw, QTimeZone zone)
    : m_database(database)
    , m_exchange(std::move(exchange))
    , m_broker(std::move(rules), feeRate, slippage, startingKrw)
    , m_startingKrw(startingKrw)
    , m_zone(std::move(zone))
{}

std::optional<Decimal> PaperExecution::stopPrice(const QString &market) const
{
    const auto it = m_protection.constFind(market);
    return it == m_protection.constEnd() ? std::nullopt : std::optional(it->stop);
}

AccountView PaperExecution::account(const QString &market, const Decimal &lastPrice) const
{
    const Decimal held = m_broker.position(market) ? m_broker.position(market)->volume * lastPrice : Decimal();
    return {m_broker.krwAvailable() + m_broker.krwLocked() + held, m_broker.krwAvailable(), held};
}

EquityPoint PaperExecution::equity(const QString &market, const Decimal &lastPrice, const QDateTime &now) const
{
    const AccountView a = account(market, lastPrice);
    const auto position = m_broker.position(market);
    const Decimal unrealized = position ? position->volume * lastPrice - position->cost : Decimal();
    return {now, a.equity, a.cash, a.positionsValue, m_broker.realizedPnl(), unrealized};
}

PaperExecution::Outcome PaperExecution::enter(const QString &market, const Decimal &krwAmount, const Decimal &lastPrice,
                                              const Decimal &stop, const QDateTime &now)
{
    OrderRequest request;
    request.market = market;
    request.side = OrderSide::Buy;
    request.type = OrderType::MarketBuy;
    request.price = krwAmount.rounded(0, Decimal::Rounding::Down); // whole won
    request.clientOrderId = OrderRequest::newClientOrderId();
    Outcome outcome = execute(request, lastPrice, QStringLiteral("entry"), now);
    if (outcome.refusal.isEmpty() && outcome.storageError.isEmpty() && m_broker.position(market)) {
        Protection &p = m_protection[market];
        p.entry = m_broker.position(market)->averagePrice();
        p.highest = lastPrice;
        p.stop = stop;
    }
    return outcome;
}

PaperExecution::Outcome PaperExecution::exit(const QString &market, const Decimal &lastPrice, const QString &reason,
                                             const QDateTime &now)
{
    const auto position = m_broker.position(market);
    if (!position) {
        Outcome none;
        none.refusal = QStringLiteral("no position to sell");
        return none;
    }
    OrderRequest request;
    request.market = market;
    request.side = OrderSide::Sell;
    request.type = OrderType::MarketSell;
    request.volume = position->volume; // everything held, never more
    request.clientOrderId = OrderRequest::newClientOrderId();
    Outcome outcome = execute(request, lastPrice, reason, now);
    if (!m_broker.position(market))
        m_protection.remove(market);
    return outcome;
}

PaperExecution::Outcome PaperExecution::onPrice(const QString &market, const Decimal &lastPrice, double atr,
                                                const RiskManager &risk, const QDateTime &now)
{
    auto it = m_protection.find(market);
    if (it == m_protection.end() || !m_broker.position(market))
        return {};
    it->highest = std::max(it->highest, lastPrice);
    if (atr > 0)
        it->stop = risk.trailingStop(market, it->entry, it->highest, atr, it->stop);
    if (lastPrice > it->stop)
        return {};
    const QString reason = it->stop > it->entry ? QStringLiteral("trailing stop %1").arg(it->stop.toString())
                                                : QStringLiteral("stop %1").arg(it->stop.toString());
    return exit(market, lastPrice, reason, now);
}

PaperExecution::Outcome PaperExecution::execute(const OrderRequest &request, const Decimal &lastPrice,
                                                const QString &reason, const QDateTime &now)
{
    Outcome outcome;
    OrderRecord record;
    record.exchange = m_exchange;
    record.clientOrderId = request.clientOrderId;
    record.symbol = request.market;
    record.side = orderSideName(request.side);
    record.orderType = orderTypeName(request.type);
    if (request.type == OrderType::MarketBuy)
        record.price = request.price;
    else
        record.volume = request.volume;
    record.status = QStringLiteral("intent");
    record.paper = true;
    record.createdAt = now;
    StorageError error;
    // The intent is written before the order is "sent", as the live broker must.
    if (m_database && !OrderRepository(*m_database).insertIntent(record, &error)) {
        outcome.storageError = error.describe();
        return outcome;
    }
    const qsizetype fillsBefore = m_broker.fills().size();
    const auto placed = m_broker.place(request, OrderBook{}, lastPrice, now);
    if (!placed.ok()) {
        outcome.refusal = placed.error().describe();
        if (m_database)
            OrderRepository(*m_database)
                .updateStatus(request.clientOrderId, QStringLiteral("failed"), QString(), outcome.refusal, now, &error);
        record.status = QStringLiteral("failed");
        outcome.orders.append(record);
        return outcome;
    }
    const Order &order = placed.value();
    record.orderId = order.id;
    record.status = orderStateName(order.state);
    record.updatedAt = now;
    for (const PaperFill &fill : m_broker.fills().mid(fillsBefore)) {
        if (fill.side == OrderSide::Sell)
            outcome.realizedPnl = outcome.realizedPnl.value_or(Decimal()) + fill.realizedPnl;
        TradeRecord trade;
        trade.exchange = m_exchange;
        trade.tradeId = QStringLiteral("%1-%2").arg(order.id).arg(outcome.trades.size() + 1);
        trade.orderId = order.id;
        trade.symbol = fill.market;
        trade.side = orderSideName(fill.side);
        trade.price = fill.price;
        trade.quantity = fill.volume;
        trade.fee = fill.fee;
        trade.executedAt = now;
        trade.paper = true;
        outcome.trades.append(trade);
    }
    if (m_database) {
        const bool stored = m_database->inTransaction(
            [&] {
                if (!OrderRepository(*m_database)
                         .updateStatus(request.clientOrderId, record.status, order.id, reason, now, &error))
                    return false;
                if (TradeRepository(*m_database).insert(outcome.trades, &error) < 0)
                    return false;
                Protection &p = m_protection[request.market];
                const auto position = m_broker.position(request.market);
                PositionRecord row{p.positionId,
                                   m_exchange,
                                   request.market,
                                   position ? position->volume : Decimal(),
                                   position ? position->averagePrice() : Decimal(),
                                   position ? position->entryTime : now,
                                   position ? QStringLiteral("open") : QStringLiteral("closed")};
                if (position || p.positionId) // a new position, or the closing of a recorded one
                    p.positionId = PositionRepository(*m_database).save(row, now, &error);
                return error.message.isEmpty();
            },
            &error);
        if (!stored) {
            outcome.storageError = error.describe();
            return outcome;
        }
    }
    outcome.orders.append(record);
    return outcome;
}

QString PaperExecution::recordDay(const QString &market, const Decimal &lastPrice, const QDateTime &now)
{
    const EquityPoint point = equity(market, lastPrice, now);
    const QDate today = now.toTimeZone(m_zone).date();
    if (today != m_day) {
        m_day = today;
        m_dayStartEquity = point.total;
        m_dayStartRealized = point.realizedPnl;
    }
    if (!m_database)
        return {};
    PnlDay day;
    day.date = today;
    day.realizedPnl = point.realizedPnl - m_dayStartRealized;
    day.unrealizedPnl = point.unrealizedPnl;
    day.totalEquity = point.total;
    day.returnRate =
        m_dayStartEquity.isPositive() ? (point.total - m_dayStartEquity).divided(m_dayStartEquity, 8) : Decimal();
    StorageError error;
    return PnlRepository(*m_database).upsert(day, now, &error) ? QString() : error.describe();
}

} // namespace autocoin
