#pragma once

#include "auth/Signing.h"
#include "core/Exchange.h"
#include "http/RateLimiter.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace autocoin::rest {

/// Kinds of endpoint, each mapped to the exchange's rate-limit group.
enum class Endpoint
{
    Markets,
    Ticker,
    Candle,
    OrderBook,
    Trade,
    Account,
    OrderCreate,
    OrderCancel
};

/// Where Upbit's REST API and Bithumb's API 2.0 differ. Everything else — paths, shapes, the JWT
/// with query_hash — is shared by RestExchangeClient.
struct Dialect
{
    Exchange exchange = Exchange::Upbit;
    bool jwtTimestamp = false; ///< Bithumb puts "timestamp" (ms) in the JWT payload
    auth::JwtAlgorithm algorithm = auth::JwtAlgorithm::HS256;
    QString marketsDetailParam;    ///< "is_details" / "isDetails"
    bool hasTickerAll = false;     ///< Upbit: /v1/ticker/all?quote_currencies=KRW
    int tickerChunk = 100;         ///< markets per ticker request otherwise
    QString createPath;            ///< "/v1/orders" / "/v2/orders"
    QString orderTypeField;        ///< "ord_type" / "order_type"
    QString clientIdField;         ///< "identifier" / "client_order_id"
    bool createReturnsAck = false; ///< Bithumb v2 answers a create with an acknowledgement only
    QString cancelPath;            ///< "/v1/order" / "/v2/order"
    QString cancelIdParam;         ///< "uuid" / "order_id"
    bool cancelReturnsAck = false;
    QString openOrdersPath; ///< "/v1/orders/open" / "/v1/orders"
    auth::Params openOrdersStates;
    QTimeZone candleToZone;       ///< the zone the candle `to` parameter is read in
    bool candleToSuffixZ = false; ///< Upbit: "…Z"; Bithumb: KST without an offset
    bool hasInstruments = false;  ///< Upbit: /v1/orderbook/instruments
    bool hasApiKeys = false;      ///< Upbit: /v1/api_keys (each key's expiry)
    /// Bithumb: the 주의 flags are not in market/all but in /v1/market/virtual_asset_warning.
    bool hasMarketAlerts = false;
    QHash<Endpoint, QString> groups;
    QHash<QString, RateLimiter::Limit> limits;
};

Dialect upbitDialect();
Dialect bithumbDialect();

} // namespace autocoin::rest
