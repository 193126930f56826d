#include "settings/AppSettings.h"

#include "core/Amount.h"
#include "replay/CandleFile.h"
#include "replay/ReplayClient.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <functional>

namespace autocoin {

QString SettingError::describe() const
{
    return QStringLiteral("%1=%2: %3").arg(source, value, message);
}

EngineConfig AppSettings::engineConfig() const
{
    EngineConfig config;
    config.exchange = exchange;
    config.baseUrl = exchange == Exchange::Upbit ? upbitApiUrl : exchange == Exchange::Bithumb ? bithumbApiUrl : QUrl();
    config.markets = markets;
    if (universe.startsWith(u"top:"))
        config.universeTop = universe.mid(4).toInt();
    config.universeRefresh = std::chrono::minutes(universeRefreshMinutes);
    config.interval = std::chrono::seconds(intervalSec);
    if (exchange == Exchange::Upbit)
        config.credentials = {upbitAccessKey, upbitSecretKey};
    else if (exchange == Exchange::Bithumb)
        config.credentials = {bithumbApiKey, bithumbApiSecret};
    config.replaySources = replaySources;
    if (exchange == Exchange::Replay) {
        // A bare file is the --market's; the replay's markets are the ones traded.
        QStringList played;
        for (ReplaySource &source : config.replaySources) {
            if (source.market.isEmpty())
                source.market = markets.value(0);
            played.append(source.market);
        }
        if (!played.isEmpty())
            config.markets = played;
    }
    config.replaySpeed = replaySpeed;
    config.databaseUrl = databaseUrl;
    config.dataDir = dataDir;
    config.timeZone = timeZone;
    config.marketSyncInterval = std::chrono::minutes(marketSyncMinutes);
    config.timeframe = timeframe;
    config.strategyOverrides = strategyOverrides;
    config.backupRetentionDays = backupRetentionDays;
    if (exchange == Exchange::Replay) {
        // The replay sets the pace: one poll per candle period; speed 0: as fast as the engine
        // goes (each iteration still waits for the exchange's asynchronous answers).
        config.interval =
            std::chrono::milliseconds(replaySpeed > 0 ? std::max(1, static_cast<int>(1000 / replaySpeed)) : 0);
    }
    config.requestTimeout = std::chrono::seconds(requestTimeoutSec);
    config.marketData = marketData;
    config.websocketUrl = exchange == Exchange::Upbit     ? upbitWebsocketUrl
                          : exchange == Exchange::Bithumb ? bithumbWebsocketUrl
                                                          : QUrl();
    config.staleAfter = std::chrono::seconds(wsStaleSec);
    config.maxConsecutiveFailures = maxConsecutiveFailures;
    config.autoRecoverAfter = std::chrono::minutes(autoRecoverMinutes);
    config.paperMode = paperMode;
    config.paperBalance = paperBalance;
    config.paperSlippage = paperSlippagePct.divided(Decimal(100), 8);
    config.maxOrderKrw = maxOrderKrw;
    config.orderTimeout = std::chrono::seconds(orderTimeoutSec);
    return config;
}

QStringList AppSettings::secrets() const
{
    QStringList out;
    for (const QString &s : {upbitAccessKey, upbitSecretKey, bithumbApiKey, bithumbApiSecret, telegramBotToken,
                             discordWebhookUrl, apiToken}) {
        if (!s.isEmpty())
            out.append(s);
    }
    QString ignored;
    if (const auto url = DatabaseUrl::parse(databaseUrl, dataDir, &ignored); url && !url->password.isEmpty())
        out.append(url->password);
    return out;
}

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs = {
        {QStringLiteral("exchange"), QStringLiteral("exchange"), QStringLiteral("TRADING_EXCHANGE"),
         QStringLiteral("engine/exchange"), QStringLiteral("Exchange: upbit, bithumb or replay (offline).")},
        {QStringLiteral("market"), QStringLiteral("market"), QStringLiteral("TRADING_MARKET"),
         QStringLiteral("engine/market"), QStringLiteral("One market to trade, e.g. KRW-BTC (a list of one).")},
        {QStringLiteral("markets"), QStringLiteral("markets"), QStringLiteral("TRADING_MARKETS"),
         QStringLiteral("engine/markets"),
         QStringLiteral("Markets to trade with one account, comma-separated, e.g. KRW-BTC,KRW-ETH (at most 20).")},
        {QStringLiteral("universe"), QStringLiteral("universe"), QStringLiteral("TRADING_UNIVERSE"),
         QStringLiteral("engine/universe"),
         QStringLiteral("top:N trades the N KRW markets with the highest 24-hour traded value instead of a list "
                        "(1-20; off: the list).")},
        {QStringLiteral("universeRefreshMinutes"), QString(), QStringLiteral("UNIVERSE_REFRESH_MINUTES"),
         QStringLiteral("engine/universeRefreshMinutes"),
         QStringLiteral("Minutes between choices of the top:N universe (5-1440).")},
        {QStringLiteral("timeframe"), QStringLiteral("timeframe"), QStringLiteral("TRADING_TIMEFRAME"),
         QStringLiteral("engine/timeframe"),
         QStringLiteral("Candle timeframe: minutes 1, 3, 5, 10, 15, 30, 60, 240 or day.")},
        {QStringLiteral("interval"), QStringLiteral("interval"), QStringLiteral("LOOP_INTERVAL_SEC"),
         QStringLiteral("engine/interval"), QStringLiteral("Seconds between polls (1-3600).")},
        {QStringLiteral("timeout"), QStringLiteral("timeout"), QStringLiteral("REQUEST_TIMEOUT_SEC"),
         QStringLiteral("engine/timeout"), QStringLiteral("Seconds before a request is abandoned (1-120).")},
        {QStringLiteral("paper"), QString(), QStringLiteral("PAPER_MODE"), QStringLiteral("engine/paperMode"),
         QStringLiteral("Paper trading (true/false).")},
        {QStringLiteral("paperBalance"), QStringLiteral("paper-balance"), QStringLiteral("PAPER_BALANCE"),
         QStringLiteral("engine/paperBalance"),
         QStringLiteral("Starting KRW of the paper account (used when it is created or reset).")},
        {QStringLiteral("paperSlippagePct"), QStringLiteral("paper-slippage"), QStringLiteral("PAPER_SLIPPAGE_PCT"),
         QStringLiteral("engine/paperSlippagePct"),
         QStringLiteral("Paper fills without an order book: percent off the last price (0-5).")},
        {QStringLiteral("maxOrderKrw"), QStringLiteral("max-order-krw"), QStringLiteral("MAX_ORDER_KRW"),
         QStringLiteral("engine/maxOrderKrw"), QStringLiteral("Live trading: the most KRW one buy order may spend.")},
        {QStringLiteral("orderTimeoutSec"), QStringLiteral("order-timeout"), QStringLiteral("ORDER_TIMEOUT_SEC"),
         QStringLiteral("engine/orderTimeoutSec"),
         QStringLiteral("Live trading: seconds before an order still open is cancelled (5-86400).")},
        {QStringLiteral("maxFailures"), QStringLiteral("max-failures"), QStringLiteral("MAX_CONSECUTIVE_FAILURES"),
         QStringLiteral("engine/maxConsecutiveFailures"),
         QStringLiteral("Consecutive failures before the engine enters ERROR (1-1000).")},
        {QStringLiteral("autoRecoverMinutes"), QStringLiteral("auto-recover-minutes"),
         QStringLiteral("AUTO_RECOVER_MINUTES"), QStringLiteral("engine/autoRecoverMinutes"),
         QStringLiteral("Minutes after which an ERROR caused only by network failures is reset once the exchange "
                        "answers again (0-1440, 0: off).")},
        {QStringLiteral("logLevel"), QStringLiteral("log-level"), QStringLiteral("LOG_LEVEL"),
         QStringLiteral("log/level"), QStringLiteral("DEBUG, INFO, WARNING, ERROR or CRITICAL.")},
        {QStringLiteral("logDir"), QStringLiteral("log-dir"), QStringLiteral("LOG_DIR"), QString(),
         QStringLiteral("Directory of the log files (default: <data-dir>/logs).")},
        {QStringLiteral("logBackupCount"), QString(), QStringLiteral("LOG_BACKUP_COUNT"),
         QStringLiteral("log/backupCount"), QStringLiteral("Daily log files kept (0-3650).")},
        {QStringLiteral("timeZone"), QString(), QStringLiteral("APP_TIMEZONE"), QStringLiteral("app/timeZone"),
         QStringLiteral("IANA time zone for days and display, e.g. Asia/Seoul.")},
        {QStringLiteral("upbitApiUrl"), QString(), QStringLiteral("UPBIT_API_URL"),
         QStringLiteral("exchange/upbitApiUrl"), QStringLiteral("Base URL of the Upbit REST API.")},
        {QStringLiteral("bithumbApiUrl"), QString(), QStringLiteral("BITHUMB_API_URL"),
         QStringLiteral("exchange/bithumbApiUrl"), QStringLiteral("Base URL of the Bithumb REST API.")},
        {QStringLiteral("marketData"), QStringLiteral("market-data"), QStringLiteral("MARKET_DATA"),
         QStringLiteral("exchange/marketData"),
         QStringLiteral("Prices from the exchange's WebSocket stream (websocket; REST polling covers while it is "
                        "down) or from REST polling alone (rest).")},
        {QStringLiteral("upbitWebsocketUrl"), QString(), QStringLiteral("UPBIT_WEBSOCKET_URL"),
         QStringLiteral("exchange/upbitWebsocketUrl"),
         QStringLiteral("Base URL of Upbit's WebSocket API (public: <base>/v1, private: <base>/v1/private).")},
        {QStringLiteral("bithumbWebsocketUrl"), QString(), QStringLiteral("BITHUMB_WEBSOCKET_URL"),
         QStringLiteral("exchange/bithumbWebsocketUrl"),
         QStringLiteral("Base URL of Bithumb's WebSocket API (public: <base>/v1, private: <base>/v2/private).")},
        {QStringLiteral("wsStaleSec"), QString(), QStringLiteral("WS_STALE_SEC"), QStringLiteral("exchange/wsStaleSec"),
         QStringLiteral("Seconds without a stream message before the stream is stale and replaced (3-300).")},
        {QStringLiteral("databaseUrl"), QStringLiteral("database-url"), QStringLiteral("DATABASE_URL"),
         QStringLiteral("storage/databaseUrl"),
         QStringLiteral("sqlite:///path.db (relative: in the data directory) or postgresql://user:pw@host:5432/db.")},
        {QStringLiteral("marketSyncMinutes"), QString(), QStringLiteral("MARKET_SYNC_MINUTES"),
         QStringLiteral("storage/marketSyncMinutes"), QStringLiteral("Minutes between market list syncs (1-1440).")},
        {QStringLiteral("backupRetentionDays"), QStringLiteral("retention-days"),
         QStringLiteral("BACKUP_RETENTION_DAYS"), QStringLiteral("storage/backupRetentionDays"),
         QStringLiteral("Days a database backup is kept (0-3650).")},
        {QStringLiteral("replayData"), QStringLiteral("replay-data"), QStringLiteral("REPLAY_DATA"),
         QStringLiteral("replay/data"), QStringLiteral("Candle file the replay exchange plays (CSV or JSON).")},
        {QStringLiteral("replaySpeed"), QStringLiteral("replay-speed"), QStringLiteral("REPLAY_SPEED"),
         QStringLiteral("replay/speed"), QStringLiteral("Replay candles per second; 0 = as fast as possible.")},
        {QStringLiteral("closeToTray"), QString(), QString(), QStringLiteral("ui/closeToTray"),
         QStringLiteral("Closing the window keeps the app in the tray.")},
        {QStringLiteral("language"), QStringLiteral("language"), QStringLiteral("AUTOCOIN_LANGUAGE"),
         QStringLiteral("ui/language"), QStringLiteral("Window language: system, en or ko.")},
        {QStringLiteral("upbitAccessKey"), QString(), QStringLiteral("UPBIT_ACCESS_KEY"), QString(),
         QStringLiteral("Upbit access key.")},
        {QStringLiteral("upbitSecretKey"), QString(), QStringLiteral("UPBIT_SECRET_KEY"), QString(),
         QStringLiteral("Upbit secret key.")},
        {QStringLiteral("bithumbApiKey"), QString(), QStringLiteral("BITHUMB_API_KEY"), QString(),
         QStringLiteral("Bithumb API key.")},
        {QStringLiteral("bithumbApiSecret"), QString(), QStringLiteral("BITHUMB_API_SECRET"), QString(),
         QStringLiteral("Bithumb API secret.")},
        // Notifications (engine/notify): one block.
        {QStringLiteral("telegramBotToken"), QString(), QStringLiteral("TELEGRAM_BOT_TOKEN"), QString(),
         QStringLiteral("Telegram bot token (a secret: keychain or environment).")},
        {QStringLiteral("telegramChatIds"), QString(), QStringLiteral("TELEGRAM_CHAT_ID"),
         QStringLiteral("notify/telegramChatIds"),
         QStringLiteral("Telegram chat ids that get alerts and may send commands, comma-separated.")},
        {QStringLiteral("telegramApiUrl"), QString(), QStringLiteral("TELEGRAM_API_URL"),
         QStringLiteral("notify/telegramApiUrl"), QStringLiteral("Base URL of the Telegram Bot API.")},
        {QStringLiteral("discordWebhookUrl"), QString(), QStringLiteral("DISCORD_WEBHOOK_URL"), QString(),
         QStringLiteral("Discord webhook URL for alerts (a secret: keychain or environment).")},
        {QStringLiteral("notifyPaperFills"), QString(), QStringLiteral("NOTIFY_PAPER_FILLS"),
         QStringLiteral("notify/paperFills"), QStringLiteral("Notify paper fills too (true/false).")},
        {QStringLiteral("dailySummaryAt"), QString(), QStringLiteral("DAILY_SUMMARY_AT"),
         QStringLiteral("notify/dailySummaryAt"),
         QStringLiteral("Time of the daily summary, HH:MM in APP_TIMEZONE, or off.")},
        // The local control API (docs/INTERFACE.md): off unless a port is given.
        {QStringLiteral("apiPort"), QStringLiteral("api-port"), QStringLiteral("API_PORT"), QStringLiteral("api/port"),
         QStringLiteral("Serve the local control API on this port (1-65535; off when not set).")},
        {QStringLiteral("apiHost"), QString(), QStringLiteral("API_HOST"), QStringLiteral("api/host"),
         QStringLiteral("Address the control API listens on (default 127.0.0.1; anything else is reachable "
                        "from other machines).")},
        {QStringLiteral("apiToken"), QString(), QStringLiteral("API_TOKEN"), QString(),
         QStringLiteral("Bearer token every control API request must carry (at least 16 characters).")},
    };
    return specs;
}

