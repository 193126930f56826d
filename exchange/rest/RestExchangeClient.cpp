#include "rest/RestExchangeClient.h"

#include "core/Clock.h"
#include "http/HttpTransport.h"
#include "http/ResponseClassifier.h"
#include "rest/RestParsers.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <memory>
#include <utility>

namespace autocoin {

using rest::Endpoint;

namespace {

/// The POST body: the same fields, in the same order, as the hashed query string.
QByteArray jsonBody(const auth::Params &params)
{
    QByteArray body = "{";
    for (const auto &[key, value] : params) {
        if (body.size() > 1)
            body += ',';
        body += auth::jsonString(key) + ':' + auth::jsonString(value);
    }
    return body + '}';
}

} // namespace

struct CandlePaging
{
    CandleQuery query;
    QList<Candle> collected;
    QDateTime to;
    int remaining = 0;
    ExchangeClient::Callback<CandleSeries> done;
};

RestExchangeClient::RestExchangeClient(rest::Dialect dialect, const ExchangeConfig &config, QObject *parent)
    : ExchangeClient(parent)
    , m_dialect(std::move(dialect))
    , m_config(config)
    , m_rules(MarketRules::forExchange(m_dialect.exchange))
    , m_transport(new HttpTransport(this))
{
    m_transport->setTimeout(config.timeout);
    for (auto it = m_dialect.limits.cbegin(); it != m_dialect.limits.cend(); ++it)
        m_transport->rateLimiter().setLimit(it.key(), it.value());
}

RestExchangeClient::~RestExchangeClient() = default;

QUrl RestExchangeClient::url(const QString &path, const auth::Params &params) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!params.isEmpty())
        url.setQuery(auth::queryString(params));
    return url;
}

QString RestExchangeClient::candleTo(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_dialect.candleToZone);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (m_dialect.candleToSuffixZ ? QStringLiteral("Z") : QString());
}

void RestExchangeClient::publicGet(Endpoint endpoint, const QString &path, const auth::Params &params, Handler handler)
{
    HttpRequest request;
    request.url = url(path, params);
    request.group = m_dialect.groups.value(endpoint);
    m_transport->send(std::move(request), std::move(handler));
}

void RestExchangeClient::privateRequest(Endpoint endpoint, const QByteArray &method, const QString &path,
                                        const auth::Params &params, Handler handler)
{
    HttpRequest request;
    request.method = method;
    request.group = m_dialect.groups.value(endpoint);
    if (method == "POST") {
        request.url = url(path, {});
        request.body = jsonBody(params);
    } else {
        request.url = url(path, params);
    }
    request.authorize = [credentials = m_config.credentials, dialect = m_dialect, query = auth::queryString(params)] {
        const QByteArray hash = query.isEmpty() ? QByteArray() : auth::queryHash(query);
        const QString nonce = auth::newNonce();
        const QByteArray payload =
            dialect.jwtTimestamp
                ? auth::bithumbPayload(credentials.accessKey, nonce, QDateTime::currentMSecsSinceEpoch(), hash)
                : auth::upbitPayload(credentials.accessKey, nonce, hash);
        const QByteArray token = auth::signJwt(payload, credentials.secretKey, dialect.algorithm);
        return HttpRequest::Headers{{"Authorization", "Bearer " + token}};
    };
    m_transport->send(std::move(request), std::move(handler));
}

bool RestExchangeClient::requireCredentials(const std::function<void(const ExchangeError &)> &fail) const
{
    if (m_config.credentials.isComplete())
        return true;
    ExchangeError error;
    error.kind = ExchangeError::Kind::Authentication;
    error.code = QStringLiteral("no_credentials");
    error.message = QStringLiteral("no API keys are configured for %1").arg(exchangeName(m_dialect.exchange));
    fail(error);
    return false;
}

template<typename T>
void RestExchangeClient::privateCall(Endpoint endpoint, const QByteArray &method, const QString &path,
                                     const auth::Params &params, std::function<Result<T>(const QByteArray &)> parse,
                                     Callback<T> done)
{
    if (!requireCredentials([&done](const ExchangeError &e) { done(e); }))
        return;
    // Qt's network stack may resend a request whose connection dropped before any answer; the
    // copy carries the same nonce and is refused as nonce_used. For a query that is harmless:
    // sign it again once.
    auto handler = std::make_shared<Handler>();
    *handler = [this, endpoint, method, path, params, parse = std::move(parse), done = std::move(done), handler,
                retried = false](const HttpResponse &response) mutable {
        auto error = classifyResponse(response);
        if (error && error->code == u"nonce_used" && !retried) {
            retried = true;
            privateRequest(endpoint, method, path, params, [handler](const HttpResponse &again) { (*handler)(again); });
            return;
        }
        const Handler keepAlive = std::exchange(*handler, nullptr); // breaks the self-reference
        if (error)
            return done(*error);
        done(parse(response.body));
    };
    privateRequest(endpoint, method, path, params, [handler](const HttpResponse &response) { (*handler)(response); });
}

