#pragma once

#include "core/Decimal.h"

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

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Balance)
Q_DECLARE_METATYPE(autocoin::OrderChance)