namespace {

constexpr int kMaxMarkets = 20;

bool isMarketCode(const QString &market)
{
    static const QRegularExpression pattern(QStringLiteral("^KRW-[A-Z0-9]{1,15}$"));
    return pattern.match(market).hasMatch();
}

/// "KRW-BTC, krw-eth" → {KRW-BTC, KRW-ETH}; every bad entry named in the message.
QString applyMarkets(QStringList &target, const QString &value)
{
    QStringList markets;
    QStringList problems;
    const QStringList entries = value.split(u',');
    if (entries.size() > kMaxMarkets)
        return QStringLiteral("lists %1 markets; at most %2 can be traded at once")
            .arg(entries.size())
            .arg(kMaxMarkets);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString market = entries[i].trimmed().toUpper();
        if (market.isEmpty())
            problems.append(QStringLiteral("entry %1 is empty").arg(i + 1));
        else if (!isMarketCode(market))
            problems.append(QStringLiteral("entry %1 \"%2\" is not a KRW market code such as KRW-BTC")
                                .arg(i + 1)
                                .arg(market.left(24)));
        else if (markets.contains(market))
            problems.append(QStringLiteral("%1 is listed twice").arg(market));
        else
            markets.append(market);
    }
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));
    target = markets;
    return {};
}

/// Reads a value into `settings`; returns an error message for an invalid one, else empty.
using Apply = std::function<QString(AppSettings &, const QString &)>;

