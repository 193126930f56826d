#include "portfolio/Portfolio.h"

#include <algorithm>

namespace autocoin {

Portfolio::Portfolio(Timeframe timeframe, StrategyParameters parameters, MarketRules rules, const QTimeZone &zone)
    : m_timeframe(timeframe)
    , m_parameters(parameters)
    , m_risk(parameters, std::move(rules), zone)
{}

StrategyCore &Portfolio::core(const QString &market)
{
    auto it = m_cores.find(market);
    if (it == m_cores.end()) {
        it = m_cores.insert(market, std::make_shared<StrategyCore>(market, m_timeframe, m_parameters));
        (*it)->setExplain(m_explain);
        m_order.append(market);
    }
    return **it;
}

const StrategyCore *Portfolio::find(const QString &market) const
{
    const auto it = m_cores.constFind(market);
    return it == m_cores.constEnd() ? nullptr : it->get();
}

void Portfolio::setParameters(const StrategyParameters &parameters)
{
    m_parameters = parameters;
    m_risk.setParameters(parameters);
}

void Portfolio::setExplain(bool explain)
{
    m_explain = explain;
    for (const auto &core : std::as_const(m_cores))
        core->setExplain(explain);
}

QList<SignalRecord> Portfolio::decide(const QList<Closed> &closed, const QDateTime &now, const Context &context,
                                      QList<Action> *actions)
{
    struct Buy
    {
        qsizetype index;
        StrategyCore *core;
        StrategyCore::Evaluation evaluation;
    };
    QList<std::optional<SignalRecord>> records(context.records ? closed.size() : 0);
    const auto keep = [&](qsizetype index, StrategyCore &market, const StrategyCore::Evaluation &evaluation,
                          const Signal &signal, std::optional<Decimal> riskAmount = std::nullopt) {
        if (context.records)
            records[index] = market.record(evaluation, signal, now, riskAmount);
        else
            market.count(signal.type);
    };
    QList<Buy> buys;
    // Nothing held and no BUY is the common case of a backtest: the account is not even asked.
    std::optional<QStringList> engaged;
    const auto isEngaged = [&](const QString &market) {
        if (!engaged)
            engaged = context.engaged ? context.engaged() : QStringList();
        return engaged->contains(market);
    };
    for (qsizetype i = 0; i < closed.size(); ++i) {
        if (i >= m_placed.size())
            m_placed.resize(i + 1);
        auto &[name, placed] = m_placed[i];
        if (!placed || name != closed[i].market) {
            name = closed[i].market;
            placed = &core(name);
        }
        StrategyCore &market = *placed;
        market.setPositionOpen(isEngaged(closed[i].market));
        StrategyCore::Evaluation evaluation =
            closed[i].values ? market.evaluate(closed[i].candle, *closed[i].values) : market.evaluate(closed[i].candle);
        const Signal &signal = evaluation.signal;
        if (signal.type == Signal::Type::Buy) {
            buys.append({i, &market, std::move(evaluation)});
            continue;
        }
        if (signal.type == Signal::Type::Sell && market.positionOpen()) {
            actions->append({Action::Kind::Exit, market.market(), Decimal(), Decimal(), evaluation.candle.close,
                             signal.reason, signal.cause});
            market.setPositionOpen(false);
        }
        if (signal.type == Signal::Type::Hold && !m_explain)
            market.countHold(); // a backtest's plain HOLD: nothing to record but the count
        else
            keep(i, market, evaluation, signal);
    }
    if (buys.isEmpty())
        return collect(records);
    // The strongest signal first; equal strengths keep the order of the markets.
    // (One BUY, a backtest's usual step, needs no sort: stable_sort would still take a buffer.)
    if (buys.size() > 1) {
        std::stable_sort(buys.begin(), buys.end(), [](const Buy &a, const Buy &b) {
            return a.evaluation.signal.strength > b.evaluation.signal.strength;
        });
    }
    // Each entry taken uses a position slot and its KRW, so the next one is sized on what is left.
    // A position being sold on this candle keeps its slot until it is gone (the sale may fail).
    if (!engaged)
        engaged = context.engaged ? context.engaged() : QStringList();
    qsizetype slotsUsed = engaged->size();
    AccountView room = context.account ? context.account() : AccountView{};
    for (Buy &buy : buys) {
        StrategyCore &market = *buy.core;
        Signal signal = buy.evaluation.signal;
        std::optional<Decimal> riskAmount;
        // A BUY not taken: its reason says why, with the refused signal nested under "signal".
        // A backtest records no HOLD: its reason would be formatted for nothing.
        const auto refuse = [&signal, explain = m_explain](Reason reason) {
            if (!explain)
                return;
            reason.set(QStringLiteral("signal"), signal.cause);
            signal.reason = reason.english();
            signal.cause = std::move(reason);
        };
        if (Reason blocked = context.entryBlock ? context.entryBlock(market.market()) : Reason(); !blocked.isEmpty()) {
            refuse(std::move(blocked));
        } else if (slotsUsed >= m_parameters.maxPositions) {
            refuse(Reason(ReasonCode::MaxPositions)
                       .set(QStringLiteral("limit"), static_cast<double>(m_parameters.maxPositions)));
        } else {
            const Candle &candle = buy.evaluation.candle;
            const RiskDecision risk =
                m_risk.sizeEntry(market.market(), candle.close, buy.evaluation.values.atr.value_or(0), room,
                                 market.tracker(), now, m_explain);
            if (risk.allowed) {
                riskAmount = risk.riskAmount;
                if (m_explain) {
                    signal.cause.set(QStringLiteral("size"), risk.cause);
                    signal.reason = signal.cause.english();
                }
                market.setPositionOpen(true);
                actions->append({Action::Kind::Enter, market.market(), risk.amount, risk.stopPrice, candle.close,
                                 signal.reason, signal.cause});
                ++slotsUsed;
                if (&buy != &buys.constLast()) { // the room left matters only to the next BUY
                    room.cash -= std::min(room.cash, risk.amount);
                    room.positionsValue += risk.amount;
                }
                keep(buy.index, market, buy.evaluation, signal, riskAmount);
                continue;
            }
            refuse(Reason(ReasonCode::RiskVeto).set(QStringLiteral("veto"), risk.cause));
        }
        signal.type = Signal::Type::Hold;
        signal.strength = 0;
        keep(buy.index, market, buy.evaluation, signal);
    }
    return collect(records);
}

QList<SignalRecord> Portfolio::collect(QList<std::optional<SignalRecord>> &records)
{
    if (records.isEmpty())
        return {}; // (iterating an empty list to move from it would allocate one)
    const auto kept = [](const std::optional<SignalRecord> &record) { return record && !record->symbol.isEmpty(); };
    QList<SignalRecord> out;
    if (const qsizetype count = std::count_if(records.cbegin(), records.cend(), kept))
        out.reserve(count);
    for (auto &record : records) {
        if (kept(record))
            out.append(std::move(*record));
    }
    return out;
}

} // namespace autocoin
