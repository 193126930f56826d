#include "upbit/UpbitParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

namespace autocoin::upbit {

namespace {

ExchangeError malformed(const QString &why)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Malformed;
    error.httpStatus = 200;
    error.message = why;
    return error;
}

/// Quotation responses carry JSON numbers, private ones decimal strings: accept both.
std::optional<Decimal> decimalField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return Decimal::fromString(value.toString());
    if (value.isDouble())
        return Decimal::fromDouble(value.toDouble());
    return std::nullopt;
}

} // namespace

Result<Ticker> parseTicker(const QByteArray &body, const QString &market)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("ticker is not JSON (%1)").arg(parseError.errorString()));
    if (!document.isArray())
        return malformed(QStringLiteral("ticker answer is not an array"));

    const QJsonArray entries = document.array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        if (object.value(QLatin1StringView("market")).toString() != market)
            continue;
        const auto price = decimalField(object, QLatin1StringView("trade_price"));
        if (!price || !price->isPositive())
            return malformed(QStringLiteral("ticker for %1 has no valid trade_price").arg(market));
        Ticker ticker;
        ticker.market = market;
        ticker.tradePrice = *price;
        ticker.openingPrice = decimalField(object, QLatin1StringView("opening_price")).value_or(Decimal());
        ticker.highPrice = decimalField(object, QLatin1StringView("high_price")).value_or(Decimal());
        ticker.lowPrice = decimalField(object, QLatin1StringView("low_price")).value_or(Decimal());
        ticker.signedChangeRate = decimalField(object, QLatin1StringView("signed_change_rate")).value_or(Decimal());
        ticker.accTradeVolume24h = decimalField(object, QLatin1StringView("acc_trade_volume_24h")).value_or(Decimal());
        const QJsonValue ms = object.value(QLatin1StringView("trade_timestamp"));
        const qint64 msecs = ms.isString() ? ms.toString().toLongLong() : static_cast<qint64>(ms.toDouble());
        if (msecs > 0)
            ticker.tradeTime = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
        return ticker;
    }
    return malformed(QStringLiteral("ticker answer has no entry for %1").arg(market));
}

} // namespace autocoin::upbit
