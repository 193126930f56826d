#include "rest/RestParsers.h"

#include "core/Guarded.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
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

/// At most a few dozen characters of a bad value, so an error message stays a line.
QString quoted(const QJsonValue &value)
{
    QString shown =
        value.isString()
            ? value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (shown.size() > 32)
        shown = shown.left(32) + QStringLiteral("…");
    return QStringLiteral("\"%1\"").arg(shown);
}

/// An amount field that may be absent (or null, as Upbit's `volume` of a market buy) and is then
/// `fallback`; present but not a number, it is an error naming the field — never a silent 0.
/// `nonNegative` refuses a negative value (sizes, volumes, balances).
std::optional<Decimal> optionalAmount(const QJsonObject &object, const char *key, std::optional<ExchangeError> *error,
                                      bool nonNegative = false, Decimal fallback = Decimal())
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    const auto parsed = decimalField(object, QLatin1StringView(key));
    if (!parsed || (nonNegative && parsed->isNegative())) {
        if (!*error)
            *error = malformed(QStringLiteral("%1 is not a%2 number: %3")
                                   .arg(QLatin1StringView(key),
                                        nonNegative ? QStringLiteral(" non-negative") : QString(), quoted(value)));
        return std::nullopt;
    }
    return parsed;
}

/// An amount field that must be present and readable.
std::optional<Decimal> requiredAmount(const QJsonObject &object, const char *key, std::optional<ExchangeError> *error,
                                      bool nonNegative = false)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull()) {
        if (!*error)
            *error = malformed(QStringLiteral("%1 is missing").arg(QLatin1StringView(key)));
        return std::nullopt;
    }
    return optionalAmount(object, key, error, nonNegative);
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
    // A JSON number beyond qint64 (1.7e20, found by fuzz_restparsers) is no time: converting it
    // would be undefined behaviour. 2^63 is exact as a double, so the comparison is too.
    qint64 ms = 0;
    if (value.isString()) {
        ms = value.toString().toLongLong();
    } else if (const double number = value.toDouble(); number > 0 && number < 9223372036854775808.0) {
        ms = static_cast<qint64>(number);
    }
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

static Result<QList<Market>> parseMarketsUnguarded(const QByteArray &body)
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

static Result<QHash<QString, QStringList>> parseMarketAlertsUnguarded(const QByteArray &body, const QDateTime &now)
{
    const auto array = arrayOf(body, QStringLiteral("market alert list"));
    if (!array.ok())
        return array.error();
    const QTimeZone kst("Asia/Seoul");
    QHash<QString, QStringList> active;
    for (const QJsonValue entry : array.value()) {
        const QJsonObject object = entry.toObject();
        const QString market = object.value(QLatin1StringView("market")).toString();
        if (!market.contains(u'-'))
            return malformed(QStringLiteral("market alert entry without a market code"));
        const QString type = object.value(QLatin1StringView("warning_type")).toString();
        if (type.isEmpty())
            return malformed(QStringLiteral("market alert %1 has no warning_type").arg(market));
        const QString endText = object.value(QLatin1StringView("end_date")).toString();
        const QDateTime wall = QDateTime::fromString(endText, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!wall.isValid())
            return malformed(QStringLiteral("market alert %1 has no valid end_date").arg(market));
        const QDateTime end(wall.date(), wall.time(), kst); // a KST wall time without an offset
        // An alert that has ended no longer restricts anything; Bithumb may still list it.
        if (end > now && !active.value(market).contains(type))
            active[market].append(type);
    }
    return active;
}

