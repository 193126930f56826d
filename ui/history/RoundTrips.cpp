#include "history/RoundTrips.h"

#include <algorithm>

namespace autocoin {

namespace {

struct Open
{
    QDateTime entryTime;
    Decimal held;
    Decimal bought;
    Decimal cost; ///< Σ price × quantity of the buys
    Decimal buyFees;
    Decimal sold;
    Decimal proceeds; ///< Σ price × quantity of the sells
    Decimal sellFees;
};

} // namespace

QList<RoundTripRow> roundTrips(QList<TradeRecord> trades, const QHash<QString, QString> &details)
{
    std::stable_sort(trades.begin(), trades.end(), [](const TradeRecord &a, const TradeRecord &b) {
        return a.executedAt != b.executedAt ? a.executedAt < b.executedAt : a.id < b.id;
    });
    QHash<QString, Open> open;
    QList<RoundTripRow> out;
    for (const TradeRecord &t : std::as_const(trades)) {
        const QString key =
            exchangeName(t.exchange) + (t.paper ? QStringLiteral("/paper/") : QStringLiteral("/live/")) + t.symbol;
        Open &o = open[key];
        if (t.side == OrderSide::Buy) {
            if (!o.held.isPositive())
                o = Open{t.executedAt, {}, {}, {}, {}, {}, {}, {}};
            o.held += t.quantity;
            o.bought += t.quantity;
            o.cost += t.price * t.quantity;
            o.buyFees += t.fee;
            continue;
        }
        if (!o.held.isPositive())
            continue; // its buy is older than the fills read
        o.held -= t.quantity;
        o.sold += t.quantity;
        o.proceeds += t.price * t.quantity;
        o.sellFees += t.fee;
        if (o.held.isPositive())
            continue; // partly sold: the trip goes on
        RoundTripRow row;
        row.exchange = t.exchange;
        row.paper = t.paper;
        row.market = t.symbol;
        row.entryTime = o.entryTime;
        row.exitTime = t.executedAt;
        row.quantity = o.sold;
        row.entryPrice = o.cost.divided(o.bought, 8, Decimal::Rounding::HalfUp);
        row.exitPrice = o.proceeds.divided(o.sold, 8, Decimal::Rounding::HalfUp);
        const Decimal paid = o.cost + o.buyFees;
        row.pnl = o.proceeds - o.sellFees - paid;
        if (paid.isPositive())
            row.returnPercent = (row.pnl * Decimal(100)).divided(paid, 2, Decimal::Rounding::HalfUp);
        row.exitDetail = details.value(t.orderId);
        row.exitReason = Reason::fromEnglish(row.exitDetail);
        row.exit = ReasonText::exitKind(row.exitReason);
        out.append(row);
        o = Open{};
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace autocoin
