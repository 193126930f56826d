#include "replay/ReplayClient.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace autocoin {

namespace {

ExchangeError replayError(ExchangeError::Kind kind, const QString &message)
{
    ExchangeError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

ReplayClient::ReplayClient(const ExchangeConfig &config, QObject *parent)
    : ExchangeClient(parent)
    , m_config(config)
    , m_rules(MarketRules::forExchange(Exchange::Replay))
{
    m_loadError = load(config.replaySources);
    if (!m_loadError.isEmpty()) {
        m_feeds.clear();
        m_times.clear();
        return;
    }
    if (config.replaySpeed > 0) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(std::max(1, static_cast<int>(1000.0 / config.replaySpeed)));
        connect(m_timer, &QTimer::timeout, this, &ReplayClient::step);
        // The first candle closes once the event loop runs, so every close can be observed.
        QTimer::singleShot(0, this, &ReplayClient::step);
        m_timer->start();
    }
}

QString ReplayClient::load(const QList<ReplaySource> &sources)
{
    if (sources.isEmpty())
        return QStringLiteral("no replay data: give a candle file (MARKET=FILE, …)");
    QString timeframeFile;
    std::vector<qint64> times;
    for (const ReplaySource &source : sources) {
        // Columns, from the candle cache when an earlier load (the settings' check) wrote them.
        const auto loaded = CandleFile::loadColumns(source.path);
        if (!loaded.ok())
            return loaded.error().message; // it names the file
        const CandleColumnsFile &file = loaded.value();
        Feed feed;
        feed.path = source.path;
        // A bare file plays its own market (an exchange's JSON says which), else KRW-BTC as ever.
        feed.market = !source.market.isEmpty() ? source.market
                      : file.market.isEmpty()  ? QStringLiteral("KRW-BTC")
                                               : file.market;
        if (!source.market.isEmpty() && !file.market.isEmpty() && file.market != source.market)
            return QStringLiteral("%1 holds %2 candles, not %3").arg(source.path, file.market, source.market);
        if (feed.market.isEmpty())
            return QStringLiteral("%1: no market").arg(source.path);
        if (this->feed(feed.market))
            return QStringLiteral("%1 is given twice (%2 and %3)")
                .arg(feed.market, this->feed(feed.market)->path, source.path);
        if (m_feeds.isEmpty()) {
            m_timeframe = file.timeframe;
            timeframeFile = source.path;
        } else if (file.timeframe != m_timeframe) {
            // One clock for all: a 1-minute and an hourly file cannot step together.
            return QStringLiteral("%1 has %2-minute candles but %3 has %4-minute candles: every replay file needs "
                                  "the same timeframe")
                .arg(source.path)
                .arg(file.timeframe.minutes())
                .arg(timeframeFile)
                .arg(m_timeframe.minutes());
        }
        feed.candles = file.candles;
        const CandleColumns &candles = feed.candles;
        const auto openTimes = candles.openTimesMs();
        times.insert(times.end(), openTimes.begin(), openTimes.end());
        feed.tradedValue.reserve(candles.size());
        for (qsizetype i = 0; i < candles.size(); ++i) {
            // The file's KRW volume when it has one; else the base volume at the close
            // (an estimate, only used to rank markets by traded value).
            const Decimal quoteVolume = candles.value(CandleColumns::Field::QuoteVolume, i);
            if (quoteVolume.isPositive()) {
                feed.tradedValue.append(quoteVolume);
                continue;
            }
            try {
                const Decimal volume = candles.value(CandleColumns::Field::Volume, i);
                const Decimal close = candles.value(CandleColumns::Field::Close, i);
                feed.tradedValue.append(
                    (volume.rounded(8, Decimal::Rounding::Down) * close).rounded(8, Decimal::Rounding::Down));
            } catch (const std::exception &) {
                return QStringLiteral("%1: the candle at %2 trades more KRW than can be counted")
                    .arg(source.path, candles.openTime(i).toString(Qt::ISODate));
            }
        }
        m_feeds.append(std::move(feed));
    }
    // One file's open times are already sorted and distinct (the loader normalizes them).
    if (m_feeds.size() > 1) {
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
    }
    m_times = std::move(times);
    return {};
}

void ReplayClient::step()
{
    if (m_step + 1 >= candleCount()) {
        if (m_timer)
            m_timer->stop();
        return;
    }
    ++m_step;
    const qint64 open = m_times[std::size_t(m_step)];
    const qint64 now = open + qint64(m_timeframe.seconds()) * 1000;
    m_clock.set(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
    // The whole step first, then the signals: an observer sees every market at this time.
    QList<Feed *> closed;
    const qint64 windowFrom = now - qint64(24) * 3600 * 1000;
    for (Feed &feed : m_feeds) {
        const CandleColumns &candles = feed.candles;
        if (feed.cursor + 1 < candles.size() && candles.openMs(feed.cursor + 1) == open) {
            ++feed.cursor;
            feed.window24h += feed.tradedValue.at(feed.cursor);
            closed.append(&feed);
        }
        // The traded value of the candles that lie within the last 24 hours of the clock.
        while (feed.windowStart <= feed.cursor && candles.openMs(feed.windowStart) < windowFrom) {
            feed.window24h -= feed.tradedValue.at(feed.windowStart);
            ++feed.windowStart;
        }
    }
    for (const Feed *feed : std::as_const(closed))
        Q_EMIT candleClosed(feed->candles.at(feed->cursor), feed->cursor, feed->market);
}

const ReplayClient::Feed *ReplayClient::feed(const QString &market) const
{
    for (const Feed &feed : m_feeds) {
        if (feed.market == market)
            return &feed;
    }
    return nullptr;
}

int ReplayClient::cursor(const QString &market) const
{
    const Feed *found = feed(market);
    return found ? found->cursor : -1;
}

QStringList ReplayClient::markets() const
{
    QStringList out;
    for (const Feed &feed : m_feeds)
        out.append(feed.market);
    return out;
}

std::optional<ExchangeError> ReplayClient::notReady() const
{
    if (!m_loadError.isEmpty())
        return replayError(ExchangeError::Kind::Malformed, m_loadError);
    if (m_step < 0)
        return replayError(ExchangeError::Kind::Unsupported, QStringLiteral("the replay has not started"));
    return std::nullopt;
}

ExchangeError ReplayClient::unknown(const QString &market) const
{
    return replayError(ExchangeError::Kind::NotFound,
                       QStringLiteral("the replay data is for %1, not %2").arg(markets().join(u", "), market));
}

Result<const ReplayClient::Feed *> ReplayClient::started(const QString &market) const
{
    if (auto error = notReady())
        return *error;
    const Feed *found = feed(market);
    if (!found)
        return unknown(market);
    if (found->cursor < 0)
        return replayError(
            ExchangeError::Kind::NotFound,
            QStringLiteral("%1 has no candle yet at %2: its data starts at %3")
                .arg(market, m_clock.nowUtc().toString(Qt::ISODate), found->candles.openTime(0).toString(Qt::ISODate)));
    return found;
}

std::optional<ExchangeError> ReplayClient::advanceForRequest()
{
    if (!m_loadError.isEmpty())
        return replayError(ExchangeError::Kind::Malformed, m_loadError);
    if (m_config.replaySpeed <= 0) {
        if (m_step + 1 >= candleCount())
            return replayError(ExchangeError::Kind::EndOfData, QStringLiteral("the replay data is exhausted"));
        step();
    } else if (m_step < 0) {
        step(); // asked before the first timer step (a Start right after creation): begin now
    }
    return std::nullopt;
}

void ReplayClient::fetchMarkets(Callback<QList<Market>> done)
{
    if (!m_loadError.isEmpty()) // no market without data: never an empty market code
        return answerLater<QList<Market>>(std::move(done), replayError(ExchangeError::Kind::Malformed, m_loadError));
    QList<Market> list;
    for (const Feed &feed : std::as_const(m_feeds)) {
        Market market;
        market.code = feed.market;
        market.englishName = QStringLiteral("Replay of %1").arg(feed.market);
        market.koreanName = QStringLiteral("%1 재생").arg(feed.market);
        list.append(market);
    }
    answerLater<QList<Market>>(std::move(done), list);
}

Ticker ReplayClient::tickerOf(const Feed &feed) const
{
    const CandleColumns &candles = feed.candles;
    const Candle candle = candles.at(feed.cursor);
    Ticker ticker;
    ticker.market = feed.market;
    // The market right after this candle closed: the next candle's first trade (its open). A
    // decision on this candle therefore fills at the next open, as a backtest fills it.
    ticker.tradePrice =
        feed.cursor + 1 < candles.size() ? candles.value(CandleColumns::Field::Open, feed.cursor + 1) : candle.close;
    ticker.openingPrice = candle.open;
    ticker.highPrice = candle.high;
    ticker.lowPrice = candle.low;
    ticker.accTradeVolume24h = candle.volume;
    ticker.accTradePrice24h = feed.window24h;
    ticker.tradeTime = m_clock.nowUtc();
    return ticker;
}

void ReplayClient::fetchTicker(const QString &market, Callback<Ticker> done)
{
    if (m_loadError.isEmpty() && !feed(market)) // an unknown market does not consume a step
        return answerLater<Ticker>(std::move(done), unknown(market));
    if (auto error = advanceForRequest())
        return answerLater<Ticker>(std::move(done), *error);
    const auto found = started(market);
    if (!found.ok())
        return answerLater<Ticker>(std::move(done), found.error());
    answerLater<Ticker>(std::move(done), tickerOf(*found.value()));
}

void ReplayClient::fetchTickers(Callback<QList<Ticker>> done)
{
    if (auto error = advanceForRequest())
        return answerLater<QList<Ticker>>(std::move(done), *error);
    if (auto error = notReady())
        return answerLater<QList<Ticker>>(std::move(done), *error);
    QList<Ticker> tickers; // every market that has begun trading
    for (const Feed &feed : std::as_const(m_feeds)) {
        if (feed.cursor >= 0)
            tickers.append(tickerOf(feed));
    }
    answerLater<QList<Ticker>>(std::move(done), tickers);
}

void ReplayClient::fetchTickers(const QStringList &markets, Callback<QList<Ticker>> done)
{
    QStringList wanted = markets;
    wanted.removeDuplicates();
    if (m_loadError.isEmpty()) {
        for (const QString &market : std::as_const(wanted)) {
            if (!feed(market)) // an unknown market does not consume a step
                return answerLater<QList<Ticker>>(std::move(done), unknown(market));
        }
    }
    if (auto error = advanceForRequest())
        return answerLater<QList<Ticker>>(std::move(done), *error);
    QList<Ticker> tickers;
    for (const QString &market : std::as_const(wanted)) {
        const auto found = started(market);
        if (!found.ok())
            return answerLater<QList<Ticker>>(std::move(done), found.error());
        tickers.append(tickerOf(*found.value()));
    }
    if (wanted.isEmpty()) { // one step still: the engine's poll moves the clock
        if (auto error = notReady())
            return answerLater<QList<Ticker>>(std::move(done), *error);
    }
    answerLater<QList<Ticker>>(std::move(done), tickers);
}

void ReplayClient::fetchCandles(const CandleQuery &query, Callback<CandleSeries> done)
{
    if (auto error = notReady())
        return answerLater<CandleSeries>(std::move(done), *error);
    const Feed *found = feed(query.market);
    if (!found)
        return answerLater<CandleSeries>(std::move(done), unknown(query.market));
    // Walk back from the cursor: O(count), not O(history), per request. Before its first candle
    // a market has none closed: an empty series.
    QList<Candle> closed;
    const CandleColumns &all = found->candles;
    const qint64 toMs = query.to.isValid() ? query.to.toMSecsSinceEpoch() : 0;
    for (int i = found->cursor; i >= 0 && closed.size() < query.count; --i) {
        if (!query.to.isValid() || all.openMs(i) < toMs)
            closed.prepend(all.at(i));
    }
    answerLater<CandleSeries>(std::move(done), CandleSeries::normalize(closed, m_timeframe));
}

void ReplayClient::fetchOrderBook(const QString &market, Callback<OrderBook> done)
{
    const auto found = started(market);
    if (!found.ok())
        return answerLater<OrderBook>(std::move(done), found.error());
    const Candle candle = found.value()->candles.at(found.value()->cursor);
    // Five levels a tick apart around the close, each holding a tenth of the candle's volume.
    const Decimal close = candle.close;
    const Decimal tick = m_rules.tickSize(market, close);
    const Decimal size =
        candle.volume.isPositive() ? m_rules.truncateVolume(candle.volume.divided(Decimal(10), 8)) : Decimal(1);
    OrderBook book;
    book.market = market;
    book.time = m_clock.nowUtc();
    const Decimal bestBid = m_rules.roundPriceDown(market, close);
    const Decimal bestAsk = bestBid == close ? close + tick : m_rules.roundPriceUp(market, close);
    for (int level = 0; level < 5; ++level) {
        book.asks.append({bestAsk + tick * Decimal(level), size});
        book.bids.append({bestBid - tick * Decimal(level), size});
    }
    answerLater<OrderBook>(std::move(done), book);
}

void ReplayClient::fetchTrades(const QString &market, int, Callback<QList<PublicTrade>> done)
{
    const auto found = started(market);
    if (!found.ok())
        return answerLater<QList<PublicTrade>>(std::move(done), found.error());
    const Candle candle = found.value()->candles.at(found.value()->cursor);
    PublicTrade trade;
    trade.time = m_clock.nowUtc();
    trade.price = candle.close;
    trade.volume = candle.volume;
    trade.sequentialId = QString::number(found.value()->cursor);
    answerLater<QList<PublicTrade>>(std::move(done), QList<PublicTrade>{trade});
}

void ReplayClient::fetchTickSize(const QString &market, Callback<Decimal> done)
{
    const auto found = started(market);
    if (!found.ok())
        return answerLater<Decimal>(std::move(done), found.error());
    answerLater<Decimal>(
        std::move(done),
        m_rules.tickSize(market, found.value()->candles.value(CandleColumns::Field::Close, found.value()->cursor)));
}

namespace {

ExchangeError paperOnly()
{
    return replayError(ExchangeError::Kind::Unsupported,
                       QStringLiteral("the replay market has no account: it trades on paper only"));
}

} // namespace

void ReplayClient::fetchBalances(Callback<QList<Balance>> done)
{
    answerLater<QList<Balance>>(std::move(done), paperOnly());
}

void ReplayClient::fetchOrderChance(const QString &, Callback<OrderChance> done)
{
    answerLater<OrderChance>(std::move(done), paperOnly());
}

void ReplayClient::placeOrder(const OrderRequest &, Callback<Order> done)
{
    answerLater<Order>(std::move(done), paperOnly());
}

void ReplayClient::fetchOrder(const OrderRef &, Callback<Order> done)
{
    answerLater<Order>(std::move(done), paperOnly());
}

void ReplayClient::fetchOpenOrders(const QString &, Callback<QList<Order>> done)
{
    answerLater<QList<Order>>(std::move(done), paperOnly());
}

void ReplayClient::cancelOrder(const OrderRef &, Callback<Order> done)
{
    answerLater<Order>(std::move(done), paperOnly());
}

} // namespace autocoin
