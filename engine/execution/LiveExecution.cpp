#include "execution/LiveExecution.h"

#include "ExchangeClient.h"
#include "core/Guarded.h"
#include "logging/Logger.h"
#include "storage/Repositories.h"
#include "strategy/Reason.h"

#include <algorithm>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("live");

} // namespace

LiveExecution::LiveExecution(Database *database, ExchangeClient *client, Settings settings)
    : Execution(database, client, std::move(settings), false)
{
    Q_ASSERT(client);
}

QList<OrderRecord> LiveExecution::ours(const QString &market, StorageError *error) const
{
    QList<OrderRecord> out;
    if (!m_database)
        return out;
    for (const OrderRecord &order : OrderRepository(*m_database).unfinished(error)) {
        if (!order.paper && order.exchange == m_settings.exchange && (market.isEmpty() || order.symbol == market))
            out.append(order);
    }
    return out;
}

QList<OrderRecord> LiveExecution::unresolved(const QString &market) const
{
    StorageError error;
    QList<OrderRecord> out = ours(market, &error);
    if (!error.message.isEmpty()) {
        // Unreadable: assume the worst, so nothing is entered twice.
        OrderRecord unreadable;
        unreadable.clientOrderId = QStringLiteral("(unreadable: %1)").arg(error.describe());
        unreadable.status = OrderStatus::Unknown;
        out.append(unreadable);
    }
    return out;
}

QList<OrderRecord> LiveExecution::unfinished(Outcome &outcome) const
{
    StorageError error;
    QList<OrderRecord> out = ours({}, &error);
    out.removeIf([this](const OrderRecord &order) { return m_placing.contains(order.clientOrderId); });
    if (!error.message.isEmpty())
        outcome.storageError = error.describe();
    return out;
}

void LiveExecution::submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason,
                           const QDateTime &now, Done done)
{
    Q_UNUSED(lastPrice);
    m_placing.insert(request.clientOrderId);
    Logger::info(kCategory,
                 QStringLiteral("placing %1 %2 %3 (%4), client id %5")
                     .arg(orderSideName(request.side), orderTypeName(request.type), request.market,
                          request.type == OrderType::MarketBuy ? request.price.toString() + QStringLiteral(" KRW")
                                                               : request.volume.toString(),
                          request.clientOrderId));
    m_client->placeOrder(
        request, [this, alive = m_alive, request, reason, now, done = std::move(done)](const Result<Order> &placed) {
            if (!*alive)
                return;
            m_placing.remove(request.clientOrderId);
            Outcome outcome;
            OrderRecord known = orderRecord(request, now);
            if (!placed.ok()) {
                const ExchangeError &e = placed.error();
                if (e.kind == ExchangeError::Kind::Cancelled) {
                    done(outcome); // the app is closing: the intent stays and the next start looks it up
                    return;
                }
                if (e.orderStateUnknown) {
                    // It may exist: never send it again; look it up on every iteration until it is found.
                    StorageError error;
                    if (m_database && !OrderRepository(*m_database)
                                           .updateStatus(request.clientOrderId, OrderStatus::Unknown, QString(),
                                                         e.describe(), now, &error))
                        outcome.storageError = error.describe();
                    outcome.notices.append(Reason(ReasonCode::OrderNoAnswer)
                                               .set(QStringLiteral("order"), request.clientOrderId)
                                               .set(QStringLiteral("error"), e.describe()));
                    outcome.error = e;
                    done(outcome);
                    return;
                }
                markFailed(request.clientOrderId, e.describe(), now, outcome);
                done(outcome);
                return;
            }
            observe(placed.value(), known, reason, now, outcome);
            if (!outcome.storageError.isEmpty()) {
                done(outcome);
                return;
            }
            // The placement answer rarely carries the fills: look the order up at once.
            OrderRecord stored = known;
            stored.orderId = placed.value().id;
            stored.status = orderStatusFrom(placed.value().state);
            followOne(stored, now, [outcome, done](const Outcome &followed) {
                Outcome all = outcome;
                all.merge(followed);
                done(all);
            });
        });
}

