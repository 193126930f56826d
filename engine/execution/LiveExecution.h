#pragma once

#include "execution/Execution.h"

namespace autocoin {

struct StorageError;

/// Live trading on the exchange. Safe to leave running: the intent is in `order_history` before
/// the request leaves; the request is sent once; a lost answer is resolved by looking the order up
/// by its client order id (the exchange layer does this first; whatever it cannot resolve stays
/// "unknown" and is looked up on every iteration); each order is followed to its final state, each
/// fill recorded once with its share of the order's fee; an order open past the timeout is
/// cancelled. Nothing depends on the answer to the placement arriving. An order not found by its
/// client order id is "never placed" only after kNeverPlacedLookups lookups in a row and the
/// order timeout (exchanges are eventually consistent).
class LiveExecution final : public Execution
{
public:
    LiveExecution(Database *database, ExchangeClient *client, Settings settings);

    /// 404s in a row (past the order timeout) before an order without an exchange id is "never placed".
    static constexpr int kNeverPlacedLookups = 3;

    bool isPaper() const override { return false; }
    void reconcile(const QDateTime &now, Done done) override;
    void follow(const QDateTime &now, Done done) override;
    void cancelOpenOrders(const QDateTime &now, Done done) override;
    QList<OrderRecord> unresolved(const QString &market = {}) const override;

protected:
    void submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason, const QDateTime &now,
                Done done) override;

private:
    /// Our live orders on this exchange that are not final, in `market` (every market when empty).
    QList<OrderRecord> ours(const QString &market, StorageError *error) const;
    /// Our unfinished live orders in every market, except those being placed right now.
    QList<OrderRecord> unfinished(Outcome &outcome) const;
    /// Looks `orders[index…]` up one after another, then calls `done` with everything they showed.
    void followFrom(QList<OrderRecord> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done);
    /// Looks one order up, records what it shows, cancels it when it is open past the timeout.
    void followOne(const OrderRecord &order, const QDateTime &now, Done done);
    /// Records the order as the exchange shows it: its state and the fills not yet recorded; an
    /// answer that cannot be booked exactly records nothing and sets outcome.error.
    void observe(const Order &order, const OrderRecord &known, const QString &detail, const QDateTime &now,
                 Outcome &outcome);
    /// observe() itself; it may throw where an answer's exact amounts leave Decimal's range.
    void observeUnguarded(const Order &order, const OrderRecord &known, const QString &detail, const QDateTime &now,
                          Outcome &outcome);
    void compareBalances(const QList<Balance> &balances, Outcome &outcome);
    void cancelFrom(QList<Order> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done);

    /// Looks up, by client order id, recent orders of ours recorded `failed` without an exchange
    /// id (an answer misread before issue 13): one that exists is recorded as the exchange shows it.
    void recheckFrom(QList<OrderRecord> orders, qsizetype index, const QDateTime &now, Outcome soFar, Done done);

    Decimal sellable(const QString &market, const Decimal &held) const override;
    /// The markets whose open orders and balances are looked at: the list traded, and every
    /// market held or with an unfinished order (a market that left the list is still ours).
    QStringList watched() const;
    /// The open orders of `markets[index…]`, one request each, gathered; the first failure ends it.
    void openOrdersFrom(QStringList markets, qsizetype index, QList<Order> soFar,
                        std::function<void(const Result<QList<Order>> &)> done);

    /// Coin → what the exchange holds for us, from balances and fills since.
    QHash<QString, Decimal> m_exchangeCoins;
    QSet<QString> m_placing;        ///< client order ids whose placement has not answered yet
    QHash<QString, int> m_notFound; ///< client order id → lookups in a row that answered 404
    QSet<QString> m_rechecked;      ///< failed orders already looked up again by this execution
    bool m_balancesRead = false;    ///< the current reconciliation has set the cash from the exchange
    bool m_cashKnown = false;       ///< some reconciliation has (until then the cash is unknown)
    /// Coin → the last balance difference reported (exchange, recorded): reported again only when it changes.
    QHash<QString, std::pair<Decimal, Decimal>> m_reportedDifferences;
};

} // namespace autocoin
