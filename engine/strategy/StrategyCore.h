#pragma once

#include "core/Candle.h"
#include "storage/Records.h"
#include "strategy/Indicators.h"
#include "strategy/PerformanceTracker.h"
#include "strategy/SignalGenerator.h"

#include <QList>

namespace autocoin {

/// The strategy of one market on its closed candles — indicators, the signal rules, one position
/// at a time, the record of closed trades behind Kelly sizing — with no I/O, no clock and no
/// money of its own: sizing and the limits of the whole account are the Portfolio's. The live
/// engine feeds it through StrategyRunner (which fetches the candles); the backtester feeds it
/// from files. Same class, same decisions.
class StrategyCore
{
public:
    /// What the engine should do after a decision.
    struct Action
    {
        enum class Kind
        {
            Enter,
            Exit
        };
        Kind kind = Kind::Enter;
        QString market;
        Decimal amount; ///< Enter: KRW to spend
        Decimal stop;   ///< Enter: the initial stop
        Decimal price;  ///< the close the decision was made on
        QString reason;
        Reason cause;
    };

    /// A candle's signal before the portfolio has looked at it.
    struct Evaluation
    {
        Signal signal;
        IndicatorSnapshot values;
        Candle candle;
    };

    StrategyCore(QString market, Timeframe timeframe, StrategyParameters parameters);