void LiveExecution::observe(const Order &order, const OrderRecord &known, const QString &detail, const QDateTime &now,
                            Outcome &outcome)
{
    // An answer parsed whole can still hold exact amounts whose products leave Decimal's range
    // (an 18-decimal price times an 18-decimal volume): booking it throws. Nothing is recorded
    // then — the fills go to a copy of the ledger and one transaction, which rolls back — and the
    // order stays as it was, unresolved, looked up again; the error says why and counts as a
    // failure. Unguarded, the exception ended in the transport and the operation never answered:
    // the engine waited for it forever.
    const std::optional<ExchangeError> failed =
        guarded(ExchangeError::Kind::Malformed,
                QStringLiteral("order %1: the exchange's amounts cannot be booked exactly, nothing was recorded and "
                               "the order will be looked up again")
                    .arg(known.clientOrderId),
                [&]() -> std::optional<ExchangeError> {
                    observeUnguarded(order, known, detail, now, outcome);
                    return std::nullopt;
                });
    if (failed)
        outcome.error = failed;
}

void LiveExecution::observeUnguarded(const Order &order, const OrderRecord &known, const QString &detail,
                                     const QDateTime &now, Outcome &outcome)
{
    OrderRecord row = known;
    row.orderId = order.id.isEmpty() ? known.orderId : order.id;
    row.status = orderStatusFrom(order.state);
    row.updatedAt = now;
    if (row.status == OrderStatus::Done || row.status == OrderStatus::Cancel) {
        // A final answer that does not list all its trades (an answer without them — Upbit's
        // creation answer lists none — or a list cut short) is not taken as final: stored final,
        // the order would never be looked up again and its fills never recorded. All of them:
        // as many as its trades_count, or, where the answer gives no count, trades that add up to
        // its executed volume.
        Decimal listed;
        for (const OrderFill &fill : order.fills)
            listed += fill.volume;
        const bool partial =
            order.tradesCount >= 0 ? order.fills.size() < order.tradesCount : listed < order.executedVolume;
        if (!order.complete || partial) {
            row.status = OrderStatus::Unknown;
            Logger::warning(kCategory,
                            QT_TRANSLATE_NOOP("autocoin::EngineLog",
                                              "order %1: answered as finished without all its trades: it is looked "
                                              "up again until they are seen"),
                            {known.clientOrderId});
        }
    }
    QList<TradeRecord> fresh;
    PaperBroker next = m_ledger;
    if (order.complete && !order.fills.isEmpty()) {
        StorageError error;
        const QList<TradeRecord> recorded =
            m_database ? TradeRepository(*m_database).forOrder(m_settings.exchange, row.orderId, &error)
                       : QList<TradeRecord>();
        if (!error.message.isEmpty()) {
            outcome.storageError = error.describe();
            return;
        }
        QSet<QString> recordedIds;
        Decimal recordedFee;
        for (const TradeRecord &t : recorded) {
            recordedIds.insert(t.tradeId);
            recordedFee += t.fee;
        }
        QList<OrderFill> newFills;
        Decimal newFunds;
        for (const OrderFill &fill : order.fills) {
            if (!recordedIds.contains(fill.tradeId)) {
                newFills.append(fill);
                newFunds += fill.funds;
            }
        }
        // The order's fee is shared among its fills in proportion to their funds; the last new fill
        // takes the remainder, so the recorded fees always add up to the exchange's paid_fee.
        const Decimal feeToShare = order.paidFee - recordedFee;
        const bool feeKnown = order.paidFee.isPositive() && !feeToShare.isNegative();
        Decimal shared;
        for (qsizetype i = 0; i < newFills.size(); ++i) {
            const OrderFill &fill = newFills[i];
            Decimal fee;
            if (!feeKnown)
                fee = (fill.funds * m_settings.feeRate).rounded(8, Decimal::Rounding::HalfUp);
            else if (i + 1 == newFills.size())
                fee = feeToShare - shared;
            else
                fee = (feeToShare * fill.funds).divided(newFunds, 8, Decimal::Rounding::HalfEven);
            shared += fee;
            TradeRecord trade;
            trade.exchange = m_settings.exchange;
            trade.tradeId = fill.tradeId;
            trade.orderId = row.orderId;
            trade.symbol = order.market.isEmpty() ? known.symbol : order.market;
            trade.side = order.side;
            trade.price = fill.price;
            trade.quantity = fill.volume;
            trade.fee = fee;
            trade.executedAt = fill.time.isValid() ? fill.time : now;
            trade.paper = false;
            fresh.append(trade);
            next.book(row.orderId, trade.symbol, order.side, fill.price, fill.volume, fee, trade.executedAt);
        }
    }
    const qsizetype tradesBefore = outcome.trades.size();
    if (!record(row, fresh, next, m_ledger.realizedPnl(), detail, now, outcome))
        return;
    // The fills are logged once, by the engine, per order ("bought … for … KRW").
    for (const TradeRecord &t : outcome.trades.mid(tradesBefore)) {
        const auto coin = m_exchangeCoins.find(t.symbol.section(u'-', 1));
        if (coin != m_exchangeCoins.end())
            *coin += t.side == OrderSide::Buy ? t.quantity : -t.quantity;
    }
}

