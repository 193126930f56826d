#include "execution/Execution.h"

#include "ExchangeClient.h"
#include "storage/Repositories.h"

#include <algorithm>

namespace autocoin {

namespace {

const QString kPaperAccountKey = QStringLiteral("paper.account");

/// The answer of an operation that did nothing, built once: a backtest asks the stop on every
/// candle a position is held, and building and freeing an outcome cost more than the check.
const Execution::Outcome &nothingDone()
{
    static const Execution::Outcome none;
    return none;
}

} // namespace

void Execution::Outcome::merge(const Outcome &other)
{
    orders += other.orders;
    trades += other.trades;
    notices += other.notices;
    if (refusal.isEmpty())
        refusal = other.refusal;
    if (storageError.isEmpty())
        storageError = other.storageError;
    if (!error)
        error = other.error;
    if (other.realizedPnl)
        realizedPnl = realizedPnl.value_or(Decimal()) + *other.realizedPnl;
    for (auto it = other.closedTrades.cbegin(); it != other.closedTrades.cend(); ++it)
        closedTrades[it.key()] += it.value();
}

Execution::Execution(Database *database, ExchangeClient *client, Settings settings, bool paper)
    : m_database(database)
    , m_client(client)
    , m_settings(std::move(settings))
    , m_paper(paper)
    , m_ledger(client ? client->rules() : MarketRules::forExchange(m_settings.exchange), m_settings.feeRate,
               m_settings.slippage, m_settings.startingKrw)
{
    setUpLedger();
}

void Execution::setUpLedger()
{
    // A backtest's: no second copy of each fill, and ids that are the same in every run of it
    // (its trades file lists them); they are never stored, so never meet another run's.
    m_ledger.setKeepsLog(!unobserved());
    if (unobserved())
        m_ledger.setIdPrefix(QStringLiteral("backtest-"));
}

Execution::~Execution()
{
    *m_alive = false;
}

std::optional<Decimal> Execution::stopPrice(const QString &market) const
{
    const Protection *p = findProtection(market);
    return p && p->active && hasPosition(market) ? std::optional(p->stop) : std::nullopt;
}

Execution::Protection *Execution::findProtection(const QString &market)
{
    for (auto &[name, protection] : m_protection) {
        if (PaperBroker::sameMarket(name, market))
            return &protection;
    }
    return nullptr;
}

const Execution::Protection *Execution::findProtection(const QString &market) const
{
    for (const auto &[name, protection] : m_protection) {
        if (PaperBroker::sameMarket(name, market))
            return &protection;
    }
    return nullptr;
}

Execution::Protection &Execution::protectionOf(const QString &market)
{
    if (Protection *p = findProtection(market))
        return *p;
    return m_protection.emplace_back(market, Protection()).second;
}

void Execution::removeProtection(const QString &market)
{
    const auto it = std::find_if(m_protection.begin(), m_protection.end(),
                                 [&market](const auto &entry) { return PaperBroker::sameMarket(entry.first, market); });
    if (it != m_protection.end())
        m_protection.erase(it);
}

QStringList Execution::heldMarkets() const
{
    return m_ledger.heldMarkets();
}

QStringList Execution::engagedMarkets() const
{
    QStringList markets = heldMarkets();
    const QList<OrderRecord> open = unresolved(); // const: a temporary list would detach to be walked
    for (const OrderRecord &order : open) {
        if (!markets.contains(order.symbol))
            markets.append(order.symbol);
    }
    return markets;
}

AccountView Execution::booked(const Prices &prices) const
{
    Decimal held;
    const auto &positions = m_ledger.positions();
    // By the sorted list of held markets, not by walking the hash (a walk scans its buckets:
    // thousands of instructions on every step of a backtest while a position is held); the sum
    // is exact, so its order does not matter. The average (a division) only for a market without
    // a price.
    for (const QString &market : m_ledger.heldMarkets()) {
        const auto position = positions.constFind(market);
        if (position == positions.cend())
            continue; // never: the list has the hash's keys
        const auto price = prices.constFind(market);
        const Decimal value = position->volume * (price != prices.cend() ? *price : position->averagePrice());
        held = held.isZero() ? value : held + value; // exact and normalised: adding to zero changes nothing
    }
    // Sums are exact and normalised, so a zero term changes nothing: it is left out (nothing is
    // locked in a paper account, nothing held on most steps).
    const Decimal cash = m_ledger.krwAvailable();
    Decimal equity = m_ledger.krwLocked().isZero() ? cash : cash + m_ledger.krwLocked();
    if (!held.isZero())
        equity += held;
    return {equity, cash, held};
}

AccountView Execution::account(const Prices &prices) const
{
    AccountView view = booked(prices);
    const QList<OrderRecord> open = unresolved(); // const: a temporary list would detach to be walked
    if (open.isEmpty() && !view.cash.isNegative())
        return view; // nothing pending (a paper account, always): the view as booked
    Decimal pending;
    for (const OrderRecord &order : open) {
        if (order.side != OrderSide::Buy)
            continue;
        const Decimal price = order.price.value_or(Decimal());
        pending += order.volume ? price * *order.volume : price; // a market buy's price is its KRW
    }
    pending = std::min(pending, view.cash);
    view.cash -= pending;
    view.positionsValue += pending;
    return view;
}

EquityPoint Execution::equity(const Prices &prices, const QDateTime &now) const
{
    const AccountView a = booked(prices);
    EquityPoint point{now, a.equity, a.cash, a.positionsValue, m_ledger.realizedPnl(), Decimal(), {}};
    for (const QString &market : heldMarkets()) {
        const PaperPosition position = *m_ledger.position(market);
        PositionValue row;
        row.market = market;
        row.quantity = position.volume;
        row.averagePrice = position.averagePrice();
        row.value = position.volume * prices.value(market, row.averagePrice);
        row.unrealizedPnl = row.value - position.cost;
        point.unrealizedPnl += row.unrealizedPnl;
        point.positions.append(row);
    }
    return point;
}

void Execution::enter(const QString &market, const Decimal &krwAmount, const Decimal &lastPrice, const Decimal &stop,
                      const QDateTime &now, Done done)
{
    if (const QList<OrderRecord> open = unresolved(market); !open.isEmpty()) {
        Outcome none;
        none.refusal = QStringLiteral("no new entry in %1 while order %2 (%3) is unresolved: it may have filled")
                           .arg(market, open.constFirst().clientOrderId, orderStatusName(open.constFirst().status));
        done(none);
        return;
    }
    OrderRequest request;
    request.market = market;
    request.side = OrderSide::Buy;
    request.type = OrderType::MarketBuy;
    // Live orders are capped per order; the paper account trades what the strategy sized.
    const Decimal amount = !m_paper && krwAmount > m_settings.maxOrderKrw ? m_settings.maxOrderKrw : krwAmount;
    request.price = amount.rounded(0, Decimal::Rounding::Down); // whole won
    request.clientOrderId = newClientOrderId();
    place(request, lastPrice, QStringLiteral("entry"), now,
          [this, alive = m_alive, market, lastPrice, stop, now, clientOrderId = request.clientOrderId,
           done = std::move(done)](const Outcome &outcome) {
              if (!*alive) {
                  done(outcome);
                  return;
              }
              // The position and its protection each looked up once (the entry exists while a
              // position is held: record() made it).
              const auto &positions = m_ledger.positions();
              const auto position = positions.constFind(market);
              if (position == positions.cend() && !unresolved(market).isEmpty()) {
                  // Not filled yet as far as the books know (the answer lost, the order still
                  // open): the stop waits for the lookup that books the fill (record()).
                  m_intendedStops.insert(clientOrderId, stop);
              }
              if (position != positions.cend()) {
                  if (Protection &p = protectionOf(market); !p.active) {
                      p.arm(position->averagePrice(), lastPrice, stop);
                      if (!m_database || !outcome.storageError.isEmpty()) {
                          done(outcome); // nothing to save, or the error to report is there already
                          return;
                      }
                      Outcome saved = outcome;
                      saved.storageError = saveProtection(market, now);
                      done(saved);
                      return;
                  }
              }
              done(outcome);
          });
}

void Execution::exit(const QString &market, const Decimal &lastPrice, const QString &reason, const QDateTime &now,
                     Done done)
{
    const auto &positions = m_ledger.positions();
    const auto position = positions.constFind(market);
    if (position == positions.cend()) {
        Outcome none;
        none.refusal = QStringLiteral("no position to sell in %1").arg(market);
        done(none);
        return;
    }
    const QList<OrderRecord> open = unresolved(market); // const: a temporary list would detach to be walked
    for (const OrderRecord &order : open) {
        if (order.side == OrderSide::Sell) { // selling again could sell twice what is held
            Outcome none;
            none.refusal = QStringLiteral("no new sell in %1 while sell order %2 (%3) is unresolved")
                               .arg(market, order.clientOrderId, orderStatusName(order.status));
            done(none);
            return;
        }
    }
    OrderRequest request;
    request.market = market;
    request.side = OrderSide::Sell;
    request.type = OrderType::MarketSell;
    request.volume = sellable(market, position->volume); // everything held, never more
    request.clientOrderId = newClientOrderId();
    if (!request.volume.isPositive()) {
        Outcome none;
        none.refusal = QStringLiteral("nothing to sell in %1: the exchange holds none of the position").arg(market);
        done(none);
        return;
    }
    place(request, lastPrice, reason, now, std::move(done));
}

void Execution::place(const OrderRequest &request, const Decimal &lastPrice, const QString &reason,
                      const QDateTime &now, Done done)
{
    if (m_database) { // without one there is no intent to write (and no outcome to build for it)
        Outcome intent;
        if (!writeIntent(request, now, intent)) {
            done(intent);
            return;
        }
    }
    submit(request, lastPrice, reason, now, std::move(done));
}

void Execution::onPrice(const QString &market, const Decimal &lastPrice, double atr, const RiskManager &risk,
                        const QDateTime &now, Done done)
{
    Protection *found = findProtection(market);
    if (!found || !found->active) {
        if (!hasPosition(market) || atr <= 0) {
            done(nothingDone());
            return;
        }
        // A position held without a stop in force: an order adopted from the exchange, an entry
        // booked after a restart that lost its intended stop. It gets the strategy's initial stop
        // from its average price and the ATR now, saved like any change of the stop below.
        Protection &made = protectionOf(market);
        const Decimal entry = m_ledger.position(market)->averagePrice();
        made.arm(entry, std::max(entry, lastPrice), risk.initialStop(market, entry, atr));
        if (m_database) {
            if (QString error = saveProtection(market, now); !error.isEmpty()) {
                Outcome none;
                none.storageError = std::move(error);
                done(none);
                return;
            }
        }
        found = &made;
    } else if (!hasPosition(market)) {
        done(nothingDone());
        return;
    }
    Protection &p = *found;
    const Decimal stopBefore = p.stop;
    const Decimal highestBefore = p.highest;
    p.highest = std::max(p.highest, lastPrice);
    if (atr > 0)
        p.stop = risk.trailingStop(market, p.entry, p.highest, atr, p.stop);
    if (lastPrice > p.stop) {
        if (m_database && (p.stop != stopBefore || (p.highest != highestBefore && p.stop > p.entry))) {
            Outcome none;
            none.storageError = saveProtection(market, now); // a restart resumes from the stop in force
            done(none);
            return;
        }
        done(nothingDone()); // nothing to save (no database), or nothing changed
        return;
    }
    const QList<OrderRecord> open = unresolved(market);
    if (std::any_of(open.cbegin(), open.cend(), [](const OrderRecord &o) { return o.side == OrderSide::Sell; })) {
        done(nothingDone()); // an exit is under way already: its outcome is followed, not repeated on every tick
        return;
    }
    const QString reason = p.stop > p.entry ? QStringLiteral("trailing stop %1").arg(p.stop.toString())
                                            : QStringLiteral("stop %1").arg(p.stop.toString());
    exit(market, lastPrice, reason, now, std::move(done));
}

QString Execution::newClientOrderId() const
{
    static const QString unread = QStringLiteral("ac-backtest");
    return unobserved() ? unread : OrderRequest::newClientOrderId();
}

OrderRecord Execution::orderRecord(const OrderRequest &request, const QDateTime &now) const
{
    OrderRecord record;
    record.exchange = m_settings.exchange;
    record.clientOrderId = request.clientOrderId;
    record.symbol = request.market;
    record.side = request.side;
    record.orderType = request.type;
    if (request.type != OrderType::MarketSell)
        record.price = request.price;
    if (request.type != OrderType::MarketBuy)
        record.volume = request.volume;
    record.status = OrderStatus::Intent;
    record.paper = m_paper;
    record.createdAt = now;
    record.updatedAt = now;
    return record;
}

bool Execution::writeIntent(const OrderRequest &request, const QDateTime &now, Outcome &outcome)
{
    if (!m_database)
        return true;
    const OrderRecord record = orderRecord(request, now);
    StorageError error;
    if (!OrderRepository(*m_database).insertIntent(record, &error)) {
        outcome.storageError = error.describe();
        return false;
    }
    return true;
}

void Execution::markFailed(const QString &clientOrderId, const QString &why, const QDateTime &now, Outcome &outcome)
{
    outcome.refusal = why;
    m_intendedStops.remove(clientOrderId); // never filled: its stop has nothing to protect
    StorageError error;
    if (m_database &&
        !OrderRepository(*m_database).updateStatus(clientOrderId, OrderStatus::Failed, QString(), why, now, &error))
        outcome.storageError = error.describe();
    if (!m_database)
        return;
    if (const auto stored = OrderRepository(*m_database).byClientId(clientOrderId, &error))
        outcome.orders.append(*stored);
}

bool Execution::record(OrderRecord order, const QList<TradeRecord> &fills, const PaperBroker &ledger,
                       const Decimal &realizedBefore, const QString &detail, const QDateTime &now, Outcome &outcome)
{
    const QString market = order.symbol; // a copy: `order` goes to the outcome at the end
    QList<TradeRecord> fresh;
    bool open = false; ///< a position is held after the fills
    if (m_database) {
        StorageError error;
        const auto position = ledger.position(market);
        const Protection *const kept = findProtection(market);
        Protection protection = kept ? *kept : Protection();
        // An entry whose fill a lookup books only now (its answer was lost, or it was still open):
        // its stop comes into force with the fill and is saved with the position row.
        const auto intended = m_intendedStops.constFind(order.clientOrderId);
        const bool activates = position && !protection.active && intended != m_intendedStops.cend();
        if (activates) {
            const Decimal entry = position->averagePrice();
            protection.arm(entry, entry, *intended);
        }
        const bool stored = m_database->inTransaction(
            [&] {
                OrderRepository orders(*m_database);
                const auto known = orders.byClientId(order.clientOrderId, &error);
                if (!error.message.isEmpty())
                    return false;
                if (!known) {
                    if (!orders.insertIntent(order, &error))
                        return false;
                } else if (known->status != order.status || known->orderId != order.orderId) {
                    if (!orders.updateStatus(order.clientOrderId, order.status, order.orderId, detail, now, &error))
                        return false;
                }
                TradeRepository trades(*m_database);
                for (const TradeRecord &fill : fills) {
                    const int inserted = trades.insert({fill}, &error);
                    if (inserted < 0)
                        return false;
                    if (inserted == 1)
                        fresh.append(fill);
                }
                if (fresh.isEmpty())
                    return true;
                // A closed position keeps the quantity and average it had, for the history.
                PositionRecord row = positionRow(market, position ? position : m_ledger.position(market), now);
                row.status = position ? QStringLiteral("open") : QStringLiteral("closed");
                row.id = protection.positionId;
                if (position && protection.active) {
                    row.stopPrice = protection.stop;
                    row.highestPrice = protection.highest;
                }
                if (position || protection.positionId) {
                    protection.positionId = PositionRepository(*m_database).save(row, now, &error);
                    return protection.positionId != 0;
                }
                return true;
            },
            &error);
        if (!stored) {
            outcome.storageError = error.describe();
            return false;
        }
        open = position.has_value();
        if (activates) {
            protectionOf(market) = protection;
            m_intendedStops.remove(order.clientOrderId);
        } else if (open) {
            protectionOf(market).positionId = protection.positionId;
        }
        if (order.status == OrderStatus::Done || order.status == OrderStatus::Cancel)
            m_intendedStops.remove(order.clientOrderId); // final: its fills, if any, are booked
    } else {
        // Nothing to store (a backtest): every fill is new, the position row has no id to keep.
        fresh = fills;
        open = ledger.holds(market);
        if (open)
            protectionOf(market); // as with a database: the market's entry exists while it is held
    }
    if (!open)
        removeProtection(market);
    if (&ledger != &m_ledger)
        m_ledger = ledger;
    if (std::any_of(fresh.cbegin(), fresh.cend(), [](const TradeRecord &t) { return t.side == OrderSide::Sell; })) {
        const Decimal pnl = m_ledger.realizedPnl() - realizedBefore;
        // Sums are exact and normalised: a first term is the sum as it is.
        outcome.realizedPnl = outcome.realizedPnl ? *outcome.realizedPnl + pnl : pnl;
        if (m_settings.reportOrders) {
            if (const auto closed = outcome.closedTrades.find(market); closed != outcome.closedTrades.end())
                *closed += pnl;
            else
                outcome.closedTrades.insert(market, pnl);
        }
    }
    if (outcome.trades.isEmpty())
        outcome.trades = fresh; // shared, not copied fill by fill
    else
        outcome.trades += fresh;
    if (m_settings.reportOrders)
        outcome.orders.append(std::move(order));
    return true;
}

QString Execution::saveProtection(const QString &market, const QDateTime &now)
{
    if (!m_database)
        return {};
    const auto position = m_ledger.position(market);
    Protection *const it = findProtection(market);
    if (!m_database || !position || !it || !it->active)
        return {};
    PositionRecord row = positionRow(market, position, now);
    row.id = it->positionId;
    row.stopPrice = it->stop;
    row.highestPrice = it->highest;
    StorageError error;
    const qint64 id = PositionRepository(*m_database).save(row, now, &error);
    if (id == 0)
        return error.describe();
    it->positionId = id;
    return {};
}

PositionRecord Execution::positionRow(const QString &market, const std::optional<PaperPosition> &position,
                                      const QDateTime &now) const
{
    PositionRecord row;
    row.exchange = m_settings.exchange;
    row.symbol = market;
    row.quantity = position ? position->volume : Decimal();
    row.avgPrice = position ? position->averagePrice() : Decimal();
    row.entryTime = position ? position->entryTime : now;
    row.status = position ? QStringLiteral("open") : QStringLiteral("closed");
    row.paper = m_paper;
    return row;
}

bool Execution::rebuild(const Decimal &startingKrw, const QDateTime &since, QString *error)
{
    m_ledger = PaperBroker(m_client ? m_client->rules() : MarketRules::forExchange(m_settings.exchange),
                           m_settings.feeRate, m_settings.slippage, startingKrw);
    setUpLedger();
    m_protection.clear();
    if (!m_database)
        return true;
    StorageError storageError;
    // Every market's fills: the cash is the account's, whatever market it was spent in.
    const QList<TradeRecord> trades =
        TradeRepository(*m_database).ledger(m_settings.exchange, QString(), m_paper, since, &storageError);
    if (!storageError.message.isEmpty()) {
        *error = storageError.describe();
        return false;
    }
    for (const TradeRecord &t : trades)
        m_ledger.book(t.orderId, t.symbol, t.side, t.price, t.quantity, t.fee, t.executedAt);
    const QList<PositionRecord> open = PositionRepository(*m_database).open(&storageError);
    if (!storageError.message.isEmpty()) {
        *error = storageError.describe();
        return false;
    }
    for (const PositionRecord &row : open) {
        if (row.exchange != m_settings.exchange || row.paper != m_paper)
            continue;
        const auto position = m_ledger.position(row.symbol);
        Protection &p = protectionOf(row.symbol);
        p.positionId = row.id;
        if (position && row.stopPrice)
            p.arm(position->averagePrice(), row.highestPrice.value_or(position->averagePrice()), *row.stopPrice);
    }
    return true;
}

QString Execution::recordDay(const Prices &prices, const QDateTime &now)
{
    const EquityPoint point = equity(prices, now);
    const QDate today = now.toTimeZone(m_settings.zone).date();
    if (today != m_day) {
        // The day starts with the equity it ended with yesterday (the last one recorded), so a
        // sale in the first minute of the day still counts in the day's return.
        m_day = today;
        m_dayStartEquity = m_lastEquity.value_or(point.total);
    }
    m_lastEquity = point.total;
    if (!m_database)
        return {};
    PnlDay day;
    day.date = today;
    // Realised PnL of the fills made today (in the app's time zone), from the ledger's own record.
    for (const PaperFill &fill : m_ledger.fills()) {
        if (fill.side == OrderSide::Sell && fill.time.toTimeZone(m_settings.zone).date() == today)
            day.realizedPnl += fill.realizedPnl;
    }
    day.unrealizedPnl = point.unrealizedPnl;
    day.totalEquity = point.total;
    day.returnRate =
        m_dayStartEquity.isPositive() ? (point.total - m_dayStartEquity).divided(m_dayStartEquity, 8) : Decimal();
    StorageError error;
    return PnlRepository(*m_database).upsert(day, now, &error) ? QString() : error.describe();
}

std::optional<PaperAccount> PaperAccount::load(Database &database, const Decimal &defaultKrw, QString *error)
{
    StorageError storageError;
    ConfigRepository configs(database);
    const auto stored = configs.get(kPaperAccountKey, &storageError);
    if (!storageError.message.isEmpty()) {
        *error = storageError.describe();
        return std::nullopt;
    }
    if (stored) {
        const QStringList parts = stored->split(u' ');
        const auto krw = Decimal::fromString(parts.value(0));
        const QDateTime since = QDateTime::fromString(parts.value(1), Qt::ISODateWithMs);
        if (krw && since.isValid())
            return PaperAccount{*krw, since};
        *error = QStringLiteral("configs '%1' is not \"<KRW> <ISO time>\": %2").arg(kPaperAccountKey, *stored);
        return std::nullopt;
    }
    // Since the beginning: paper fills recorded before accounts existed still count.
    return PaperAccount{defaultKrw, QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())};
}

bool PaperAccount::reset(Database &database, const Decimal &startingKrw, const QDateTime &now, QString *error)
{
    StorageError storageError;
    const bool ok = database.inTransaction(
        [&] {
            const QString value = startingKrw.toString() + u' ' + storedTime(now);
            return ConfigRepository(database).set(kPaperAccountKey, value,
                                                  QStringLiteral("paper account: starting KRW and when it began"), now,
                                                  &storageError) &&
                   PositionRepository(database).closeAll(true, QStringLiteral("reset"), now, &storageError);
        },
        &storageError);
    if (!ok)
        *error = storageError.describe();
    return ok;
}

} // namespace autocoin
