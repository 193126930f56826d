#include "rules/Universe.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace autocoin {

QStringList topByTradedValue(const QList<Ticker> &tickers, const QList<Market> &markets, int n, bool skipCaution)
{
    if (n <= 0)
        return {};
    QHash<QString, const Market *> listed;
    for (const Market &market : markets)
        listed.insert(market.code, &market);
    QList<const Ticker *> candidates;
    QSet<QString> seen;
    for (const Ticker &ticker : tickers) {
        const auto it = listed.constFind(ticker.market);
        if (it == listed.constEnd() || (*it)->quoteCurrency() != u"KRW" || seen.contains(ticker.market))
            continue; // delisted (or never listed), not KRW, or answered twice
        if ((*it)->warning || (skipCaution && !(*it)->cautions.isEmpty()))
            continue;
        seen.insert(ticker.market);
        candidates.append(&ticker);
    }
    // Highest traded value first; equal values by market code, so the pick never depends on the
    // order the exchange answered in.
    std::sort(candidates.begin(), candidates.end(), [](const Ticker *a, const Ticker *b) {
        if (a->accTradePrice24h != b->accTradePrice24h)
            return a->accTradePrice24h > b->accTradePrice24h;
        return a->market < b->market;
    });
    QStringList out;
    for (qsizetype i = 0; i < candidates.size() && i < n; ++i)
        out.append(candidates.at(i)->market);
    return out;
}

} // namespace autocoin
