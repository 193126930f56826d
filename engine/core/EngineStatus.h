#pragma once

#include "core/Decimal.h"
#include "core/EngineState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// Everything the status panel shows, as one value copied out of the engine thread.
struct EngineStatus
{
    EngineState state = EngineState::Idle;
    bool paperMode = true;
    bool threadAlive = false;
    QString exchange;
    QString market;
    std::optional<Decimal> lastPrice;
    std::optional<Decimal> stopPrice; ///< the protective stop of the open position, if any
    bool trailingStop = false;        ///< the stop has moved above the average entry price
    QString signal;                   ///< BUY / SELL / HOLD; empty until the strategy produces one
    qint64 iteration = 0;             ///< completed polls since Start
    int failures = 0;                 ///< consecutive failures of the kind of work failing most (quotes, candles, …)
    int maxFailures = 0;
    QString lastError;
    QDateTime lastUpdate; ///< UTC time of the last completed poll
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::EngineStatus)
