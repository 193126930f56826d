#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace autocoin {

/// The latest trade and the day's range of one market.
struct Ticker
{
    QString market;       ///< "KRW-BTC"
    Decimal tradePrice;   ///< last trade price
    Decimal openingPrice; ///< since 00:00 UTC on Upbit
    Decimal highPrice;
    Decimal lowPrice;
    Decimal signedChangeRate;  ///< ratio against the previous close, e.g. -0.0123
    Decimal accTradeVolume24h; ///< base currency
    Decimal accTradePrice24h;  ///< KRW traded in the last 24 hours (the "top N by traded value" measure)
    QDateTime tradeTime;       ///< UTC time of the last trade
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Ticker)
