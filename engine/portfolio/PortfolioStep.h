#pragma once

#include "execution/Execution.h"
#include "portfolio/Portfolio.h"

#include <cstdint>
#include <functional>

namespace autocoin {

/// The per-candle recipe, one piece for the live engine and the backtester so they cannot drift
/// apart: (1) the protective stop of every held market, in market order, at its price now — or,
/// where the exchange has just designated a held market 유의 and exit-on-warning is on, its sale;
/// (2) the Portfolio's decision on the candles that closed; (3) its orders at each market's price
/// now, exits first, entries strongest first, each entry checked against the exchange's flags
/// right before it is sent. Asynchronous like the execution under it: a backtest's paper
/// execution answers at once, so there `run` finishes before it returns. The engine keeps what is
/// around it: commands and states, orders followed, candles fetched, the equity recorded.
class PortfolioStep
{
public:
    struct Hooks
    {
        /// What one execution operation in `market` did (`why`: "stop", the exit's reason, or
        /// "entry"); false ends the step there (the engine went to ERROR or the run ended).
        std::function<bool(const Execution::Outcome &outcome, const QString &market, const QString &why)> outcome;
        /// The decisions, before any of their orders is sent; false ends the step.
        std::function<bool(const QList<SignalRecord> &records)> decided;
        /// Why `market` may get no new entry now (the exchange's flags), or empty.
        std::function<Reason(const QString &market)> entryBlock;
        /// Whether the held `market` must be sold now because the exchange warns about it.
        std::function<bool(const QString &market)> exitOnWarning;
    };

    PortfolioStep(Execution &execution, Portfolio &portfolio, Hooks hooks);

    /// One step at `now` with the markets' prices `prices` and the candles that closed; `done`
    /// runs once at the end, unless a hook ended the step.
    void run(const Prices &prices, const QList<Portfolio::Closed> &closed, const QDateTime &now,
             std::function<void()> done);

private:
    /// The stop of the `index`th held market, then the next one's; decide() after the last.
    void stops(qsizetype index);
    void afterStop(std::uint64_t key, const QString &why, const Execution::Outcome &outcome);
    void decide();
    /// The `index`th action's order, then the next one's; finish() after the last.
    void act(qsizetype index);
    void afterAction(std::uint64_t key, const Execution::Outcome &outcome);
    /// Whether the answer keyed `key` belongs to an earlier step (or lies past `size`): then it
    /// is handed to the outcome hook alone. Else `index` is its place in this step.
    bool late(std::uint64_t key, qsizetype size, const Execution::Outcome &outcome, qsizetype *index);
    void finish();

    Execution &m_execution;
    Portfolio &m_portfolio;
    Hooks m_hooks;
    Prices m_prices;
    QList<Portfolio::Closed> m_closed;
    QList<Portfolio::Action> m_actions;
    QDateTime m_now;
    QStringList m_held;           ///< the markets held when the step began, in order
    QString m_why;                ///< the reason of a warning's exit under way
    std::uint32_t m_serial = 0;   ///< which run() the continuations belong to
    std::function<void()> m_done; ///< run()'s `done`
};

} // namespace autocoin