void LiveExecution::followOne(const OrderRecord &order, const QDateTime &now, Done done)
{
    const OrderRef ref =
        order.orderId.isEmpty() ? OrderRef::byClientId(order.clientOrderId) : OrderRef::byId(order.orderId);
    m_client->fetchOrder(ref, [this, alive = m_alive, order, ref, now, done = std::move(done)](const Result<Order> &r) {
        if (!*alive)
            return;
        Outcome outcome;
        if (!r.ok()) {
            const ExchangeError &e = r.error();
            const bool old = order.createdAt.addSecs(m_settings.orderTimeout.count()) <= now;
            const int notFound = e.kind == ExchangeError::Kind::NotFound ? ++m_notFound[order.clientOrderId] : 0;
            if (e.kind != ExchangeError::Kind::NotFound)
                m_notFound.remove(order.clientOrderId);
            if (notFound > 0 && order.orderId.isEmpty() && old && notFound >= kNeverPlacedLookups) {
                // The intent was written but the order never reached the exchange (the app stopped
                // before sending, or the exchange refused it without an answer we saw). Exchanges
                // are eventually consistent, so only repeated 404s past the timeout decide it.
                m_notFound.remove(order.clientOrderId);
                markFailed(order.clientOrderId,
                           QStringLiteral("not found on the exchange by its client order id (%1 lookups, "
                                          "%2 s): never placed")
                               .arg(notFound)
                               .arg(order.createdAt.secsTo(now)),
                           now, outcome);
                outcome.refusal.clear();
            } else if (e.kind != ExchangeError::Kind::NotFound && e.kind != ExchangeError::Kind::Cancelled) {
                outcome.error = e;
            }
            done(outcome);
            return;
        }
        m_notFound.remove(order.clientOrderId);
        const Order &seen = r.value();
        observe(seen, order, QStringLiteral("followed"), now, outcome);
        const bool expired = order.createdAt.addSecs(m_settings.orderTimeout.count()) <= now;
        if (!seen.isOpen() || !expired || !outcome.storageError.isEmpty()) {
            done(outcome);
            return;
        }
        // Open past the timeout: cancel. Cancellation is asynchronous on both exchanges; the next
        // follow records the final state and any fill that happened meanwhile.
        Logger::warning(kCategory, QStringLiteral("order %1 open for more than %2 s: cancelling")
                                       .arg(order.clientOrderId)
                                       .arg(m_settings.orderTimeout.count()));
        m_client->cancelOrder(OrderRef::byId(seen.id), [this, alive, order, outcome, now,
                                                        done](const Result<Order> &cancelled) {
            if (!*alive)
                return;
            Outcome all = outcome;
            if (cancelled.ok()) {
                all.notices.append(Reason(ReasonCode::OrderTimedOut).set(QStringLiteral("order"), order.clientOrderId));
                StorageError error;
                if (m_database && !OrderRepository(*m_database)
                                       .updateStatus(order.clientOrderId, OrderStatus::Cancelling, cancelled.value().id,
                                                     QStringLiteral("timeout"), now, &error))
                    all.storageError = error.describe();
            } else if (cancelled.error().kind != ExchangeError::Kind::Cancelled) {
                all.error = cancelled.error();
            }
            done(all);
        });
    });
}

