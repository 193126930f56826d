#include "strategy/PerformanceTracker.h"

#include <algorithm>

namespace autocoin {

void PerformanceTracker::recordClosedTrade(const Decimal &pnl)
{
    m_closed.append(pnl);
    recount();
}

void PerformanceTracker::restoreClosedTrades(const QList<Decimal> &pnls)
{
    m_closed = pnls;
    recount();
}

void PerformanceTracker::setLookback(int lookback)
{
    m_lookback = std::max(1, lookback);
    recount();
}

void PerformanceTracker::recount()
{
    // At most `lookback` additions per closed trade: cheap next to a decision.
    m_wins = 0;
    m_losses = 0;
    m_grossProfit = Decimal();
    m_grossLoss = Decimal();
    for (qsizetype i = std::max<qsizetype>(0, m_closed.size() - m_lookback); i < m_closed.size(); ++i) {
        const Decimal &pnl = m_closed.at(i);
        if (pnl.isPositive()) {
            ++m_wins;
            m_grossProfit += pnl;
        } else {
            ++m_losses; // a break-even trade counts as a loss: it paid fees for nothing
            m_grossLoss += pnl.abs();
        }
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
