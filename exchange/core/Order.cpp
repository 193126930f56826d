#include "core/Order.h"

#include <QUuid>

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
    return kClientIdPrefix.toString() + QUuid::createUuid().toString(QUuid::Id128);
}

bool OrderRequest::isOurClientOrderId(QStringView clientOrderId)
{
    return clientOrderId.startsWith(kClientIdPrefix);
}

} // namespace autocoin
