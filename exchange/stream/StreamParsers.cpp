#include "stream/StreamParsers.h"

#include "core/Guarded.h"
#include "rest/RestParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace autocoin::stream {

namespace {

ExchangeError malformed(const QString &why)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Malformed;
    error.message = why;
    return error;
}

/// The first of `keys` present in `object` (DEFAULT spelling first, then SIMPLE's abbreviation).
QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

/// An exact amount under one of `keys`; an error naming the first key when absent or unreadable.
std::optional<Decimal> amount(const QJsonObject &object, std::initializer_list<const char *> keys,
                              std::optional<ExchangeError> *error, bool required = true)
{
    for (const char *key : keys) {
        const QLatin1StringView name(key);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        // After quoteNumbers every number is a string: decimalField reads it without a double.
        if (auto parsed = rest::decimalField(object, name))
            return parsed;
        if (!*error)
            *error = malformed(QStringLiteral("%1 is not a number").arg(name));
        return std::nullopt;
    }
    if (!required)
        return Decimal();
    if (!*error)
        *error = malformed(QStringLiteral("%1 is missing").arg(QLatin1StringView(*keys.begin())));
    return std::nullopt;
}

QString text(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    return field(object, keys).toString();
}

/// Milliseconds since the epoch (a quoted number after quoteNumbers); invalid when absent or not
/// a positive integer.
QDateTime msTime(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    bool ok = false;
    const qint64 ms = field(object, keys).toString().toLongLong(&ok);
    return ok && ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

bool validCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]+-[A-Z0-9]+$"));
    return pattern.match(code).hasMatch();
}

std::optional<OrderSide> sideOf(const QString &side)
{
    const QString lower = side.toLower();
    if (lower == u"bid" || lower == u"buy")
        return OrderSide::Buy;
    if (lower == u"ask" || lower == u"sell")
        return OrderSide::Sell;
    return std::nullopt;
}

Result<StreamMessage> tradeOf(const QJsonObject &object, const QString &code)
{
    StreamMessage message;
    message.kind = StreamMessage::Kind::Trade;
    StreamTrade &trade = message.trade;
    trade.market = code;
    std::optional<ExchangeError> error;
    trade.price = amount(object, {"trade_price", "tp"}, &error).value_or(Decimal());
    trade.volume = amount(object, {"trade_volume", "tv"}, &error).value_or(Decimal());
    if (error)
        return *error;
    if (!trade.price.isPositive() || trade.volume.isNegative())
        return malformed(QStringLiteral("trade of %1 has a price or volume out of range").arg(code));
    const auto side = sideOf(text(object, {"ask_bid", "ab"}));
    if (!side)
        return malformed(QStringLiteral("trade of %1 has no ask_bid").arg(code));
    trade.side = *side;
    trade.time = msTime(object, {"trade_timestamp", "ttms", "timestamp", "tms"});
    if (!trade.time.isValid())
        return malformed(QStringLiteral("trade of %1 has no trade_timestamp").arg(code));
    trade.sequentialId = field(object, {"sequential_id", "sid"}).toString().toLongLong();
    return message;
}

Result<StreamMessage> tickerOf(const QJsonObject &object, const QString &code)
{
    StreamMessage message;
    message.kind = StreamMessage::Kind::Ticker;
    StreamTicker &ticker = message.ticker;
    ticker.market = code;
    std::optional<ExchangeError> error;
    ticker.tradePrice = amount(object, {"trade_price", "tp"}, &error).value_or(Decimal());
    ticker.accTradePrice24h = amount(object, {"acc_trade_price_24h", "atp24h"}, &error, false).value_or(Decimal());
    if (error)
        return *error;
    if (!ticker.tradePrice.isPositive())
        return malformed(QStringLiteral("ticker of %1 has a trade_price out of range").arg(code));
    ticker.time = msTime(object, {"trade_timestamp", "ttms", "timestamp", "tms"});
    if (!ticker.time.isValid())
        return malformed(QStringLiteral("ticker of %1 has no timestamp").arg(code));
    return message;
}