static Result<QList<Ticker>> parseTickersUnguarded(const QByteArray &body)
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
        std::optional<ExchangeError> error;
        ticker.openingPrice = optionalAmount(object, "opening_price", &error).value_or(Decimal());
        ticker.highPrice = optionalAmount(object, "high_price", &error).value_or(Decimal());
        ticker.lowPrice = optionalAmount(object, "low_price", &error).value_or(Decimal());
        ticker.signedChangeRate = optionalAmount(object, "signed_change_rate", &error).value_or(Decimal());
        ticker.accTradeVolume24h = optionalAmount(object, "acc_trade_volume_24h", &error, true).value_or(Decimal());
        ticker.accTradePrice24h = optionalAmount(object, "acc_trade_price_24h", &error, true).value_or(Decimal());
        if (error)
            return malformed(QStringLiteral("ticker entry %1: %2").arg(ticker.market, error->message));
        ticker.tradeTime = msTime(object.value(QLatin1StringView("trade_timestamp")));
        tickers.append(ticker);
    }
    return tickers;
}

static Result<Ticker> parseTickerUnguarded(const QByteArray &body, const QString &market)
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

static Result<QList<Candle>> parseCandlesUnguarded(const QByteArray &body)
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
        std::optional<ExchangeError> error;
        candle.volume = optionalAmount(object, "candle_acc_trade_volume", &error, true).value_or(Decimal());
        candle.quoteVolume = optionalAmount(object, "candle_acc_trade_price", &error, true).value_or(Decimal());
        if (error)
            return malformed(
                QStringLiteral("candle at %1: %2")
                    .arg(object.value(QLatin1StringView("candle_date_time_utc")).toString().left(32), error->message));
        candles.append(candle);
    }
    return candles;
}

static Result<OrderBook> parseOrderBookUnguarded(const QByteArray &body, const QString &market)
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
        // A level's size is what a paper fill walks: absent or unreadable, the book cannot be used.
        std::optional<ExchangeError> error;
        const auto askSize = requiredAmount(unit, "ask_size", &error, true);
        const auto bidSize = requiredAmount(unit, "bid_size", &error, true);
        if (error)
            return malformed(
                QStringLiteral("order book level %1 of %2: %3").arg(book.asks.size() + 1).arg(market, error->message));
        book.asks.append({*askPrice, *askSize});
        book.bids.append({*bidPrice, *bidSize});
    }
    return book;
}

static Result<QList<PublicTrade>> parseTradesUnguarded(const QByteArray &body)
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

static Result<Decimal> parseTickSizeUnguarded(const QByteArray &body, const QString &market)
{
    const auto entry = entryFor(body, QStringLiteral("instruments answer"), market);
    if (!entry.ok())
        return entry.error();
    const auto tick = decimalField(entry.value(), QLatin1StringView("tick_size"));
    if (!tick || !tick->isPositive())
        return malformed(QStringLiteral("instruments answer without a tick_size"));
    return *tick;
}

static Result<QList<Balance>> parseBalancesUnguarded(const QByteArray &body)
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
        std::optional<ExchangeError> error;
        balance.locked = optionalAmount(object, "locked", &error, true).value_or(Decimal());
        balance.avgBuyPrice = optionalAmount(object, "avg_buy_price", &error, true).value_or(Decimal());
        if (error)
            return malformed(QStringLiteral("account entry %1: %2").arg(balance.currency, error->message));
        balances.append(balance);
    }
    return balances;
}

static Result<QList<ApiKeyInfo>> parseApiKeysUnguarded(const QByteArray &body)
{
    const auto array = arrayOf(body, QStringLiteral("API keys answer"));
    if (!array.ok())
        return array.error();
    QList<ApiKeyInfo> keys;
    for (const QJsonValue entry : array.value()) {
        if (!entry.isObject())
            return malformed(QStringLiteral("API keys entry is not an object"));
        const QJsonObject object = entry.toObject();
        ApiKeyInfo key;
        key.accessKey = object.value(QLatin1StringView("access_key")).toString();
        if (key.accessKey.isEmpty())
            return malformed(QStringLiteral("API keys entry without access_key"));
        const QJsonValue expiry = object.value(QLatin1StringView("expire_at"));
        if (expiry.isString()) {
            // An offset is required: a bare local time could be read nine hours off.
            const QDateTime at = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
            if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
                return malformed(
                    QStringLiteral("API key expire_at %1 is not a time with an offset").arg(quoted(expiry)));
            key.expireAt = at.toUTC();
        } else if (!expiry.isNull() && !expiry.isUndefined()) {
            return malformed(QStringLiteral("API key expire_at %1 is not a time").arg(quoted(expiry)));
        }
        keys.append(key);
    }
    return keys;
}

