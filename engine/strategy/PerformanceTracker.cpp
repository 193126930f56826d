#include "strategy/PerformanceTracker.h"

namespace autocoin {

void PerformanceTracker::recordClosedTrade(const Decimal &pnl)
{
    if (pnl.isPositive()) {
        ++m_wins;
        m_grossProfit += pnl;
    } else {
        ++m_losses; // a break-even trade counts as a loss: it paid fees for nothing
        m_grossLoss += pnl.abs();
    }
}

double PerformanceTracker::winRate() const
{
    return closedTrades() ? double(m_wins) / closedTrades() : 0.0;
}

double PerformanceTracker::averageWin() const
{
    return m_wins ? m_grossProfit.toDouble() / m_wins : 0.0;
}

double PerformanceTracker::averageLoss() const
{
    return m_losses ? m_grossLoss.toDouble() / m_losses : 0.0;
}

double PerformanceTracker::payoffRatio() const
{
    const double loss = averageLoss();
    return loss > 0 ? averageWin() / loss : (averageWin() > 0 ? 1e9 : 0.0);
}

double PerformanceTracker::profitFactor() const
{
    const double loss = m_grossLoss.toDouble();
    return loss > 0 ? m_grossProfit.toDouble() / loss : (m_grossProfit.isPositive() ? 1e9 : 0.0);
}

double PerformanceTracker::kellyFraction() const
{
    const double r = payoffRatio();
    if (closedTrades() == 0 || r <= 0)
        return 0.0;
    return winRate() - (1 - winRate()) / r;
}

} // namespace autocoin
