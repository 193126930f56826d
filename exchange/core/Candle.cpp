#include "core/Candle.h"

#include <algorithm>

namespace autocoin {

CandleSeries CandleSeries::normalize(QList<Candle> candles, const Timeframe &timeframe)
{
    std::stable_sort(candles.begin(), candles.end(),
                     [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
    CandleSeries series;
    series.candles.reserve(candles.size());
    for (const Candle &candle : candles) {
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
