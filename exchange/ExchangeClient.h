#pragma once

#include "core/Account.h"
#include "core/Candle.h"
#include "core/Credentials.h"
#include "core/Exchange.h"
#include "core/Market.h"
#include "core/Order.h"
#include "core/OrderBook.h"
#include "core/Result.h"
#include "core/Ticker.h"
#include "rules/MarketRules.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>

namespace autocoin {

class Clock;

/// One market of a replay and the candle file it plays.
struct ReplaySource
{
    QString market; ///< "KRW-ETH"; empty: the file's own market (JSON), else KRW-BTC
    QString path;   ///< candle file (CSV or exchange JSON)
    bool operator==(const ReplaySource &other) const = default;
};

/// How to reach one exchange. Credentials are never logged.
struct ExchangeConfig
{
    Exchange exchange = Exchange::Upbit;
    QUrl baseUrl; ///< scheme and host, e.g. https://api.upbit.com (tests: a loopback server)
    std::chrono::milliseconds timeout{10000};
    Credentials credentials;
    QList<ReplaySource> replaySources; ///< replay: one candle file per market, all of one timeframe
    double replaySpeed = 0;            ///< replay: candle periods per second; 0 = one per request
};

/// Which candles to fetch: the newest `count` closed and forming candles before `to` (exclusive;
/// invalid = now), paging backwards past the exchanges' 200-per-request limit.
struct CandleQuery
{
    QString market;
    Timeframe timeframe;
    int count = 200;
    QDateTime to;
};

/// The one face every exchange shows the engine. Asynchronous: each call returns at once and
/// later invokes its callback exactly once, on the thread the client lives in; no call blocks
/// and none runs a nested event loop.
class ExchangeClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeClient)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ExchangeClient(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~ExchangeClient() override = default;

    virtual Exchange exchange() const = 0;
    /// Tick sizes, minimum totals and precision; refined as the client learns live values.
    virtual MarketRules &rules() = 0;
    /// The clock this exchange's time runs on, when it is not the wall clock (the replay
    /// market drives the engine's clock); nullptr otherwise.
    virtual const Clock *clock() const { return nullptr; }

    // Public market data.
    /// Every KRW market with its names and warning flags.
    virtual void fetchMarkets(Callback<QList<Market>> done) = 0;
    virtual void fetchTicker(const QString &market, Callback<Ticker> done) = 0;
    /// Every KRW market's ticker.
    virtual void fetchTickers(Callback<QList<Ticker>> done) = 0;
    /// The tickers of `markets`, in their order (duplicates once), in as few requests as the
    /// exchange allows. A listed market the answer lacks is an error (NotFound) naming it.
    virtual void fetchTickers(const QStringList &markets, Callback<QList<Ticker>> done) = 0;
    /// Oldest first, de-duplicated, gaps reported and left as gaps.
    virtual void fetchCandles(const CandleQuery &query, Callback<CandleSeries> done) = 0;
    virtual void fetchOrderBook(const QString &market, Callback<OrderBook> done) = 0;
    virtual void fetchTrades(const QString &market, int count, Callback<QList<PublicTrade>> done) = 0;
    /// The exchange's live tick size for `market` (stored into rules() too).
    virtual void fetchTickSize(const QString &market, Callback<Decimal> done) = 0;

    // Private account and orders (need credentials).
    virtual void fetchBalances(Callback<QList<Balance>> done) = 0;
    /// The account's API keys and their expiry (Upbit `GET /v1/api_keys`). Exchanges that do
    /// not report it answer Unsupported.
    virtual void fetchApiKeys(Callback<QList<ApiKeyInfo>> done);
    /// Fees and minimum totals (stored into rules() too).
    virtual void fetchOrderChance(const QString &market, Callback<OrderChance> done) = 0;
    /// Validates against rules() first, sends once, and if the answer is lost (timeout, dropped
    /// connection, 5xx) or cannot be read (malformed, truncated, empty) looks the order up by its
    /// client order id before reporting anything: a retry never creates a second order. An error
    /// with orderStateUnknown means the lookup failed or did not find the order yet (one 404
    /// proves nothing); the caller must look again later.
    virtual void placeOrder(const OrderRequest &request, Callback<Order> done) = 0;
    virtual void fetchOrder(const OrderRef &ref, Callback<Order> done) = 0;
    virtual void fetchOpenOrders(const QString &market, Callback<QList<Order>> done) = 0;
    /// Cancellation is asynchronous on both exchanges: the order returned may still be open.
    virtual void cancelOrder(const OrderRef &ref, Callback<Order> done) = 0;

    /// Abandons every request in flight; their callbacks see ExchangeError::Kind::Cancelled, before
    /// this returns (an answer already posted too: none arrives afterwards, when its caller may be
    /// gone).
    virtual void cancelAll() = 0;
    /// Number of requests queued or in flight.
    virtual int pendingRequests() const = 0;

protected:
    /// Answers `done` with `result` from the event loop, never inside the caller's frame. Until
    /// then it is in flight: abandonPostedAnswers() delivers it at once, as abandoned.
    template<typename T> void answerLater(Callback<T> done, Result<T> result)
    {
        postAnswer([done = std::move(done), result = std::move(result)](bool abandoned) {
            if (abandoned)
                return done(abandonedError());
            done(result);
        });
    }
    /// Delivers every answer posted and not yet delivered, oldest first, as abandoned (a callback
    /// that asks again is abandoned too). What cancelAll() does first.
    void abandonPostedAnswers();
    int postedAnswers() const { return int(m_posted.size()); }
    /// ExchangeError::Kind::Cancelled: "request abandoned".
    static ExchangeError abandonedError();

private:
    void postAnswer(std::function<void(bool abandoned)> answer);
    void deliverPosted(quint64 id);

    std::map<quint64, std::function<void(bool abandoned)>> m_posted; ///< by serial, oldest first
    quint64 m_lastPosted = 0;
};

/// The default public base URL of an exchange (the replay market has none: an empty URL).
QUrl defaultBaseUrl(Exchange exchange);

/// Creates the client for `config.exchange`. Must be called in the
/// thread the client will live in.
ExchangeClient *createExchangeClient(const ExchangeConfig &config, QObject *parent);

} // namespace autocoin
