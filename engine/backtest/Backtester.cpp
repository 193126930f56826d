#include "backtest/Backtester.h"

#include "execution/PaperExecution.h"
#include "rules/MarketRules.h"
#include "strategy/StrategyCore.h"

namespace autocoin {

BacktestResult Backtester::run(const QList<Candle> &candles, const BacktestConfig &config, const Progress &progress)
{
    BacktestResult result;
    result.config = config;
    const qsizetype n = candles.size();
    result.candles = n;
    if (n == 0)
        return result;
    const MarketRules rules = MarketRules::forExchange(config.exchange);
    Execution::Settings settings;
    settings.exchange = config.exchange;
    settings.market = config.market;
    settings.feeRate = config.feeRate.value_or(rules.defaultFeeRate());
    settings.slippage = config.slippage;
    settings.startingKrw = config.startingKrw;
    settings.zone = config.zone;
    PaperExecution execution(nullptr, nullptr, settings, false);
    StrategyCore core(config.market, config.timeframe, config.parameters, rules, config.zone);
    core.setExplain(false);

    result.from = candles.first().openTime;
    result.to = candles.last().openTime.addSecs(config.timeframe.seconds());
    result.firstPrice = candles.first().open.toDouble();
    result.lastPrice = candles.last().close.toDouble();
    result.times.reserve(static_cast<std::size_t>(n));
    result.equity.reserve(static_cast<std::size_t>(n));
    result.invested.reserve(static_cast<std::size_t>(n));

    RoundTrip open;
    bool holding = false;
    QString exitReason;
    Decimal price;
    const auto take = [&](const Execution::Outcome &outcome) {
        for (const TradeRecord &fill : outcome.trades) {
            result.fills.append(fill);
            result.feesPaid += fill.fee;
            if (fill.side == u"buy") {
                if (!holding) {
                    open = {};
                    open.entryTime = fill.executedAt;
                    holding = true;
                }
                open.entryPrice = (open.entryPrice * open.volume + fill.price * fill.quantity)
                                      .divided(open.volume + fill.quantity, 8, Decimal::Rounding::HalfEven);
                open.volume += fill.quantity;
                open.fees += fill.fee;
            } else if (holding) {
                open.exitTime = fill.executedAt;
                open.exitPrice = fill.price;
                open.fees += fill.fee;
            }
        }
        if (outcome.realizedPnl) {
            core.recordClosedTrade(*outcome.realizedPnl);
            if (holding && !execution.hasPosition()) {
                open.pnl = *outcome.realizedPnl;
                open.exitReason = exitReason;
                result.trips.append(open);
                holding = false;
            }
        }
    };
    const std::function<AccountView()> account = [&] { return execution.account(price); };
    QList<StrategyCore::Action> actions;
    const qint64 step = config.timeframe.seconds() * 1000;
    qint64 nextOpenMs = candles.first().openTime.toMSecsSinceEpoch();
    double flatEquity = -1; ///< the equity while no position is held: it changes only with a trade
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < n; ++i) {
        const Candle &candle = candles[i];
        // Times in UTC milliseconds: a zoned QDateTime (the files are in KST) is slow to shift.
        const qint64 openMs = nextOpenMs;
        nextOpenMs = i + 1 < n ? candles[i + 1].openTime.toMSecsSinceEpoch() : openMs + step;
        now.setMSecsSinceEpoch(openMs + step); // a UTC QDateTime: no time-zone object per candle
        const qsizetype fillsBefore = result.fills.size();
        price = i + 1 < n ? candles[i + 1].open : candle.close;
        // 1. The stops, at the market price after the close (the ATR of the previous decision).
        if (i > 0 && execution.hasPosition()) { // (without a position there is no stop to check)
            exitReason = QStringLiteral("stop");
            execution.onPrice(price, core.lastAtr(), core.risk(), now, take);
        }
        // 2. The decision on the closed candle, with the position as the ledger has it.
        core.setPositionOpen(execution.hasPosition());
        actions.clear();
        core.decide(candle, now, account, &actions);
        // 3. Its orders, at the market price now.
        for (const StrategyCore::Action &action : std::as_const(actions)) {
            exitReason = action.reason;
            if (action.kind == StrategyCore::Action::Kind::Enter)
                execution.enter(action.amount, price, action.stop, now, take);
            else
                execution.exit(price, action.reason, now, take);
        }
        const bool held = execution.hasPosition();
        if (held || flatEquity < 0 || result.fills.size() != fillsBefore)
            flatEquity = held ? -1 : execution.equity(price, now).total.toDouble();
        result.times.push_back(openMs + step);
        result.equity.push_back(held ? execution.equity(price, now).total.toDouble() : flatEquity);
        result.invested.push_back(held);
        if (progress && (i & 0xFFF) == 0xFFF && !progress(i + 1, n)) {
            result.cancelled = true;
            break;
        }
    }
    result.finalEquity = execution.equity(price, result.to).total;
    if (progress && !result.cancelled)
        progress(n, n);
    return result;
}

} // namespace autocoin
