#pragma once

#include "core/Decimal.h"
#include "core/Domain.h"

#include <QHash>
#include <QList>
#include <QString>

namespace autocoin {

/// Running statistics of the strategy: signals by type, and over the last `lookback` closed
/// trades (a rolling window, so an old losing stretch does not veto entries for good) the win
/// rate, average win and loss, payoff ratio, profit factor, and the Kelly fraction they imply.
class PerformanceTracker
{
public:
    /// Counts one decision; a counter each, not a hash: this runs once per candle in a backtest.
    void recordSignal(SignalType type) { ++m_signals[static_cast<int>(type)]; }
    /// Counts `count` decisions of one type at once (a backtest's quiet stretch).
    void recordSignals(SignalType type, int count) { m_signals[static_cast<int>(type)] += count; }
    /// A closed trade's realised PnL, net of fees.
    void recordClosedTrade(const Decimal &pnl);
    /// Replaces the record of closed trades (oldest first), e.g. with the stored ones at a start.
    void restoreClosedTrades(const QList<Decimal> &pnls);
    /// How many of the latest closed trades count (at least 1).
    void setLookback(int lookback);
    int lookback() const { return m_lookback; }

    int signalCount(SignalType type) const { return m_signals[static_cast<int>(type)]; }
    /// Closed trades in the window (at most `lookback`).
    int closedTrades() const { return m_wins + m_losses; }
    /// Every closed trade recorded or restored, the window's and older.
    int allClosedTrades() const { return static_cast<int>(m_closed.size()); }
    double winRate() const;
    double averageWin() const;
    double averageLoss() const;  ///< positive number
    double payoffRatio() const;  ///< average win / average loss
    double profitFactor() const; ///< gross profit / gross loss
    /// W − (1 − W) / R; may be negative (then the strategy has no edge and sizes nothing).
    double kellyFraction() const;

private:
    void recount();
    /// Counts `pnl` into the window's statistics (`sign` 1) or out of them (−1).
    void count(const Decimal &pnl, int sign);
    int m_signals[3] = {0, 0, 0};
    int m_lookback = 30;
    QList<Decimal> m_closed; ///< every closed trade's PnL, oldest first; the window is its tail
    int m_wins = 0;
    int m_losses = 0;
    Decimal m_grossProfit;
    Decimal m_grossLoss;
};

} // namespace autocoin
