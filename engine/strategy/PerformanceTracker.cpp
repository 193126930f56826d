#include "strategy/PerformanceTracker.h"

#include <algorithm>

namespace autocoin {

void PerformanceTracker::recordClosedTrade(const Decimal &pnl)
{
    m_closed.append(pnl);
    // The window moves by one: the new trade comes in, the one past the look-back goes out. The
    // sums are exact (and normalised), so this is what recount() gives, without its `lookback`
    // additions on every closed trade of a backtest.
    count(pnl, 1);
    if (m_closed.size() > m_lookback)
        count(m_closed.at(m_closed.size() - 1 - m_lookback), -1);
}

void PerformanceTracker::count(const Decimal &pnl, int sign)
{
    if (pnl.isPositive()) {
        m_wins += sign;
        m_grossProfit = sign > 0 ? m_grossProfit + pnl : m_grossProfit - pnl;
    } else {
        m_losses += sign; // a break-even trade counts as a loss: it paid fees for nothing
        m_grossLoss = sign > 0 ? m_grossLoss + pnl.abs() : m_grossLoss - pnl.abs();
    }
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