void LiveExecution::followFrom(QList<OrderRecord> orders, qsizetype index, const QDateTime &now, Outcome soFar,
                               Done done)
{
    if (index >= orders.size() || !soFar.storageError.isEmpty()) {
        done(soFar);
        return;
    }
    const OrderRecord order = orders[index];
    followOne(order, now,
              [this, alive = m_alive, orders = std::move(orders), index, now, soFar = std::move(soFar),
               done = std::move(done)](const Outcome &one) mutable {
                  if (!*alive)
                      return;
                  soFar.merge(one);
                  followFrom(std::move(orders), index + 1, now, std::move(soFar), std::move(done));
              });
}

void LiveExecution::follow(const QDateTime &now, Done done)
{
    Outcome outcome;
    const QList<OrderRecord> orders = unfinished(outcome);
    if (!outcome.storageError.isEmpty() || orders.isEmpty()) {
        done(outcome);
        return;
    }
    followFrom(orders, 0, now, outcome, std::move(done));
}

void LiveExecution::reconcile(const QDateTime &now, Done finished)
{
    Outcome start;
    QString error;
    // Every live fill ever recorded in this market: the position and realised PnL. The cash is
    // the exchange's; when the reconciliation ends before the balances were read, the cash known
    // before it is kept, moved by the fills recorded meanwhile (never the rebuild's zero base).
    const Decimal cashBefore = m_ledger.krwAvailable() + m_ledger.krwLocked();
    m_balancesRead = false;
    if (!rebuild(Decimal(), QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()), &error)) {
        start.storageError = error;
        finished(start);
        return;
    }
    const Decimal rebuiltCash = m_ledger.krwAvailable();
    Done done = [this, alive = m_alive, cashBefore, rebuiltCash, finished = std::move(finished)](const Outcome &o) {
        if (*alive && !m_balancesRead && m_cashKnown)
            m_ledger.setCash(cashBefore + (m_ledger.krwAvailable() - rebuiltCash));
        finished(o);
    };
    openOrdersFrom(
        watched(), 0, {},
        [this, alive = m_alive, now, start, done = std::move(done)](const Result<QList<Order>> &open) mutable {
            if (!*alive)
                return;
            Outcome outcome = start;
            if (!open.ok()) {
                outcome.error = open.error();
                done(outcome);
                return;
            }
            // Orders of ours the database does not know (a restored backup, a crash in between):
            // adopted and reported.
            for (const Order &order : open.value()) {
                if (!OrderRequest::isOurClientOrderId(order.clientOrderId) || !m_database)
                    continue;
                StorageError storageError;
                if (OrderRepository(*m_database).byClientId(order.clientOrderId, &storageError) ||
                    !storageError.message.isEmpty())
                    continue;
                const OrderRequest placed{order.market, order.side,   order.type,
                                          order.price,  order.volume, order.clientOrderId};
                OrderRecord adopted = orderRecord(placed, order.createdAt.isValid() ? order.createdAt : now);
                adopted.updatedAt = now;
                observe(order, adopted, QStringLiteral("adopted: found on the exchange, unknown to the database"), now,
                        outcome);
                outcome.notices.append(Reason(ReasonCode::OrderAdopted)
                                           .set(QStringLiteral("order"), order.clientOrderId)
                                           .set(QStringLiteral("side"), orderSideName(adopted.side))
                                           .set(QStringLiteral("market"), adopted.symbol));
            }
            // Orders recorded as failed without an exchange id may exist after all (an answer that
            // could not be read was once taken for a refusal): looked up once per start.
            QList<OrderRecord> failed;
            if (m_database) {
                StorageError storageError;
                for (const OrderRecord &order : OrderRepository(*m_database).latest(200, &storageError)) {
                    if (!order.paper && order.exchange == m_settings.exchange && order.status == OrderStatus::Failed &&
                        order.orderId.isEmpty() && OrderRequest::isOurClientOrderId(order.clientOrderId) &&
                        order.createdAt.daysTo(now) <= 7 && !m_rechecked.contains(order.clientOrderId))
                        failed.append(order);
                }
            }
            recheckFrom(
                failed, 0, now, outcome, [this, alive, now, done = std::move(done)](const Outcome &rechecked) mutable {
                    if (!*alive)
                        return;
                    Outcome soFar = rechecked;
                    const QList<OrderRecord> orders = unfinished(soFar);
                    followFrom(orders, 0, now, soFar, [this, alive, done = std::move(done)](const Outcome &followed) {
                        if (!*alive)
                            return;
                        m_client->fetchBalances([this, alive, followed, done](const Result<QList<Balance>> &balances) {
                            if (!*alive)
                                return;
                            Outcome all = followed;
                            if (!balances.ok()) {
                                all.error = balances.error();
                                done(all);
                                return;
                            }
                            compareBalances(balances.value(), all);
                            // The account's own fee rate and minimum totals (the client's rules learn them too).
                            const QStringList markets = watched();
                            if (markets.isEmpty()) {
                                done(all);
                                return;
                            }
                            m_client->fetchOrderChance(markets.constFirst(),
                                                       [this, alive, all, done](const Result<OrderChance> &chance) {
                                                           if (!*alive)
                                                               return;
                                                           if (chance.ok() && chance.value().bidFee.isPositive())
                                                               m_settings.feeRate = chance.value().bidFee;
                                                           done(all); // without an answer the default fee stays
                                                       });
                        });
                    });
                });
        });
}