/// Upbit's myOrder, and Bithumb v2's with its renamed fields (order_id, side, *_quantity, …).
Result<StreamMessage> orderOf(const QJsonObject &object, const QString &code)
{
    StreamMessage message;
    message.kind = StreamMessage::Kind::Order;
    StreamOrder &order = message.order;
    order.market = code;
    order.orderId = text(object, {"uuid", "order_id", "uid"});
    if (order.orderId.isEmpty())
        return malformed(QStringLiteral("myOrder of %1 has no order id").arg(code));
    order.clientOrderId = text(object, {"identifier", "client_order_id", "id"});
    const auto side = sideOf(text(object, {"ask_bid", "side", "ab"}));
    if (!side)
        return malformed(QStringLiteral("myOrder %1 has no side").arg(order.orderId));
    order.side = *side;
    order.state = text(object, {"state", "s"}).toLower();
    static const QStringList states = {QStringLiteral("wait"), QStringLiteral("watch"), QStringLiteral("trade"),
                                       QStringLiteral("done"), QStringLiteral("cancel")};
    if (!states.contains(order.state))
        return malformed(QStringLiteral("myOrder %1 has an unknown state").arg(order.orderId));
    std::optional<ExchangeError> error;
    order.executedVolume =
        amount(object, {"executed_volume", "executed_quantity", "ev"}, &error, false).value_or(Decimal());
    order.remainingVolume =
        amount(object, {"remaining_volume", "remaining_quantity", "rv"}, &error, false).value_or(Decimal());
    if (order.state == u"trade") {
        order.tradeId = text(object, {"trade_uuid", "trade_id", "tuid"});
        // Upbit: price and volume are the trade's in a "trade" message; Bithumb v2 names them.
        order.tradePrice = amount(object, {"trade_price", "price", "p"}, &error).value_or(Decimal());
        order.tradeVolume = amount(object, {"trade_quantity", "volume", "v"}, &error).value_or(Decimal());
        order.tradeFee = amount(object, {"trade_fee", "tf"}, &error, false).value_or(Decimal());
        order.tradeTime = msTime(object, {"trade_timestamp", "ttms", "timestamp", "tms"});
        if (!error && (order.tradeId.isEmpty() || !order.tradePrice.isPositive() || !order.tradeVolume.isPositive()))
            return malformed(
                QStringLiteral("fill of myOrder %1 lacks its trade id, price or volume").arg(order.orderId));
    }
    if (error)
        return *error;
    if (order.executedVolume.isNegative() || order.remainingVolume.isNegative() || order.tradeFee.isNegative())
        return malformed(QStringLiteral("myOrder %1 has a negative amount").arg(order.orderId));
    return message;
}

Result<StreamMessage> assetsOf(const QJsonObject &object)
{
    StreamMessage message;
    message.kind = StreamMessage::Kind::Assets;
    const QJsonValue assets = field(object, {"assets", "ast"});
    if (!assets.isArray())
        return malformed(QStringLiteral("myAsset has no assets"));
    std::optional<ExchangeError> error;
    for (const QJsonValue entry : assets.toArray()) {
        const QJsonObject asset = entry.toObject();
        Balance balance;
        balance.currency = text(asset, {"currency", "cu"});
        balance.balance = amount(asset, {"balance", "b"}, &error).value_or(Decimal());
        balance.locked = amount(asset, {"locked", "l"}, &error, false).value_or(Decimal());
        if (error)
            return *error;
        if (balance.currency.isEmpty() || balance.balance.isNegative() || balance.locked.isNegative())
            return malformed(QStringLiteral("myAsset has an unreadable entry"));
        message.balances.append(balance);
    }
    return message;
}

Result<StreamMessage> parseUnguarded(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(quoteNumbers(json), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("message is not JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(QStringLiteral("message is not an object"));
    const QJsonObject object = document.object();
    StreamMessage message;
    if (const QJsonValue error = object.value(QLatin1StringView("error")); error.isObject()) {
        const QJsonObject e = error.toObject();
        message.kind = StreamMessage::Kind::Error;
        message.error = QStringLiteral("%1: %2").arg(e.value(QLatin1StringView("name")).toString(),
                                                     e.value(QLatin1StringView("message")).toString());
        return message;
    }
    if (object.value(QLatin1StringView("status")).toString() == u"UP") {
        message.kind = StreamMessage::Kind::Status;
        return message;
    }
    const QString type = text(object, {"type", "ty"});
    if (type.isEmpty())
        return malformed(QStringLiteral("message has no type"));
    if (type == u"myAsset")
        return assetsOf(object);
    if (type != u"trade" && type != u"ticker" && type != u"myOrder")
        return message; // Other
    const QString code = text(object, {"code", "cd"});
    if (!validCode(code))
        return malformed(QStringLiteral("%1 message has no valid code").arg(type));
    if (type == u"trade")
        return tradeOf(object, code);
    if (type == u"ticker")
        return tickerOf(object, code);
    return orderOf(object, code);
}

} // namespace

QByteArray quoteNumbers(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 4);
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.append(c);
            continue;
        }
        // Qt's parser also takes a number that starts with '.' or '+' (".205", found by
        // fuzz_streamparsers): every character it may start a number with starts one here.
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            while (end < json.size()) {
                const char d = json.at(end);
                if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E'))
                    break;
                ++end;
            }
            out.append('"').append(json.mid(i, end - i)).append('"');
            i = end - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

Result<StreamMessage> parseStreamMessage(const QByteArray &json)
{
    return guarded(ExchangeError::Kind::Malformed, QStringLiteral("stream message"),
                   [&] { return parseUnguarded(json); });
}

} // namespace autocoin::stream