static Result<OrderChance> parseOrderChanceUnguarded(const QByteArray &body, const QString &market)
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
    std::optional<ExchangeError> error;
    chance.minBidTotal =
        optionalAmount(marketObject.value(QLatin1StringView("bid")).toObject(), "min_total", &error, true)
            .value_or(Decimal());
    chance.minAskTotal =
        optionalAmount(marketObject.value(QLatin1StringView("ask")).toObject(), "min_total", &error, true)
            .value_or(Decimal());
    chance.maxTotal = decimalField(marketObject, QLatin1StringView("max_total"));
    chance.priceUnit = decimalField(marketObject, QLatin1StringView("price_unit"));
    if (!chance.priceUnit)
        chance.priceUnit = decimalField(object, QLatin1StringView("price_unit"));
    const auto account = [&error](const QJsonObject &a) {
        Balance b;
        b.currency = a.value(QLatin1StringView("currency")).toString();
        b.balance = optionalAmount(a, "balance", &error, true).value_or(Decimal());
        b.locked = optionalAmount(a, "locked", &error, true).value_or(Decimal());
        b.avgBuyPrice = optionalAmount(a, "avg_buy_price", &error, true).value_or(Decimal());
        return b;
    };
    chance.bidAccount = account(object.value(QLatin1StringView("bid_account")).toObject());
    chance.askAccount = account(object.value(QLatin1StringView("ask_account")).toObject());
    if (error)
        return malformed(QStringLiteral("order chance for %1: %2").arg(market, error->message));
    return chance;
}

static Result<Order> parseOrderObjectUnguarded(const QJsonObject &object)
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
    // Absent (or null: `price` of a market sell, `volume` of a market buy) is 0; present but
    // unreadable makes the whole answer malformed — an order's amounts are never guessed.
    std::optional<ExchangeError> error;
    order.price = optionalAmount(object, "price", &error, true).value_or(Decimal());
    order.volume = optionalAmount(object, "volume", &error, true).value_or(Decimal());
    order.remainingVolume = optionalAmount(object, "remaining_volume", &error, true).value_or(Decimal());
    order.executedVolume = optionalAmount(object, "executed_volume", &error, true).value_or(Decimal());
    order.executedFunds = optionalAmount(object, "executed_funds", &error, true).value_or(Decimal());
    order.paidFee = optionalAmount(object, "paid_fee", &error, true).value_or(Decimal());
    order.reservedFee = optionalAmount(object, "reserved_fee", &error, true).value_or(Decimal());
    order.locked = optionalAmount(object, "locked", &error, true).value_or(Decimal());
    order.createdAt =
        QDateTime::fromString(object.value(QLatin1StringView("created_at")).toString(), Qt::ISODate).toUTC();
    if (const QJsonValue count = object.value(QLatin1StringView("trades_count")); count.isDouble())
        order.tradesCount = count.toInt(-1);
    const QJsonArray trades = object.value(QLatin1StringView("trades")).toArray();
    Decimal funds;
    QSet<QString> tradeIds;
    for (const QJsonValue tradeValue : trades) {
        const QJsonObject t = tradeValue.toObject();
        OrderFill fill;
        fill.tradeId = text(t, "uuid");
        // A fill is recorded once by its id: one without an id, or one id twice, could only be
        // booked twice or not at all.
        if (fill.tradeId.isEmpty() || tradeIds.contains(fill.tradeId)) {
            return malformed(QStringLiteral("order %1: a trade %2")
                                 .arg(order.id.left(64), fill.tradeId.isEmpty() ? QStringLiteral("without its uuid")
                                                                                : QStringLiteral("listed twice")));
        }
        tradeIds.insert(fill.tradeId);
        const auto price = requiredAmount(t, "price", &error, true);
        const auto volume = requiredAmount(t, "volume", &error, true);
        const bool hasFunds = t.contains(QLatin1StringView("funds")) && !t.value(QLatin1StringView("funds")).isNull();
        const auto givenFunds = optionalAmount(t, "funds", &error, true);
        if (error)
            break;
        fill.price = *price;
        fill.volume = *volume;
        // The exchange's own funds when it gives them: price × volume of two 18-decimal numbers
        // leaves Decimal's range although both are exact.
        fill.funds = hasFunds ? *givenFunds : fill.price * fill.volume;
        fill.time = QDateTime::fromString(t.value(QLatin1StringView("created_at")).toString(), Qt::ISODate).toUTC();
        funds += fill.funds;
        order.fills.append(fill);
    }
    if (error)
        return malformed(QStringLiteral("order %1: %2").arg(order.id.left(64), error->message));
    if (order.executedFunds.isZero() && !order.fills.isEmpty())
        order.executedFunds = funds;
    return order;
}

