#pragma once

#include "core/Decimal.h"
#include "core/Domain.h"
#include "core/Exchange.h"
#include "core/Order.h"
#include "strategy/Reason.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// One fill, as stored in `trades`. (exchange, tradeId) is unique: a fill is recorded once.
struct TradeRecord
{
    qint64 id = 0;
    Exchange exchange = Exchange::Upbit;
    QString tradeId;
    QString orderId;
    QString symbol;
    OrderSide side = OrderSide::Buy;
    Decimal price;
    Decimal quantity;
    Decimal fee;
    QDateTime executedAt;
    bool paper = true;
};

/// One order as autocoin tracks it in `order_history`, written before it is sent.
struct OrderRecord
{
    qint64 id = 0;
    Exchange exchange = Exchange::Upbit;
    QString clientOrderId;
    QString orderId; ///< the exchange's id, once known
    QString symbol;
    OrderSide side = OrderSide::Buy;
    OrderType orderType = OrderType::Limit;
    std::optional<Decimal> price;
    std::optional<Decimal> volume;
    OrderStatus status = OrderStatus::Intent;
    bool paper = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct PositionRecord
{
    qint64 id = 0;
    Exchange exchange = Exchange::Upbit;
    QString symbol;
    Decimal quantity;
    Decimal avgPrice;
    QDateTime entryTime;
    QString status = QStringLiteral("open"); ///< "open" / "closed" / "reset" (paper account reset)
    bool paper = true;
    std::optional<Decimal> stopPrice;    ///< the protective stop in force (ATR, then trailing)
    std::optional<Decimal> highestPrice; ///< the highest price seen while open (trailing stop)
};

struct PnlDay
{
    QDate date; ///< in APP_TIMEZONE
    Decimal realizedPnl;
    Decimal unrealizedPnl;
    Decimal totalEquity;
    Decimal returnRate;
};

/// One strategy decision, as stored in `strategy_signals`.
struct SignalRecord
{
    qint64 id = 0;
    QString symbol;
    QString timeframe;
    SignalType signalType = SignalType::Hold;
    Decimal price;
    double strength = 0;
    std::optional<double> emaFast;
    std::optional<double> emaSlow;
    std::optional<double> rsi;
    std::optional<double> atr;
    std::optional<Decimal> riskAmount;
    QString reason; ///< the engine's English wording (a row from before reason codes: only this)
    Reason cause;   ///< the reason as a code and values (reason_code, reason_data); empty on old rows
    QDateTime candleTime;
    QDateTime createdAt;
};

/// A market as `markets` keeps it: never deleted, only deactivated.
struct MarketRecord
{
    Exchange exchange = Exchange::Upbit;
    QString symbol;
    QString koreanName;
    QString englishName;
    QString warningLevel = QStringLiteral("NONE"); ///< NONE, CAUTION (유의) or a list of 주의 flags
    bool active = true;
};

/// ISO-8601 UTC with milliseconds, as every time column stores it.
QString storedTime(const QDateTime &time);
QDateTime loadTime(const QVariant &value);
/// A money column: TEXT in SQLite, NUMERIC in PostgreSQL; both read back exactly.
Decimal loadMoney(const QVariant &value);

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::SignalRecord)
Q_DECLARE_METATYPE(autocoin::OrderRecord)
Q_DECLARE_METATYPE(autocoin::TradeRecord)
