#pragma once

#include "ExchangeClient.h"
#include "core/Credentials.h"
#include "core/Decimal.h"
#include "core/Timeframe.h"

#include <QHash>

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace autocoin {

/// What the engine needs to run, resolved from command line, environment and settings.
struct EngineConfig
{
    QString exchange = QStringLiteral("upbit");
    QUrl baseUrl;                                   ///< empty: the exchange's public URL
    QStringList markets{QStringLiteral("KRW-BTC")}; ///< traded, in this order (the universe replaces it)
    int universeTop = 0; ///< > 0: trade the N KRW markets with the highest 24-hour traded value instead
    std::chrono::minutes universeRefresh{60}; ///< how often the universe is chosen again
    std::chrono::milliseconds interval{5000}; ///< pause between the end of one poll and the next
    std::chrono::milliseconds requestTimeout{10000};
    int maxConsecutiveFailures = 3;
    bool paperMode = true;
    Credentials credentials;           ///< never logged
    QList<ReplaySource> replaySources; ///< exchange "replay": a candle file per market
    double replaySpeed = 0;            ///< exchange "replay": candle periods per second, 0 = as fast as the engine goes
    QString databaseUrl;               ///< empty: no storage (tests of the loop alone)
    QString dataDir;                   ///< backups go to <dataDir>/backups
    QString timeZone = QStringLiteral("Asia/Seoul");
    std::chrono::milliseconds marketSyncInterval{std::chrono::minutes(10)};
    int backupRetentionDays = 7;
    Timeframe timeframe = Timeframe::minutes(60);
    QHash<QString, QString> strategyOverrides; ///< --ema-fast N …, on top of the stored parameters
    Decimal paperBalance{1000000};             ///< the paper account's start (when created or reset)
    Decimal paperSlippage{Decimal::fromString(QStringLiteral("0.001")).value()}; ///< fraction, fills without a book
    Decimal maxOrderKrw{100000};           ///< live: the most one buy order may spend
    std::chrono::seconds orderTimeout{60}; ///< live: an order open this long is cancelled
    bool liveConfirmed = false; ///< live orders need PAPER_MODE=false *and* this (dialog / --i-understand-live-trading)

    /// What the exchange layer needs of this (the factory fills in the default base URL).
    ExchangeConfig exchangeConfig() const;
};

} // namespace autocoin