QString applyInt(int &target, const QString &value, int low, int high, const QString &what)
{
    bool ok = false;
    const int parsed = value.trimmed().toInt(&ok);
    if (!ok || parsed < low || parsed > high)
        return QStringLiteral("must be a whole number %1 from %2 to %3").arg(what).arg(low).arg(high);
    target = parsed;
    return {};
}

QString applyBool(bool &target, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes" || v == u"on") {
        target = true;
        return {};
    }
    if (v == u"false" || v == u"0" || v == u"no" || v == u"off") {
        target = false;
        return {};
    }
    return QStringLiteral("must be true or false");
}

QString applyMoney(Decimal &target, const QString &value, const Decimal &low, const Decimal &high, const QString &what)
{
    // Thousands separators are welcome ("1,000,000"), commas anywhere else are a typo ("1,00").
    const auto plain = withoutGrouping(value);
    const auto parsed = plain ? Decimal::fromString(*plain) : std::nullopt;
    if (!parsed || *parsed < low || *parsed > high)
        return QStringLiteral("must be a number %1").arg(what);
    target = *parsed;
    return {};
}

QString applyUrl(QUrl &target, const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return QStringLiteral("must be an http:// or https:// URL with a host");
    target = url;
    return {};
}

QString applyWebsocketUrl(QUrl &target, const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
        return QStringLiteral("must be a ws:// or wss:// URL with a host");
    target = url;
    return {};
}

