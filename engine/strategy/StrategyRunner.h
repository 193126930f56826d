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

/// Runs the strategy on the closed candles of one market and timeframe. The first refresh loads
/// enough history (5× the slowest period, at least 200 candles; from the candle cache where it
/// can) to warm the indicators up and decides on the newest closed candle; every later refresh
/// decides once on each candle that has closed since — never on the forming one. Every decision,
/// HOLD included, becomes a SignalRecord.
class StrategyRunner
{
public:
    struct Settings
    {
        QString exchange;
        QString market;
        Timeframe timeframe;
        StrategyParameters parameters;
        Decimal paperEquity{1000000}; ///< the account sized against when `account` is not set
        QTimeZone zone = QTimeZone::utc();
        std::function<AccountView()> account; ///< the account now (cash, positions at market)
        std::function<bool()> positionOpen;   ///< whether the market is held now
    };
    using Action = StrategyCore::Action;
    struct Outcome
    {
        QList<SignalRecord> signalRecords; ///< oldest first
        QList<Action> actions;
        std::optional<ExchangeError> error;
        QString storageError;
    };

    StrategyRunner(ExchangeClient *client, Database *database, Settings settings, const Clock *clock);

    /// Brings the strategy up to the newest closed candle; `done` runs once.
    void refresh(std::function<void(const Outcome &)> done);
    /// Takes effect on the next candle; the indicators are rebuilt from the kept history.
    void setParameters(const StrategyParameters &parameters);
    const StrategyParameters &parameters() const { return m_settings.parameters; }
    bool warmedUp() const { return m_lastDecided.isValid(); }
    int warmupCount() const;
    const PerformanceTracker &tracker() const { return m_core.tracker(); }
    /// Blocks every new entry from now on (the kill switch).
    void kill() { m_core.kill(); }
    const RiskManager &risk() const { return m_core.risk(); }
    /// A position was closed with this PnL: feeds the win rate and payoff behind Kelly sizing.
    void recordClosedTrade(const Decimal &pnl) { m_core.recordClosedTrade(pnl); }
    /// Rebuilds that record from the market's booked fills (oldest first; one closed trade per
    /// sell order, as the engine records it), so a restart decides as an uninterrupted run would.
    void restoreClosedTrades(const QList<PaperFill> &fills);
    /// The ATR of the newest decided candle (0 before the warm-up).
    double lastAtr() const { return m_core.lastAtr(); }

private:
    void process(const QList<Candle> &candles, Outcome *outcome, bool warmupOnly);

    ExchangeClient *m_client;
    Database *m_database;
    Settings m_settings;
    const Clock *m_clock;
    StrategyCore m_core;
    QList<Candle> m_history; ///< the last warmupCount() closed candles, for rebuilding
    QDateTime m_lastDecided; ///< open time of the last candle decided on
};

} // namespace autocoin
