#pragma once

#include "ExchangeClient.h"
#include "core/Credentials.h"
#include "core/Decimal.h"
#include "core/Defaults.h"
#include "core/Timeframe.h"

#include <QHash>
#include <QList>

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace autocoin {

/// What the engine needs to run, resolved from command line, environment and settings.
struct EngineConfig
{
    Exchange exchange = defaults::kExchange;
    QUrl baseUrl;                            ///< empty: the exchange's public URL
    QStringList markets{defaults::market()}; ///< traded, in this order (the universe replaces it)
    int universeTop = 0; ///< > 0: trade the N KRW markets with the highest 24-hour traded value instead
    std::chrono::minutes universeRefresh{defaults::kUniverseRefreshMinutes}; ///< how often the universe is chosen again
    std::chrono::milliseconds interval{
        std::chrono::seconds(defaults::kIntervalSec)}; ///< pause between the end of one poll and the next
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(defaults::kRequestTimeoutSec)};
    /// WebSocket: prices, ticks and stops follow the exchange's stream (REST polling covers while it
    /// is down); Rest: polling alone. The replay market has no stream. The user's default
    /// (defaults::kMarketData, the stream) comes through AppSettings; a configuration built in code
    /// polls unless it names a stream.
    FeedSource marketData = FeedSource::Rest;
    QUrl websocketUrl; ///< the stream's base (public: <base>/v1); empty: the exchange's own
    std::chrono::milliseconds staleAfter{std::chrono::seconds(defaults::kWsStaleSec)};
    int maxConsecutiveFailures = defaults::kMaxFailures;
    /// The waits before the next poll after the 1st, 2nd, 3rd… consecutive transient failure
    /// (network, timeout, 5xx, 429) of a read of the poll (ticker, candles, universe); the last one
    /// repeats. Each failure still counts toward maxConsecutiveFailures, so with the defaults
    /// (3 failures, 5 s then 15 s) ERROR comes no sooner than 20 s after the first failure.
    QList<std::chrono::milliseconds> retryBackoff{std::chrono::seconds(5), std::chrono::seconds(15),
                                                  std::chrono::seconds(30)};
    /// > 0: an ERROR caused only by transient network failures is reset and the engine started
    /// again once this long has passed and the exchange answers (probed every retryBackoff.last()).
    /// Never after the kill switch or any other cause. 0: off (AUTO_RECOVER_MINUTES).
    std::chrono::milliseconds autoRecoverAfter{0};
    bool paperMode = true;
    Credentials credentials;           ///< never logged
    QList<ReplaySource> replaySources; ///< exchange "replay": a candle file per market
    double replaySpeed = 0;            ///< exchange "replay": candle periods per second, 0 = as fast as the engine goes
    QString databaseUrl;               ///< empty: no storage (tests of the loop alone)
    QString dataDir;                   ///< backups go to <dataDir>/backups
    QString timeZone = defaults::timeZone();
    std::chrono::milliseconds marketSyncInterval{std::chrono::minutes(defaults::kMarketSyncMinutes)};
    int backupRetentionDays = defaults::kBackupRetentionDays;
    Timeframe timeframe = Timeframe::minutes(defaults::kTimeframeMinutes);
    QHash<QString, QString> strategyOverrides;         ///< --ema-fast N …, on top of the stored parameters
    Decimal paperBalance{defaults::kPaperBalanceKrw};  ///< the paper account's start (when created or reset)
    Decimal paperSlippage = defaults::paperSlippage(); ///< fraction, fills without a book
    Decimal maxOrderKrw{defaults::kMaxOrderKrw};       ///< live: the most one buy order may spend
    std::chrono::seconds orderTimeout{defaults::kOrderTimeoutSec}; ///< live: an order open this long is cancelled
    bool liveConfirmed = false; ///< live orders need PAPER_MODE=false *and* this (dialog / --i-understand-live-trading)

    /// What the exchange layer needs of this (the factory fills in the default base URL).
    ExchangeConfig exchangeConfig() const;
};

} // namespace autocoin
