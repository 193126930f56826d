#pragma once

#include "FuzzSupport.h"

#include "stream/StreamParsers.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace autocoin::fuzz {

/// One WebSocket message, as either exchange's public or private stream delivers it (text or
/// binary frame, DEFAULT or SIMPLE): the parser must answer Malformed, never throw or crash, and
/// what it does read must hold; quoteNumbers must keep valid JSON valid.
inline void streamParsers(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = bytesOf(data, size);
    const auto parsed = stream::parseStreamMessage(body);
    if (parsed.ok()) {
        const stream::StreamMessage &message = parsed.value();
        switch (message.kind) {
        case stream::StreamMessage::Kind::Trade:
            require(message.trade.price.isPositive() && !message.trade.volume.isNegative() &&
                        message.trade.time.isValid() && !message.trade.market.isEmpty(),
                    "a trade read has a market, a positive price, a non-negative volume and a time");
            break;
        case stream::StreamMessage::Kind::Ticker:
            require(message.ticker.tradePrice.isPositive() && message.ticker.time.isValid(),
                    "a ticker read has a positive price and a time");
            break;
        case stream::StreamMessage::Kind::Order:
            require(!message.order.orderId.isEmpty() && !message.order.executedVolume.isNegative(),
                    "a myOrder read has an id and no negative volume");
            require(message.order.state != u"trade" ||
                        (message.order.tradePrice.isPositive() && message.order.tradeVolume.isPositive()),
                    "a fill read has a positive price and volume");
            break;
        case stream::StreamMessage::Kind::Assets:
            for (const Balance &balance : message.balances)
                require(!balance.currency.isEmpty() && !balance.balance.isNegative(),
                        "a myAsset entry read has a currency and no negative balance");
            break;
        default:
            break;
        }
    }
    QJsonParseError original{};
    (void)QJsonDocument::fromJson(body, &original);
    if (original.error == QJsonParseError::NoError) {
        QJsonParseError quoted{};
        (void)QJsonDocument::fromJson(stream::quoteNumbers(body), &quoted);
        require(quoted.error == QJsonParseError::NoError, "quoteNumbers keeps valid JSON valid");
    }
}

} // namespace autocoin::fuzz
