#pragma once

#include "execution/Execution.h"

namespace autocoin {

/// Live trading on the exchange. Safe to leave running: the intent is in `order_history` before
/// the request leaves; the request is sent once; a lost answer is resolved by looking the order up
/// by its client order id (the exchange layer does this first; whatever it cannot resolve stays
/// "unknown" and is looked up on every iteration); each order is followed to its final state, each
/// fill recorded once with its share of the order's fee; an order open past the timeout is
/// cancelled. Nothing depends on the answer to the placement arriving.
class LiveExecution final : public Execution
{
public:
    LiveExecution(Database *database, ExchangeClient *client, Settings settings);

    bool isPaper() const override { return false; }
    void reconcile(const QDateTime &now, Done done) override;
    void follow(const QDateTime &now, Done done) override;
    void cancelOpenOrders(const QDateTime &now, Done done) override;

protected:
    void submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason, const QDateTime &now,
                Done done) override;

private:
    /// Our unfinished live orders in this market, except those being placed right now.
    QList<OrderRecord> unfinished(Outcome &outcome) const;
    /// Looks `orders[index…]` up one after another, then calls `done` with everything they showed.
    void followFrom(QList<OrderRecord> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done);
    /// Looks one order up, records what it shows, cancels it when it is open past the timeout.
    void followOne(const OrderRecord &order, const QDateTime &now, Done done);
    /// Records the order as the exchange shows it: its state and the fills not yet recorded.
    void observe(const Order &order, const OrderRecord &known, const QString &detail, const QDateTime &now,
                 Outcome &outcome);
    void compareBalances(const QList<Balance> &balances, Outcome &outcome);
    void cancelFrom(QList<Order> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done);

    Decimal sellable(const Decimal &held) const override;

    std::optional<Decimal> m_exchangeCoin; ///< the coin the exchange holds for us, from balances and fills since
    QSet<QString> m_placing;               ///< client order ids whose placement has not answered yet
};

} // namespace autocoin
