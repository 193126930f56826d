#include "strategy/StrategyRunner.h"

#include "ExchangeClient.h"
#include "core/Clock.h"
#include "storage/Repositories.h"

#include <algorithm>

namespace autocoin {

StrategyRunner::StrategyRunner(ExchangeClient *client, Database *database, Settings settings, const Clock *clock,
                               StrategyCore &core)
    : m_client(client)
    , m_database(database)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_core(core)
{}

int StrategyRunner::warmupCount() const
{
    return std::max(200, 5 * m_core.parameters().slowestPeriod());
}

void StrategyRunner::restoreClosedTrades(const QList<PaperFill> &fills)
{
    QList<Decimal> pnls;
    QString lastSellOrder;
    for (const PaperFill &fill : fills) {
        if (fill.side != OrderSide::Sell || fill.market != m_settings.market)
            continue;
        // The engine records a sell order's fills as one closed trade (its outcome's PnL).
        if (!pnls.isEmpty() && fill.orderId == lastSellOrder)
            pnls.last() += fill.realizedPnl;
        else
            pnls.append(fill.realizedPnl);
        lastSellOrder = fill.orderId;
    }
    m_core.restoreClosedTrades(pnls);
}

void StrategyRunner::setParameters(const StrategyParameters &parameters)
{
    m_core.setParameters(parameters, m_history);
}

void StrategyRunner::refresh(std::function<void(const Outcome &)> done)
{
    const qint64 step = m_settings.timeframe.seconds();
    const QDateTime now = m_clock->nowUtc();
    // The candle after the last one decided closes at its open + 2 timeframes: until then there
    // is nothing new to ask the exchange for (an hourly strategy polled every 5 s would otherwise
    // send 719 useless candle requests an hour).
    if (warmedUp() && now < m_lastDecided.addSecs(2 * step)) {
        done(Outcome{});
        return;
    }
    CandleQuery query;
    query.market = m_settings.market;
    query.timeframe = m_settings.timeframe;
    QList<Candle> cached;
    if (!warmedUp()) {
        query.count = warmupCount() + 1;
        if (m_database) {
            StorageError ignored; // a cache that cannot be read is simply not used
            cached = CandleRepository(*m_database)
                         .latest(m_settings.exchange, m_settings.market, m_settings.timeframe.toString(), query.count,
                                 &ignored);
            // Fetch only what the cache lacks (plus one candle that may have been forming then).
            if (cached.size() >= warmupCount()) {
                const qint64 behind = cached.constLast().openTime.secsTo(now) / step;
                query.count = static_cast<int>(std::clamp<qint64>(behind + 2, 2, query.count));
            }
        }
    } else {
        const qint64 behind = m_lastDecided.secsTo(now) / step;
        query.count = static_cast<int>(std::clamp<qint64>(behind + 2, 2, 10000));
    }
    m_client->fetchCandles(query, [this, cached, done = std::move(done)](const Result<CandleSeries> &series) {
        Outcome outcome;
        if (!series.ok()) {
            outcome.error = series.error();
            return done(outcome);
        }
        // Closed candles only: the forming one is never decided on.
        const QDateTime answeredAt = m_clock->nowUtc();
        QList<Candle> fresh;
        for (const Candle &candle : series.value().candles) {
            if (candle.openTime.addSecs(m_settings.timeframe.seconds()) <= answeredAt)
                fresh.append(candle);
        }
        if (m_database && !fresh.isEmpty()) {
            StorageError error;
            if (!CandleRepository(*m_database)
                     .upsert(m_settings.exchange, m_settings.market, m_settings.timeframe.toString(), fresh, &error))
                outcome.storageError = error.describe();
        }
        QList<Candle> all = cached + fresh;
        const CandleSeries merged = CandleSeries::normalize(all, m_settings.timeframe);
        process(merged.candles, &outcome, !warmedUp());
        done(outcome);
    });
}

void StrategyRunner::process(const QList<Candle> &candles, Outcome *outcome, bool warmupOnly)
{
    QList<Candle> pending;
    for (const Candle &candle : candles) {
        if (!m_lastDecided.isValid() || candle.openTime > m_lastDecided)
            pending.append(candle);
    }
    if (pending.isEmpty())
        return;
    if (warmupOnly) {
        // History warms the indicators up; the decision is on the newest closed candle.
        for (qsizetype i = 0; i + 1 < pending.size(); ++i) {
            m_core.warmUp(pending[i]);
            m_history.append(pending[i]);
        }
        pending = {pending.constLast()};
    }
    for (const Candle &candle : pending) {
        outcome->closed.append(candle);
        m_history.append(candle);
        m_lastDecided = candle.openTime;
    }
    const int keep = warmupCount();
    if (m_history.size() > keep)
        m_history.erase(m_history.begin(), m_history.begin() + (m_history.size() - keep));
}

} // namespace autocoin
