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

    /// Every indicator past its look-back: update() then gives every value, and steady() can take
    /// the state over.
    bool warm() const { return m_fast.warm() && m_slow.warm() && m_rsi.warm() && m_atr.warm() && m_volume.warm(); }

    /// The state update() moves once warm(), as plain values, for a loop over a steady stretch to
    /// keep in registers: through the indicators' members it went through memory on every candle,
    /// a store and a load in each recurrence. The same arithmetic as each indicator's advance(),
    /// operation for operation; the RSI and the volume
    /// average (a division each) are computed only when a snapshot is asked for. Taken with
    /// steady() once warm(), given back with resume(); the volume ring is updated in place.
    struct Steady
    {
        /// The values after a candle, enough for its snapshot.
        struct Point
        {
            double emaFast = 0;
            double emaSlow = 0;
            double gain = 0;
            double loss = 0;
            double atr = 0;
            double volumeSum = 0;
        };
        double fastK = 0;
        double fast = 0;
        double slowK = 0;
        double slow = 0;
        double rsiPrevious = 0;
        double gain = 0;
        double loss = 0;
        double rsiPeriodLess1 = 0;
        double rsiPeriod = 0;
        double atrPreviousClose = 0;
        double atr = 0;
        double atrPeriodLess1 = 0;
        double atrPeriod = 0;
        double *ring = nullptr;
        int ringSize = 0;
        int next = 0;
        double volumeSum = 0;
        double volumePeriod = 0;
        int advanced = 0;

        void advance(double high, double low, double close, double volume)
        {
            close = detail::finite(close);
            fast = detail::emaStep(fast, fastK, close); // Ema::advance
            slow = detail::emaStep(slow, slowK, close);
            advanceRsi(close);
            advanceAtr(high, low, close);
            advanceVolume(volume);
            ++advanced;
        }
        /// The EMAs after `close` (finite), without moving them: a loop that looks at them first.
        double nextFast(double close) const { return detail::emaStep(fast, fastK, close); }
        double nextSlow(double close) const { return detail::emaStep(slow, slowK, close); }
        /// advance()'s steps of one indicator each (`close` finite), for a loop over one of them
        /// alone (IndicatorBank's series); they leave `advanced` as it is.
        void advanceRsi(double close)
        {
            const double change = close - rsiPrevious; // Rsi::advance
            gain = detail::wilderStep(gain, rsiPeriodLess1, rsiPeriod, detail::riseOf(change));
            loss = detail::wilderStep(loss, rsiPeriodLess1, rsiPeriod, detail::fallOf(change));
            rsiPrevious = close;
        }
        void advanceAtr(double high, double low, double close)
        {
            atr = detail::wilderStep(atr, atrPeriodLess1, atrPeriod, // Atr::advance
                                     detail::trueRange(detail::finite(high), detail::finite(low), atrPreviousClose));
            atrPreviousClose = close;
        }
        void advanceVolume(double volume) // Sma::advance
        {
            detail::ringStep(ring, ringSize, next, volumeSum, detail::finite(volume));
        }
        /// Rsi::value of a state's gain and loss.
        static double rsiOf(double gain, double loss)
        {
            const double total = gain + loss;
            return total > 0 ? 100.0 * gain / total : 0.0;
        }
        Point point() const { return {fast, slow, gain, loss, atr, volumeSum}; }
        /// What update() gives for the candle of `close` and `volume` whose values `at` holds.
        IndicatorSnapshot snapshot(const Point &at, double close, double volume) const
        {
            IndicatorSnapshot s;
            s.close = close;
            s.volume = volume;
            s.emaFast = at.emaFast;
            s.emaSlow = at.emaSlow;
            s.rsi = rsiOf(at.gain, at.loss);
            s.atr = at.atr;
            s.volumeAverage = at.volumeSum / volumePeriod; // Sma::average
            return s;
        }
    };
    /// The state for a steady stretch (warm() must hold); nothing else may change this set until
    /// resume().
    Steady steady()
    {
        Steady s;
        s.fastK = m_fast.m_k;
        s.fast = m_fast.m_value;
        s.slowK = m_slow.m_k;
        s.slow = m_slow.m_value;
        s.rsiPrevious = m_rsi.m_previous;
        s.gain = m_rsi.m_gain;
        s.loss = m_rsi.m_loss;
        s.rsiPeriodLess1 = m_rsi.m_period - 1;
        s.rsiPeriod = m_rsi.m_period;
        s.atrPreviousClose = m_atr.m_previousClose;
        s.atr = m_atr.m_value;
        s.atrPeriodLess1 = m_atr.m_period - 1;
        s.atrPeriod = m_atr.m_period;
        s.ring = m_volume.m_ring.data();
        s.ringSize = m_volume.m_period;
        s.next = m_volume.m_next;
        s.volumeSum = m_volume.m_sum;
        s.volumePeriod = m_volume.m_period;
        return s;
    }
    /// Takes the state back after the stretch: as if update() had been called for each candle.
    void resume(const Steady &s)
    {
        m_fast.m_value = s.fast;
        m_slow.m_value = s.slow;
        m_rsi.m_previous = s.rsiPrevious;
        m_rsi.m_gain = s.gain;
        m_rsi.m_loss = s.loss;
        m_rsi.m_count += s.advanced;
        m_atr.m_previousClose = s.atrPreviousClose;
        m_atr.m_value = s.atr;
        m_atr.m_count += s.advanced;
        m_volume.m_next = s.next;
        m_volume.m_sum = s.volumeSum;
        m_seen += s.advanced;
    }

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
