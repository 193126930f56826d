#include "rest/RestParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace autocoin::rest {

namespace {

ExchangeError malformed(const QString &why)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Malformed;
    error.httpStatus = 200;
    error.message = why;
    return error;
}

/// The document, or a Malformed error naming what was expected.
std::optional<ExchangeError> parseDocument(const QByteArray &body, const QString &what, QJsonDocument *document)
{
    QJsonParseError parseError{};
    *document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("%1 is not JSON (%2)").arg(what, parseError.errorString()));
    return std::nullopt;
}

Result<QJsonArray> arrayOf(const QByteArray &body, const QString &what)
{
    QJsonDocument document;
    if (auto error = parseDocument(body, what, &document))
        return *error;
    if (!document.isArray())
        return malformed(QStringLiteral("%1 is not an array").arg(what));
    return document.array();
}

Result<QJsonObject> objectOf(const QByteArray &body, const QString &what)
{
    QJsonDocument document;
    if (auto error = parseDocument(body, what, &document))
        return *error;
    if (!document.isObject())
        return malformed(QStringLiteral("%1 is not an object").arg(what));
    return document.object();
}

/// The object for `market` in an array answer ("order book answer", …).
Result<QJsonObject> entryFor(const QByteArray &body, const QString &what, const QString &market)
{
    const auto array = arrayOf(body, what);
    if (!array.ok())
        return array.error();
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1StringView("market")).toString() == market)
            return object;
    }
    return malformed(QStringLiteral("%1 has no entry for %2").arg(what, market));
}

Decimal amount(const QJsonObject &object, const char *key)
{
    return decimalField(object, QLatin1StringView(key)).value_or(Decimal());
}

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toString();
}

/// "2024-03-13T11:00:00" (no zone suffix: UTC on both exchanges' *_utc fields).
QDateTime utcTime(const QString &value)
{
    QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toUTC();
}

QDateTime msTime(const QJsonValue &value)
{
    const qint64 ms = value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

std::optional<OrderSide> sideOf(const QString &side)
{
    if (side == u"bid" || side == u"buy")
        return OrderSide::Buy;
    if (side == u"ask" || side == u"sell")
        return OrderSide::Sell;
    return std::nullopt;
}

std::optional<OrderState> stateOf(const QString &state)
{
    if (state == u"wait")
        return OrderState::Wait;
    if (state == u"watch")
        return OrderState::Watch;
    if (state == u"done")
        return OrderState::Done;
    if (state == u"cancel")
        return OrderState::Cancel;
    return std::nullopt;
}

OrderType typeOf(const QString &type, OrderSide side)
{
    if (type == u"price")
        return OrderType::MarketBuy;
    if (type == u"market")
        return OrderType::MarketSell;
    Q_UNUSED(side);
    return OrderType::Limit;
}

} // namespace

std::optional<Decimal> decimalField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return Decimal::fromString(value.toString());
    if (value.isDouble())
        return Decimal::fromDouble(value.toDouble());
    return std::nullopt;
}

Result<QList<Market>> parseMarkets(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("market list"));
    if (!array.ok())
        return array.error();
    QList<Market> markets;
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Market market;
        market.code = object.value(QLatin1StringView("market")).toString();
        if (!market.code.contains(u'-'))
            return malformed(QStringLiteral("market list entry without a market code"));
        market.koreanName = object.value(QLatin1StringView("korean_name")).toString();
        market.englishName = object.value(QLatin1StringView("english_name")).toString();
        // Upbit: market_event {warning, caution{…}}; Bithumb and old Upbit: market_warning "CAUTION".
        const QJsonObject event = object.value(QLatin1StringView("market_event")).toObject();
        market.warning = event.value(QLatin1StringView("warning")).toBool() ||
                         object.value(QLatin1StringView("market_warning")).toString() == u"CAUTION";
        const QJsonObject caution = event.value(QLatin1StringView("caution")).toObject();
        for (auto it = caution.begin(); it != caution.end(); ++it) {
            if (it.value().toBool())
                market.cautions.append(it.key());
        }
        markets.append(market);
    }
    return markets;
}

Result<QList<Ticker>> parseTickers(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("ticker answer"));
    if (!array.ok())
        return array.error();
    QList<Ticker> tickers;
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Ticker ticker;
        ticker.market = object.value(QLatin1StringView("market")).toString();
        const auto price = decimalField(object, QLatin1StringView("trade_price"));
        if (ticker.market.isEmpty() || !price || !price->isPositive())
            return malformed(QStringLiteral("ticker entry %1 has no valid trade_price").arg(ticker.market));
        ticker.tradePrice = *price;
        ticker.openingPrice = amount(object, "opening_price");
        ticker.highPrice = amount(object, "high_price");
        ticker.lowPrice = amount(object, "low_price");
        ticker.signedChangeRate = amount(object, "signed_change_rate");
        ticker.accTradeVolume24h = amount(object, "acc_trade_volume_24h");
        ticker.tradeTime = msTime(object.value(QLatin1StringView("trade_timestamp")));
        tickers.append(ticker);
    }
    return tickers;
}

