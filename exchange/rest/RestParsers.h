#pragma once

#include "core/Account.h"
#include "core/Candle.h"
#include "core/Market.h"
#include "core/Order.h"
#include "core/OrderBook.h"
#include "core/Result.h"
#include "core/Ticker.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

/// Pure parsers of the JSON both Upbit and Bithumb 2.0 answer with (Bithumb's /v1 is a copy of
/// Upbit's shapes). Amounts become exact Decimals whether they arrive as decimal strings
/// (private endpoints) or JSON numbers (quotation endpoints); anything that does not have the
/// documented shape is Malformed, never a silently wrong value.
namespace autocoin::rest {

Result<QList<Market>> parseMarkets(const QByteArray &body);
/// Bithumb's `/v1/market/virtual_asset_warning` (경보제): market → the warning_types whose
/// end_date (KST) is after `now`, in answer order; ended alerts are left out.
Result<QHash<QString, QStringList>> parseMarketAlerts(const QByteArray &body, const QDateTime &now);
Result<QList<Ticker>> parseTickers(const QByteArray &body);
/// The entry for `market` in a ticker array.
Result<Ticker> parseTicker(const QByteArray &body, const QString &market);
/// A candle array (newest first on the wire), returned in wire order.
Result<QList<Candle>> parseCandles(const QByteArray &body);
Result<OrderBook> parseOrderBook(const QByteArray &body, const QString &market);
Result<QList<PublicTrade>> parseTrades(const QByteArray &body);
/// Upbit's `/v1/orderbook/instruments` tick_size for `market`.
Result<Decimal> parseTickSize(const QByteArray &body, const QString &market);
Result<QList<Balance>> parseBalances(const QByteArray &body);
/// Upbit's `GET /v1/api_keys`: `[{"access_key": "…", "expire_at": "2025-11-23T15:00:00+09:00"}]`,
/// times in UTC. An entry without an access key, or with an expiry that is not an ISO-8601 time
/// with its offset, is Malformed; a null or absent expire_at is no expiry.
Result<QList<ApiKeyInfo>> parseApiKeys(const QByteArray &body);
Result<OrderChance> parseOrderChance(const QByteArray &body, const QString &market);
Result<Order> parseOrder(const QByteArray &body);
Result<Order> parseOrderObject(const QJsonObject &object);
Result<QList<Order>> parseOrders(const QByteArray &body);
/// Bithumb v2's acknowledgement of a create or cancel: only id, market, side, time.
Result<Order> parseOrderAck(const QByteArray &body);

/// Parses one amount field: a decimal string or a JSON number; nullopt if absent or invalid.
std::optional<Decimal> decimalField(const QJsonObject &object, QLatin1StringView key);

} // namespace autocoin::rest
