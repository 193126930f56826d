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
    return update(candle.high.toDouble(), candle.low.toDouble(), candle.close.toDouble(), candle.volume.toDouble());
}

Signal evaluateSignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current, const StrategyParameters &p,
                      bool positionOpen, bool explain)
{
    Signal signal;
    signal.values = current;
    detail::SignalFacts f;
    const SignalRule rule = detail::classify(previous, current, p, positionOpen, &f);
    signal.type = signalType(rule);
    const double crossScore = f.atr > 0 ? clamp01(std::abs(f.fast - f.slow) / f.atr) : 1.0;
    const double volumeScore = f.volumeFilter ? clamp01(f.volumeRatio / (2 * p.volumeMultiple)) : 0.5;
    // A backtest reports only the reason of an exit (the round trip's): formatting the others
    // cost it more than the rest of its decisions.
    const bool describe = explain || (signal.type == SignalType::Sell && positionOpen);
    switch (rule) {
    case SignalRule::WarmingUp:
        if (describe)
            signal.reason = QStringLiteral("warming up the indicators");
        break;
    case SignalRule::CrossUpOverbought:
        if (describe)
            signal.reason = QStringLiteral("EMA crossed up, but RSI %1 is at or above %2")
                                .arg(number(f.rsi), number(p.rsiOverbought, 0));
        break;
    case SignalRule::CrossUpFloor:
        if (describe)
            signal.reason = QStringLiteral("EMA crossed up, but RSI %1 is at or below the floor %2")
                                .arg(number(f.rsi), number(p.rsiFloor, 0));
        break;
    case SignalRule::CrossUpVolume:
        if (describe)
            signal.reason = QStringLiteral("EMA crossed up, but volume is %1x its average (needs %2x)")
                                .arg(number(f.volumeRatio), number(p.volumeMultiple));
        break;
    case SignalRule::Buy:
        signal.strength = clamp01(0.5 * crossScore + 0.25 * clamp01((p.rsiOverbought - f.rsi) / p.rsiOverbought) +
                                  0.25 * volumeScore);
        if (describe)
            signal.reason = QStringLiteral("EMA %1 crossed above %2; RSI %3; volume %4x average")
                                .arg(number(f.fast, 0), number(f.slow, 0), number(f.rsi), number(f.volumeRatio));
        break;
    case SignalRule::CrossDown:
        signal.strength = clamp01(0.5 * crossScore + 0.25 * clamp01(1 - f.rsi / 100) + 0.25 * volumeScore);
        if (describe)
            signal.reason = QStringLiteral("EMA %1 crossed below %2; RSI %3")
                                .arg(number(f.fast, 0), number(f.slow, 0), number(f.rsi));
        break;
    case SignalRule::RsiExit:
        signal.strength = clamp01(0.5 + 0.5 * (f.rsi - p.rsiExit) / std::max(1.0, 100 - p.rsiExit));
        if (describe)
            signal.reason =
                QStringLiteral("RSI %1 rose above the exit bound %2").arg(number(f.rsi), number(p.rsiExit, 0));
        break;
    case SignalRule::Hold:
        if (explain) // the common HOLD: its reason is formatting only, skipped in backtests
            signal.reason = f.fast > f.slow
                                ? QStringLiteral("no crossover (fast EMA above slow); RSI %1").arg(number(f.rsi))
                                : QStringLiteral("no crossover (fast EMA below slow); RSI %1").arg(number(f.rsi));
        break;
    }
    return signal;
}

} // namespace autocoin
