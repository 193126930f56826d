#pragma once

#include "core/Market.h"
#include "core/Result.h"
#include "storage/Records.h"
#include "storage/Repositories.h"

#include <functional>

namespace autocoin {

class Clock;
class Database;
class ExchangeClient;

/// Keeps `markets` in step with the exchange: new listings added, vanished ones deactivated
/// (never deleted), warning levels updated. The seed's MarketSynchronizer.
class MarketSync
{
public:
    struct Outcome
    {
        MarketRepository::SyncResult changes;
        std::optional<ExchangeError> exchangeError;
        QString storageError;
        bool ok() const { return !exchangeError && storageError.isEmpty(); }
    };

    MarketSync(ExchangeClient *client, Database *database, Exchange exchange, const Clock *clock);

    /// Fetches the listing and applies it; `done` runs once, on the client's thread.
    void run(std::function<void(const Outcome &)> done);

    /// "NONE", "CAUTION" (유의종목) or the set 주의 flags joined by commas.
    static QString warningLevel(const Market &market);

private:
    ExchangeClient *m_client;
    Database *m_database;
    Exchange m_exchange = Exchange::Upbit;
    const Clock *m_clock;
};

} // namespace autocoin
