#pragma once

#include "core/Result.h"
#include "core/Ticker.h"

#include <QByteArray>

namespace autocoin::upbit {

/// Parses a `GET /v1/ticker?markets=…` body and returns the entry for `market`.
/// Anything but an array of objects with a positive `trade_price` is Malformed.
Result<Ticker> parseTicker(const QByteArray &body, const QString &market);

} // namespace autocoin::upbit
