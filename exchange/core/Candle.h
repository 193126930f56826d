#pragma once

#include "core/Decimal.h"
#include "core/Timeframe.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace autocoin {

/// One OHLCV candle. `openTime` is the start of the period in UTC (the exchanges'
/// candle_date_time_utc); a candle covers [openTime, openTime + timeframe).
struct Candle
{
    QDateTime openTime;
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    Decimal volume;      ///< base currency
    Decimal quoteVolume; ///< KRW

    bool operator==(const Candle &other) const = default;
};

/// A period with no candle between two candles (no trades, or not recorded).
struct CandleGap
{
    QDateTime from; ///< open time of the first missing candle
    int missing = 0;
};

/// Candles oldest first, without duplicates, with the gaps between them reported.
struct CandleSeries
{
    QList<Candle> candles;
    QList<CandleGap> gaps;
    int duplicatesDropped = 0;

    /// Sorts by open time, drops repeated open times (keeping the first seen) and lists the
    /// gaps. Gaps are left as gaps: nothing is invented.
    static CandleSeries normalize(QList<Candle> candles, const Timeframe &timeframe);
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Candle)
