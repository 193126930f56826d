#pragma once

#include "core/CandleColumns.h"
#include "core/Timeframe.h"

#include <QList>
#include <QString>

namespace autocoin {

/// A candle file loaded as columns (CandleFile::loadColumns): what CandleFile holds, with the
/// candles in a CandleColumns (56 bytes a candle) instead of a QList<Candle> (152).
struct CandleColumnsFile
{
    /// How the candles were read; the result is the same either way.
    enum class ReadBy
    {
        Scanner,       ///< the fast scanner of a plain CSV (digits parsed straight into the columns)
        GeneralReader, ///< CandleFile::load, converted (JSON, unusual shapes, refused files)
        Cache,         ///< the binary candle cache (CandleCache) written by an earlier load
    };

    QString market;      ///< from the data when it says (JSON), else empty
    Timeframe timeframe; ///< the most common step between candles
    CandleColumns candles;
    QList<CandleGap> gaps;
    int duplicatesDropped = 0;
    ReadBy readBy = ReadBy::GeneralReader;
};

} // namespace autocoin