/// `--replay-data`: one bare candle file (the replay's only market), or a comma list of
/// MARKET=FILE entries. Paths are relative to where they were typed. Each bad entry is named.
QString applyReplayData(AppSettings &s, const QString &v)
{
    const auto readable = [](const QString &path) -> std::optional<QString> {
        const QFileInfo file(QDir::current().absoluteFilePath(path));
        if (path.isEmpty() || !file.isFile() || !file.isReadable())
            return std::nullopt;
        return file.absoluteFilePath();
    };
    const QString text = v.trimmed();
    // A file whose name holds a comma or '=' is still one bare file.
    if (const auto whole = readable(text)) {
        s.replayData = *whole;
        s.replaySources = {ReplaySource{QString(), *whole}};
        return {};
    }
    const QStringList entries = text.split(u',');
    QStringList problems;
    QList<ReplaySource> sources;
    QStringList canonical;
    static const QRegularExpression marketPattern(QStringLiteral("^KRW-[A-Z0-9]{1,15}$"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        const QString where = entries.size() > 1
                                  ? QStringLiteral("entry %1 %2: ").arg(i + 1).arg(CandleFile::quote(entry.toUtf8()))
                                  : QString();
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0) {
            problems.append(where + (entries.size() > 1 ? QStringLiteral("needs MARKET=FILE, e.g. KRW-BTC=btc.csv")
                                                        : QStringLiteral("must be a readable candle file, or a list "
                                                                         "KRW-BTC=a.csv,KRW-ETH=b.csv")));
            continue;
        }
        const QString market = entry.left(equals).trimmed().toUpper();
        const QString path = entry.mid(equals + 1).trimmed();
        if (!marketPattern.match(market).hasMatch()) {
            problems.append(where + QStringLiteral("%1 is not a KRW market code such as KRW-BTC")
                                        .arg(CandleFile::quote(entry.left(equals).trimmed().toUtf8())));
            continue;
        }
        const auto file = readable(path);
        if (!file) {
            problems.append(where +
                            QStringLiteral("%1 is not a readable candle file").arg(CandleFile::quote(path.toUtf8())));
            continue;
        }
        const bool twice = std::any_of(sources.cbegin(), sources.cend(),
                                       [&market](const ReplaySource &source) { return source.market == market; });
        if (twice) {
            problems.append(where + QStringLiteral("%1 is given twice: one file per market").arg(market));
            continue;
        }
        sources.append({market, *file});
        canonical.append(market + u'=' + *file);
    }
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));
    s.replayData = canonical.join(u',');
    s.replaySources = sources;
    return {};
}

