#pragma once

#include "core/Candle.h"
#include "core/Domain.h"
#include "strategy/Indicators.h"
#include "strategy/Reason.h"
#include "strategy/StrategyParameters.h"

#include <QString>

#include <optional>

namespace autocoin {

/// The indicator values at one closed candle.
struct IndicatorSnapshot
{
    double close = 0;
    double volume = 0;
    std::optional<double> emaFast;
    std::optional<double> emaSlow;
    std::optional<double> rsi;
    std::optional<double> atr;
    std::optional<double> volumeAverage;

    bool ready() const { return emaFast && emaSlow && rsi && atr; }
};

/// The strategy's indicators, fed one closed candle at a time (O(1) each).
class IndicatorSet
{
public:
    explicit IndicatorSet(const StrategyParameters &parameters);
    IndicatorSnapshot update(const Candle &candle);
    /// The same from the candle's prices as doubles (a backtest's columns).
    IndicatorSnapshot update(double high, double low, double close, double volume)
    {
        // Inline: a backtest calls this for every candle of millions (tests/bench/bench_indicators).
        IndicatorSnapshot s;
        s.close = close;
        s.volume = volume;
        s.emaFast = m_fast.update(s.close);
        s.emaSlow = m_slow.update(s.close);
        s.rsi = m_rsi.update(s.close);
        s.atr = m_atr.update(high, low, s.close);
        s.volumeAverage = m_volume.update(s.volume);
        ++m_seen;
        return s;
    }
    int candlesSeen() const { return m_seen; }

    /// Every indicator past its look-back: update() then gives every value, and advance() moves
    /// them on with the same arithmetic without building a snapshot.
    bool warm() const { return m_fast.warm() && m_slow.warm() && m_rsi.warm() && m_atr.warm() && m_volume.warm(); }
    /// The values advance() gives (the volume average is volumeAverage()).
    struct Values
    {
        double emaFast = 0;
        double emaSlow = 0;
        double rsi = 0;
        double atr = 0;
    };
    /// update() once warm(), the snapshot's optionals left out.
    Values advance(double high, double low, double close, double volume)
    {
        close = detail::finite(close);
        const Values v{m_fast.advance(close), m_slow.advance(close), m_rsi.advance(close),
                       m_atr.advance(detail::finite(high), detail::finite(low), close)};
        m_volume.advance(detail::finite(volume));
        ++m_seen;
        return v;
    }
    double volumeAverage() const { return m_volume.average(); }

private:
    Ema m_fast;
    Ema m_slow;
    Rsi m_rsi;
    Atr m_atr;
    Sma m_volume;
    int m_seen = 0;
};

/// A decision on one closed candle.
struct Signal
{
    using Type = SignalType; ///< named and parsed in core/Domain.h
    Type type = Type::Hold;
    double strength = 0; ///< [0, 1]: how decisive the cross and the filters were
    QString reason;      ///< cause.english()
    Reason cause;
    IndicatorSnapshot values;
};

/// Which rule of evaluateSignal decides (its reason and strength follow from it).
enum class SignalRule
{
    WarmingUp,
    CrossUpOverbought, ///< HOLD: crossed up with RSI at or above rsi-overbought
    CrossUpFloor,      ///< HOLD: crossed up with RSI at or below rsi-floor
    CrossUpVolume,     ///< HOLD: crossed up on too little volume
    Buy,
    CrossDown, ///< SELL
    RsiExit,   ///< SELL: RSI above rsi-exit while a position is open
    Hold,
};

namespace detail {

/// The facts of a candle the rules read, computed once for the decision and its description.
struct SignalFacts
{
    double fast = 0;
    double slow = 0;
    double rsi = 0;
    double atr = 0;
    double volumeRatio = 0;
    bool volumeFilter = false;
};

/// The rules themselves, once, for classifySignal and evaluateSignal (inline: a backtest
/// classifies every candle; the facts it does not read are optimised away).
inline SignalRule classify(const IndicatorSnapshot &previous, const IndicatorSnapshot &current,
                           const StrategyParameters &p, bool positionOpen, SignalFacts *facts)
{
    if (!current.ready() || !previous.emaFast || !previous.emaSlow)
        return SignalRule::WarmingUp;
    SignalFacts &f = *facts;
    f.fast = *current.emaFast;
    f.slow = *current.emaSlow;
    f.rsi = *current.rsi;
    f.atr = *current.atr;
    const bool crossUp = *previous.emaFast <= *previous.emaSlow && f.fast > f.slow;
    const bool crossDown = *previous.emaFast >= *previous.emaSlow && f.fast < f.slow;
    f.volumeFilter = p.volumeMultiple > 0;
    f.volumeRatio = current.volumeAverage && *current.volumeAverage > 0 ? current.volume / *current.volumeAverage : 0.0;
    if (crossUp) {
        if (f.rsi >= p.rsiOverbought)
            return SignalRule::CrossUpOverbought;
        if (p.rsiFloor > 0 && f.rsi <= p.rsiFloor)
            return SignalRule::CrossUpFloor;
        if (f.volumeFilter && f.volumeRatio < p.volumeMultiple)
            return SignalRule::CrossUpVolume;
        return SignalRule::Buy;
    }
    if (crossDown)
        return SignalRule::CrossDown;
    if (positionOpen && f.rsi > p.rsiExit)
        return SignalRule::RsiExit;
    return SignalRule::Hold;
}

} // namespace detail

/// evaluateSignal's decision alone, without its strength and reason: what a backtest asks of
/// nearly every candle.
inline SignalRule classifySignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current,
                                 const StrategyParameters &parameters, bool positionOpen)
{
    detail::SignalFacts facts;
    return detail::classify(previous, current, parameters, positionOpen, &facts);
}

inline SignalType signalType(SignalRule rule)
{
    switch (rule) {
    case SignalRule::Buy:
        return SignalType::Buy;
    case SignalRule::CrossDown:
    case SignalRule::RsiExit:
        return SignalType::Sell;
    case SignalRule::WarmingUp:
    case SignalRule::CrossUpOverbought:
    case SignalRule::CrossUpFloor:
    case SignalRule::CrossUpVolume:
    case SignalRule::Hold:
        break;
    }
    return SignalType::Hold;
}

/// The EMA-crossover + RSI filter + volume filter rules of the seed, on closed candles only:
/// - BUY when the fast EMA crosses above the slow one, RSI is below rsi-overbought (and above
///   rsi-floor when set) and volume ≥ volume-multiple × its average (0 turns that off);
/// - SELL when the fast EMA crosses below the slow one, or RSI rises above rsi-exit while a
///   position is open;
/// - HOLD otherwise, with the reason.
/// Strength = ½·cross (|fast − slow| / ATR, capped at 1) + ¼·RSI room + ¼·volume surplus.
/// `explain` = false leaves every reason empty but a SELL's while a position is open, the one a
/// backtest reports (its exit reason); the decision and strength are the same.
Signal evaluateSignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current,
                      const StrategyParameters &parameters, bool positionOpen, bool explain = true);

} // namespace autocoin
