#include "backtest/Backtester.h"

#include "execution/PaperExecution.h"
#include "portfolio/Portfolio.h"
#include "portfolio/PortfolioStep.h"
#include "rules/MarketRules.h"

#include <limits>

namespace autocoin {

BacktestResult Backtester::run(const QList<Candle> &candles, const BacktestConfig &config, const Progress &progress)
{
    return run(QList<MarketSeries>{{config.market, candles}}, config, progress);
}

BacktestResult Backtester::run(const QList<MarketSeries> &markets, const BacktestConfig &config,
                               const Progress &progress)
{
    BacktestResult result;
    result.config = config;
    qsizetype total = 0;
    const QDateTime *firstOpen = nullptr; ///< the earliest candle, in its file's time zone
    const QDateTime *lastOpen = nullptr;
    double holdSum = 0;
    int holdCount = 0;
    for (const MarketSeries &series : markets) {
        result.markets.append(series.market);
        total += series.candles.size();
        if (series.candles.isEmpty())
            continue;
        if (!firstOpen || series.candles.first().openTime < *firstOpen)
            firstOpen = &series.candles.first().openTime;
        if (!lastOpen || series.candles.last().openTime > *lastOpen)
            lastOpen = &series.candles.last().openTime;
        const double first = series.candles.first().open.toDouble();
        result.spans.insert(series.market, {series.candles.size(), first, series.candles.last().close.toDouble()});
        if (first > 0) {
            holdSum += series.candles.last().close.toDouble() / first - 1;
            ++holdCount;
        }
    }
    result.candles = total;
    if (total == 0)
        return result;
    if (markets.size() == 1) {
        result.firstPrice = markets.first().candles.first().open.toDouble();
        result.lastPrice = markets.first().candles.last().close.toDouble();
    }
    result.buyAndHoldReturn = holdCount > 0 ? holdSum / holdCount : 0;

    const MarketRules rules = MarketRules::forExchange(config.exchange);
    Execution::Settings settings;
    settings.exchange = config.exchange;
    settings.markets = result.markets;
    settings.feeRate = config.feeRate.value_or(rules.defaultFeeRate());
    settings.slippage = config.slippage;
    settings.startingKrw = config.startingKrw;
    settings.zone = config.zone;
    PaperExecution execution(nullptr, nullptr, settings, false);
    Portfolio portfolio(config.timeframe, config.parameters, rules, config.zone);
    portfolio.setExplain(false);
    for (const QString &market : std::as_const(result.markets))
        portfolio.core(market);

    const qint64 step = config.timeframe.seconds() * 1000;
    result.from = *firstOpen;
    result.to = lastOpen->addSecs(config.timeframe.seconds());
    const qsizetype longest = std::max_element(markets.cbegin(), markets.cend(), [](const auto &a, const auto &b) {
                                  return a.candles.size() < b.candles.size();
                              })->candles.size();
    result.times.reserve(static_cast<std::size_t>(longest));
    result.equity.reserve(static_cast<std::size_t>(longest));
    result.invested.reserve(static_cast<std::size_t>(longest));

    QHash<QString, RoundTrip> open; ///< market → the position being built
    // What each execution operation did: the fills, the round trips, each market's Kelly record.
    const auto take = [&](const Execution::Outcome &outcome, const QString &market, const QString &why) {
        for (const TradeRecord &fill : outcome.trades) {
            result.fills.append(fill);
            result.feesPaid += fill.fee;
            RoundTrip &trip = open[fill.symbol];
            if (fill.side == OrderSide::Buy) {
                if (trip.volume.isZero()) {
                    trip = {};
                    trip.market = fill.symbol;
                    trip.entryTime = fill.executedAt;
                }
                trip.entryPrice = (trip.entryPrice * trip.volume + fill.price * fill.quantity)
                                      .divided(trip.volume + fill.quantity, 8, Decimal::Rounding::HalfEven);
                trip.volume += fill.quantity;
                trip.fees += fill.fee;
            } else if (!trip.volume.isZero()) {
                trip.exitTime = fill.executedAt;
                trip.exitPrice = fill.price;
                trip.fees += fill.fee;
            }
        }
        if (outcome.realizedPnl) {
            portfolio.core(market).recordClosedTrade(*outcome.realizedPnl);
            const auto it = open.find(market);
            if (it != open.end() && !it->volume.isZero() && !execution.hasPosition(market)) {
                it->pnl = *outcome.realizedPnl;
                it->exitReason = why;
                result.trips.append(*it);
                open.erase(it);
            }
        }
        return true;
    };
    PortfolioStep::Hooks hooks;
    hooks.outcome = take;
    PortfolioStep candleStep(execution, portfolio, hooks);

    // The markets merged by candle time: each step is one close time, with the markets whose
    // candle closed then.
    const qsizetype count = markets.size();
    std::vector<qsizetype> next(static_cast<std::size_t>(count), 0);
    Prices prices;
    QList<Portfolio::Closed> closed;
    qsizetype done = 0;
    qsizetype reported = 0;
    double flatEquity = -1; ///< the equity while no position is held: it changes only with a trade
    QDateTime now = QDateTime::currentDateTimeUtc();
    while (true) {
        qint64 openMs = std::numeric_limits<qint64>::max();
        for (qsizetype m = 0; m < count; ++m) {
            const auto &candles = markets[m].candles;
            const qsizetype i = next[static_cast<std::size_t>(m)];
            if (i < candles.size())
                openMs = std::min(openMs, candles[i].openTime.toMSecsSinceEpoch());
        }
        if (openMs == std::numeric_limits<qint64>::max())
            break;
        closed.clear();
        for (qsizetype m = 0; m < count; ++m) {
            const auto &candles = markets[m].candles;
            qsizetype &i = next[static_cast<std::size_t>(m)];
            if (i >= candles.size() || candles[i].openTime.toMSecsSinceEpoch() != openMs)
                continue;
            // The market price after the close: the next candle's open (the first trade after it).
            prices.insert(markets[m].market, i + 1 < candles.size() ? candles[i + 1].open : candles[i].close);
            closed.append({markets[m].market, candles[i]});
            ++i;
            ++done;
        }
        // Times in UTC milliseconds: a zoned QDateTime (the files are in KST) is slow to shift.
        now.setMSecsSinceEpoch(openMs + step); // a UTC QDateTime: no time-zone object per candle
        const qsizetype fillsBefore = result.fills.size();
        // The stops, the decisions, their orders: the engine's step (paper fills answer at once).
        candleStep.run(prices, closed, now, [] {});
        const bool held = !execution.ledger().positions().isEmpty();
        if (held || flatEquity < 0 || result.fills.size() != fillsBefore)
            flatEquity = held ? -1 : execution.account(prices).equity.toDouble();
        result.times.push_back(openMs + step);
        result.equity.push_back(held ? execution.account(prices).equity.toDouble() : flatEquity);
        result.invested.push_back(held);
        if (progress && done - reported >= 0x1000) {
            reported = done;
            if (!progress(done, total)) {
                result.cancelled = true;
                break;
            }
        }
    }
    result.finalEquity = execution.account(prices).equity;
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

} // namespace autocoin
