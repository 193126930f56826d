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
    QString exchange = QStringLiteral("upbit");
    QStringList markets{QStringLiteral("KRW-BTC")}; ///< --markets / --market (a list of one)
    QString universe;                               ///< "top:N" (the N markets with the highest traded value) or empty
    int universeRefreshMinutes = 60;
    int intervalSec = 5;
    int requestTimeoutSec = 10;
    bool paperMode = true;
    Decimal paperBalance{1000000};
    Decimal paperSlippagePct{Decimal::fromString(QStringLiteral("0.1")).value()};
    Decimal maxOrderKrw{100000};
    int orderTimeoutSec = 60;
    int maxConsecutiveFailures = 3;
    LogLevel logLevel = LogLevel::Info;
    QString logDir; ///< resolved: LOG_DIR or <dataDir>/logs
    int logBackupCount = 7;
    QString timeZone = QStringLiteral("Asia/Seoul");
    QUrl upbitApiUrl;    ///< empty: https://api.upbit.com
    QUrl bithumbApiUrl;  ///< empty: https://api.bithumb.com
    QString databaseUrl; ///< resolved: DATABASE_URL or sqlite:///<dataDir>/autocoin.db
    int marketSyncMinutes = 10;
    Timeframe timeframe = Timeframe::minutes(60);
    QHash<QString, QString> strategyOverrides; ///< from the command line (--ema-fast N …)
    int backupRetentionDays = 7;
    /// exchange "replay": the --replay-data text as resolved (absolute paths), for saving:
    /// "KRW-BTC=/a.csv,KRW-ETH=/b.csv", or one bare file.
    QString replayData;
    QList<ReplaySource> replaySources; ///< the same, parsed: one candle file per market
    double replaySpeed = 0;
    bool closeToTray = false;
    QString language = QStringLiteral("system"); ///< "system", "en" or "ko"
    QString upbitAccessKey;
    QString upbitSecretKey;
    QString bithumbApiKey;
    QString bithumbApiSecret;

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
