#include "core/Order.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace autocoin {

QString orderSideName(OrderSide side)
{
    return side == OrderSide::Buy ? QStringLiteral("buy") : QStringLiteral("sell");
}

QString orderTypeName(OrderType type)
{
    switch (type) {
    case OrderType::Limit:
        return QStringLiteral("limit");
    case OrderType::MarketBuy:
        return QStringLiteral("market_buy");
    case OrderType::MarketSell:
        return QStringLiteral("market_sell");
    }
    return QStringLiteral("limit");
}

std::optional<OrderSide> parseOrderSide(QStringView text)
{
    for (const OrderSide side : {OrderSide::Buy, OrderSide::Sell}) {
        if (text == orderSideName(side))
            return side;
    }
    return std::nullopt;
}

std::optional<OrderType> parseOrderType(QStringView text)
{
    for (const OrderType type : {OrderType::Limit, OrderType::MarketBuy, OrderType::MarketSell}) {
        if (text == orderTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::Wait:
        return QStringLiteral("wait");
    case OrderState::Watch:
        return QStringLiteral("watch");
    case OrderState::Done:
        return QStringLiteral("done");
    case OrderState::Cancel:
        return QStringLiteral("cancel");
    }
    return QStringLiteral("wait");
}

namespace {

constexpr QStringView kClientIdPrefix = u"ac-";

} // namespace

QString OrderRequest::newClientOrderId()
{
    // A version-4 UUID as QUuid::createUuid makes, from the global generator (seeded once from
    // the system's source) rather than from the system's source for every order: on x86 that is
    // the processor's RDSEED, which took several microseconds an order on a virtual machine — a
    // backtest places thousands. Unique as before; nothing secret rests on it.
    std::array<quint32, 4> words{};
    QRandomGenerator::global()->fillRange(words.data(), qsizetype(words.size()));
    std::array<uchar, 16> bytes{};
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = uchar((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = uchar((bytes[8] & 0x3f) | 0x80); // the RFC 4122 variant
    // kClientIdPrefix + QUuid::fromRfc4122(bytes).toString(QUuid::Id128), written in one
    // allocation: the bytes in their order, as lowercase hex.
    QString id(kClientIdPrefix.size() + 2 * qsizetype(bytes.size()), Qt::Uninitialized);
    QChar *at = std::copy(kClientIdPrefix.begin(), kClientIdPrefix.end(), id.data());
    for (const uchar byte : bytes) {
        *at++ = QLatin1Char("0123456789abcdef"[byte >> 4]);
        *at++ = QLatin1Char("0123456789abcdef"[byte & 0xf]);
    }
    return id;
}

bool OrderRequest::isOurClientOrderId(QStringView clientOrderId)
{
    return clientOrderId.startsWith(kClientIdPrefix);
}

} // namespace autocoin
