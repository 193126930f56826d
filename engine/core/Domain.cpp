#include "core/Domain.h"

namespace autocoin {

QString signalTypeName(SignalType type)
{
    switch (type) {
    case SignalType::Buy:
        return QStringLiteral("BUY");
    case SignalType::Sell:
        return QStringLiteral("SELL");
    case SignalType::Hold:
        return QStringLiteral("HOLD");
    }
    return QStringLiteral("HOLD");
}

std::optional<SignalType> parseSignalType(QStringView text)
{
    for (const SignalType type : {SignalType::Buy, SignalType::Sell, SignalType::Hold}) {
        if (text == signalTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Intent:
        return QStringLiteral("intent");
    case OrderStatus::Unknown:
        return QStringLiteral("unknown");
    case OrderStatus::Wait:
        return QStringLiteral("wait");
    case OrderStatus::Watch:
        return QStringLiteral("watch");
    case OrderStatus::Done:
        return QStringLiteral("done");
    case OrderStatus::Cancel:
        return QStringLiteral("cancel");
    case OrderStatus::Cancelling:
        return QStringLiteral("cancelling");
    case OrderStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

std::optional<OrderStatus> parseOrderStatus(QStringView text)
{
    for (const OrderStatus status :
         {OrderStatus::Intent, OrderStatus::Unknown, OrderStatus::Wait, OrderStatus::Watch, OrderStatus::Done,
          OrderStatus::Cancel, OrderStatus::Cancelling, OrderStatus::Failed}) {
        if (text == orderStatusName(status))
            return status;
    }
    return std::nullopt;
}

OrderStatus orderStatusFrom(OrderState state)
{
    switch (state) {
    case OrderState::Wait:
        return OrderStatus::Wait;
    case OrderState::Watch:
        return OrderStatus::Watch;
    case OrderState::Done:
        return OrderStatus::Done;
    case OrderState::Cancel:
        return OrderStatus::Cancel;
    }
    return OrderStatus::Unknown;
}

} // namespace autocoin
