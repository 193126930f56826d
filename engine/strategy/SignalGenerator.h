#pragma once

#include "core/Candle.h"
#include "core/Domain.h"
#include "strategy/Indicators.h"
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
    IndicatorSnapshot update(double high, double low, double close, double volume);
    int candlesSeen() const { return m_seen; }

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
    QString reason;
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

/// evaluateSignal's decision alone, without its strength and reason: what a backtest asks of
/// nearly every candle.
SignalRule classifySignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current,
                          const StrategyParameters &parameters, bool positionOpen);
SignalType signalType(SignalRule rule);

/// The EMA-crossover + RSI filter + volume filter rules of the seed, on closed candles only:
/// - BUY when the fast EMA crosses above the slow one, RSI is below rsi-overbought (and above
///   rsi-floor when set) and volume ≥ volume-multiple × its average (0 turns that off);
/// - SELL when the fast EMA crosses below the slow one, or RSI rises above rsi-exit while a
///   position is open;
/// - HOLD otherwise, with the reason.
/// Strength = ½·cross (|fast − slow| / ATR, capped at 1) + ¼·RSI room + ¼·volume surplus.
/// `explain` = false leaves the reason of a plain HOLD empty (backtests: the decision is the same).
Signal evaluateSignal(const IndicatorSnapshot &previous, const IndicatorSnapshot &current,
                      const StrategyParameters &parameters, bool positionOpen, bool explain = true);

} // namespace autocoin