namespace {

/// A handler that classifies, then parses with `parse`.
template<typename T, typename Parse>
std::function<void(const HttpResponse &)> parsing(Parse parse, ExchangeClient::Callback<T> done)
{
    return [parse = std::move(parse), done = std::move(done)](const HttpResponse &response) {
        if (auto error = classifyResponse(response))
            return done(*error);
        done(parse(response.body));
    };
}

} // namespace

void RestExchangeClient::fetchMarkets(Callback<QList<Market>> done)
{
    fetchMarketList([this, done = std::move(done)](const Result<QList<Market>> &markets) {
        if (!markets.ok() || !m_dialect.hasMarketAlerts)
            return done(markets);
        fetchMarketAlerts(markets.value(), done);
    });
}

void RestExchangeClient::fetchMarketList(Callback<QList<Market>> done)
{
    publicGet(Endpoint::Markets, QStringLiteral("/v1/market/all"),
              {{m_dialect.marketsDetailParam, QStringLiteral("true")}},
              parsing<QList<Market>>(
                  [](const QByteArray &body) -> Result<QList<Market>> {
                      auto all = rest::parseMarkets(body);
                      if (!all.ok())
                          return all;
                      QList<Market> krw; // autocoin trades KRW markets only
                      for (const Market &market : all.value()) {
                          if (market.quoteCurrency() == u"KRW")
                              krw.append(market);
                      }
                      return krw;
                  },
                  std::move(done)));
}

void RestExchangeClient::fetchMarketAlerts(QList<Market> markets, const Callback<QList<Market>> &done)
{
    // Same group as market/all: both are one market sync. A failed or malformed alert list fails
    // the whole fetch, so a passing error never delivers markets with their cautions cleared
    // (the engine keeps the last good sync's flags instead; docs/DECISIONS.md).
    publicGet(Endpoint::Markets, QStringLiteral("/v1/market/virtual_asset_warning"), {},
              [this, markets = std::move(markets), done](const HttpResponse &response) mutable {
                  if (auto error = classifyResponse(response))
                      return done(*error);
                  const Clock *own = clock();
                  const QDateTime now = (own != nullptr ? *own : SystemClock::instance()).nowUtc();
                  const auto alerts = rest::parseMarketAlerts(response.body, now);
                  if (!alerts.ok())
                      return done(alerts.error());
                  for (Market &market : markets) {
                      for (const QString &type : alerts.value().value(market.code)) {
                          if (!market.cautions.contains(type))
                              market.cautions.append(type);
                      }
                  }
                  done(markets);
              });
}

void RestExchangeClient::fetchTicker(const QString &market, Callback<Ticker> done)
{
    publicGet(
        Endpoint::Ticker, QStringLiteral("/v1/ticker"), {{QStringLiteral("markets"), market}},
        parsing<Ticker>([market](const QByteArray &body) { return rest::parseTicker(body, market); }, std::move(done)));
}

void RestExchangeClient::fetchTickers(Callback<QList<Ticker>> done)
{
    if (m_dialect.hasTickerAll) {
        publicGet(
            Endpoint::Ticker, QStringLiteral("/v1/ticker/all"),
            {{QStringLiteral("quote_currencies"), QStringLiteral("KRW")}},
            parsing<QList<Ticker>>([](const QByteArray &body) { return rest::parseTickers(body); }, std::move(done)));
        return;
    }
    // No "all" endpoint: list the KRW markets (their alerts do not matter here), then ask for
    // them in chunks.
    fetchMarketList([this, done = std::move(done)](const Result<QList<Market>> &markets) {
        if (!markets.ok())
            return done(markets.error());
        QStringList codes;
        for (const Market &market : markets.value())
            codes.append(market.code);
        if (codes.isEmpty())
            return done(QList<Ticker>());
        fetchTickerChunks(codes, done);
    });
}

