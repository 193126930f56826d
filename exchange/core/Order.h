#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace autocoin {

enum class OrderSide
{
    Buy,
    Sell
};

enum class OrderType
{
    Limit,      ///< price + volume
    MarketBuy,  ///< spend `price` KRW (Upbit ord_type=price)
    MarketSell, ///< sell `volume` (Upbit ord_type=market)
};

enum class OrderState
{
    Wait,   ///< open on the book
    Watch,  ///< reserved / stop order waiting
    Done,   ///< fully filled
    Cancel, ///< cancelled, possibly after partial fills (executedVolume > 0)
};

/// The one spelling of each value as autocoin stores and prints it (order_history, trades, the event
/// stream, exports, logs); `parse…` reads it back, nullopt for any other text. The exchanges' own
/// spellings ("bid"/"ask", "price"/"market") are the REST parsers' business.
QString orderSideName(OrderSide side);    ///< "buy" / "sell"
QString orderTypeName(OrderType type);    ///< "limit" / "market_buy" / "market_sell"
QString orderStateName(OrderState state); ///< "wait" / "watch" / "done" / "cancel"
std::optional<OrderSide> parseOrderSide(QStringView text);
std::optional<OrderType> parseOrderType(QStringView text);

/// An order to place. `clientOrderId` is mandatory: it is how a lost answer is recovered without
/// ever placing the order twice (Upbit `identifier`, Bithumb `client_order_id`).
struct OrderRequest
{
    QString market;
    OrderSide side = OrderSide::Buy;
    OrderType type = OrderType::Limit;
    Decimal price;  ///< limit price, or the KRW amount of a market buy
    Decimal volume; ///< limit or market-sell volume
    QString clientOrderId;

    /// A new client order id: "ac-" + 32 hex digits (fits Bithumb's 36 [A-Za-z0-9_-]).
    static QString newClientOrderId();
    /// Whether `clientOrderId` carries autocoin's prefix (an order autocoin placed).
    static bool isOurClientOrderId(QStringView clientOrderId);
};

/// How to name an existing order: by the exchange's id or by our client order id.
struct OrderRef
{
    QString id;
    QString clientOrderId;
    static OrderRef byId(const QString &id) { return {id, {}}; }
    static OrderRef byClientId(const QString &clientId) { return {{}, clientId}; }
};

/// One fill of an order.
struct OrderFill
{
    QString tradeId;
    Decimal price;
    Decimal volume;
    Decimal funds; ///< price × volume in KRW
    QDateTime time;
    Decimal fee; ///< this fill's fee where it is known apart (paper fills); else 0 (the order's paidFee)
};

/// An order as the exchange reports it.
struct Order
{
    QString id;
    QString clientOrderId;
    QString market;
    OrderSide side = OrderSide::Buy;
    OrderType type = OrderType::Limit;
    OrderState state = OrderState::Wait;
    Decimal price;
    Decimal volume;
    Decimal remainingVolume;
    Decimal executedVolume;
    Decimal executedFunds;
    Decimal paidFee;
    Decimal reservedFee;
    Decimal locked;
    QDateTime createdAt;
    QList<OrderFill> fills;
    bool complete = true; ///< false when only an acknowledgement was seen (Bithumb v2 create)
    /// How many trades the exchange says the order has (`trades_count`), or -1 when the answer
    /// does not say: with fewer in `fills`, the answer does not list them all.
    int tradesCount = -1;

    bool isOpen() const { return state == OrderState::Wait || state == OrderState::Watch; }
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Order)
Q_DECLARE_METATYPE(autocoin::OrderRequest)
