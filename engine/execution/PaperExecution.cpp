#include "execution/PaperExecution.h"

#include "ExchangeClient.h"
#include "logging/Logger.h"
#include "storage/Repositories.h"

namespace autocoin {

PaperExecution::PaperExecution(Database *database, ExchangeClient *client, Settings settings, bool useOrderBook)
    : Execution(database, client, std::move(settings), true)
    , m_useOrderBook(useOrderBook && client)
{}

void PaperExecution::reconcile(const QDateTime &now, Done done)
{
    Outcome outcome;
    QString error;
    PaperAccount account{m_settings.startingKrw, QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())};
    if (m_database) {
        const auto stored = PaperAccount::load(*m_database, m_settings.startingKrw, &error);
        if (!stored) {
            outcome.storageError = error;
            done(outcome);
            return;
        }
        account = *stored;
        // A paper order left as an intent was never filled: the app stopped first.
        StorageError storageError;
        for (const OrderRecord &order : OrderRepository(*m_database).unfinished(&storageError)) {
            if (order.paper)
                markFailed(order.clientOrderId, QStringLiteral("the app stopped before this paper order was filled"),
                           now, outcome);
        }
        outcome.refusal.clear();
    }
    if (!rebuild(account.startingKrw, account.since, &error)) {
        outcome.storageError = error;
        done(outcome);
        return;
    }
    QStringList held;
    for (const QString &market : heldMarkets())
        held.append(QStringLiteral("%1 %2").arg(m_ledger.position(market)->volume.toString(), market.section(u'-', 1)));
    Logger::info(QStringLiteral("paper"),
                 QStringLiteral("paper account: %1 KRW cash, %2 held, realised PnL %3 KRW (started with %4 KRW)")
                     .arg(m_ledger.krwAvailable().toString(),
                          held.isEmpty() ? QStringLiteral("nothing") : held.join(QStringLiteral(", ")),
                          m_ledger.realizedPnl().toString(), account.startingKrw.toString()));
    done(outcome);
}

void PaperExecution::follow(const QDateTime &now, Done done)
{
    Q_UNUSED(now);
    done({});
}

void PaperExecution::cancelOpenOrders(const QDateTime &now, Done done)
{
    Q_UNUSED(now);
    done({}); // the engine's paper orders are market orders, filled or refused at once
}

void PaperExecution::submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason,
                            const QDateTime &now, Done done)
{
    if (!m_useOrderBook) {
        fill(request, OrderBook{}, lastPrice, reason, now, done);
        return;
    }
    m_client->fetchOrderBook(request.market, [this, alive = m_alive, request, lastPrice, reason, now,
                                              done = std::move(done)](const Result<OrderBook> &book) {
        if (!*alive)
            return;
        if (!book.ok())
            Logger::warning(QStringLiteral("paper"),
                            QStringLiteral("no order book (%1): filling at the last price with slippage")
                                .arg(book.error().describe()));
        fill(request, book.ok() ? book.value() : OrderBook{}, lastPrice, reason, now, done);
    });
}

void PaperExecution::fill(const OrderRequest &request, const OrderBook &book, const Decimal &lastPrice,
                          const QString &reason, const QDateTime &now, const Done &done)
{
    Outcome outcome;
    // With a database the order fills on a copy of the ledger, which becomes the ledger only once
    // the database has the fills. Without one (a backtest) there is nothing to wait for: it fills
    // on the ledger itself, which spares a copy of the ledger's hashes on every order.
    std::optional<PaperBroker> copy;
    if (m_database)
        copy.emplace(m_ledger);
    PaperBroker &next = copy ? *copy : m_ledger;
    if (m_client)
        next.setRules(m_client->rules());
    const Decimal realizedBefore = next.realizedPnl();
    const auto placed = next.place(request, book, lastPrice, now); // a refused order changes nothing
    if (!placed.ok()) {
        markFailed(request.clientOrderId, placed.error().describe(), now, outcome);
        done(outcome);
        return;
    }
    const Order &order = placed.value();
    // The order's row goes to the database and to the outcome; when it goes to neither (a
    // backtest), record() reads only its market.
    const bool rowKept = m_database || m_settings.reportOrders;
    OrderRecord row = rowKept ? orderRecord(request, now) : OrderRecord();
    if (rowKept) {
        row.orderId = order.id;
        row.status = orderStatusFrom(order.state);
    } else {
        row.symbol = request.market;
    }
    // The order's fills, as the broker booked them (its log has the same, when it keeps one),
    // named "<order id>-<n>" already.
    QList<TradeRecord> trades;
    trades.reserve(order.fills.size());
    for (const OrderFill &fill : order.fills) {
        TradeRecord &trade = trades.emplace_back();
        trade.exchange = m_settings.exchange;
        trade.tradeId = fill.tradeId;
        trade.orderId = order.id;
        trade.symbol = order.market;
        trade.side = order.side;
        trade.price = fill.price;
        trade.quantity = fill.volume;
        trade.fee = fill.fee;
        trade.executedAt = now;
        trade.paper = true;
    }
    record(std::move(row), trades, next, realizedBefore, reason, now, outcome);
    done(outcome);
}

} // namespace autocoin