void RestExchangeClient::fetchTickers(const QStringList &markets, Callback<QList<Ticker>> done)
{
    QStringList wanted = markets;
    wanted.removeDuplicates();
    if (wanted.isEmpty()) {
        // Asynchronous like every other answer: the callback never runs inside the call.
        answerLater<QList<Ticker>>(std::move(done), QList<Ticker>());
        return;
    }
    fetchTickerChunks(wanted, [wanted, done = std::move(done)](const Result<QList<Ticker>> &all) {
        if (!all.ok())
            return done(all.error());
        QHash<QString, Ticker> byMarket;
        for (const Ticker &ticker : all.value())
            byMarket.insert(ticker.market, ticker);
        QList<Ticker> ordered;
        ordered.reserve(wanted.size());
        for (const QString &market : wanted) {
            const auto it = byMarket.constFind(market);
            if (it == byMarket.constEnd()) {
                ExchangeError error;
                error.kind = ExchangeError::Kind::NotFound;
                error.message = QStringLiteral("the ticker answer has no entry for %1").arg(market);
                return done(error);
            }
            ordered.append(*it);
        }
        done(ordered);
    });
}

void RestExchangeClient::fetchTickerChunks(const QStringList &markets, const Callback<QList<Ticker>> &done)
{
    // One request per chunk: a whole KRW list in one URL is too long (HTTP 414).
    struct Gather
    {
        QList<QList<Ticker>> parts; ///< per chunk, so the merge keeps the request order
        int outstanding = 0;
        bool failed = false;
    };
    auto gather = std::make_shared<Gather>();
    const int chunk = std::max(1, m_dialect.tickerChunk);
    gather->parts.resize((markets.size() + chunk - 1) / chunk);
    gather->outstanding = static_cast<int>(gather->parts.size());
    for (qsizetype i = 0; i < markets.size(); i += chunk) {
        const qsizetype part = i / chunk;
        publicGet(Endpoint::Ticker, QStringLiteral("/v1/ticker"),
                  {{QStringLiteral("markets"), markets.mid(i, chunk).join(u',')}},
                  parsing<QList<Ticker>>([](const QByteArray &body) { return rest::parseTickers(body); },
                                         [gather, part, done](const Result<QList<Ticker>> &answer) {
                                             --gather->outstanding;
                                             if (gather->failed)
                                                 return;
                                             if (!answer.ok()) {
                                                 gather->failed = true;
                                                 return done(answer.error());
                                             }
                                             gather->parts[part] = answer.value();
                                             if (gather->outstanding > 0)
                                                 return;
                                             QList<Ticker> merged;
                                             for (const QList<Ticker> &tickers : gather->parts)
                                                 merged += tickers;
                                             done(merged);
                                         }));
    }
}

void RestExchangeClient::fetchCandles(const CandleQuery &query, Callback<CandleSeries> done)
{
    auto paging = std::make_shared<CandlePaging>();
    paging->query = query;
    paging->to = query.to;
    paging->remaining = std::max(1, query.count);
    paging->done = std::move(done);
    fetchCandlePage(paging);
}

// By value on purpose: the next page is fetched from inside the previous page's callback, whose
// captured copy may be released while this runs; a reference to it could dangle.
// NOLINTNEXTLINE(performance-unnecessary-value-param)
void RestExchangeClient::fetchCandlePage(std::shared_ptr<CandlePaging> paging)
{
    const CandleQuery &query = paging->query;
    const int count = std::min(200, paging->remaining);
    const QString path = query.timeframe.isDay()
                             ? QStringLiteral("/v1/candles/days")
                             : QStringLiteral("/v1/candles/minutes/%1").arg(query.timeframe.minutes());
    auth::Params params = {{QStringLiteral("market"), query.market}, {QStringLiteral("count"), QString::number(count)}};
    if (paging->to.isValid())
        params.append({QStringLiteral("to"), candleTo(paging->to)});
    const auto finish = [paging] {
        CandleSeries series = CandleSeries::normalize(paging->collected, paging->query.timeframe);
        if (series.candles.size() > paging->query.count)
            series.candles = series.candles.mid(series.candles.size() - paging->query.count);
        paging->done(series);
    };
    publicGet(Endpoint::Candle, path, params, [this, paging, count, finish](const HttpResponse &response) {
        if (auto error = classifyResponse(response))
            return paging->done(*error);
        const auto page = rest::parseCandles(response.body);
        if (!page.ok())
            return paging->done(page.error());
        paging->collected += page.value();
        paging->remaining -= static_cast<int>(page.value().size());
        if (page.value().size() < count || paging->remaining <= 0)
            return finish();
        // `to` is exclusive: the oldest candle of this page ends the next one, without overlap.
        QDateTime oldest = page.value().constFirst().openTime;
        for (const Candle &candle : page.value())
            oldest = std::min(oldest, candle.openTime);
        paging->to = oldest;
        fetchCandlePage(paging);
    });
}