void LiveExecution::recheckFrom(QList<OrderRecord> orders, qsizetype index, const QDateTime &now, Outcome soFar,
                                Done done)
{
    if (index >= orders.size() || !soFar.storageError.isEmpty()) {
        done(soFar);
        return;
    }
    const OrderRecord order = orders[index];
    m_client->fetchOrder(
        OrderRef::byClientId(order.clientOrderId),
        [this, alive = m_alive, orders = std::move(orders), index, now, soFar = std::move(soFar),
         done = std::move(done)](const Result<Order> &found) mutable {
            if (!*alive)
                return;
            const OrderRecord &known = orders[index];
            if (found.ok()) {
                m_rechecked.insert(known.clientOrderId);
                observe(found.value(), known, QStringLiteral("found on the exchange although recorded as failed"), now,
                        soFar);
                soFar.notices.append(Reason(ReasonCode::FailedOrderFound)
                                         .set(QStringLiteral("order"), known.clientOrderId)
                                         .set(QStringLiteral("state"), orderStateName(found.value().state)));
            } else if (found.error().kind == ExchangeError::Kind::NotFound) {
                m_rechecked.insert(known.clientOrderId); // truly never placed
            } else if (found.error().kind != ExchangeError::Kind::Cancelled) {
                soFar.error = found.error(); // looked up again at the next reconciliation
            }
            recheckFrom(std::move(orders), index + 1, now, std::move(soFar), std::move(done));
        });
}

void LiveExecution::compareBalances(const QList<Balance> &balances, Outcome &outcome)
{
    QHash<QString, Decimal> held;
    Decimal krw;
    for (const Balance &b : balances) {
        if (b.currency == u"KRW")
            krw = b.total();
        else
            held.insert(b.currency, b.total());
    }
    m_ledger.setCash(krw);
    m_balancesRead = true;
    m_cashKnown = true;
    m_exchangeCoins.clear();
    const QStringList markets = watched();
    for (const QString &market : markets)
        m_exchangeCoins.insert(market.section(u'-', 1), held.value(market.section(u'-', 1)));
    // While an order's outcome is open its fills may be missing from the books: a difference then
    // says nothing. Once settled, a difference is reported once, and again only when it changes.
    const QList<OrderRecord> open = unresolved();
    const bool unsettled =
        outcome.error.has_value() || std::any_of(open.cbegin(), open.cend(), [](const OrderRecord &o) {
            return o.status == OrderStatus::Intent || o.status == OrderStatus::Unknown;
        });
    if (unsettled)
        return;
    for (const QString &market : markets) {
        const QString coin = market.section(u'-', 1);
        const Decimal exchange = m_exchangeCoins.value(coin);
        const auto position = m_ledger.position(market);
        const Decimal booked = position ? position->volume : Decimal();
        if (booked == exchange) {
            m_reportedDifferences.remove(coin);
            continue;
        }
        if (m_reportedDifferences.value(coin) == std::pair(exchange, booked))
            continue;
        m_reportedDifferences.insert(coin, std::pair(exchange, booked));
        outcome.notices.append(Reason(ReasonCode::BalanceDiffers)
                                   .set(QStringLiteral("exchange"), exchange.toString())
                                   .set(QStringLiteral("coin"), coin)
                                   .set(QStringLiteral("recorded"), booked.toString()));
    }
}

