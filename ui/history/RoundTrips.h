#pragma once

#include "core/Decimal.h"
#include "storage/Records.h"
#include "strategy/ReasonText.h"

#include <QHash>
#include <QList>

namespace autocoin {

/// One completed position, entry to exit, from the stored fills.
struct RoundTripRow
{
    Exchange exchange = Exchange::Upbit;
    bool paper = true;
    QString market;
    QDateTime entryTime; ///< the first buy's fill
    QDateTime exitTime;  ///< the last sell's fill
    Decimal quantity;
    Decimal entryPrice;    ///< average fill price of the buys
    Decimal exitPrice;     ///< average fill price of the sells
    Decimal pnl;           ///< KRW, net of both sides' fees
    Decimal returnPercent; ///< pnl over what the entry cost (fees included), in %, 2 decimals
    ReasonText::Exit exit = ReasonText::Exit::Signal;
    Reason exitReason;  ///< the exit's own reason when it is a stop, kill switch or warning
    QString exitDetail; ///< what the sell order recorded (the English wording)
};

/// The round trips in `trades` (any order): per exchange, mode and market, a trip opens at a buy
/// with nothing held and closes when its sells have sold everything bought. Sells with no buy
/// before them (the buy is older than the trades given) are skipped; a trip still open is not
/// listed. `details` maps the sell's exchange order id to the reason it was placed
/// (OrderRepository::firstDetails), which names the exit. Newest exit first.
QList<RoundTripRow> roundTrips(QList<TradeRecord> trades, const QHash<QString, QString> &details);

} // namespace autocoin