void RestExchangeClient::fetchOrderBook(const QString &market, Callback<OrderBook> done)
{
    publicGet(Endpoint::OrderBook, QStringLiteral("/v1/orderbook"), {{QStringLiteral("markets"), market}},
              parsing<OrderBook>([market](const QByteArray &body) { return rest::parseOrderBook(body, market); },
                                 std::move(done)));
}

void RestExchangeClient::fetchTrades(const QString &market, int count, Callback<QList<PublicTrade>> done)
{
    publicGet(
        Endpoint::Trade, QStringLiteral("/v1/trades/ticks"),
        {{QStringLiteral("market"), market}, {QStringLiteral("count"), QString::number(std::clamp(count, 1, 500))}},
        parsing<QList<PublicTrade>>([](const QByteArray &body) { return rest::parseTrades(body); }, std::move(done)));
}

void RestExchangeClient::fetchTickSize(const QString &market, Callback<Decimal> done)
{
    if (m_dialect.hasInstruments) {
        publicGet(Endpoint::OrderBook, QStringLiteral("/v1/orderbook/instruments"),
                  {{QStringLiteral("markets"), market}},
                  parsing<Decimal>(
                      [this, market](const QByteArray &body) {
                          auto tick = rest::parseTickSize(body, market);
                          if (tick.ok())
                              m_rules.setLiveTickSize(market, tick.value());
                          return tick;
                      },
                      std::move(done)));
        return;
    }
    // Bithumb publishes no per-market tick endpoint: the table at the current price.
    fetchTicker(market, [this, market, done = std::move(done)](const Result<Ticker> &ticker) {
        if (!ticker.ok())
            return done(ticker.error());
        done(m_rules.tickSize(market, ticker.value().tradePrice));
    });
}

void RestExchangeClient::fetchBalances(Callback<QList<Balance>> done)
{
    privateCall<QList<Balance>>(
        Endpoint::Account, "GET", QStringLiteral("/v1/accounts"), {},
        [](const QByteArray &body) { return rest::parseBalances(body); }, std::move(done));
}

void RestExchangeClient::fetchApiKeys(Callback<QList<ApiKeyInfo>> done)
{
    if (!m_dialect.hasApiKeys) {
        ExchangeClient::fetchApiKeys(std::move(done));
        return;
    }
    privateCall<QList<ApiKeyInfo>>(
        Endpoint::Account, "GET", QStringLiteral("/v1/api_keys"), {},
        [](const QByteArray &body) { return rest::parseApiKeys(body); }, std::move(done));
}

void RestExchangeClient::fetchOrderChance(const QString &market, Callback<OrderChance> done)
{
    privateCall<OrderChance>(
        Endpoint::Account, "GET", QStringLiteral("/v1/orders/chance"), {{QStringLiteral("market"), market}},
        [this, market](const QByteArray &body) {
            auto chance = rest::parseOrderChance(body, market);
            if (chance.ok())
                m_rules.applyChance(chance.value());
            return chance;
        },
        std::move(done));
}

auth::Params RestExchangeClient::orderParams(const OrderRequest &request) const
{
    auth::Params params = {
        {QStringLiteral("market"), request.market},
        {QStringLiteral("side"), request.side == OrderSide::Buy ? QStringLiteral("bid") : QStringLiteral("ask")}};
    switch (request.type) {
    case OrderType::Limit:
        params.append({QStringLiteral("volume"), request.volume.toString()});
        params.append({QStringLiteral("price"), request.price.toString()});
        params.append({m_dialect.orderTypeField, QStringLiteral("limit")});
        break;
    case OrderType::MarketBuy:
        params.append({QStringLiteral("price"), request.price.toString()});
        params.append({m_dialect.orderTypeField, QStringLiteral("price")});
        break;
    case OrderType::MarketSell:
        params.append({QStringLiteral("volume"), request.volume.toString()});
        params.append({m_dialect.orderTypeField, QStringLiteral("market")});
        break;
    }
    params.append({m_dialect.clientIdField, request.clientOrderId});
    return params;
}

