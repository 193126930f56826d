#include "replay/ReplayClient.h"

#include <QTimer>

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
    , m_rules(MarketRules::forExchange(QStringLiteral("replay")))
{
    const auto loaded = CandleFile::load(config.replayData);
    if (!loaded.ok()) {
        m_loadError = loaded.error().message;
        return;
    }
    m_file = loaded.value();
    m_market = m_file.market.isEmpty() ? QStringLiteral("KRW-BTC") : m_file.market;
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

void ReplayClient::step()
{
    if (m_cursor + 1 >= candleCount()) {
        if (m_timer)
            m_timer->stop();
        return;
    }
    ++m_cursor;
    const Candle &candle = current();
    m_clock.set(candle.openTime.addSecs(m_file.timeframe.seconds()));
    Q_EMIT candleClosed(candle, m_cursor);
}

const Candle &ReplayClient::current() const
{
    return m_file.series.candles.at(m_cursor);
}

std::optional<ExchangeError> ReplayClient::notReady() const
{
    if (!m_loadError.isEmpty())
        return replayError(ExchangeError::Kind::Malformed, m_loadError);
    if (m_cursor < 0)
        return replayError(ExchangeError::Kind::Unsupported, QStringLiteral("the replay has not started"));
    return std::nullopt;
}

template<typename T> void ReplayClient::answer(Callback<T> done, Result<T> result)
{
    // Asynchronous like a real exchange: the callback never runs inside the call.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void ReplayClient::fetchMarkets(Callback<QList<Market>> done)
{
    if (!m_loadError.isEmpty()) // no market without data: never an empty market code
        return answer<QList<Market>>(std::move(done), replayError(ExchangeError::Kind::Malformed, m_loadError));
    Market market;
    market.code = m_market;
    market.englishName = QStringLiteral("Replay of %1").arg(m_market);
    market.koreanName = QStringLiteral("%1 재생").arg(m_market);
    answer<QList<Market>>(std::move(done), QList<Market>{market});
}

void ReplayClient::fetchTicker(const QString &market, Callback<Ticker> done)
{
    if (!m_loadError.isEmpty())
        return answer<Ticker>(std::move(done), replayError(ExchangeError::Kind::Malformed, m_loadError));
    if (market != m_market)
        return answer<Ticker>(std::move(done),
                              replayError(ExchangeError::Kind::NotFound,
                                          QStringLiteral("the replay data is for %1, not %2").arg(m_market, market)));
    if (m_config.replaySpeed <= 0) {
        if (m_cursor + 1 >= candleCount())
            return answer<Ticker>(std::move(done), replayError(ExchangeError::Kind::EndOfData,
                                                               QStringLiteral("the replay data is exhausted")));
        step();
    } else if (m_cursor < 0) {
        step(); // asked before the first timer step (a Start right after creation): begin now
    }
    if (auto error = notReady())
        return answer<Ticker>(std::move(done), *error);
    const Candle &candle = current();
    Ticker ticker;
    ticker.market = m_market;
    // The market right after this candle closed: the next candle's first trade (its open). A
    // decision on this candle therefore fills at the next open, as a backtest fills it.
    ticker.tradePrice = m_cursor + 1 < candleCount() ? m_file.series.candles.at(m_cursor + 1).open : candle.close;
    ticker.openingPrice = candle.open;
    ticker.highPrice = candle.high;
    ticker.lowPrice = candle.low;
    ticker.accTradeVolume24h = candle.volume;
    ticker.tradeTime = m_clock.nowUtc();
    answer<Ticker>(std::move(done), ticker);
}

void ReplayClient::fetchTickers(Callback<QList<Ticker>> done)
{
    fetchTicker(m_market, [done = std::move(done)](const Result<Ticker> &ticker) {
        if (!ticker.ok())
            return done(ticker.error());
        done(QList<Ticker>{ticker.value()});
    });
}

void ReplayClient::fetchTickers(const QStringList &, Callback<QList<Ticker>> done)
{
    fetchTickers(std::move(done));
}

void ReplayClient::fetchCandles(const CandleQuery &query, Callback<CandleSeries> done)
{
    if (auto error = notReady())
        return answer<CandleSeries>(std::move(done), *error);
    // Walk back from the cursor: O(count), not O(history), per request.
    QList<Candle> closed;
    const auto &all = m_file.series.candles;
    for (int i = m_cursor; i >= 0 && closed.size() < query.count; --i) {
        if (!query.to.isValid() || all[i].openTime < query.to)
            closed.prepend(all[i]);
    }
    answer<CandleSeries>(std::move(done), CandleSeries::normalize(closed, m_file.timeframe));
}

void ReplayClient::fetchOrderBook(const QString &market, Callback<OrderBook> done)
{
    if (auto error = notReady())
        return answer<OrderBook>(std::move(done), *error);
    // Five levels a tick apart around the close, each holding a tenth of the candle's volume.
    const Decimal close = current().close;
    const Decimal tick = m_rules.tickSize(market, close);
    const Decimal size =
        current().volume.isPositive() ? m_rules.truncateVolume(current().volume.divided(Decimal(10), 8)) : Decimal(1);
    OrderBook book;
    book.market = market;
    book.time = m_clock.nowUtc();
    const Decimal bestBid = m_rules.roundPriceDown(market, close);
    const Decimal bestAsk = bestBid == close ? close + tick : m_rules.roundPriceUp(market, close);
    for (int level = 0; level < 5; ++level) {
        book.asks.append({bestAsk + tick * Decimal(level), size});
        book.bids.append({bestBid - tick * Decimal(level), size});
    }
    answer<OrderBook>(std::move(done), book);
}

void ReplayClient::fetchTrades(const QString &, int, Callback<QList<PublicTrade>> done)
{
    if (auto error = notReady())
        return answer<QList<PublicTrade>>(std::move(done), *error);
    PublicTrade trade;
    trade.time = m_clock.nowUtc();
    trade.price = current().close;
    trade.volume = current().volume;
    trade.sequentialId = QString::number(m_cursor);
    answer<QList<PublicTrade>>(std::move(done), QList<PublicTrade>{trade});
}

void ReplayClient::fetchTickSize(const QString &market, Callback<Decimal> done)
{
    if (auto error = notReady())
        return answer<Decimal>(std::move(done), *error);
    answer<Decimal>(std::move(done), m_rules.tickSize(market, current().close));
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
    answer<QList<Balance>>(std::move(done), paperOnly());
}

void ReplayClient::fetchOrderChance(const QString &, Callback<OrderChance> done)
{
    answer<OrderChance>(std::move(done), paperOnly());
}

void ReplayClient::placeOrder(const OrderRequest &, Callback<Order> done)
{
    answer<Order>(std::move(done), paperOnly());
}

void ReplayClient::fetchOrder(const OrderRef &, Callback<Order> done)
{
    answer<Order>(std::move(done), paperOnly());
}

void ReplayClient::fetchOpenOrders(const QString &, Callback<QList<Order>> done)
{
    answer<QList<Order>>(std::move(done), paperOnly());
}

void ReplayClient::cancelOrder(const OrderRef &, Callback<Order> done)
{
    answer<Order>(std::move(done), paperOnly());
}

} // namespace autocoin
