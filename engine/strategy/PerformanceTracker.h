#pragma once

#include "core/Decimal.h"

#include <QHash>
#include <QString>

namespace autocoin {

/// Running statistics of the strategy: signals by type, closed trades, win rate, average win
/// and loss, payoff ratio, profit factor, and the Kelly fraction they imply.
class PerformanceTracker
{
public:
    /// Counts one decision ("BUY", "SELL" or "HOLD"); a counter each, not a hash: this runs once
    /// per candle in a backtest.
    void recordSignal(QStringView type) { ++m_signals[index(type)]; }
    /// A closed trade's realised PnL, net of fees.
    void recordClosedTrade(const Decimal &pnl);

    int signalCount(QStringView type) const { return m_signals[index(type)]; }
    int closedTrades() const { return m_wins + m_losses; }
    double winRate() const;
    double averageWin() const;
    double averageLoss() const;  ///< positive number
    double payoffRatio() const;  ///< average win / average loss
    double profitFactor() const; ///< gross profit / gross loss
    /// W − (1 − W) / R; may be negative (then the strategy has no edge and sizes nothing).
    double kellyFraction() const;

private:
    static int index(QStringView type) { return type == u"BUY" ? 0 : type == u"SELL" ? 1 : 2; }
    int m_signals[3] = {0, 0, 0};
    int m_wins = 0;
    int m_losses = 0;
    Decimal m_grossProfit;
    Decimal m_grossLoss;
};

} // namespace autocoin
