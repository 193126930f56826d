#pragma once

#include "core/Market.h"
#include "core/Ticker.h"

#include <QList>
#include <QStringList>

namespace autocoin {

/// The "top N by traded value" universe: the `n` KRW markets with the highest 24-hour traded
/// value (Ticker::accTradePrice24h) among the listed ones (`markets`, the exchange's current
/// list: a market missing from it is delisted), highest first, ties by market code. A market
/// designated 유의 (Market::warning) is never picked; with `skipCaution`, neither is one with any
/// 주의 flag (Market::cautions). Pure: the caller fetches the tickers and the list.
QStringList topByTradedValue(const QList<Ticker> &tickers, const QList<Market> &markets, int n, bool skipCaution);

} // namespace autocoin
