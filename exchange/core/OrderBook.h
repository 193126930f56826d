#pragma once

#include "core/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace autocoin {

/// One price level of an order book.
struct BookLevel
{
    Decimal price;
    Decimal size; ///< base currency
    bool operator==(const BookLevel &other) const = default;
};

/// Asks ascending and bids descending, index 0 = best.
struct OrderBook
{
    QString market;
    QDateTime time;
    QList<BookLevel> asks;
    QList<BookLevel> bids;
};

/// One trade on the exchange's tape.
struct PublicTrade
{
    QDateTime time;
    Decimal price;
    Decimal volume;
    bool buyerIsTaker = false; ///< Upbit ask_bid "BID"
    QString sequentialId;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::OrderBook)
