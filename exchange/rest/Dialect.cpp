#include "rest/Dialect.h"

namespace autocoin::rest {

Dialect upbitDialect()
{
    Dialect d;
    d.exchange = Exchange::Upbit;
    d.algorithm = auth::JwtAlgorithm::HS512; // the docs' example; HS256 is accepted too
    d.marketsDetailParam = QStringLiteral("is_details");
    d.hasTickerAll = true;
    d.createPath = QStringLiteral("/v1/orders");
    d.orderTypeField = QStringLiteral("ord_type");
    d.clientIdField = QStringLiteral("identifier");
    d.cancelPath = QStringLiteral("/v1/order");
    d.cancelIdParam = QStringLiteral("uuid");
    d.openOrdersPath = QStringLiteral("/v1/orders/open");
    d.openOrdersStates = {{QStringLiteral("states[]"), QStringLiteral("wait")},
                          {QStringLiteral("states[]"), QStringLiteral("watch")}};
    d.candleToZone = QTimeZone::utc();
    d.candleToSuffixZ = true;
    d.hasInstruments = true;
    d.hasApiKeys = true;
    // EXCHANGES.md §1.5: quotation groups 10/s per IP; default 30/s, order 12/s per pocket.
    d.groups = {{Endpoint::Markets, QStringLiteral("market")},    {Endpoint::Ticker, QStringLiteral("ticker")},
                {Endpoint::Candle, QStringLiteral("candle")},     {Endpoint::OrderBook, QStringLiteral("orderbook")},
                {Endpoint::Trade, QStringLiteral("trade")},       {Endpoint::Account, QStringLiteral("default")},
                {Endpoint::OrderCreate, QStringLiteral("order")}, {Endpoint::OrderCancel, QStringLiteral("default")}};
    d.limits = {{QStringLiteral("market"), {10, 1000}},         {QStringLiteral("ticker"), {10, 1000}},
                {QStringLiteral("candle"), {10, 1000}},         {QStringLiteral("orderbook"), {10, 1000}},
                {QStringLiteral("trade"), {10, 1000}},          {QStringLiteral("default"), {30, 1000}},
                {QStringLiteral("order"), {12, 1000}},          {QStringLiteral("order-test"), {8, 1000}},
                {QStringLiteral("order-cancel-all"), {1, 2000}}};
    return d;
}

Dialect bithumbDialect()
{
    Dialect d;
    d.exchange = Exchange::Bithumb;
    d.jwtTimestamp = true;
    d.algorithm = auth::JwtAlgorithm::HS256;
    d.marketsDetailParam = QStringLiteral("isDetails");
    d.hasTickerAll = false;
    d.tickerChunk = 100;
    d.createPath = QStringLiteral("/v2/orders");
    d.orderTypeField = QStringLiteral("order_type");
    d.clientIdField = QStringLiteral("client_order_id");
    d.createReturnsAck = true;
    d.cancelPath = QStringLiteral("/v2/order");
    d.cancelIdParam = QStringLiteral("order_id");
    d.cancelReturnsAck = true;
    d.openOrdersPath = QStringLiteral("/v1/orders");
    d.openOrdersStates = {{QStringLiteral("state"), QStringLiteral("wait")}};
    d.candleToZone = QTimeZone("Asia/Seoul");
    d.candleToSuffixZ = false;
    d.hasInstruments = false;
    d.hasMarketAlerts = true;
    // EXCHANGES.md §2.6: 150/s per public category, 140/s per private category, per IP.
    d.groups = {{Endpoint::Markets, QStringLiteral("public-other")},
                {Endpoint::Ticker, QStringLiteral("public-ticker")},
                {Endpoint::Candle, QStringLiteral("public-candle")},
                {Endpoint::OrderBook, QStringLiteral("public-orderbook")},
                {Endpoint::Trade, QStringLiteral("public-trade")},
                {Endpoint::Account, QStringLiteral("private-other")},
                {Endpoint::OrderCreate, QStringLiteral("order-create")},
                {Endpoint::OrderCancel, QStringLiteral("order-cancel")}};
    for (const QString &group : d.groups)
        d.limits.insert(group,
                        group.startsWith(u"public") ? RateLimiter::Limit{150, 1000} : RateLimiter::Limit{140, 1000});
    return d;
}

} // namespace autocoin::rest
