#pragma once

#include "core/Candle.h"
#include "storage/Records.h"
#include "strategy/PerformanceTracker.h"
#include "strategy/RiskManager.h"
#include "strategy/SignalGenerator.h"

#include <QList>

#include <functional>

namespace autocoin {

/// The decision on each closed candle — indicators, signal rules, one position per market, risk
/// sizing, the record of closed trades behind Kelly sizing — with no I/O and no clock of its own.
/// The live engine runs it through StrategyRunner (which fetches the candles); the backtester runs
/// it directly over a file. Same class, same decisions.
class StrategyCore
{
public:
    /// What the engine should do after a decision.
    struct Action
    {
        enum class Kind
        {
            Enter,
            Exit
        };
        Kind kind = Kind::Enter;
        Decimal amount; ///< Enter: KRW to spend
        Decimal stop;   ///< Enter: the initial stop
        Decimal price;  ///< the close the decision was made on
        QString reason;
    };

    StrategyCore(QString market, Timeframe timeframe, StrategyParameters parameters, MarketRules rules, QTimeZone zone);

    /// Feeds a candle to the indicators without deciding (warm-up).
    void warmUp(const Candle &candle);
    /// Decides on `candle` (closed) at time `now`; `account` is asked only to size a BUY. An
    /// action to take, if any, is appended to `actions`.
    SignalRecord decide(const Candle &candle, const QDateTime &now, const std::function<AccountView()> &account,
                        QList<Action> *actions);
    /// Whether the market is held (the ledger's truth, set before each decision).
    void setPositionOpen(bool open) { m_positionOpen = open; }
    /// New parameters; the indicators are rebuilt from `history`.
    void setParameters(const StrategyParameters &parameters, const QList<Candle> &history);
    const StrategyParameters &parameters() const { return m_parameters; }

    const RiskManager &risk() const { return m_risk; }
    const PerformanceTracker &tracker() const { return m_tracker; }
    void recordClosedTrade(const Decimal &pnl) { m_tracker.recordClosedTrade(pnl); }
    /// The record behind Kelly sizing from stored closed trades (oldest first), at a start.
    void restoreClosedTrades(const QList<Decimal> &pnls) { m_tracker.restoreClosedTrades(pnls); }
    void kill() { m_risk.kill(); }
    double lastAtr() const { return m_lastAtr; }
    /// Whether a plain HOLD gets its reason written (the engine stores it; a backtest does not).
    void setExplain(bool explain) { m_explain = explain; }

private:
    QString m_market;
    Timeframe m_timeframe;
    QString m_timeframeName;
    bool m_explain = true;
    StrategyParameters m_parameters;
    IndicatorSet m_indicators;
    IndicatorSnapshot m_previous;
    RiskManager m_risk;
    PerformanceTracker m_tracker;
    bool m_positionOpen = false;
    double m_lastAtr = 0;
};

} // namespace autocoin
