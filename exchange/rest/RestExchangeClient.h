#pragma once

#include "ExchangeClient.h"
#include "rest/Dialect.h"

namespace autocoin {

class HttpTransport;
struct HttpResponse;

/// Upbit's REST API and Bithumb's API 2.0 through one implementation: the shapes, paths and
/// signing are shared, the differences live in a rest::Dialect. Requests are signed when they
/// leave the rate-limited queue, never before.
class RestExchangeClient : public ExchangeClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestExchangeClient)

public:
    RestExchangeClient(rest::Dialect dialect, const ExchangeConfig &config, QObject *parent = nullptr);
    ~RestExchangeClient() override;

    Exchange exchange() const override { return m_dialect.exchange; }
    MarketRules &rules() override { return m_rules; }
    HttpTransport *transport() const { return m_transport; }

    void fetchMarkets(Callback<QList<Market>> done) override;
    void fetchTicker(const QString &market, Callback<Ticker> done) override;
    void fetchTickers(Callback<QList<Ticker>> done) override;
    void fetchTickers(const QStringList &markets, Callback<QList<Ticker>> done) override;
    void fetchCandles(const CandleQuery &query, Callback<CandleSeries> done) override;
    void fetchOrderBook(const QString &market, Callback<OrderBook> done) override;
    void fetchTrades(const QString &market, int count, Callback<QList<PublicTrade>> done) override;
    void fetchTickSize(const QString &market, Callback<Decimal> done) override;
    void fetchBalances(Callback<QList<Balance>> done) override;
    void fetchApiKeys(Callback<QList<ApiKeyInfo>> done) override;
    void fetchOrderChance(const QString &market, Callback<OrderChance> done) override;
    void placeOrder(const OrderRequest &request, Callback<Order> done) override;
    void fetchOrder(const OrderRef &ref, Callback<Order> done) override;
    void fetchOpenOrders(const QString &market, Callback<QList<Order>> done) override;
    void cancelOrder(const OrderRef &ref, Callback<Order> done) override;
    void cancelAll() override;
    int pendingRequests() const override;

    /// The body fields of a placement, in the order they are sent and hashed.
    auth::Params orderParams(const OrderRequest &request) const;
    /// The candle `to` parameter for an exclusive UTC bound, in the exchange's zone and format.
    QString candleTo(const QDateTime &utc) const;

private:
    using Handler = std::function<void(const HttpResponse &)>;
    void publicGet(rest::Endpoint endpoint, const QString &path, const auth::Params &params, Handler handler);
    void privateRequest(rest::Endpoint endpoint, const QByteArray &method, const QString &path,
                        const auth::Params &params, Handler handler);
    QUrl url(const QString &path, const auth::Params &params) const;
    template<typename T>
    void privateCall(rest::Endpoint endpoint, const QByteArray &method, const QString &path, const auth::Params &params,
                     std::function<Result<T>(const QByteArray &)> parse, Callback<T> done);
    /// `markets` (non-empty) in chunks of the dialect's size, merged in answer order.
    void fetchTickerChunks(const QStringList &markets, const Callback<QList<Ticker>> &done);
    /// The KRW markets of /v1/market/all, as the list alone says.
    void fetchMarketList(Callback<QList<Market>> done);
    /// Bithumb: adds the active 경보제 alerts to `markets`' cautions, then answers.
    void fetchMarketAlerts(QList<Market> markets, const Callback<QList<Market>> &done);
    void fetchCandlePage(std::shared_ptr<struct CandlePaging> paging);
    void recoverPlacement(const OrderRequest &request, ExchangeError cause, Callback<Order> done);
    auth::Params orderRefParams(const OrderRef &ref, const QString &idParam) const;
    bool requireCredentials(const std::function<void(const ExchangeError &)> &fail) const;

    rest::Dialect m_dialect;
    ExchangeConfig m_config;
    MarketRules m_rules;
    HttpTransport *m_transport;
};

/// Upbit (https://api.upbit.com).
class UpbitClient final : public RestExchangeClient
{
    Q_OBJECT
public:
    explicit UpbitClient(const ExchangeConfig &config, QObject *parent = nullptr);
};

/// Bithumb API 2.0 (https://api.bithumb.com).
class BithumbClient final : public RestExchangeClient
{
    Q_OBJECT
public:
    explicit BithumbClient(const ExchangeConfig &config, QObject *parent = nullptr);
};

} // namespace autocoin