    const QString &market() const { return m_market; }
    /// Feeds a candle to the indicators without deciding (warm-up).
    void warmUp(const Candle &candle);
    /// The signal on `candle` (closed); the indicators move on. A BUY while the market is held
    /// becomes a HOLD (one position per market: no adding to it).
    Evaluation evaluate(const Candle &candle);
    /// The same with the indicators already computed by the caller (a backtest feeds them from
    /// its columns, or from series a sweep shares); this core's own indicators do not move, so a
    /// caller gives the values of every candle or of none.
    Evaluation evaluate(const Candle &candle, const IndicatorSnapshot &values);
    /// What evaluate(…, values) would decide, without its strength and reason and without moving
    /// on; then pass() moves on when nothing is to be done (the backtest's plain candles).
    /// Inline, as pass(): a backtest asks this of nearly every candle.
    SignalType peek(const IndicatorSnapshot &values) const
    {
        const SignalType type = signalType(classifySignal(m_previous, values, m_parameters, m_positionOpen));
        return type == SignalType::Buy && m_positionOpen ? SignalType::Hold : type;
    }
    /// Whether, with the market held, the rules give this candle a plain HOLD that would stay one
    /// with the position gone (no BUY, no cross down, no RSI exit): then only the protective stop
    /// can act on it, and pass(values, HOLD) is its decision whether the stop fires or not. A
    /// backtest's held candles.
    bool holdsEitherWay(const IndicatorSnapshot &values) const
    {
        return signalType(classifySignal(m_previous, values, m_parameters, true)) == SignalType::Hold &&
               signalType(classifySignal(m_previous, values, m_parameters, false)) == SignalType::Hold;
    }
    /// Moves on past a candle whose signal `type` (peek's) needs no decision: counts it.
    void pass(const IndicatorSnapshot &values, SignalType type)
    {
        m_lastAtr = values.atr.value_or(m_lastAtr);
        m_previous = values;
        m_tracker.recordSignal(type);
    }
    /// peek() and pass() over the candles [from, to) whose values `values(i)` gives, with the
    /// state in registers: stops at the first BUY (its values go to *buy) and returns its index,
    /// or `to`. The backtest's quiet stretch, with nothing held.
    template<typename Values>
    qsizetype passUntilBuy(qsizetype from, qsizetype to, Values &&values, IndicatorSnapshot *buy)
    {
        const StrategyParameters parameters = m_parameters;
        const bool positionOpen = m_positionOpen;
        IndicatorSnapshot previous = m_previous;
        double lastAtr = m_lastAtr;
        int counts[3] = {0, 0, 0};
        qsizetype i = from;
        for (; i < to; ++i) {
            const IndicatorSnapshot current = values(i);
            SignalType type = signalType(classifySignal(previous, current, parameters, positionOpen));
            if (type == SignalType::Buy) {
                if (!positionOpen) {
                    *buy = current;
                    break;
                }
                type = SignalType::Hold; // as peek()
            }
            lastAtr = current.atr.value_or(lastAtr);
            previous = current;
            ++counts[static_cast<int>(type)];
        }
        m_previous = previous;
        m_lastAtr = lastAtr;
        for (const SignalType type : {SignalType::Buy, SignalType::Sell, SignalType::Hold})
            m_tracker.recordSignals(type, counts[static_cast<int>(type)]);
        return i;
    }
    /// passUntilBuy over EMA series computed beforehand (a sweep's shared ones), with nothing held:
    /// the same decisions, counts and state. `fast[i]` and `slow[i]` are candle i's EMAs (NaN
    /// before their look-back), `values(i)` its whole snapshot. With nothing held a candle can
    /// only be a BUY or a SELL where the EMAs cross (the rules' cross test, false on a NaN as on a
    /// missing value), so the scan compares the two series and builds the snapshots only there —
    /// the first candle of the stretch, compared with the previous state, always goes to the rules.
    template<typename Values>
    qsizetype passUntilBuyCrossing(qsizetype from, qsizetype to, const double *fast, const double *slow,
                                   Values &&values, IndicatorSnapshot *buy)
    {
        return passUntilBuyCrossing(
            from, to, fast, slow, values, [](qsizetype) {}, buy);
    }
    /// Whether the EMAs cross from one candle (`fastBefore`, `slowBefore`) to the next: the fast
    /// one from at or below the slow to above it, or from at or above to below. Without a cross
    /// and nothing held the rules give HOLD, which is what every quiet scan below skips by.
    static bool emasCross(double fastBefore, double slowBefore, double fast, double slow)
    {
        return (fastBefore <= slowBefore && fast > slow) || (fastBefore >= slowBefore && fast < slow);
    }
    /// The same, calling `ahead(i)` at every eighth candle the scan passes, kAhead candles before i:
    /// a hint that values(i … i + 7) may be asked for soon (a sweep's records, read at scattered
    /// crosses, fetched from memory while the scan goes on rather than when a cross is reached).
    static constexpr qsizetype kAhead = 32;
    template<typename Values, typename Ahead>
    qsizetype passUntilBuyCrossing(qsizetype from, qsizetype to, const double *fast, const double *slow,
                                   Values &&values, Ahead &&ahead, IndicatorSnapshot *buy)
    {
        if (m_positionOpen || from >= to)
            return passUntilBuy(from, to, values, buy);
        const StrategyParameters parameters = m_parameters;
        int sells = 0;
        int holds = 0;
        const auto decide = [&](const IndicatorSnapshot &previous, qsizetype i) {
            const IndicatorSnapshot current = values(i);
            const SignalType type = signalType(classifySignal(previous, current, parameters, false));
            if (type == SignalType::Buy) {
                *buy = current;
                return true;
            }
            ++(type == SignalType::Sell ? sells : holds);
            return false;
        };
        qsizetype i = from;
        if (!decide(m_previous, i)) {
            double previousFast = fast[i];
            double previousSlow = slow[i];
            for (++i; i < to; ++i) {
                if ((i & 7) == 0 && i + kAhead + 8 <= to)
                    ahead(i + kAhead);
                const double f = fast[i];
                const double s = slow[i];
                if (emasCross(previousFast, previousSlow, f, s) && decide(values(i - 1), i))
                    break;
                previousFast = f;
                previousSlow = s;
            }
            holds += int(i - from) - sells - holds; // every candle passed without a cross
        }
        if (i > from) { // as passUntilBuy leaves it: the last candle passed, the last ATR known
            m_previous = values(i - 1);
            for (qsizetype k = i - 1; k >= from; --k) {
                if (const std::optional<double> atr = k == i - 1 ? m_previous.atr : values(k).atr) {
                    m_lastAtr = *atr;
                    break;
                }
            }
        }
        m_tracker.recordSignals(SignalType::Buy, 0);
        m_tracker.recordSignals(SignalType::Sell, sells);
        m_tracker.recordSignals(SignalType::Hold, holds);
        return i;
    }
    /// Whether passUntilBuyWarm can take over from passUntilBuy with `indicators` (those that gave
    /// this core its values): nothing held, every indicator past its look-back, the previous
    /// candle's EMAs known.
    bool steady(const IndicatorSet &indicators) const
    {
        return !m_positionOpen && indicators.warm() && m_previous.emaFast && m_previous.emaSlow;
    }
    /// The candle's prices passUntilBuyWarm reads.
    struct Prices
    {
        double high = 0;
        double low = 0;
        double close = 0;
        double volume = 0;
    };
    /// passUntilBuy with `indicators` computing the values from `prices(i)` (`prices.fast(i, &p)`
    /// where it can, inline and without a call), once steady(): the
    /// same decisions, counts and state, with the indicators advanced in place and a snapshot
    /// built only where the EMAs cross. With nothing held the rules give HOLD on every candle
    /// without a cross (a SELL needs a cross down or a position; a BUY a cross up), so only the
    /// crosses go to classifySignal. The backtest's quiet stretch: ~333 → ~232 instructions a candle,
    /// then ~150 with the inner loop apart (advanceUntilCross; callgrind, the million-minute run).
    template<typename PricesAt>
    qsizetype passUntilBuyWarm(qsizetype from, qsizetype to, IndicatorSet &indicators, PricesAt &&prices,
                               IndicatorSnapshot *buy)
    {
        const StrategyParameters parameters = m_parameters;
        // The indicators' state in locals (IndicatorSet::Steady). Each candle's EMAs come first:
        // without a cross (nearly every candle) the rest of the state moves and the loop goes on,
        // with no copy of the state kept; at a cross the state is still the previous candle's,
        // whose snapshot the rules compare with, and the candle is advanced there. The previous
        // candle's close is in the state; its volume is kept beside it.
        IndicatorSet::Steady state = indicators.steady();
        Q_ASSERT(state.fast == *m_previous.emaFast && state.slow == *m_previous.emaSlow);
        double previousVolume = m_previous.volume;
        std::optional<IndicatorSnapshot> before; ///< the candle before a BUY
        int sells = 0;
        qsizetype i = from;
        while (i < to) {
            i = advanceUntilCross(state, i, to, prices, &previousVolume);
            if (i == to)
                break;
            Prices p;
            if (!prices.fast(i, &p)) { // a value of 2^53 units or more: the candle the slow way
                p = prices(i);
                if (!emasCross(state.fast, state.slow, state.nextFast(p.close), state.nextSlow(p.close))) {
                    state.advance(p.high, p.low, p.close, p.volume);
                    previousVolume = p.volume;
                    ++i;
                    continue;
                }
            }
            const IndicatorSnapshot previous =
                i == from ? m_previous : state.snapshot(state.point(), state.rsiPrevious, previousVolume);
            state.advance(p.high, p.low, p.close, p.volume);
            const IndicatorSnapshot current = state.snapshot(state.point(), p.close, p.volume);
            const SignalType type = signalType(classifySignal(previous, current, parameters, false));
            if (type == SignalType::Buy) {
                *buy = current;
                before = previous;
                break;
            }
            sells += type == SignalType::Sell ? 1 : 0;
            previousVolume = p.volume;
            ++i;
        }
        indicators.resume(state);
        if (i > from) { // the last candle passed is the previous one now, as passUntilBuy leaves it
            m_previous = before ? *before : state.snapshot(state.point(), state.rsiPrevious, previousVolume);
            m_lastAtr = *m_previous.atr;
        }
        m_tracker.recordSignals(SignalType::Buy, 0);
        m_tracker.recordSignals(SignalType::Sell, sells);
        m_tracker.recordSignals(SignalType::Hold, int(i - from) - sells);
        return i;
    }
    /// passUntilBuyWarm's inner loop: advances `state` from candle `i` on while `prices.fast`
    /// reads the candle and the EMAs do not cross on it; returns the first candle it did not
    /// pass (`to` at the end), `previousVolume` the last passed candle's volume. Apart, on copies
    /// of the state, and calling nothing: with the loop inside the scan, its decisions' calls kept
    /// the state in memory, a store and a load in every recurrence.
    template<typename PricesAt>
    Q_NEVER_INLINE static qsizetype advanceUntilCross(IndicatorSet::Steady &state, qsizetype i, qsizetype to,
                                                      const PricesAt &prices, double *previousVolume)
    {
        // The state as plain locals (copied as a struct, it was partly kept in memory), moved by
        // the steps IndicatorSet::Steady::advance takes (prices finite: no NaN check).
        const double fastK = state.fastK, slowK = state.slowK;
        const double rsiLess1 = state.rsiPeriodLess1, rsiPeriod = state.rsiPeriod;
        const double atrLess1 = state.atrPeriodLess1, atrPeriod = state.atrPeriod;
        double *const ring = state.ring;
        const int ringSize = state.ringSize;
        double fast = state.fast, slow = state.slow, gain = state.gain, loss = state.loss, atr = state.atr;
        double rsiPrevious = state.rsiPrevious, atrPreviousClose = state.atrPreviousClose;
        double volumeSum = state.volumeSum;
        int next = state.next;
        double volume = *previousVolume;
        const PricesAt columns = prices; // a local copy: the ring's stores cannot change it
        const qsizetype from = i;
        for (; i < to; ++i) {
            Prices p;
            if (!columns.fast(i, &p))
                break;
            const double nextFast = detail::emaStep(fast, fastK, p.close);
            const double nextSlow = detail::emaStep(slow, slowK, p.close);
            if (emasCross(fast, slow, nextFast, nextSlow))
                break;
            fast = nextFast;
            slow = nextSlow;
            const double change = p.close - rsiPrevious;
            gain = detail::wilderStep(gain, rsiLess1, rsiPeriod, detail::riseOf(change));
            loss = detail::wilderStep(loss, rsiLess1, rsiPeriod, detail::fallOf(change));
            rsiPrevious = p.close;
            atr = detail::wilderStep(atr, atrLess1, atrPeriod, detail::trueRange(p.high, p.low, atrPreviousClose));
            atrPreviousClose = p.close;
            detail::ringStep(ring, ringSize, next, volumeSum, p.volume);
            volume = p.volume;
        }
        state.fast = fast;
        state.slow = slow;
        state.gain = gain;
        state.loss = loss;
        state.atr = atr;
        state.rsiPrevious = rsiPrevious;
        state.atrPreviousClose = atrPreviousClose;
        state.volumeSum = volumeSum;
        state.next = next;
        state.advanced += int(i - from);
        *previousVolume = volume;
        return i;
    }

