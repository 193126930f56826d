#include "strategy/StrategyCore.h"

namespace autocoin {

StrategyCore::StrategyCore(QString market, Timeframe timeframe, StrategyParameters parameters, MarketRules rules,
                           QTimeZone zone)
    : m_market(std::move(market))
    , m_timeframe(timeframe)
    , m_timeframeName(timeframe.toString())
    , m_parameters(parameters)
    , m_indicators(parameters)
    , m_risk(parameters, std::move(rules), std::move(zone))
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
    m_risk.setParameters(parameters);
    m_tracker.setLookback(parameters.kellyLookback);
    m_indicators = IndicatorSet(parameters);
    m_previous = {};
    for (const Candle &candle : history)
        m_previous = m_indicators.update(candle);
}

SignalRecord StrategyCore::decide(const Candle &candle, const QDateTime &now,
                                  const std::function<AccountView()> &account, QList<Action> *actions)
{
    const IndicatorSnapshot current = m_indicators.update(candle);
    m_lastAtr = current.atr.value_or(m_lastAtr);
    Signal signal = evaluateSignal(m_previous, current, m_parameters, m_positionOpen, m_explain);
    m_previous = current;

    SignalRecord record;
    if (!m_explain && signal.type == Signal::Type::Hold) {
        // A backtest's plain HOLD: nothing to record but the count.
        m_tracker.recordSignal(u"HOLD");
        return record;
    }
    record.symbol = m_market;
    record.timeframe = m_timeframeName;
    record.price = candle.close;
    record.emaFast = current.emaFast;
    record.emaSlow = current.emaSlow;
    record.rsi = current.rsi;
    record.atr = current.atr;
    record.candleTime = candle.openTime;
    record.createdAt = now;
    if (signal.type == Signal::Type::Buy && m_positionOpen) {
        signal.type = Signal::Type::Hold; // one position per market: no adding to it
        signal.reason = QStringLiteral("already holding a position (%1)").arg(signal.reason);
        signal.strength = 0;
    } else if (signal.type == Signal::Type::Buy) {
        const RiskDecision risk =
            m_risk.sizeEntry(m_market, candle.close, current.atr.value_or(0), account(), m_tracker, now);
        if (risk.allowed) {
            record.riskAmount = risk.riskAmount;
            signal.reason += QStringLiteral("; size ") + risk.reason;
            m_positionOpen = true;
            actions->append({Action::Kind::Enter, risk.amount, risk.stopPrice, candle.close, signal.reason});
        } else {
            signal.type = Signal::Type::Hold;
            signal.reason =
                QStringLiteral("BUY vetoed by risk: ") + risk.reason + QStringLiteral(" (") + signal.reason + u')';
            signal.strength = 0;
        }
    } else if (signal.type == Signal::Type::Sell) {
        if (m_positionOpen)
            actions->append({Action::Kind::Exit, Decimal(), Decimal(), candle.close, signal.reason});
        m_positionOpen = false;
    }
    record.signalType = Signal::typeName(signal.type);
    record.strength = signal.strength;
    record.reason = signal.reason;
    m_tracker.recordSignal(record.signalType);
    return record;
}

} // namespace autocoin