const QHash<QString, Apply> &appliers()
{
    static const QHash<QString, Apply> table = {
        {QStringLiteral("exchange"),
         [](AppSettings &s, const QString &v) {
             const auto exchange = parseExchange(v.trimmed().toLower());
             if (!exchange)
                 return QStringLiteral("must be upbit, bithumb or replay");
             s.exchange = *exchange;
             return QString();
         }},
        {QStringLiteral("market"),
         [](AppSettings &s, const QString &v) {
             const QString market = v.trimmed().toUpper();
             if (!isMarketCode(market))
                 return QStringLiteral("must be a KRW market code such as KRW-BTC");
             s.markets = {market};
             return QString();
         }},
        {QStringLiteral("markets"), [](AppSettings &s, const QString &v) { return applyMarkets(s.markets, v); }},
        {QStringLiteral("universe"),
         [](AppSettings &s, const QString &v) {
             const QString text = v.trimmed().toLower();
             if (text.isEmpty() || text == u"off") {
                 s.universe.clear();
                 return QString();
             }
             bool ok = false;
             const int n = text.startsWith(u"top:") ? text.mid(4).toInt(&ok) : 0;
             if (!ok || n < 1 || n > kMaxMarkets)
                 return QStringLiteral("must be top:N with N from 1 to %1, or off").arg(kMaxMarkets);
             s.universe = QStringLiteral("top:%1").arg(n);
             return QString();
         }},
        {QStringLiteral("universeRefreshMinutes"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.universeRefreshMinutes, v, 5, 1440, QStringLiteral("of minutes"));
         }},
        {QStringLiteral("timeframe"),
         [](AppSettings &s, const QString &v) {
             const auto timeframe = Timeframe::parse(v);
             if (!timeframe)
                 return QStringLiteral("must be 1, 3, 5, 10, 15, 30, 60 or 240 (minutes) or day");
             s.timeframe = *timeframe;
             return QString();
         }},
        {QStringLiteral("interval"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.intervalSec, v, 1, 3600, QStringLiteral("of seconds"));
         }},
        {QStringLiteral("timeout"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.requestTimeoutSec, v, 1, 120, QStringLiteral("of seconds"));
         }},
        {QStringLiteral("paper"), [](AppSettings &s, const QString &v) { return applyBool(s.paperMode, v); }},
        {QStringLiteral("paperBalance"),
         [](AppSettings &s, const QString &v) {
             return applyMoney(s.paperBalance, v, Decimal(5000), Decimal(100000000000),
                               QStringLiteral("of KRW from 5000 to 100000000000"));
         }},
        {QStringLiteral("paperSlippagePct"),
         [](AppSettings &s, const QString &v) {
             return applyMoney(s.paperSlippagePct, v, Decimal(), Decimal(5), QStringLiteral("percent from 0 to 5"));
         }},
        {QStringLiteral("maxOrderKrw"),
         [](AppSettings &s, const QString &v) {
             return applyMoney(s.maxOrderKrw, v, Decimal(5000), Decimal(1000000000),
                               QStringLiteral("of KRW from 5000 to 1000000000"));
         }},
        {QStringLiteral("orderTimeoutSec"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.orderTimeoutSec, v, 5, 86400, QStringLiteral("of seconds"));
         }},
        {QStringLiteral("maxFailures"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.maxConsecutiveFailures, v, 1, 1000, QStringLiteral("of failures"));
         }},
        {QStringLiteral("autoRecoverMinutes"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.autoRecoverMinutes, v, 0, 1440, QStringLiteral("of minutes"));
         }},
        {QStringLiteral("logLevel"),
         [](AppSettings &s, const QString &v) {
             const auto level = logLevelFromName(v);
             if (!level)
                 return QStringLiteral("must be DEBUG, INFO, WARNING, ERROR or CRITICAL");
             s.logLevel = *level;
             return QString();
         }},
        {QStringLiteral("logDir"),
         [](AppSettings &s, const QString &v) {
             if (v.trimmed().isEmpty())
                 return QStringLiteral("must not be empty");
             s.logDir = QDir::cleanPath(QDir(s.dataDir).absoluteFilePath(v.trimmed()));
             return QString();
         }},
        {QStringLiteral("logBackupCount"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.logBackupCount, v, 0, 3650, QStringLiteral("of files"));
         }},
        {QStringLiteral("timeZone"),
         [](AppSettings &s, const QString &v) {
             // A known zone id only: QTimeZone also "accepts" any POSIX TZ rule, so "Seoul" would be
             // a zone called Seoul at UTC+0, and every time would be shown off by nine hours.
             const QByteArray id = v.trimmed().toUtf8();
             if (!QTimeZone::isTimeZoneIdAvailable(id) || !QTimeZone(id).isValid())
                 return QStringLiteral("must be an IANA time zone such as Asia/Seoul");
             s.timeZone = v.trimmed();
             return QString();
         }},
        {QStringLiteral("upbitApiUrl"), [](AppSettings &s, const QString &v) { return applyUrl(s.upbitApiUrl, v); }},
        {QStringLiteral("bithumbApiUrl"),
         [](AppSettings &s, const QString &v) { return applyUrl(s.bithumbApiUrl, v); }},
        {QStringLiteral("marketData"),
         [](AppSettings &s, const QString &v) {
             const QString source = v.trimmed().toLower();
             if (source != feedSourceName(FeedSource::WebSocket) && source != feedSourceName(FeedSource::Rest))
                 return QStringLiteral("must be websocket or rest");
             s.marketData = source == feedSourceName(FeedSource::Rest) ? FeedSource::Rest : FeedSource::WebSocket;
             return QString();
         }},
        {QStringLiteral("upbitWebsocketUrl"),
         [](AppSettings &s, const QString &v) { return applyWebsocketUrl(s.upbitWebsocketUrl, v); }},
        {QStringLiteral("bithumbWebsocketUrl"),
         [](AppSettings &s, const QString &v) { return applyWebsocketUrl(s.bithumbWebsocketUrl, v); }},
        {QStringLiteral("wsStaleSec"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.wsStaleSec, v, 3, 300, QStringLiteral("of seconds"));
         }},
        {QStringLiteral("databaseUrl"),
         [](AppSettings &s, const QString &v) {
             QString why;
             const auto url = DatabaseUrl::parse(v, s.dataDir, &why);
             if (!url)
                 return why;
             s.databaseUrl = v.trimmed();
             return QString();
         }},
        {QStringLiteral("marketSyncMinutes"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.marketSyncMinutes, v, 1, 1440, QStringLiteral("of minutes"));
         }},
        {QStringLiteral("backupRetentionDays"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.backupRetentionDays, v, 0, 3650, QStringLiteral("of days"));
         }},
        {QStringLiteral("replayData"), applyReplayData},
        {QStringLiteral("replaySpeed"),
         [](AppSettings &s, const QString &v) {
             bool ok = false;
             const double speed = v.trimmed().toDouble(&ok);
             if (!ok || speed < 0 || speed > 1000)
                 return QStringLiteral(
                     "must be a number of candles per second from 0 to 1000 (0 = as fast as possible)");
             s.replaySpeed = speed;
             return QString();
         }},
        {QStringLiteral("closeToTray"), [](AppSettings &s, const QString &v) { return applyBool(s.closeToTray, v); }},
        {QStringLiteral("language"),
         [](AppSettings &s, const QString &v) {
             const QString code = v.trimmed().toLower();
             if (code != u"system" && code != u"en" && code != u"ko")
                 return QStringLiteral("must be system, en or ko");
             s.language = code;
             return QString();
         }},
        {QStringLiteral("upbitAccessKey"),
         [](AppSettings &s, const QString &v) {
             s.upbitAccessKey = v.trimmed();
             return QString();
         }},
        {QStringLiteral("upbitSecretKey"),
         [](AppSettings &s, const QString &v) {
             s.upbitSecretKey = v.trimmed();
             return QString();
         }},
        {QStringLiteral("bithumbApiSecret"),
         [](AppSettings &s, const QString &v) {
             s.bithumbApiSecret = v.trimmed();
             return QString();
         }},
        {QStringLiteral("bithumbApiKey"),
         [](AppSettings &s, const QString &v) {
             s.bithumbApiKey = v.trimmed();
             return QString();
         }},
        {QStringLiteral("telegramBotToken"),
         [](AppSettings &s, const QString &v) {
             // "123456:ABC-def_…": the bot's id, a colon, the secret. Checked here so a pasted
             // value with a space or a URL in it is a clear setting error, not a 404 later.
             static const QRegularExpression pattern(QStringLiteral("^[0-9]+:[A-Za-z0-9_-]+$"));
             if (!pattern.match(v.trimmed()).hasMatch())
                 return QStringLiteral("must be a bot token as BotFather gives it (digits, a colon, then letters, "
                                       "digits, _ or -)");
             s.telegramBotToken = v.trimmed();
             return QString();
         }},
        {QStringLiteral("telegramChatIds"),
         [](AppSettings &s, const QString &v) {
             QStringList ids;
             const QStringList entries = v.split(u',');
             for (qsizetype i = 0; i < entries.size(); ++i) {
                 const QString id = entries[i].trimmed();
                 bool ok = false;
                 id.toLongLong(&ok);
                 if (!ok || id.isEmpty())
                     return QStringLiteral("entry %1 \"%2\" is not a numeric chat id (a group's id starts with -)")
                         .arg(i + 1)
                         .arg(id.left(24));
                 if (!ids.contains(id))
                     ids.append(id);
             }
             s.telegramChatIds = ids;
             return QString();
         }},
        {QStringLiteral("telegramApiUrl"),
         [](AppSettings &s, const QString &v) { return applyUrl(s.telegramApiUrl, v); }},
        {QStringLiteral("discordWebhookUrl"),
         [](AppSettings &s, const QString &v) {
             QUrl url;
             QString problem = applyUrl(url, v);
             if (!problem.isEmpty())
                 return problem;
             s.discordWebhookUrl = v.trimmed();
             return QString();
         }},
        {QStringLiteral("notifyPaperFills"),
         [](AppSettings &s, const QString &v) { return applyBool(s.notifyPaperFills, v); }},
        {QStringLiteral("dailySummaryAt"),
         [](AppSettings &s, const QString &v) {
             const QString text = v.trimmed().toLower();
             if (text == u"off") {
                 s.dailySummaryAt = text;
                 return QString();
             }
             const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
             if (!time.isValid())
                 return QStringLiteral("must be a time of day HH:MM (00:00-23:59) or off");
             s.dailySummaryAt = time.toString(QStringLiteral("HH:mm"));
             return QString();
         }},
        {QStringLiteral("apiPort"),
         [](AppSettings &s, const QString &v) {
             return applyInt(s.apiPort, v, 1, 65535, QStringLiteral("(a TCP port)"));
         }},
        {QStringLiteral("apiHost"),
         [](AppSettings &s, const QString &v) {
             const QString text = v.trimmed();
             if (QHostAddress(text).isNull())
                 return QStringLiteral("must be an IP address such as 127.0.0.1 or ::1");
             s.apiHost = text;
             return QString();
         }},
        {QStringLiteral("apiToken"),
         [](AppSettings &s, const QString &v) {
             // A short token is guessed long before the failed-attempt limit matters.
             const QString token = v.trimmed();
             if (token.size() < 16)
                 return QStringLiteral("must be at least 16 characters (e.g. openssl rand -hex 32)");
             for (const QChar c : token) {
                 if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
                     return QStringLiteral("must be printable ASCII without spaces (it travels in an HTTP header)");
             }
             s.apiToken = token;
             return QString();
         }},
    };
    return table;
}