Decimal LiveExecution::sellable(const QString &market, const Decimal &held) const
{
    const auto coin = m_exchangeCoins.constFind(market.section(u'-', 1));
    const Decimal volume = coin != m_exchangeCoins.constEnd() ? std::min(held, *coin) : held;
    return m_client->rules().truncateVolume(volume);
}

QStringList LiveExecution::watched() const
{
    QStringList markets = m_settings.markets;
    for (const QString &market : engagedMarkets()) {
        if (!markets.contains(market))
            markets.append(market);
    }
    return markets;
}

void LiveExecution::openOrdersFrom(QStringList markets, qsizetype index, QList<Order> soFar,
                                   std::function<void(const Result<QList<Order>> &)> done)
{
    if (index >= markets.size()) {
        done(soFar);
        return;
    }
    const QString market = markets[index];
    m_client->fetchOpenOrders(market,
                              [this, alive = m_alive, markets = std::move(markets), index, soFar = std::move(soFar),
                               done = std::move(done)](const Result<QList<Order>> &open) mutable {
                                  if (!*alive)
                                      return;
                                  if (!open.ok()) {
                                      done(open.error());
                                      return;
                                  }
                                  soFar += open.value();
                                  openOrdersFrom(std::move(markets), index + 1, std::move(soFar), std::move(done));
                              });
}

void LiveExecution::cancelFrom(QList<Order> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done)
{
    if (index >= orders.size()) {
        done(soFar);
        return;
    }
    const Order order = orders[index];
    m_client->cancelOrder(OrderRef::byId(order.id), [this, alive = m_alive, orders = std::move(orders), index, now,
                                                     soFar = std::move(soFar),
                                                     done = std::move(done)](const Result<Order> &cancelled) mutable {
        if (!*alive)
            return;
        if (cancelled.ok()) {
            soFar.notices.append(
                Reason(ReasonCode::OrderCancelled).set(QStringLiteral("order"), orders[index].clientOrderId));
            StorageError error;
            if (m_database)
                OrderRepository(*m_database)
                    .updateStatus(orders[index].clientOrderId, OrderStatus::Cancelling, orders[index].id,
                                  QStringLiteral("kill switch"), now, &error);
        } else if (cancelled.error().kind != ExchangeError::Kind::Cancelled) {
            soFar.error = cancelled.error();
        }
        cancelFrom(std::move(orders), index + 1, now, std::move(soFar), std::move(done));
    });
}

void LiveExecution::cancelOpenOrders(const QDateTime &now, Done done)
{
    openOrdersFrom(watched(), 0, {},
                   [this, alive = m_alive, now, done = std::move(done)](const Result<QList<Order>> &open) mutable {
                       if (!*alive)
                           return;
                       Outcome outcome;
                       if (!open.ok()) {
                           outcome.error = open.error();
                           done(outcome);
                           return;
                       }
                       QList<Order> ours;
                       for (const Order &order : open.value()) {
                           if (OrderRequest::isOurClientOrderId(order.clientOrderId))
                               ours.append(order);
                       }
                       cancelFrom(ours, 0, now, outcome, std::move(done));
                   });
}

} // namespace autocoin
