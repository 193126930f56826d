#pragma once

#include "strategy/RiskManager.h"
#include "strategy/StrategyCore.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace autocoin {

/// One decision step over many markets, the same for the live engine and the backtester: the
/// markets whose candle closed are evaluated; sells first; then the BUY signals in order of
/// strength, each refused while the exchange warns about the market or `max-positions` markets
/// are engaged, and otherwise sized by the one RiskManager of the account (capped Kelly on the
/// market's own record, per-order cap, risk per trade, the exposure room and cash left after the
/// entries already taken on this candle, the daily loss limit and the kill switch of the whole
/// account). A BUY not taken is recorded as a HOLD that says why.
class Portfolio
{
public:
    using Action = StrategyCore::Action;

    struct Closed
    {
        QString market;
        Candle candle;
        /// The candle's indicators when the caller computes them (StrategyCore::evaluate).
        const IndicatorSnapshot *values = nullptr;
    };

    /// The account and the exchange as they are at the decision. Asked only when needed (a
    /// backtest decides millions of times, nearly always HOLD).
    struct Context
    {
        /// Before this step's orders (unresolved buys counted as exposure).
        std::function<AccountView()> account;
        /// Markets held or with an unresolved order: each holds a position slot.
        std::function<QStringList()> engaged;
        /// Why `market` may get no new entry now (the exchange's 유의 warning, a 주의 caution, a
        /// delisting), or empty.
        std::function<Reason(const QString &market)> entryBlock;
        /// Whether the caller reads the records decide() returns; without (a backtest), each
        /// decision is only counted, as a record would count it.
        bool records = true;
    };

    Portfolio(Timeframe timeframe, StrategyParameters parameters, MarketRules rules, const QTimeZone &zone);

    /// The strategy of `market`, created on first use.
    StrategyCore &core(const QString &market);
    const StrategyCore *find(const QString &market) const;
    QStringList markets() const { return m_order; }

    /// Decides on every candle in `closed` (at most one per market; all closed at `now`). Actions
    /// are appended exits first, then entries strongest first. The records come in the order of
    /// `closed`; a backtest's plain HOLDs are not among them, and there are none without
    /// `context.records`.
    QList<SignalRecord> decide(const QList<Closed> &closed, const QDateTime &now, const Context &context,
                               QList<Action> *actions);

    /// Risk and portfolio limits from the next decision on (each market's indicators are rebuilt
    /// by whoever keeps its history: StrategyCore::setParameters).
    void setParameters(const StrategyParameters &parameters);
    const StrategyParameters &parameters() const { return m_parameters; }
    const RiskManager &risk() const { return m_risk; }
    /// Blocks every new entry from now on (the kill switch).
    void kill() { m_risk.kill(); }
    void setExplain(bool explain);

private:
    static QList<SignalRecord> collect(QList<std::optional<SignalRecord>> &records);

    Timeframe m_timeframe;
    StrategyParameters m_parameters;
    RiskManager m_risk;
    bool m_explain = true;
    QHash<QString, std::shared_ptr<StrategyCore>> m_cores;
    QStringList m_order; ///< markets in the order they were first seen
    /// The core of the market at each place of the last decision's candles: the next decision
    /// names the same markets in the same order, found without hashing each name.
    QList<std::pair<QString, StrategyCore *>> m_placed;
};

} // namespace autocoin