/// At most ~40 characters of a long setting, for an error message.
QString shortened(const QString &text)
{
    constexpr qsizetype kShown = 40;
    return text.size() <= kShown ? text : text.left(kShown) + QStringLiteral("…");
}

} // namespace

QString settingText(const AppSettings &s, const QString &key)
{
    static const QHash<QString, std::function<QString(const AppSettings &)>> table = {
        {QStringLiteral("exchange"), [](const AppSettings &a) { return exchangeName(a.exchange); }},
        {QStringLiteral("market"), [](const AppSettings &a) { return a.markets.value(0); }},
        {QStringLiteral("markets"), [](const AppSettings &a) { return a.markets.join(u','); }},
        {QStringLiteral("universe"), [](const AppSettings &a) { return a.universe; }},
        {QStringLiteral("timeframe"), [](const AppSettings &a) { return a.timeframe.toString(); }},
        {QStringLiteral("interval"), [](const AppSettings &a) { return QString::number(a.intervalSec); }},
        {QStringLiteral("marketData"), [](const AppSettings &a) { return feedSourceName(a.marketData); }},
        {QStringLiteral("upbitWebsocketUrl"), [](const AppSettings &a) { return a.upbitWebsocketUrl.toString(); }},
        {QStringLiteral("bithumbWebsocketUrl"), [](const AppSettings &a) { return a.bithumbWebsocketUrl.toString(); }},
        {QStringLiteral("wsStaleSec"), [](const AppSettings &a) { return QString::number(a.wsStaleSec); }},
        {QStringLiteral("paper"),
         [](const AppSettings &a) { return a.paperMode ? QStringLiteral("true") : QStringLiteral("false"); }},
        {QStringLiteral("maxOrderKrw"), [](const AppSettings &a) { return a.maxOrderKrw.toString(); }},
        {QStringLiteral("orderTimeoutSec"), [](const AppSettings &a) { return QString::number(a.orderTimeoutSec); }},
        {QStringLiteral("maxFailures"), [](const AppSettings &a) { return QString::number(a.maxConsecutiveFailures); }},
        {QStringLiteral("autoRecoverMinutes"),
         [](const AppSettings &a) { return QString::number(a.autoRecoverMinutes); }},
        {QStringLiteral("paperBalance"), [](const AppSettings &a) { return a.paperBalance.toString(); }},
        {QStringLiteral("databaseUrl"), [](const AppSettings &a) { return a.databaseUrl; }},
        {QStringLiteral("logLevel"), [](const AppSettings &a) { return logLevelName(a.logLevel); }},
        {QStringLiteral("language"), [](const AppSettings &a) { return a.language; }},
        {QStringLiteral("closeToTray"),
         [](const AppSettings &a) { return a.closeToTray ? QStringLiteral("true") : QStringLiteral("false"); }},
        {QStringLiteral("timeZone"), [](const AppSettings &a) { return a.timeZone; }},
        {QStringLiteral("upbitAccessKey"), [](const AppSettings &a) { return a.upbitAccessKey; }},
        {QStringLiteral("upbitSecretKey"), [](const AppSettings &a) { return a.upbitSecretKey; }},
        {QStringLiteral("bithumbApiKey"), [](const AppSettings &a) { return a.bithumbApiKey; }},
        {QStringLiteral("bithumbApiSecret"), [](const AppSettings &a) { return a.bithumbApiSecret; }},
        {QStringLiteral("telegramBotToken"), [](const AppSettings &a) { return a.telegramBotToken; }},
        {QStringLiteral("telegramChatIds"), [](const AppSettings &a) { return a.telegramChatIds.join(u','); }},
        {QStringLiteral("telegramApiUrl"), [](const AppSettings &a) { return a.telegramApiUrl.toString(); }},
        {QStringLiteral("discordWebhookUrl"), [](const AppSettings &a) { return a.discordWebhookUrl; }},
        {QStringLiteral("notifyPaperFills"),
         [](const AppSettings &a) { return a.notifyPaperFills ? QStringLiteral("true") : QStringLiteral("false"); }},
        {QStringLiteral("dailySummaryAt"), [](const AppSettings &a) { return a.dailySummaryAt; }},
        {QStringLiteral("apiPort"),
         [](const AppSettings &a) { return a.apiPort > 0 ? QString::number(a.apiPort) : QString(); }},
        {QStringLiteral("apiHost"), [](const AppSettings &a) { return a.apiHost; }},
        {QStringLiteral("apiToken"), [](const AppSettings &a) { return a.apiToken; }},
    };
    const auto it = table.constFind(key);
    return it == table.constEnd() ? QString() : (*it)(s);
}

