#include "backtest/Backtester.h"

#include "backtest/ColumnDoubles.h"
#include "execution/PaperExecution.h"
#include "portfolio/Portfolio.h"
#include "portfolio/PortfolioStep.h"
#include "rules/MarketRules.h"

#include <algorithm>
#include <limits>
#include <span>

namespace autocoin {

namespace {

/// A market's candle prices for the quiet scan, read from its columns: `fast` without a call
/// (StrategyCore::passUntilBuyWarm's inner loop), the call operator for any value.
class ColumnPrices
{
public:
    explicit ColumnPrices(const CandleColumns &candles)
        : m_high(candles, CandleColumns::Field::High)
        , m_low(candles, CandleColumns::Field::Low)
        , m_close(candles, CandleColumns::Field::Close)
        , m_volume(candles, CandleColumns::Field::Volume)
    {}
    bool fast(qsizetype i, StrategyCore::Prices *p) const
    {
        return m_high.fast(i, &p->high) && m_low.fast(i, &p->low) && m_close.fast(i, &p->close) &&
               m_volume.fast(i, &p->volume);
    }
    StrategyCore::Prices operator()(qsizetype i) const { return {m_high(i), m_low(i), m_close(i), m_volume(i)}; }

private:
    ColumnDoubles m_high, m_low, m_close, m_volume;
};

/// StrategyCore::passUntilBuy with the indicators computed from the columns, on a local copy of
/// them (which nothing else can alias), put back at the end: the look-back one candle at a time,
/// then the steady stretch in StrategyCore::passUntilBuyWarm.
qsizetype passComputing(StrategyCore &core, IndicatorSet &indicators, qsizetype from, qsizetype to,
                        const CandleColumns &candles, IndicatorSnapshot *buy)
{
    const ColumnPrices prices(candles);
    IndicatorSet local = indicators;
    qsizetype i = from;
    while (i < to && !core.steady(local)) {
        const qsizetype stop = core.passUntilBuy(
            i, i + 1,
            [&](qsizetype k) {
                const StrategyCore::Prices p = prices(k);
                return local.update(p.high, p.low, p.close, p.volume);
            },
            buy);
        if (stop == i) { // a BUY
            indicators = std::move(local);
            return i;
        }
        i = stop;
    }
    if (i < to)
        i = core.passUntilBuyWarm(i, to, local, prices, buy);
    indicators = std::move(local);
    return i;
}

} // namespace

BacktestResult Backtester::run(const QList<Candle> &candles, const BacktestConfig &config, const Progress &progress)
{
    return run(CandleColumns::fromList(candles), config, progress);
}

BacktestResult Backtester::run(const CandleColumns &candles, const BacktestConfig &config, const Progress &progress)
{
    return run(QList<MarketSeries>{{config.market, candles}}, config, progress);
}

BacktestResult Backtester::run(const QList<MarketSeries> &markets, const BacktestConfig &config,
                               const Progress &progress)
{
    using Field = CandleColumns::Field;
    BacktestResult result;
    result.config = config;
    qsizetype total = 0;
    qint64 firstOpen = std::numeric_limits<qint64>::max(); ///< the earliest candle
    qint64 lastOpen = std::numeric_limits<qint64>::min();
    double holdSum = 0;
    int holdCount = 0;
    for (const MarketSeries &series : markets) {
        result.markets.append(series.market);
        const CandleColumns &candles = series.candles;
        total += candles.size();
        if (candles.isEmpty())
            continue;
        firstOpen = std::min(firstOpen, candles.openMs(0));
        lastOpen = std::max(lastOpen, candles.openMs(candles.size() - 1));
        const double first = candles.toDouble(Field::Open, 0);
        const double last = candles.toDouble(Field::Close, candles.size() - 1);
        result.spans.insert(series.market, {candles.size(), first, last});
        if (first > 0) {
            holdSum += last / first - 1;
            ++holdCount;
        }
    }
    result.candles = total;
    if (total == 0)
        return result;
    if (markets.size() == 1) {
        result.firstPrice = markets.first().candles.toDouble(Field::Open, 0);
        result.lastPrice = markets.first().candles.toDouble(Field::Close, markets.first().candles.size() - 1);
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
    settings.reportOrders = false; // the order rows and closed-trade sums only the live engine shows
    PaperExecution execution(nullptr, nullptr, settings, false);
    Portfolio portfolio(config.timeframe, config.parameters, rules, config.zone);
    portfolio.setExplain(false);
    for (const QString &market : std::as_const(result.markets))
        portfolio.core(market);

    const qint64 step = config.timeframe.seconds() * 1000;
    result.from = CandleColumns::utcTime(firstOpen);
    result.to = CandleColumns::utcTime(lastOpen + step);
    result.stats = EquityStats(config.startingKrw.toDouble());
    // One point of the equity curve: its statistics, and the point itself when it is kept.
    const auto point = [&result, keep = config.keepCurve](qint64 timeMs, double equity, bool invested) {
        result.stats.add(timeMs, equity, invested);
        if (keep)
            result.curve.append(timeMs, equity, invested);
    };

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
    // candle closed then. Most steps of a backtest change nothing — no position is held and no
    // market says BUY —: their candles only move the indicators (computed here from the columns'
    // doubles) and are counted, without a Candle, a price or a decision being built. Every other
    // step is the engine's PortfolioStep with the same indicator values.
    struct Lane
    {
        const MarketSeries *series = nullptr;
        StrategyCore *core = nullptr;
        IndicatorSet indicators;   ///< computed as the candles close…
        IndicatorBank::Set shared; ///< …or read from the sweep's series
        IndicatorSnapshot values;  ///< of the candle closing in this step
        SignalType type = SignalType::Hold;
        qsizetype next = 0;
        bool ready = false; ///< `values` are candle `next`'s already (the quiet scan stopped there)
        Decimal price;      ///< the market price after candle `next` − 1, as `prices` has it
    };
    std::vector<Lane> lanes;
    lanes.reserve(std::size_t(markets.size()));
    for (const MarketSeries &series : markets) {
        Lane lane{&series, &portfolio.core(series.market), IndicatorSet(config.parameters), {}, {}, {}, 0, false, {}};
        if (series.indicators && series.indicators->candles().size() == series.candles.size())
            lane.shared = series.indicators->set(config.parameters);
        lanes.push_back(std::move(lane));
    }
    // The market price after the close of candle i: the next candle's open (the first trade after
    // it), the last candle's close at the end.
    const auto priceAfter = [](const CandleColumns &candles, qsizetype i) {
        return i + 1 < candles.size() ? candles.value(Field::Open, i + 1) : candles.value(Field::Close, i);
    };
    const auto refreshPrices = [&](Prices &prices) {
        for (Lane &lane : lanes) {
            if (lane.next == 0)
                continue;
            lane.price = priceAfter(lane.series->candles, lane.next - 1);
            // In place when the market is there already (every candle but its first): insert()
            // copied the key in again each time.
            if (const auto it = prices.find(lane.series->market); it != prices.end())
                *it = lane.price;
            else
                prices.insert(lane.series->market, lane.price);
        }
    };
    std::vector<Lane *> closing;
    closing.reserve(lanes.size());
    Prices prices;
    QList<Portfolio::Closed> closed;
    qsizetype done = 0;
    qsizetype reported = 0;
    double flatEquity = -1; ///< the equity while no position is held: it changes only with a trade
    QDateTime now = result.from;
    // One market with nothing held: the quiet candles in a tight loop over the columns (the same
    // indicators, the same peek and pass as below, the same flat equity points), up to the first
    // BUY, whose values the step below takes as they are.
    const auto scanQuiet = [&](Lane &lane) {
        const CandleColumns &candles = lane.series->candles;
        if (lane.next >= candles.size())
            return true;
        const qsizetype size = candles.size();
        const qsizetype start = lane.next;
        if (flatEquity < 0)
            flatEquity = execution.account(prices).equity.toDouble();
        lane.core->setPositionOpen(false);
        // In blocks up to the next progress report, as the step below reports.
        qsizetype i = start;
        bool cancelled = false;
        while (i < size) {
            const qsizetype end =
                progress ? std::min(size, i + std::max<qsizetype>(1, reported + 0x1000 - (done + i - start))) : size;
            const qsizetype stop =
                lane.shared.values
                    ? lane.core->passUntilBuyCrossing(
                          i, end, lane.shared.emaFast.get(), lane.shared.emaSlow.get(),
                          [&shared = lane.shared](qsizetype k) { return IndicatorBank::snapshot(shared, k); },
                          [&shared = lane.shared](qsizetype k) { IndicatorBank::prefetch(shared, k); }, &lane.values)
                    : passComputing(*lane.core, lane.indicators, i, end, candles, &lane.values);
            if (stop < end) {
                i = stop;
                lane.ready = true;
                break;
            }
            i = end;
            if (progress && done + (i - start) - reported >= 0x1000) {
                reported = done + (i - start);
                if (!progress(reported, total)) {
                    cancelled = true;
                    break;
                }
            }
        }
        const std::size_t count = std::size_t(i - start);
        if (count > 0)
            result.stats.addFlat(candles.openMs(start) + step, candles.openMs(i - 1) + step, count, flatEquity);
        if (config.keepCurve)
            result.curve.appendFlat(candles.openTimesMs().subspan(std::size_t(start), count), step, flatEquity);
        lane.next = i;
        done += qsizetype(count);
        return !cancelled;
    };
    while (true) {
        if (lanes.size() == 1 && !lanes.front().ready && execution.ledger().positions().isEmpty()) {
            if (!scanQuiet(lanes.front())) {
                result.cancelled = true;
                break;
            }
        }
        qint64 openMs = std::numeric_limits<qint64>::max();
        for (const Lane &lane : lanes) {
            if (lane.next < lane.series->candles.size())
                openMs = std::min(openMs, lane.series->candles.openMs(lane.next));
        }
        if (openMs == std::numeric_limits<qint64>::max())
            break;
        closing.clear();
        bool quiet = execution.ledger().positions().isEmpty(); // paper orders never stay unresolved
        // One market held, on a candle whose rules say HOLD either way: the step is its stop alone.
        bool onlyStop = !quiet && lanes.size() == 1;
        for (Lane &lane : lanes) {
            const CandleColumns &candles = lane.series->candles;
            const qsizetype i = lane.next;
            if (i >= candles.size() || candles.openMs(i) != openMs)
                continue;
            if (!lane.ready) {
                lane.values =
                    lane.shared.values
                        ? IndicatorBank::snapshot(lane.shared, i)
                        : lane.indicators.update(candles.toDouble(Field::High, i), candles.toDouble(Field::Low, i),
                                                 candles.toDouble(Field::Close, i), candles.toDouble(Field::Volume, i));
            }
            lane.ready = false;
            if (quiet) {
                lane.core->setPositionOpen(false);
                lane.type = lane.core->peek(lane.values);
                quiet = lane.type != SignalType::Buy;
            }
            onlyStop = onlyStop && lane.core->holdsEitherWay(lane.values);
            closing.push_back(&lane);
        }
        if (quiet) {
            for (Lane *lane : closing) {
                lane->core->pass(lane->values, lane->type);
                ++lane->next;
                ++done;
            }
            if (flatEquity < 0)
                flatEquity = execution.account(prices).equity.toDouble();
            point(openMs + step, flatEquity, false);
        } else {
            closed.clear();
            for (Lane *lane : closing) {
                if (!onlyStop)
                    closed.append({lane->series->market, lane->series->candles.at(lane->next), &lane->values});
                ++lane->next;
                ++done;
            }
            refreshPrices(prices);
            // Times in UTC milliseconds: a zoned QDateTime (the files are in KST) is slow to shift.
            now.setMSecsSinceEpoch(openMs + step);
            const qsizetype fillsBefore = result.fills.size();
            if (onlyStop) {
                // What the engine's step does there: the stop at the price now (its exit, if it
                // fires, taken as the step takes it), then the decision, a HOLD with or without
                // the position (PortfolioStep::stops, Portfolio::decide).
                Lane &lane = *closing.front();
                const QString &market = lane.series->market;
                execution.onPrice(market, lane.price, lane.core->lastAtr(), portfolio.risk(), now,
                                  [&](const Execution::Outcome &o) { take(o, market, QStringLiteral("stop")); });
                lane.core->setPositionOpen(execution.engaged(market));
                lane.core->pass(lane.values, SignalType::Hold);
            } else {
                // The stops, the decisions, their orders: the engine's step (paper fills answer at once).
                candleStep.run(prices, closed, now, [] {});
            }
            const bool held = !execution.ledger().positions().isEmpty();
            if (held || flatEquity < 0 || result.fills.size() != fillsBefore)
                flatEquity = held ? -1 : execution.account(prices).equity.toDouble();
            point(openMs + step, held ? execution.account(prices).equity.toDouble() : flatEquity, held);
        }
        if (progress && done - reported >= 0x1000) {
            reported = done;
            if (!progress(done, total)) {
                result.cancelled = true;
                break;
            }
        }
    }
    refreshPrices(prices);
    result.finalEquity = execution.account(prices).equity;
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

} // namespace autocoin
