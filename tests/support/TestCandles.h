#pragma once

#include "core/Candle.h"
#include "core/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <algorithm>

namespace autocoin::test {

/// `value` as an exact decimal with two places.
inline Decimal decimalOf(double value)
{
    return Decimal::fromString(QString::number(value, 'f', 2)).value();
}

/// `count` hourly candles up to the last closed hour: a slow decline (the fast EMA below the slow
/// one), then a last candle `jump` above the previous close — with ema 2/3, RSI bounds off and no
/// volume rule, a BUY whose strength grows with the jump.
inline QList<Candle> buyOnTheLastCandle(double base, double jump, int count = 201)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    QList<Candle> candles;
    double close = base;
    for (int i = count; i >= 1; --i) {
        Candle c;
        c.openTime = hour.addSecs(-3600LL * i);
        const double open = close;
        close = i == 1 ? close * (1 + jump) : close * 0.9995;
        c.open = decimalOf(open);
        c.close = decimalOf(close);
        c.high = decimalOf(std::max(open, close) * 1.0015);
        c.low = decimalOf(std::min(open, close) * 0.9985);
        c.volume = Decimal(10);
        candles.append(c);
    }
    return candles;
}

} // namespace autocoin::test