namespace {

/// 0: command line, 1: environment, 2: saved, 3: not set.
int sourceRank(const SettingSources &sources, const QString &key)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.key != key)
            continue;
        if (!spec.option.isEmpty() && sources.commandLine.contains(key))
            return 0;
        if (!spec.environment.isEmpty() && sources.environment.contains(spec.environment))
            return 1;
        if (!spec.savedKey.isEmpty() && sources.saved.contains(spec.savedKey))
            return 2;
    }
    return 3;
}

} // namespace

ResolvedSettings resolveSettings(const SettingSources &sources, const QString &dataDir)
{
    ResolvedSettings result;
    AppSettings &settings = result.settings;
    settings.dataDir = dataDir;
    settings.logDir = QDir(dataDir).filePath(QStringLiteral("logs"));
    settings.databaseUrl = DatabaseUrl::defaultFor(dataDir).redacted(); // no password in a default

    for (const SettingSpec &spec : settingSpecs()) {
        QString value;
        // Secrets are read from the environment (and, later, the keychain) only.
        QString source;
        if (!spec.option.isEmpty() && sources.commandLine.contains(spec.key)) {
            value = sources.commandLine.value(spec.key);
            source = QStringLiteral("--") + spec.option;
        } else if (!spec.environment.isEmpty() && sources.environment.contains(spec.environment)) {
            value = sources.environment.value(spec.environment);
            source = spec.environment;
        } else if (!spec.savedKey.isEmpty() && sources.saved.contains(spec.savedKey)) {
            value = sources.saved.value(spec.savedKey);
            source = QStringLiteral("saved setting ") + spec.savedKey;
        } else {
            continue; // the default stands
        }
        // --market and --markets set the same list: the one from the stronger source wins (the
        // list on a tie).
        if (spec.key == u"market" && sourceRank(sources, QStringLiteral("markets")) <= sourceRank(sources, spec.key))
            continue;
        if (spec.key == u"markets" && sourceRank(sources, QStringLiteral("market")) < sourceRank(sources, spec.key))
            continue;
        const QString problem = appliers().value(spec.key)(settings, value);
        if (!problem.isEmpty()) {
            const bool secret = spec.key.endsWith(u"Key") || spec.key.endsWith(u"Secret") ||
                                spec.key.endsWith(u"Token") || spec.key == u"discordWebhookUrl";
            QString shown = secret ? QStringLiteral("***") : value;
            if (spec.key == u"databaseUrl") // a PostgreSQL URL may carry a password
                shown = QStringLiteral("(hidden)");
            if (spec.key == u"replayData") // a long list: the message names the bad entry
                shown = shortened(value);
            result.errors.append({spec.key, source, shown, problem});
        }
    }
    if (result.ok() && settings.exchange == Exchange::Replay && settings.replaySources.isEmpty())
        result.errors.append(
            {QStringLiteral("replayData"), QStringLiteral("--replay-data"), QString(),
             QStringLiteral("the replay exchange needs a candle file (--replay-data or REPLAY_DATA)")});
    if (result.ok() && settings.exchange == Exchange::Replay) {
        // Checked before anything starts, as `backtest --data` does: a bad file is a bad setting,
        // never an engine that starts and fails on its first request. The replay market's own
        // loading says it: every file loads, one timeframe, one file per market.
        ExchangeConfig probe;
        probe.exchange = Exchange::Replay;
        probe.replaySources = settings.replaySources;
        const ReplayClient replay(probe);
        if (!replay.loadError().isEmpty())
            result.errors.append(
                {QStringLiteral("replayData"), QStringLiteral("--replay-data"),
                 settings.replaySources.size() == 1 ? settings.replayData : shortened(settings.replayData),
                 replay.loadError()});
    }
    return result;
}

QHash<QString, QString> processEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> out;
    for (const SettingSpec &spec : settingSpecs()) {
        // An empty variable counts as unset, as shells and the seed's dotenv treat it.
        if (!spec.environment.isEmpty() && !env.value(spec.environment).isEmpty())
            out.insert(spec.environment, env.value(spec.environment));
    }
    return out;
}

} // namespace autocoin
