#pragma once

#include "FuzzSupport.h"

#include "replay/CandleFile.h"

namespace autocoin::fuzz {

namespace detail {

inline void checkCandleFile(const Result<CandleFile> &result)
{
    if (!result.ok()) {
        require(!result.error().message.isEmpty(), "a refused candle file says why");
        return;
    }
    const QList<Candle> &candles = result.value().series.candles;
    for (qsizetype i = 1; i < candles.size(); ++i)
        require(candles[i - 1].openTime < candles[i].openTime, "loaded candles are strictly oldest first");
}

} // namespace detail

/// The candle file loader (exchange/replay/CandleFile): each input goes through the CSV and the
/// exchange-JSON parser. Besides crashes, a loaded file keeps the loader's promise: candles
/// strictly oldest first; a refused one says why.
inline void candleFile(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    detail::checkCandleFile(CandleFile::parseCsv(bytes));
    detail::checkCandleFile(CandleFile::parseJson(bytes));
}

} // namespace autocoin::fuzz
