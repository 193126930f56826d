#include "strategy/SignalGenerator.h"

#include <algorithm>
#include <cmath>

namespace autocoin {

namespace {

double clamp01(double v)
{
    return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0;
}

QString number(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

IndicatorSet::IndicatorSet(const StrategyParameters &p)
    : m_fast(p.emaFast)
    , m_slow(p.emaSlow)
    , m_rsi(p.rsiPeriod)
    , m_atr(p.atrPeriod)
    , m_volume(p.volumePeriod)
{}

IndicatorSnapshot IndicatorSet::update(const Candle &candle)
{
    IndicatorSnapshot s;
    s.candleTime = candle.openTime;
    s.close = candle.close.toDouble();
    s.volume = candle.volume.toDouble();
    s.emaFast = m_fast.update(s.close);
    s.emaSlow = m_slow.update(s.close);
    s.rsi = m_rsi.update(s.close);
    s.atr = m_atr.update(candle.high.toDouble(), candle.low.toDouble(), s.close);
    s.volumeAverage = m_volume.update(s.volume);
    ++m_seen;
    return s;
}

Signal evaluateSignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current, const StrategyParameters &p,
                      bool positionOpen, bool explain)
{
    Signal signal;
    signal.values = current;
    if (!current.ready() || !previous.emaFast || !previous.emaSlow) {
        signal.reason = QStringLiteral("warming up the indicators");
        return signal;
    }
    const double fast = *current.emaFast;
    const double slow = *current.emaSlow;
    const double rsi = *current.rsi;
    const double atr = *current.atr;
    const bool crossUp = *previous.emaFast <= *previous.emaSlow && fast > slow;
    const bool crossDown = *previous.emaFast >= *previous.emaSlow && fast < slow;
    const double crossScore = atr > 0 ? clamp01(std::abs(fast - slow) / atr) : 1.0;
    const bool volumeFilter = p.volumeMultiple > 0;
    const double volumeRatio =
        current.volumeAverage && *current.volumeAverage > 0 ? current.volume / *current.volumeAverage : 0.0;
    const double volumeScore = volumeFilter ? clamp01(volumeRatio / (2 * p.volumeMultiple)) : 0.5;

    if (crossUp) {
        if (rsi >= p.rsiOverbought) {
            signal.reason = QStringLiteral("EMA crossed up, but RSI %1 is at or above %2")
                                .arg(number(rsi), number(p.rsiOverbought, 0));
        } else if (p.rsiFloor > 0 && rsi <= p.rsiFloor) {
            signal.reason = QStringLiteral("EMA crossed up, but RSI %1 is at or below the floor %2")
                                .arg(number(rsi), number(p.rsiFloor, 0));
        } else if (volumeFilter && volumeRatio < p.volumeMultiple) {
            signal.reason = QStringLiteral("EMA crossed up, but volume is %1x its average (needs %2x)")
                                .arg(number(volumeRatio), number(p.volumeMultiple));
        } else {
            signal.type = Signal::Type::Buy;
            signal.strength = clamp01(0.5 * crossScore + 0.25 * clamp01((p.rsiOverbought - rsi) / p.rsiOverbought) +
                                      0.25 * volumeScore);
            signal.reason = QStringLiteral("EMA %1 crossed above %2; RSI %3; volume %4x average")
                                .arg(number(fast, 0), number(slow, 0), number(rsi), number(volumeRatio));
        }
        return signal;
    }
    if (crossDown) {
        signal.type = Signal::Type::Sell;
        signal.strength = clamp01(0.5 * crossScore + 0.25 * clamp01(1 - rsi / 100) + 0.25 * volumeScore);
        signal.reason =
            QStringLiteral("EMA %1 crossed below %2; RSI %3").arg(number(fast, 0), number(slow, 0), number(rsi));
        return signal;
    }
    if (positionOpen && rsi > p.rsiExit) {
        signal.type = Signal::Type::Sell;
        signal.strength = clamp01(0.5 + 0.5 * (rsi - p.rsiExit) / std::max(1.0, 100 - p.rsiExit));
        signal.reason = QStringLiteral("RSI %1 rose above the exit bound %2").arg(number(rsi), number(p.rsiExit, 0));
        return signal;
    }
    if (explain) // the common HOLD: its reason is formatting only, skipped in backtests
        signal.reason = fast > slow ? QStringLiteral("no crossover (fast EMA above slow); RSI %1").arg(number(rsi))
                                    : QStringLiteral("no crossover (fast EMA below slow); RSI %1").arg(number(rsi));
    return signal;
}

} // namespace autocoin