void RestExchangeClient::placeOrder(const OrderRequest &request, Callback<Order> done)
{
    if (auto invalid = m_rules.validate(request))
        return done(*invalid);
    if (!requireCredentials([&done](const ExchangeError &e) { done(e); }))
        return;
    privateRequest(Endpoint::OrderCreate, "POST", m_dialect.createPath, orderParams(request),
                   [this, request, done = std::move(done)](const HttpResponse &response) mutable {
                       if (auto error = classifyResponse(response)) {
                           if (error->kind == ExchangeError::Kind::Cancelled) {
                               error->orderStateUnknown = true; // we stopped listening, not the exchange
                               return done(*error);
                           }
                           // nonce_used: our request was delivered twice (a resend after a dropped
                           // connection), so the first copy may have placed the order.
                           const bool mayExist =
                               (error->retryable() && error->kind != ExchangeError::Kind::RateLimited) ||
                               error->code == u"nonce_used";
                           if (mayExist)
                               return recoverPlacement(request, *error, std::move(done));
                           return done(*error);
                       }
                       if (!m_dialect.createReturnsAck) {
                           // The exchange accepted the order: an answer we cannot read (malformed,
                           // truncated, empty) says nothing about it, so it is looked up, never
                           // taken for a refusal.
                           auto order = rest::parseOrder(response.body);
                           if (!order.ok())
                               return recoverPlacement(request, order.error(), std::move(done));
                           return done(order);
                       }
                       const auto ack = rest::parseOrderAck(response.body);
                       if (!ack.ok())
                           return recoverPlacement(request, ack.error(), std::move(done));
                       // An acknowledgement only: read the order itself; keep the ack if that fails.
                       fetchOrder(OrderRef::byId(ack.value().id), [ack = ack.value(), done](const Result<Order> &full) {
                           done(full.ok() ? full : Result<Order>(ack));
                       });
                   });
}

void RestExchangeClient::recoverPlacement(const OrderRequest &request, ExchangeError cause, Callback<Order> done)
{
    // The request may have reached the exchange. Never send it again: ask for it by its id.
    fetchOrder(OrderRef::byClientId(request.clientOrderId),
               [cause, done = std::move(done)](const Result<Order> &found) mutable {
                   if (found.ok())
                       return done(found);
                   if (found.error().kind == ExchangeError::Kind::NotFound) {
                       // Exchanges are eventually consistent: an order just placed may not be
                       // visible yet. One 404 never decides; the caller keeps looking.
                       cause.message += QStringLiteral("; not found yet by its client order id");
                       cause.orderStateUnknown = true;
                   } else {
                       cause.message +=
                           QStringLiteral("; whether the order exists is unknown: ") + found.error().describe();
                       cause.orderStateUnknown = true;
                   }
                   done(cause);
               });
}

auth::Params RestExchangeClient::orderRefParams(const OrderRef &ref, const QString &idParam) const
{
    if (!ref.id.isEmpty())
        return {{idParam, ref.id}};
    return {{m_dialect.clientIdField, ref.clientOrderId}};
}

void RestExchangeClient::fetchOrder(const OrderRef &ref, Callback<Order> done)
{
    privateCall<Order>(
        Endpoint::Account, "GET", QStringLiteral("/v1/order"), orderRefParams(ref, QStringLiteral("uuid")),
        [](const QByteArray &body) { return rest::parseOrder(body); }, std::move(done));
}

void RestExchangeClient::fetchOpenOrders(const QString &market, Callback<QList<Order>> done)
{
    auth::Params params = {{QStringLiteral("market"), market}};
    params += m_dialect.openOrdersStates;
    privateCall<QList<Order>>(
        Endpoint::Account, "GET", m_dialect.openOrdersPath, params,
        [](const QByteArray &body) { return rest::parseOrders(body); }, std::move(done));
}

void RestExchangeClient::cancelOrder(const OrderRef &ref, Callback<Order> done)
{
    const bool ack = m_dialect.cancelReturnsAck;
    privateCall<Order>(
        Endpoint::OrderCancel, "DELETE", m_dialect.cancelPath, orderRefParams(ref, m_dialect.cancelIdParam),
        [ack](const QByteArray &body) { return ack ? rest::parseOrderAck(body) : rest::parseOrder(body); },
        std::move(done));
}

void RestExchangeClient::cancelAll()
{
    abandonPostedAnswers();
    m_transport->abortAll();
}

int RestExchangeClient::pendingRequests() const
{
    return m_transport->inFlight() + postedAnswers();
}

UpbitClient::UpbitClient(const ExchangeConfig &config, QObject *parent)
    : RestExchangeClient(rest::upbitDialect(), config, parent)
{}

BithumbClient::BithumbClient(const ExchangeConfig &config, QObject *parent)
    : RestExchangeClient(rest::bithumbDialect(), config, parent)
{}

} // namespace autocoin