Result<Ticker> parseTicker(const QByteArray &body, const QString &market)
{
    const auto tickers = parseTickers(body);
    if (!tickers.ok())
        return tickers.error();
    for (const Ticker &ticker : tickers.value()) {
        if (ticker.market == market)
            return ticker;
    }
    return malformed(QStringLiteral("ticker answer has no entry for %1").arg(market));
}

Result<QList<Candle>> parseCandles(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("candle answer"));
    if (!array.ok())
        return array.error();
    QList<Candle> candles;
    candles.reserve(array.value().size());
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Candle candle;
        // The open time is candle_date_time_utc on both exchanges (`timestamp` is the last tick on
        // Upbit and the end of the period on Bithumb).
        candle.openTime = utcTime(object.value(QLatin1StringView("candle_date_time_utc")).toString());
        const auto open = decimalField(object, QLatin1StringView("opening_price"));
        const auto high = decimalField(object, QLatin1StringView("high_price"));
        const auto low = decimalField(object, QLatin1StringView("low_price"));
        const auto close = decimalField(object, QLatin1StringView("trade_price"));
        if (!candle.openTime.isValid() || !open || !high || !low || !close)
            return malformed(QStringLiteral("candle without time or prices"));
        candle.open = *open;
        candle.high = *high;
        candle.low = *low;
        candle.close = *close;
        candle.volume = amount(object, "candle_acc_trade_volume");
        candle.quoteVolume = amount(object, "candle_acc_trade_price");
        candles.append(candle);
    }
    return candles;
}

Result<OrderBook> parseOrderBook(const QByteArray &body, const QString &market)
{
    const auto entry = entryFor(body, QStringLiteral("order book answer"), market);
    if (!entry.ok())
        return entry.error();
    OrderBook book;
    book.market = market;
    book.time = msTime(entry.value().value(QLatin1StringView("timestamp")));
    const QJsonArray units = entry.value().value(QLatin1StringView("orderbook_units")).toArray();
    for (const QJsonValue unitValue : units) {
        const QJsonObject unit = unitValue.toObject();
        const auto askPrice = decimalField(unit, QLatin1StringView("ask_price"));
        const auto bidPrice = decimalField(unit, QLatin1StringView("bid_price"));
        if (!askPrice || !bidPrice)
            return malformed(QStringLiteral("order book level without prices"));
        book.asks.append({*askPrice, amount(unit, "ask_size")});
        book.bids.append({*bidPrice, amount(unit, "bid_size")});
    }
    return book;
}

Result<QList<PublicTrade>> parseTrades(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("trades answer"));
    if (!array.ok())
        return array.error();
    QList<PublicTrade> trades;
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        PublicTrade trade;
        trade.time = msTime(object.value(QLatin1StringView("timestamp")));
        const auto price = decimalField(object, QLatin1StringView("trade_price"));
        const auto volume = decimalField(object, QLatin1StringView("trade_volume"));
        if (!price || !volume)
            return malformed(QStringLiteral("trade without price or volume"));
        trade.price = *price;
        trade.volume = *volume;
        trade.buyerIsTaker = object.value(QLatin1StringView("ask_bid")).toString() == u"BID";
        trade.sequentialId = text(object, "sequential_id");
        trades.append(trade);
    }
    return trades;
}

Result<Decimal> parseTickSize(const QByteArray &body, const QString &market)
{
    const auto entry = entryFor(body, QStringLiteral("instruments answer"), market);
    if (!entry.ok())
        return entry.error();
    const auto tick = decimalField(entry.value(), QLatin1StringView("tick_size"));
    if (!tick || !tick->isPositive())
        return malformed(QStringLiteral("instruments answer without a tick_size"));
    return *tick;
}

Result<QList<Balance>> parseBalances(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("accounts answer"));
    if (!array.ok())
        return array.error();
    QList<Balance> balances;
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Balance balance;
        balance.currency = object.value(QLatin1StringView("currency")).toString();
        const auto available = decimalField(object, QLatin1StringView("balance"));
        if (balance.currency.isEmpty() || !available)
            return malformed(QStringLiteral("account entry without currency or balance"));
        balance.balance = *available;
        balance.locked = amount(object, "locked");
        balance.avgBuyPrice = amount(object, "avg_buy_price");
        balances.append(balance);
    }
    return balances;
}

