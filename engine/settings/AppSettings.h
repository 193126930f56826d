#pragma once

#include "core/EngineConfig.h"
#include "core/Timeframe.h"
#include "logging/LogEntry.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace autocoin {

/// One problem with one setting, naming where the bad value came from.
struct SettingError
{
    QString key;    ///< the setting, e.g. "interval"
    QString source; ///< "LOOP_INTERVAL_SEC", "--interval" or "saved setting engine/interval"
    QString value;
    QString message;

    /// "LOOP_INTERVAL_SEC=0: must be a whole number of seconds from 1 to 3600"
    QString describe() const;
};

/// Every setting the application runs with, after resolution. Secrets are held only in memory:
/// they come from the environment (later: the OS keychain) and are never saved or logged.
struct AppSettings
{
    QString dataDir;
    Exchange exchange = defaults::kExchange;
    QStringList markets{defaults::market()}; ///< --markets / --market (a list of one)
    QString universe;                        ///< "top:N" (the N markets with the highest traded value) or empty
    int universeRefreshMinutes = defaults::kUniverseRefreshMinutes;
    int intervalSec = defaults::kIntervalSec;
    int requestTimeoutSec = defaults::kRequestTimeoutSec;
    bool paperMode = true;
    Decimal paperBalance{defaults::kPaperBalanceKrw};
    Decimal paperSlippagePct = defaults::paperSlippage() * Decimal(100);
    Decimal maxOrderKrw{defaults::kMaxOrderKrw};
    int orderTimeoutSec = defaults::kOrderTimeoutSec;
    int maxConsecutiveFailures = defaults::kMaxFailures;
    int autoRecoverMinutes = defaults::kAutoRecoverMinutes; ///< 0: off
    LogLevel logLevel = LogLevel::Info;
    QString logDir; ///< resolved: LOG_DIR or <dataDir>/logs
    int logBackupCount = defaults::kLogBackupCount;
    QString timeZone = defaults::timeZone();
    QUrl upbitApiUrl;                              ///< empty: https://api.upbit.com
    QUrl bithumbApiUrl;                            ///< empty: https://api.bithumb.com
    FeedSource marketData = defaults::kMarketData; ///< MARKET_DATA: websocket (REST while it is down) or rest
    QUrl upbitWebsocketUrl;                        ///< empty: wss://api.upbit.com/websocket
    QUrl bithumbWebsocketUrl;                      ///< empty: wss://ws-api.bithumb.com/websocket
    int wsStaleSec = defaults::kWsStaleSec;        ///< no stream message for this long: stale, reconnect
    QString databaseUrl;                           ///< resolved: DATABASE_URL or sqlite:///<dataDir>/autocoin.db
    int marketSyncMinutes = defaults::kMarketSyncMinutes;
    Timeframe timeframe = Timeframe::minutes(defaults::kTimeframeMinutes);
    QHash<QString, QString> strategyOverrides; ///< from the command line (--ema-fast N …)
    int backupRetentionDays = defaults::kBackupRetentionDays;
    /// exchange "replay": the --replay-data text as resolved (absolute paths), for saving:
    /// "KRW-BTC=/a.csv,KRW-ETH=/b.csv", or one bare file.
    QString replayData;
    QList<ReplaySource> replaySources; ///< the same, parsed: one candle file per market
    double replaySpeed = 0;
    bool closeToTray = true;                     ///< where a tray exists (issue 18: the window's close keeps trading)
    QString language = QStringLiteral("system"); ///< "system", "en" or "ko"
    QString upbitAccessKey;
    QString upbitSecretKey;
    QString bithumbApiKey;
    QString bithumbApiSecret;
    // Notifications (engine/notify). The token and the webhook URL are secrets: environment or
    // keychain only, never saved.
    QString telegramBotToken;
    QStringList telegramChatIds; ///< TELEGRAM_CHAT_ID: who gets alerts and may send commands
    QUrl telegramApiUrl;         ///< empty: https://api.telegram.org
    QString discordWebhookUrl;   ///< the whole URL is a secret (its path holds the webhook's token)
    bool notifyPaperFills = true;
    QString dailySummaryAt = QStringLiteral("00:00"); ///< "HH:MM" in timeZone, or "off"
    // The local control API (engine/remote): off while apiPort is 0.
    int apiPort = 0;                               ///< --api-port / API_PORT (1-65535), 0: off
    QString apiHost = QStringLiteral("127.0.0.1"); ///< API_HOST: an IP address to listen on
    QString apiToken;                              ///< API_TOKEN (a secret: environment or keychain)

    EngineConfig engineConfig() const;
    /// The secret values, for Logger::addSecret.
    QStringList secrets() const;
};

/// Where setting values come from, highest precedence first. Each map is keyed by the
/// setting's key ("market", "interval", …), except `environment`, keyed by variable name.
struct SettingSources
{
    QHash<QString, QString> commandLine;
    QHash<QString, QString> environment;
    QHash<QString, QString> saved;
};

/// The result of resolution: settings built from every valid value, and every error.
struct ResolvedSettings
{
    AppSettings settings;
    QList<SettingError> errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Static description of one setting: its key, command-line option, environment variable and
/// key in the saved-settings file.
struct SettingSpec
{
    QString key;
    QString option;      ///< without dashes, empty if none
    QString environment; ///< empty if none
    QString savedKey;    ///< empty if never saved
    QString description;
};

/// The table of settings; the command-line parser and the resolver both read it.
const QList<SettingSpec> &settingSpecs();

/// Command line > environment > saved settings > defaults, then validation. Pure: no I/O.
ResolvedSettings resolveSettings(const SettingSources &sources, const QString &dataDir);

/// Environment variables the resolver reads, from the process environment.
QHash<QString, QString> processEnvironment();

/// The text form of one setting of `settings` ("interval" → "5"), as resolveSettings() reads it
/// back; empty for a key it does not cover.
QString settingText(const AppSettings &settings, const QString &key);

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::AppSettings)
