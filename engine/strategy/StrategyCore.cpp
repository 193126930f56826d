#include "strategy/StrategyCore.h"

namespace autocoin {

StrategyCore::StrategyCore(QString market, Timeframe timeframe, StrategyParameters parameters)
    : m_market(std::move(market))
    , m_timeframe(timeframe)
    , m_timeframeName(timeframe.toString())
    , m_parameters(parameters)
    , m_indicators(parameters)
{
    m_tracker.setLookback(parameters.kellyLookback);
}

void StrategyCore::warmUp(const Candle &candle)
{
    m_previous = m_indicators.update(candle);
}

void StrategyCore::setParameters(const StrategyParameters &parameters, const QList<Candle> &history)
{
    m_parameters = parameters;
    m_tracker.setLookback(parameters.kellyLookback);
    m_indicators = IndicatorSet(parameters);
    m_previous = {};
    for (const Candle &candle : history)
        m_previous = m_indicators.update(candle);
}

StrategyCore::Evaluation StrategyCore::evaluate(const Candle &candle)
{
    return evaluate(candle, m_indicators.update(candle));
}

StrategyCore::Evaluation StrategyCore::evaluate(const Candle &candle, const IndicatorSnapshot &values)
{
    m_lastAtr = values.atr.value_or(m_lastAtr);
    // Built in place (a backtest evaluates every market's candle of an order step).
    Evaluation evaluation{evaluateSignal(m_previous, values, m_parameters, m_positionOpen, m_explain), values, candle};
    m_previous = values;
    Signal &signal = evaluation.signal;
    if (signal.type == Signal::Type::Buy && m_positionOpen) {
        signal.type = Signal::Type::Hold; // one position per market: no adding to it
        if (!signal.cause.isEmpty()) {
            signal.cause = Reason(ReasonCode::AlreadyHolding).set(QStringLiteral("signal"), signal.cause);
            signal.reason = signal.cause.english();
        }
        signal.strength = 0;
    }
    return evaluation;
}

SignalRecord StrategyCore::record(const Evaluation &evaluation, const Signal &signal, const QDateTime &now,
                                  std::optional<Decimal> riskAmount)
{
    SignalRecord record;
    record.signalType = signal.type;
    m_tracker.recordSignal(record.signalType);
    if (!m_explain && signal.type == Signal::Type::Hold)
        return record; // a backtest's plain HOLD: nothing to record but the count
    record.symbol = m_market;
    record.timeframe = m_timeframeName;
    record.price = evaluation.candle.close;
    record.emaFast = evaluation.values.emaFast;
    record.emaSlow = evaluation.values.emaSlow;
    record.rsi = evaluation.values.rsi;
    record.atr = evaluation.values.atr;
    record.candleTime = evaluation.candle.openTime;
    record.createdAt = now;
    record.strength = signal.strength;
    record.reason = signal.reason;
    record.cause = signal.cause;
    record.riskAmount = riskAmount;
    return record;
}

} // namespace autocoin
