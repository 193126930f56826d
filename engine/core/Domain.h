#pragma once

#include "core/Order.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace autocoin {

/// The engine's domain values that the records, the event stream, the exports and the logs carry.
/// Each has exactly one spelling as text: its `…Name()` function writes it and its `parse…()`
/// function reads it back (nullopt for anything else: a stored row with an unknown value is a
/// storage error, never a silent default). The order side and type are the exchange layer's
/// `OrderSide` / `OrderType` (exchange/core/Order.h), named and parsed there.

/// A strategy decision on one closed candle.
enum class SignalType
{
    Buy,
    Sell,
    Hold
};

QString signalTypeName(SignalType type); ///< "BUY" / "SELL" / "HOLD"
std::optional<SignalType> parseSignalType(QStringView text);

/// Where an order stands, as autocoin tracks it in order_history: the exchange's four states
/// (`OrderState`, which it reports) and the four only autocoin knows. One enum for all of them, so
/// a record holds one value and a switch over it sees every case.
enum class OrderStatus
{
    Intent,     ///< recorded, not sent yet (or sent with no answer before the app stopped)
    Unknown,    ///< sent, no answer: looked up by its client order id until found
    Wait,       ///< open on the book
    Watch,      ///< reserved / stop order waiting
    Done,       ///< fully filled
    Cancel,     ///< cancelled, possibly after partial fills
    Cancelling, ///< a cancel was accepted; the final state is not seen yet
    Failed,     ///< refused or never placed
};

/// "intent" / "unknown" / "wait" / "watch" / "done" / "cancel" / "cancelling" / "failed"
QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> parseOrderStatus(QStringView text);
/// The status of an order the exchange reports in `state`.
OrderStatus orderStatusFrom(OrderState state);

} // namespace autocoin
