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
    m_done = std::move(done);
    ++m_serial;
    const auto &positions = m_execution.ledger().positions();
    m_held = positions.isEmpty() ? QStringList() : m_execution.heldMarkets();
    stops(0);
}

// The step's state is in members, and each continuation below captures only `this` and a key
// (the step's serial and an index): small enough for std::function to keep in itself, where a
// captured list, text or continuation cost an allocation for each of them on every order of a
// backtest. An answer that comes after a later step began (a live order answered late) finds
// another serial: it goes to the outcome hook without a market, and its step goes no further.

namespace {

std::uint64_t keyOf(std::uint32_t serial, qsizetype index)
{
    return (std::uint64_t(serial) << 32) | std::uint32_t(index);
}

} // namespace

bool PortfolioStep::late(std::uint64_t key, qsizetype size, const Execution::Outcome &outcome, qsizetype *index)
{
    *index = qsizetype(std::uint32_t(key));
    if (std::uint32_t(key >> 32) == m_serial && *index < size)
        return false;
    if (m_hooks.outcome)
        m_hooks.outcome(outcome, QString(), QString());
    return true;
}

void PortfolioStep::stops(qsizetype index)
{
    // Each stop at the market's price now, with the ATR of its previous decision.
    while (index < m_held.size() && !m_prices.contains(m_held.at(index)))
        ++index; // no price for it yet: nothing to compare its stop with
    if (index >= m_held.size()) {
        decide();
        return;
    }
    const QString market = m_held.at(index); // at(), not []: a list shared with the ledger would be copied
    const Decimal price = m_prices.value(market);
    if (m_hooks.exitOnWarning && m_hooks.exitOnWarning(market)) {
        m_why = Reason(ReasonCode::WarningExit).set(QStringLiteral("market"), market).english();
        m_execution.exit(
            market, price, m_why, m_now,
            [this, key = keyOf(m_serial, index)](const Execution::Outcome &o) { afterStop(key, m_why, o); });
        return;
    }
    const StrategyCore *core = m_portfolio.find(market);
    m_execution.onPrice(market, price, core ? core->lastAtr() : 0, m_portfolio.risk(), m_now,
                        [this, key = keyOf(m_serial, index)](const Execution::Outcome &o) {
                            afterStop(key, QStringLiteral("stop"), o);
                        });
}

void PortfolioStep::afterStop(std::uint64_t key, const QString &why, const Execution::Outcome &outcome)
{
    qsizetype index = 0;
    if (late(key, m_held.size(), outcome, &index))
        return;
    if (m_hooks.outcome && !m_hooks.outcome(outcome, m_held.at(index), why))
        return;
    stops(index + 1);
}

void PortfolioStep::decide()
{
    Portfolio::Context context;
    context.account = [this] { return m_execution.account(m_prices); };
    context.engaged = [this] { return m_execution.engagedMarkets(); };
    context.entryBlock = m_hooks.entryBlock;
    context.records = static_cast<bool>(m_hooks.decided); // a backtest reads none
    const QList<SignalRecord> records = m_portfolio.decide(m_closed, m_now, context, &m_actions);
    if (m_hooks.decided && !m_hooks.decided(records))
        return;
    act(0);
}

void PortfolioStep::act(qsizetype index)
{
    if (index >= m_actions.size()) {
        finish();
        return;
    }
    const Portfolio::Action &action = m_actions.at(index);
    // Each order at its market's price now (the tick), not at the close the decision was made on.
    const Decimal price = m_prices.value(action.market, action.price);
    const auto then = [this, key = keyOf(m_serial, index)](const Execution::Outcome &o) { afterAction(key, o); };
    if (action.kind == Portfolio::Action::Kind::Exit) {
        m_execution.exit(action.market, price, action.reason, m_now, then);
        return;
    }
    // The exchange's flags again, right before the order.
    if (const Reason blocked = m_hooks.entryBlock ? m_hooks.entryBlock(action.market) : Reason(); !blocked.isEmpty()) {
        Execution::Outcome refused;
        refused.refusal = blocked.english();
        then(refused);
        return;
    }
    m_execution.enter(action.market, action.amount, price, action.stop, m_now, then);
}

void PortfolioStep::afterAction(std::uint64_t key, const Execution::Outcome &outcome)
{
    qsizetype index = 0;
    if (late(key, m_actions.size(), outcome, &index))
        return;
    const Portfolio::Action &action = m_actions.at(index);
    const QString why = action.kind == Portfolio::Action::Kind::Enter ? QStringLiteral("entry") : action.reason;
    if (m_hooks.outcome && !m_hooks.outcome(outcome, action.market, why))
        return;
    act(index + 1);
}

void PortfolioStep::finish()
{
    // The step's copies go now: the caller changes its prices next, and a copy still shared would
    // make that a copy of the whole hash on every step of a backtest.
    m_prices = {};
    m_closed.clear();
    m_held.clear();
    // Moved out first: `done` may start the next step, which sets m_done again.
    const std::function<void()> done = std::move(m_done);
    m_done = nullptr;
    done();
}

} // namespace autocoin