Result<OrderChance> parseOrderChance(const QByteArray &body, const QString &market)
{
    const auto root = objectOf(body, QStringLiteral("order chance answer"));
    if (!root.ok())
        return root.error();
    const QJsonObject &object = root.value();
    OrderChance chance;
    chance.market = market;
    const auto bidFee = decimalField(object, QLatin1StringView("bid_fee"));
    const auto askFee = decimalField(object, QLatin1StringView("ask_fee"));
    if (!bidFee || !askFee)
        return malformed(QStringLiteral("order chance without fees"));
    chance.bidFee = *bidFee;
    chance.askFee = *askFee;
    chance.makerBidFee = decimalField(object, QLatin1StringView("maker_bid_fee")).value_or(*bidFee);
    chance.makerAskFee = decimalField(object, QLatin1StringView("maker_ask_fee")).value_or(*askFee);
    const QJsonObject marketObject = object.value(QLatin1StringView("market")).toObject();
    chance.minBidTotal = amount(marketObject.value(QLatin1StringView("bid")).toObject(), "min_total");
    chance.minAskTotal = amount(marketObject.value(QLatin1StringView("ask")).toObject(), "min_total");
    chance.maxTotal = decimalField(marketObject, QLatin1StringView("max_total"));
    chance.priceUnit = decimalField(marketObject, QLatin1StringView("price_unit"));
    if (!chance.priceUnit)
        chance.priceUnit = decimalField(object, QLatin1StringView("price_unit"));
    const auto account = [](const QJsonObject &a) {
        Balance b;
        b.currency = a.value(QLatin1StringView("currency")).toString();
        b.balance = amount(a, "balance");
        b.locked = amount(a, "locked");
        b.avgBuyPrice = amount(a, "avg_buy_price");
        return b;
    };
    chance.bidAccount = account(object.value(QLatin1StringView("bid_account")).toObject());
    chance.askAccount = account(object.value(QLatin1StringView("ask_account")).toObject());
    return chance;
}

Result<Order> parseOrderObject(const QJsonObject &object)
{
    Order order;
    // Bithumb's v2 objects may say order_id / order_type where /v1 says uuid / ord_type.
    order.id = object.contains(QLatin1StringView("uuid")) ? text(object, "uuid") : text(object, "order_id");
    order.clientOrderId =
        object.contains(QLatin1StringView("identifier")) ? text(object, "identifier") : text(object, "client_order_id");
    order.market = object.value(QLatin1StringView("market")).toString();
    const auto side = sideOf(object.value(QLatin1StringView("side")).toString());
    const auto state = stateOf(object.value(QLatin1StringView("state")).toString());
    if (order.id.isEmpty() || !side || !state)
        return malformed(QStringLiteral("order without id, side or state"));
    order.side = *side;
    order.state = *state;
    const QString type = object.contains(QLatin1StringView("ord_type"))
                             ? object.value(QLatin1StringView("ord_type")).toString()
                             : object.value(QLatin1StringView("order_type")).toString();
    order.type = typeOf(type, order.side);
    order.price = amount(object, "price");
    order.volume = amount(object, "volume");
    order.remainingVolume = amount(object, "remaining_volume");
    order.executedVolume = amount(object, "executed_volume");
    order.executedFunds = amount(object, "executed_funds");
    order.paidFee = amount(object, "paid_fee");
    order.reservedFee = amount(object, "reserved_fee");
    order.locked = amount(object, "locked");
    order.createdAt =
        QDateTime::fromString(object.value(QLatin1StringView("created_at")).toString(), Qt::ISODate).toUTC();
    const QJsonArray trades = object.value(QLatin1StringView("trades")).toArray();
    Decimal funds;
    for (const QJsonValue tradeValue : trades) {
        const QJsonObject t = tradeValue.toObject();
        OrderFill fill;
        fill.tradeId = text(t, "uuid");
        fill.price = amount(t, "price");
        fill.volume = amount(t, "volume");
        fill.funds = decimalField(t, QLatin1StringView("funds")).value_or(fill.price * fill.volume);
        fill.time = QDateTime::fromString(t.value(QLatin1StringView("created_at")).toString(), Qt::ISODate).toUTC();
        funds += fill.funds;
        order.fills.append(fill);
    }
    if (order.executedFunds.isZero() && !order.fills.isEmpty())
        order.executedFunds = funds;
    return order;
}

Result<Order> parseOrder(const QByteArray &body)
{
    const auto root = objectOf(body, QStringLiteral("order answer"));
    if (!root.ok())
        return root.error();
    return parseOrderObject(root.value());
}

Result<QList<Order>> parseOrders(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("order list"));
    if (!array.ok())
        return array.error();
    QList<Order> orders;
    for (const QJsonValue entry : array.value()) {
        const auto order = parseOrderObject(entry.toObject());
        if (!order.ok())
            return order.error();
        orders.append(order.value());
    }
    return orders;
}

Result<Order> parseOrderAck(const QByteArray &body)
{
    const auto root = objectOf(body, QStringLiteral("order acknowledgement"));
    if (!root.ok())
        return root.error();
    const QJsonObject &object = root.value();
    Order order;
    order.id = text(object, "order_id");
    if (order.id.isEmpty())
        return malformed(QStringLiteral("order acknowledgement without order_id"));
    order.clientOrderId = text(object, "client_order_id");
    order.market = object.value(QLatin1StringView("market")).toString();
    order.side = sideOf(object.value(QLatin1StringView("side")).toString()).value_or(OrderSide::Buy);
    order.type = typeOf(object.value(QLatin1StringView("order_type")).toString(), order.side);
    order.createdAt =
        QDateTime::fromString(object.value(QLatin1StringView("created_at")).toString(), Qt::ISODate).toUTC();
    order.complete = false;
    return order;
}

} // namespace autocoin::rest
