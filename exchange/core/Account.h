#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// One currency of the account.
struct Balance
{
    QString currency; ///< "KRW", "BTC"
    Decimal balance;  ///< available
    Decimal locked;   ///< held by open orders
    Decimal avgBuyPrice;

    Decimal total() const { return balance + locked; }
};

/// What the exchange says about ordering on one market (`GET /v1/orders/chance`).
struct OrderChance
{
    QString market;
    Decimal bidFee; ///< taker fee rate for buys, e.g. 0.0005
    Decimal askFee;
    Decimal makerBidFee;
    Decimal makerAskFee;
    Decimal minBidTotal; ///< minimum order total in KRW
    Decimal minAskTotal;
    std::optional<Decimal> maxTotal;
    std::optional<Decimal> priceUnit; ///< Bithumb may send the tick size here
    Balance bidAccount;               ///< KRW
    Balance askAccount;               ///< the coin
};

/// One API key of the account and when it stops working (Upbit `GET /v1/api_keys`).
struct ApiKeyInfo
{
    QString accessKey;
    std::optional<QDateTime> expireAt; ///< UTC; none when the exchange gave no date
};

/// Warn about a key that expires within this many days.
inline constexpr int kApiKeyWarningDays = 7;

/// Whole days from `now` until `expireAt`, rounded down: 5 for 5 days and an hour, 0 in the last
/// day, negative once it has expired.
inline int apiKeyDaysLeft(const QDateTime &expireAt, const QDateTime &now)
{
    const qint64 secs = now.secsTo(expireAt);
    constexpr qint64 kDay = 86400;
    return static_cast<int>(secs >= 0 ? secs / kDay : -((-secs + kDay - 1) / kDay));
}

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Balance)
Q_DECLARE_METATYPE(autocoin::OrderChance)