    /// The record of a decision; `signal` may differ from the evaluation's (the portfolio turns a
    /// BUY it does not take into a HOLD with the reason). Counts the signal for the statistics.
    SignalRecord record(const Evaluation &evaluation, const Signal &signal, const QDateTime &now,
                        std::optional<Decimal> riskAmount = std::nullopt);
    /// Counts a plain HOLD that is not recorded (a backtest's).
    void countHold() { m_tracker.recordSignal(SignalType::Hold); }
    /// Counts a decision nobody reads the record of, as record() would.
    void count(SignalType type) { m_tracker.recordSignal(type); }
    /// Whether the market is held (the ledger's truth, set before each decision).
    void setPositionOpen(bool open) { m_positionOpen = open; }
    bool positionOpen() const { return m_positionOpen; }
    /// New parameters; the indicators are rebuilt from `history`.
    void setParameters(const StrategyParameters &parameters, const QList<Candle> &history);
    const StrategyParameters &parameters() const { return m_parameters; }

    const PerformanceTracker &tracker() const { return m_tracker; }
    void recordClosedTrade(const Decimal &pnl) { m_tracker.recordClosedTrade(pnl); }
    /// The record behind Kelly sizing from stored closed trades (oldest first), at a start.
    void restoreClosedTrades(const QList<Decimal> &pnls) { m_tracker.restoreClosedTrades(pnls); }
    double lastAtr() const { return m_lastAtr; }
    /// Whether a plain HOLD gets its reason written (the engine stores it; a backtest does not).
    void setExplain(bool explain) { m_explain = explain; }
    bool explains() const { return m_explain; }

private:
    QString m_market;
    Timeframe m_timeframe;
    QString m_timeframeName;
    bool m_explain = true;
    StrategyParameters m_parameters;
    IndicatorSet m_indicators;
    IndicatorSnapshot m_previous;
    PerformanceTracker m_tracker;
    bool m_positionOpen = false;
    double m_lastAtr = 0;
};

} // namespace autocoin
