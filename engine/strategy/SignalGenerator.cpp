#include "strategy/SignalGenerator.h"

#include <algorithm>
#include <cmath>

namespace autocoin {

namespace {

double clamp01(double v)
{
    return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0;
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
    // The cross's and the volume's parts of a BUY's or a cross-down SELL's strength.
    const auto crossScore = [&f] { return f.atr > 0 ? clamp01(std::abs(f.fast - f.slow) / f.atr) : 1.0; };
    const auto volumeScore = [&f, &p] {
        return f.volumeFilter ? clamp01(f.volumeRatio / (2 * p.volumeMultiple)) : 0.5;
    };
    // A backtest reports only the reason of an exit (the round trip's): formatting the others
    // cost it more than the rest of its decisions.
    const bool describe = explain || (signal.type == SignalType::Sell && positionOpen);
    // The reason as data (code and values) and in the engine's English (the `reason` text).
    const auto because = [&signal](Reason reason) {
        signal.reason = reason.english();
        signal.cause = std::move(reason);
    };
    const QString rsi = QStringLiteral("rsi");
    switch (rule) {
    case SignalRule::WarmingUp:
        if (describe)
            because(Reason(ReasonCode::WarmingUp));
        break;
    case SignalRule::CrossUpOverbought:
        if (describe)
            because(
                Reason(ReasonCode::CrossUpOverbought).set(rsi, f.rsi).set(QStringLiteral("limit"), p.rsiOverbought));
        break;
    case SignalRule::CrossUpFloor:
        if (describe)
            because(Reason(ReasonCode::CrossUpFloor).set(rsi, f.rsi).set(QStringLiteral("floor"), p.rsiFloor));
        break;
    case SignalRule::CrossUpVolume:
        if (describe)
            because(Reason(ReasonCode::CrossUpVolume)
                        .set(QStringLiteral("volume"), f.volumeRatio)
                        .set(QStringLiteral("needed"), p.volumeMultiple));
        break;
    case SignalRule::Buy:
        signal.strength = clamp01(0.5 * crossScore() + 0.25 * clamp01((p.rsiOverbought - f.rsi) / p.rsiOverbought) +
                                  0.25 * volumeScore());
        if (describe)
            because(Reason(ReasonCode::CrossUp)
                        .set(QStringLiteral("fast"), f.fast)
                        .set(QStringLiteral("slow"), f.slow)
                        .set(rsi, f.rsi)
                        .set(QStringLiteral("volume"), f.volumeRatio));
        break;
    case SignalRule::CrossDown:
        signal.strength = clamp01(0.5 * crossScore() + 0.25 * clamp01(1 - f.rsi / 100) + 0.25 * volumeScore());
        if (describe)
            because(Reason(ReasonCode::CrossDown)
                        .set(QStringLiteral("fast"), f.fast)
                        .set(QStringLiteral("slow"), f.slow)
                        .set(rsi, f.rsi));
        break;
    case SignalRule::RsiExit:
        signal.strength = clamp01(0.5 + 0.5 * (f.rsi - p.rsiExit) / std::max(1.0, 100 - p.rsiExit));
        if (describe)
            because(Reason(ReasonCode::RsiExit).set(rsi, f.rsi).set(QStringLiteral("limit"), p.rsiExit));
        break;
    case SignalRule::Hold:
        if (explain) // the common HOLD: its reason is formatting only, skipped in backtests
            because(Reason(f.fast > f.slow ? ReasonCode::NoCrossAbove : ReasonCode::NoCrossBelow).set(rsi, f.rsi));
        break;
    }
    return signal;
}

} // namespace autocoin
