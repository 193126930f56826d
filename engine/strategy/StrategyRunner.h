#pragma once

#include "core/Candle.h"
#include "core/Result.h"
#include "execution/PaperBroker.h"
#include "storage/Records.h"
#include "strategy/StrategyCore.h"

#include <QList>

#include <functional>
#include <optional>

namespace autocoin {

class Clock;
class Database;
class ExchangeClient;

/// Brings one market's strategy (a StrategyCore of the Portfolio) its closed candles of one
/// timeframe. The first refresh loads enough history (5× the slowest period, at least 200
/// candles; from the candle cache where it can) to warm the indicators up and returns the newest
/// closed candle to decide on; every later refresh returns each candle that has closed since —
/// never the forming one. The caller decides on what it returns (Portfolio::decide), all markets
/// together.
class StrategyRunner
{
public:
    struct Settings
    {
        Exchange exchange = Exchange::Upbit;
        QString market;
        Timeframe timeframe;
    };
    struct Outcome
    {
        QList<Candle> closed; ///< oldest first: to be decided on now
        std::optional<ExchangeError> error;
        QString storageError;
    };

    StrategyRunner(ExchangeClient *client, Database *database, Settings settings, const Clock *clock,
                   StrategyCore &core);

    const QString &market() const { return m_settings.market; }
    /// Brings the market up to its newest closed candle; `done` runs once.
    void refresh(std::function<void(const Outcome &)> done);
    /// Takes effect on the next candle; the indicators are rebuilt from the kept history.
    void setParameters(const StrategyParameters &parameters);
    bool warmedUp() const { return m_lastDecided.isValid(); }
    int warmupCount() const;
    /// Rebuilds the market's record of closed trades from its booked fills (oldest first; one
    /// closed trade per sell order, as the engine records it), so a restart decides as an
    /// uninterrupted run would.
    void restoreClosedTrades(const QList<PaperFill> &fills);

private:
    void process(const QList<Candle> &candles, Outcome *outcome, bool warmupOnly);

    ExchangeClient *m_client;
    Database *m_database;
    Settings m_settings;
    const Clock *m_clock;
    StrategyCore &m_core;
    QList<Candle> m_history; ///< the last warmupCount() closed candles, for rebuilding
    QDateTime m_lastDecided; ///< open time of the last candle handed out
};

} // namespace autocoin
