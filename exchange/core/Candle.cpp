#include "core/Candle.h"

#include <algorithm>

namespace autocoin {

CandleSeries CandleSeries::normalize(QList<Candle> candles, const Timeframe &timeframe)
{
    const auto earlier = [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; };
    // Recorded files and exchange pages come oldest first: then neither the sort nor a copy is
    // needed (a million candles are 150 MB), only the gaps.
    if (!std::is_sorted(candles.cbegin(), candles.cend(), earlier))
        std::stable_sort(candles.begin(), candles.end(), earlier);
    CandleSeries series;
    const auto sameTime = [](const Candle &a, const Candle &b) { return a.openTime == b.openTime; };
    if (std::adjacent_find(candles.cbegin(), candles.cend(), sameTime) == candles.cend()) {
        const QList<Candle> &sorted = candles; // const: reading a shared list must not copy it
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            const qint64 step = sorted[i - 1].openTime.secsTo(sorted[i].openTime);
            if (step > timeframe.seconds()) {
                series.gaps.append({sorted[i - 1].openTime.addSecs(timeframe.seconds()),
                                    static_cast<int>(step / timeframe.seconds()) - 1});
            }
        }
        series.candles = std::move(candles);
        return series;
    }
    series.candles.reserve(candles.size());
    for (const Candle &candle : std::as_const(candles)) {
        if (!series.candles.isEmpty() && series.candles.constLast().openTime == candle.openTime) {
            ++series.duplicatesDropped;
            continue;
        }
        if (!series.candles.isEmpty()) {
            const qint64 step = series.candles.constLast().openTime.secsTo(candle.openTime);
            if (step > timeframe.seconds()) {
                series.gaps.append({series.candles.constLast().openTime.addSecs(timeframe.seconds()),
                                    static_cast<int>(step / timeframe.seconds()) - 1});
            }
        }
        series.candles.append(candle);
    }
    return series;
}

} // namespace autocoin
