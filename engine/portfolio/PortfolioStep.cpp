#include "portfolio/PortfolioStep.h"

namespace autocoin {

PortfolioStep::PortfolioStep(Execution &execution, Portfolio &portfolio, Hooks hooks)
    : m_execution(execution)
    , m_portfolio(portfolio)
    , m_hooks(std::move(hooks))
{}

void PortfolioStep::run(const Prices &prices, const QList<Portfolio::Closed> &closed, const QDateTime &now,
                        std::function<void()> done)
{
    m_prices = prices;
    m_closed = closed;
    m_now = now;
    m_actions.clear();
    const auto &positions = m_execution.ledger().positions();
    QStringList held = positions.isEmpty() ? QStringList() : m_execution.heldMarkets();
    stops(std::move(held), 0, [this, done = std::move(done)]() mutable {
        decide([this, done = std::move(done)] {
            // The step's copies go now: the caller changes its prices next, and a copy still shared
            // would make that a copy of the whole hash on every step of a backtest.
            m_prices = {};
            m_closed.clear();
            done();
        });
    });
}

void PortfolioStep::stops(QStringList held, qsizetype index, std::function<void()> next)
{
    // Each stop at the market's price now, with the ATR of its previous decision.
    while (index < held.size() && !m_prices.contains(held.at(index)))
        ++index; // no price for it yet: nothing to compare its stop with
    if (index >= held.size()) {
        next();
        return;
    }
    const QString market = held.at(index); // at(), not []: a list shared with the ledger would be copied
    const Decimal price = m_prices.value(market);
    auto then = [this, held = std::move(held), index,
                 next = std::move(next)](const QString &why, const Execution::Outcome &outcome) mutable {
        if (m_hooks.outcome && !m_hooks.outcome(outcome, held.at(index), why))
            return;
        stops(std::move(held), index + 1, std::move(next));
    };
    if (m_hooks.exitOnWarning && m_hooks.exitOnWarning(market)) {
        const QString why = Reason(ReasonCode::WarningExit).set(QStringLiteral("market"), market).english();
        m_execution.exit(market, price, why, m_now,
                         [then = std::move(then), why](const Execution::Outcome &o) mutable { then(why, o); });
        return;
    }
    const StrategyCore *core = m_portfolio.find(market);
    m_execution.onPrice(
        market, price, core ? core->lastAtr() : 0, m_portfolio.risk(), m_now,
        [then = std::move(then)](const Execution::Outcome &o) mutable { then(QStringLiteral("stop"), o); });
}

void PortfolioStep::decide(std::function<void()> next)
{
    Portfolio::Context context;
    context.account = [this] { return m_execution.account(m_prices); };
    context.engaged = [this] { return m_execution.engagedMarkets(); };
    context.entryBlock = m_hooks.entryBlock;
    context.records = static_cast<bool>(m_hooks.decided); // a backtest reads none
    const QList<SignalRecord> records = m_portfolio.decide(m_closed, m_now, context, &m_actions);
    if (m_hooks.decided && !m_hooks.decided(records))
        return;
    act(0, std::move(next));
}

void PortfolioStep::act(qsizetype index, std::function<void()> next)
{
    if (index >= m_actions.size()) {
        next();
        return;
    }
    const Portfolio::Action action = m_actions[index];
    // Each order at its market's price now (the tick), not at the close the decision was made on.
    const Decimal price = m_prices.value(action.market, action.price);
    const QString why = action.kind == Portfolio::Action::Kind::Enter ? QStringLiteral("entry") : action.reason;
    auto then = [this, index, market = action.market, why,
                 next = std::move(next)](const Execution::Outcome &o) mutable {
        if (m_hooks.outcome && !m_hooks.outcome(o, market, why))
            return;
        act(index + 1, std::move(next));
    };
    if (action.kind == Portfolio::Action::Kind::Exit) {
        m_execution.exit(action.market, price, action.reason, m_now, std::move(then));
        return;
    }
    // The exchange's flags again, right before the order.
    if (const Reason blocked = m_hooks.entryBlock ? m_hooks.entryBlock(action.market) : Reason(); !blocked.isEmpty()) {
        Execution::Outcome refused;
        refused.refusal = blocked.english();
        then(refused);
        return;
    }
    m_execution.enter(action.market, action.amount, price, action.stop, m_now, std::move(then));
}

} // namespace autocoin
