#pragma once

#include "core/Decimal.h"
#include "core/Domain.h"
#include "core/EngineState.h"
#include "stream/Stream.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace autocoin {

/// One market as the engine sees it.
struct MarketStatus
{
    QString market;
    std::optional<Decimal> lastPrice;
    std::optional<Decimal> stopPrice; ///< the protective stop of the open position, if any
    bool trailingStop = false;        ///< the stop has moved above the average entry price
    bool held = false;                ///< a position is open
    std::optional<SignalType> signal; ///< the decision on its last candle; none until decided
    QString warning;                  ///< the exchange's flags: empty, "CAUTION" (유의) or 주의 flags
};

/// Everything the status panel shows, as one value copied out of the engine thread.
struct EngineStatus
{
    EngineState state = EngineState::Idle;
    bool paperMode = true;
    bool threadAlive = false;
    Exchange exchange = Exchange::Upbit;
    QStringList markets;           ///< traded now (the list, or the universe's choice)
    QString universe;              ///< "top:N" when the universe chooses the markets, else empty
    QList<MarketStatus> perMarket; ///< the traded markets, then any other market still held
    qint64 iteration = 0;          ///< completed polls since Start
    int failures = 0;              ///< consecutive failures of the kind of work failing most (quotes, candles, …)
    int maxFailures = 0;
    QString lastError;
    QDateTime lastUpdate;                          ///< UTC time of the last completed poll
    FeedSource feedSource = FeedSource::Rest;      ///< where the prices come from now
    FeedState feedState = FeedState::Disconnected; ///< the WebSocket feed's state (rest: always disconnected)
    QString feedReason;                            ///< why the feed is in that state (English, as in the event)
    bool killed = false; ///< the kill switch was pulled: no new entry until Reset (shown as its own state)

    /// The status of `market`, or nullptr.
    const MarketStatus *find(const QString &market) const
    {
        for (const MarketStatus &m : perMarket) {
            if (m.market == market)
                return &m;
        }
        return nullptr;
    }
    /// The last price of `market`, if the engine has one.
    std::optional<Decimal> price(const QString &market) const
    {
        const MarketStatus *m = find(market);
        return m ? m->lastPrice : std::nullopt;
    }
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::EngineStatus)
