#pragma once

#include "core/Account.h"
#include "core/Credentials.h"
#include "core/Decimal.h"
#include "core/Exchange.h"
#include "core/Order.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>

namespace autocoin {

/// Where a market-data feed stands. "connected": messages arrive; "stale": none for the stale
/// period (the connection is being replaced); "disconnected": no connection (waiting for the next
/// attempt of the backoff, or stopped).
enum class FeedState
{
    Disconnected,
    Connected,
    Stale,
};
QString feedStateName(FeedState state); ///< "disconnected" / "connected" / "stale"

/// Where the engine's prices come from now.
enum class FeedSource
{
    WebSocket,
    Rest,
};
QString feedSourceName(FeedSource source); ///< "websocket" / "rest"

/// The exchange's WebSocket base: wss://api.upbit.com/websocket, wss://ws-api.bithumb.com/websocket
/// (the replay market has none: an empty URL).
QUrl defaultStreamBase(Exchange exchange);
/// The public endpoint under `base`: `<base>/v1`.
QUrl publicStreamUrl(const QUrl &base);
/// The private endpoint under `base`: `<base>/v1/private` (Upbit), `<base>/v2/private` (Bithumb).
QUrl privateStreamUrl(Exchange exchange, const QUrl &base);

/// How to reach one WebSocket endpoint of one exchange.
struct StreamConfig
{
    Exchange exchange = Exchange::Upbit;
    /// The endpoint itself: `<base>/v1` (public), `<base>/v1/private` (Upbit) or
    /// `<base>/v2/private` (Bithumb); ws:// in the tests.
    QUrl url;
    std::chrono::milliseconds staleAfter{10000}; ///< no message for this long: stale, reconnect
    std::chrono::milliseconds maxBackoff{30000}; ///< reconnect delays 1, 2, 4 … this, jittered
    Credentials credentials;                     ///< private endpoint only; never logged
};

/// One trade seen on the public stream (`trade`).
struct StreamTrade
{
    QString market;
    Decimal price;
    Decimal volume;
    OrderSide side = OrderSide::Buy; ///< the taker's side (ask_bid)
    QDateTime time;                  ///< trade_timestamp, UTC
    qint64 sequentialId = 0;         ///< the exchange's trade sequence, 0 when absent
};

/// One ticker message of the public stream (`ticker`): the last trade and the 24-hour value.
struct StreamTicker
{
    QString market;
    Decimal tradePrice;
    Decimal accTradePrice24h;
    QDateTime time; ///< trade_timestamp (or timestamp), UTC
};

/// One message of the private `myOrder` stream, in both exchanges' schemas.
struct StreamOrder
{
    QString market;
    QString orderId;       ///< Upbit `uuid`, Bithumb v2 `order_id`
    QString clientOrderId; ///< Upbit `identifier`, Bithumb `client_order_id`; may be empty
    OrderSide side = OrderSide::Buy;
    QString state; ///< "wait", "watch", "trade" (a fill), "done", "cancel"
    Decimal executedVolume;
    Decimal remainingVolume;
    /// A fill (state "trade"): the exchange's trade id, price, volume, fee and time.
    QString tradeId;
    Decimal tradePrice;
    Decimal tradeVolume;
    Decimal tradeFee;
    QDateTime tradeTime;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::StreamTrade)
Q_DECLARE_METATYPE(autocoin::StreamTicker)
Q_DECLARE_METATYPE(autocoin::StreamOrder)
Q_DECLARE_METATYPE(autocoin::FeedSource)
Q_DECLARE_METATYPE(autocoin::FeedState)