static Result<Order> parseOrderUnguarded(const QByteArray &body)
{
    const auto root = objectOf(body, QStringLiteral("order answer"));
    if (!root.ok())
        return root.error();
    return parseOrderObject(root.value());
}

static Result<QList<Order>> parseOrdersUnguarded(const QByteArray &body)
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

static Result<Order> parseOrderAckUnguarded(const QByteArray &body)
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

// Every public parser runs guarded: a hostile but well-formed number that Decimal cannot hold
// becomes a Malformed answer, never an exception inside a network callback.
Result<QList<Market>> parseMarkets(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("market list"),
                   [&] { return parseMarketsUnguarded(body); });
}

Result<QHash<QString, QStringList>> parseMarketAlerts(const QByteArray &body, const QDateTime &now)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("market alert list"),
                   [&] { return parseMarketAlertsUnguarded(body, now); });
}

Result<QList<Ticker>> parseTickers(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("ticker answer"),
                   [&] { return parseTickersUnguarded(body); });
}

Result<Ticker> parseTicker(const QByteArray &body, const QString &market)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("ticker answer"),
                   [&] { return parseTickerUnguarded(body, market); });
}

Result<QList<Candle>> parseCandles(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("candle answer"),
                   [&] { return parseCandlesUnguarded(body); });
}

Result<OrderBook> parseOrderBook(const QByteArray &body, const QString &market)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order book answer"),
                   [&] { return parseOrderBookUnguarded(body, market); });
}

Result<QList<PublicTrade>> parseTrades(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("trades answer"),
                   [&] { return parseTradesUnguarded(body); });
}

Result<Decimal> parseTickSize(const QByteArray &body, const QString &market)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("instruments answer"),
                   [&] { return parseTickSizeUnguarded(body, market); });
}

Result<QList<Balance>> parseBalances(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("accounts answer"),
                   [&] { return parseBalancesUnguarded(body); });
}

Result<QList<ApiKeyInfo>> parseApiKeys(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("API keys answer"),
                   [&] { return parseApiKeysUnguarded(body); });
}

Result<OrderChance> parseOrderChance(const QByteArray &body, const QString &market)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order chance answer"),
                   [&] { return parseOrderChanceUnguarded(body, market); });
}

Result<Order> parseOrderObject(const QJsonObject &object)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order"),
                   [&] { return parseOrderObjectUnguarded(object); });
}

Result<Order> parseOrder(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order answer"),
                   [&] { return parseOrderUnguarded(body); });
}

Result<QList<Order>> parseOrders(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order list"),
                   [&] { return parseOrdersUnguarded(body); });
}

Result<Order> parseOrderAck(const QByteArray &body)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("order acknowledgement"),
                   [&] { return parseOrderAckUnguarded(body); });
}

} // namespace autocoin::rest
