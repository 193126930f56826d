#pragma once

#include "core/Decimal.h"
#include "core/Exchange.h"
#include "stream/Stream.h"

#include <QString>

namespace autocoin::defaults {

/// Every default the application runs with when nothing is set, in one place: the settings
/// (AppSettings), the engine's configuration (EngineConfig), the execution and the backtest read
/// these. The strategy and risk parameters have theirs in StrategyParameters (one struct, named
/// fields), the seed's values.

inline constexpr Exchange kExchange = Exchange::Upbit;
inline constexpr FeedSource kMarketData = FeedSource::WebSocket; ///< MARKET_DATA
inline constexpr int kWsStaleSec = 10;                           ///< WS_STALE_SEC
inline QString market()
{
    return QStringLiteral("KRW-BTC");
}
inline QString timeZone()
{
    return QStringLiteral("Asia/Seoul");
}
inline constexpr int kTimeframeMinutes = 60;
inline constexpr int kIntervalSec = 5;              ///< LOOP_INTERVAL_SEC
inline constexpr int kRequestTimeoutSec = 10;       ///< REQUEST_TIMEOUT_SEC
inline constexpr int kMaxFailures = 3;              ///< MAX_CONSECUTIVE_FAILURES
inline constexpr int kAutoRecoverMinutes = 0;       ///< AUTO_RECOVER_MINUTES (0: off)
inline constexpr int kOrderTimeoutSec = 60;         ///< ORDER_TIMEOUT_SEC
inline constexpr int kMarketSyncMinutes = 10;       ///< MARKET_SYNC_MINUTES
inline constexpr int kUniverseRefreshMinutes = 60;  ///< UNIVERSE_REFRESH_MINUTES
inline constexpr int kBackupRetentionDays = 7;      ///< BACKUP_RETENTION_DAYS
inline constexpr int kLogBackupCount = 7;           ///< LOG_BACKUP_COUNT
inline constexpr qint64 kPaperBalanceKrw = 1000000; ///< PAPER_BALANCE
inline constexpr qint64 kMaxOrderKrw = 100000;      ///< MAX_ORDER_KRW
/// Paper fills without an order book: this fraction off the last price (PAPER_SLIPPAGE_PCT 0.1).
inline Decimal paperSlippage()
{
    return Decimal::fromString(QStringLiteral("0.001")).value();
}

} // namespace autocoin::defaults
