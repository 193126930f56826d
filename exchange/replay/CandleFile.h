#pragma once

#include "core/Candle.h"
#include "core/Result.h"

namespace autocoin {

/// Historical candles from a file, for the replay market and backtests:
/// - CSV with a header naming Upbit's candle fields, as in `shared/data/upbit-krw-btc-1h/`
///   (`candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume`;
///   `candle_date_time_utc` is accepted too; KST times carry no offset);
/// - JSON: an Upbit or Bithumb candle response (an array, newest first).
/// The result is oldest first, de-duplicated, with gaps reported and left as gaps.
struct CandleFile
{
    QString market;      ///< from the data when it says (JSON), else empty
    Timeframe timeframe; ///< the most common step between candles
    CandleSeries series;

    static Result<CandleFile> load(const QString &path);
    static Result<CandleFile> parseCsv(const QByteArray &bytes);
    static Result<CandleFile> parseJson(const QByteArray &bytes);
};

} // namespace autocoin
