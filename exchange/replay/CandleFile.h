#pragma once

#include "core/Candle.h"
#include "core/Result.h"
#include "replay/CandleColumnsFile.h"

class QIODevice;

namespace autocoin {

/// Historical candles from a file, for the replay market and backtests:
/// - CSV with a header naming Upbit's candle fields, as in `shared/data/upbit-krw-btc-1h/`
///   (`candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume`;
///   `candle_date_time_utc` is accepted too; KST times carry no offset);
/// - JSON: an Upbit or Bithumb candle response (an array, newest first).
/// The result is oldest first, de-duplicated, with gaps reported and left as gaps.
///
/// Every candle is checked before anything trades on it: prices positive, with at most
/// `kMaxPriceDecimals` decimals and below `kMaxPrice` (so all later arithmetic is exact), the open
/// and close within [low, high], the volume not negative; a time given twice with different values
/// is refused. A refusal names the line (CSV) or candle (JSON) and quotes at most a few dozen
/// characters of the offending text; a CSV line longer than `kMaxLineBytes` is refused without
/// being read whole.
struct CandleFile
{
    static constexpr qsizetype kMaxLineBytes = 4096;
    static constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;
    static constexpr int kMaxPriceDecimals = 8;
    static constexpr int kMaxPriceDigits = 12; ///< integer digits: below 10^12 KRW per coin

    QString market;      ///< from the data when it says (JSON), else empty
    Timeframe timeframe; ///< the most common step between candles
    CandleSeries series;

    static Result<CandleFile> load(const QString &path);
    /// The same file as load() reads it — the same candles, gaps, timeframe and refusals, word for
    /// word — as columns: from the binary candle cache when it holds this very file (CandleCache),
    /// else a plain CSV by a scanner that parses digits straight into the columns (no QString,
    /// Decimal or Candle per row), and anything that scanner does not take on (JSON, unusual
    /// shapes, every file load() refuses) by load() itself. A file read successfully is then
    /// cached for the next time.
    static Result<CandleColumnsFile> loadColumns(const QString &path);
    static Result<CandleFile> parseCsv(const QByteArray &bytes);
    static Result<CandleFile> parseCsv(QIODevice &device);
    static Result<CandleFile> parseJson(const QByteArray &bytes);

    /// Why `candle` cannot be traded on (empty when it can).
    static QString checkCandle(const Candle &candle);
    /// At most a few dozen characters of `text`, quoted, for an error message.
    static QString quote(const QByteArray &text);
};

} // namespace autocoin
