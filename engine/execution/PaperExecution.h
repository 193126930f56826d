#pragma once

#include "execution/Execution.h"

namespace autocoin {

/// Paper trading: orders fill on the PaperBroker — against the exchange's current order book when
/// it has one (walking levels, so size moves the price), else at the last price ± slippage — and
/// are recorded exactly as live fills are. The paper account persists: it is rebuilt from the
/// recorded paper fills since its last reset (`PaperAccount`).
class PaperExecution final : public Execution
{
public:
    /// `client` may be null (no order book); `useOrderBook` asks it for the book before each order.
    PaperExecution(Database *database, ExchangeClient *client, Settings settings, bool useOrderBook);

    bool isPaper() const override { return true; }
    void reconcile(const QDateTime &now, Done done) override;
    /// Paper market orders are final at once: nothing to follow.
    void follow(const QDateTime &now, Done done) override;
    void cancelOpenOrders(const QDateTime &now, Done done) override;

protected:
    void submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason, const QDateTime &now,
                Done done) override;

private:
    void fill(const OrderRequest &request, const OrderBook &book, const Decimal &lastPrice, const QString &reason,
              const QDateTime &now, const Done &done);

    bool m_useOrderBook;
};

} // namespace autocoin
