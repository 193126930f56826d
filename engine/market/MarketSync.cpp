#include "market/MarketSync.h"

#include "ExchangeClient.h"
#include "core/Clock.h"

namespace autocoin {

MarketSync::MarketSync(ExchangeClient *client, Database *database, Exchange exchange, const Clock *clock)
    : m_client(client)
    , m_database(database)
    , m_exchange(exchange)
    , m_clock(clock)
{}

QString MarketSync::warningLevel(const Market &market)
{
    if (market.warning)
        return QStringLiteral("CAUTION");
    if (!market.cautions.isEmpty()) {
        QStringList flags = market.cautions;
        flags.sort();
        return flags.join(u',');
    }
    return QStringLiteral("NONE");
}

void MarketSync::run(std::function<void(const Outcome &)> done)
{
    m_client->fetchMarkets([this, done = std::move(done)](const Result<QList<Market>> &markets) {
        Outcome outcome;
        if (!markets.ok()) {
            outcome.exchangeError = markets.error();
            return done(outcome);
        }
        QList<MarketRecord> records;
        for (const Market &m : markets.value())
            records.append({m_exchange, m.code, m.koreanName, m.englishName, warningLevel(m), true});
        StorageError error;
        const auto changes = MarketRepository(*m_database).sync(m_exchange, records, m_clock->nowUtc(), &error);
        if (!changes)
            outcome.storageError = error.describe();
        else
            outcome.changes = *changes;
        done(outcome);
    });
}

} // namespace autocoin
