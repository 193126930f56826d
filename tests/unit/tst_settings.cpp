#include "settings/AppSettings.h"
#include "settings/CommandLine.h"
#include "storage/DatabaseUrl.h"
#include "strategy/StrategyParameters.h"

#include "FuzzFindings.h"
#include "SettingsHarness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace autocoin;

namespace {

QStringList argv(std::initializer_list<const char *> items)
{
    QStringList out{QStringLiteral("autocoin")};
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

/// `rows` candles `secondsApart` apart from 2024-01-01 00:00 UTC, written to `dir`/`name`.
QString writeHourly(const QTemporaryDir &dir, const QString &name, int rows, int secondsApart = 3600)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("candle_date_time_utc,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < rows; ++i)
        file.write(start.addSecs(qint64(i) * secondsApart).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
                   ",100,110,90,105,1.5\n");
    return path;
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheSeeds()
    {
        const ResolvedSettings r = resolveSettings({}, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.markets, QStringList{QStringLiteral("KRW-BTC")});
        QCOMPARE(r.settings.intervalSec, 5);
        QCOMPARE(r.settings.paperMode, true);
        QCOMPARE(r.settings.maxConsecutiveFailures, 3);
        QCOMPARE(r.settings.exchange, Exchange::Upbit);
        QCOMPARE(r.settings.logLevel, LogLevel::Info);
        QCOMPARE(r.settings.logBackupCount, 7);
        QCOMPARE(r.settings.timeZone, QStringLiteral("Asia/Seoul"));
        QCOMPARE(r.settings.logDir, QStringLiteral("/data/logs"));
        QVERIFY(r.settings.upbitApiUrl.isEmpty());
        const EngineConfig config = r.settings.engineConfig();
        QCOMPARE(config.interval, std::chrono::milliseconds(5000));
        QCOMPARE(config.maxConsecutiveFailures, 3);
        QCOMPARE(r.settings.autoRecoverMinutes, 0); // auto-recovery is off unless asked for
        QCOMPARE(config.autoRecoverAfter, std::chrono::milliseconds(0));
    }

    void autoRecoverMinutesReachTheEngine()
    {
        SettingSources sources;
        sources.environment = {{QStringLiteral("AUTO_RECOVER_MINUTES"), QStringLiteral("30")}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.autoRecoverMinutes, 30);
        QCOMPARE(r.settings.engineConfig().autoRecoverAfter, std::chrono::milliseconds(std::chrono::minutes(30)));
    }

    void commandLineBeatsEnvironmentBeatsSaved()
    {
        SettingSources sources;
        sources.saved = {{QStringLiteral("engine/market"), QStringLiteral("KRW-XRP")},
                         {QStringLiteral("engine/interval"), QStringLiteral("30")},
                         {QStringLiteral("engine/maxConsecutiveFailures"), QStringLiteral("9")}};
        sources.environment = {{QStringLiteral("TRADING_MARKET"), QStringLiteral("KRW-ETH")},
                               {QStringLiteral("LOOP_INTERVAL_SEC"), QStringLiteral("10")}};
        sources.commandLine = {{QStringLiteral("market"), QStringLiteral("KRW-SOL")}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.markets, QStringList{QStringLiteral("KRW-SOL")}); // command line
        QCOMPARE(r.settings.intervalSec, 10);                                 // environment over saved
        QCOMPARE(r.settings.maxConsecutiveFailures, 9);                       // saved over default
    }

    void environmentNamesOfTheSeeds()
    {
        SettingSources sources;
        sources.environment = {
            {QStringLiteral("PAPER_MODE"), QStringLiteral("false")},
            {QStringLiteral("MAX_CONSECUTIVE_FAILURES"), QStringLiteral("5")},
            {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")},
            {QStringLiteral("LOG_DIR"), QStringLiteral("/var/log/autocoin")},
            {QStringLiteral("LOG_BACKUP_COUNT"), QStringLiteral("14")},
            {QStringLiteral("APP_TIMEZONE"), QStringLiteral("UTC")},
            {QStringLiteral("UPBIT_API_URL"), QStringLiteral("http://127.0.0.1:8080")},
            {QStringLiteral("UPBIT_ACCESS_KEY"), QStringLiteral("made-up-access-key")},
            {QStringLiteral("UPBIT_SECRET_KEY"), QStringLiteral("made-up-secret-key")},
        };
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.paperMode, false);
        QCOMPARE(r.settings.maxConsecutiveFailures, 5);
        QCOMPARE(r.settings.logLevel, LogLevel::Debug);
        QCOMPARE(r.settings.logDir, QStringLiteral("/var/log/autocoin"));
        QCOMPARE(r.settings.logBackupCount, 14);
        QCOMPARE(r.settings.timeZone, QStringLiteral("UTC"));
        QCOMPARE(r.settings.engineConfig().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(r.settings.secrets().size(), 2);
    }

    void invalidValuesNameTheirSource_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("interval zero") << "LOOP_INTERVAL_SEC"
                                       << "0";
        QTest::newRow("interval text") << "LOOP_INTERVAL_SEC"
                                       << "five";
        QTest::newRow("market not KRW") << "TRADING_MARKET"
                                        << "BTC-ETH";
        QTest::newRow("market junk") << "TRADING_MARKET"
                                     << "KRW-";
        QTest::newRow("failures zero") << "MAX_CONSECUTIVE_FAILURES"
                                       << "0";
        QTest::newRow("failures negative") << "MAX_CONSECUTIVE_FAILURES"
                                           << "-2";
        QTest::newRow("auto recover negative") << "AUTO_RECOVER_MINUTES"
                                               << "-1";
        QTest::newRow("auto recover too long") << "AUTO_RECOVER_MINUTES"
                                               << "1441";
        QTest::newRow("auto recover text") << "AUTO_RECOVER_MINUTES"
                                           << "soon";
        QTest::newRow("paper maybe") << "PAPER_MODE"
                                     << "maybe";
        QTest::newRow("log level") << "LOG_LEVEL"
                                   << "LOUD";
        QTest::newRow("time zone") << "APP_TIMEZONE"
                                   << "Mars/Olympus";
        // A city is not a zone id: Qt reads "Seoul" as a POSIX rule for a zone at UTC+0.
        QTest::newRow("time zone city") << "APP_TIMEZONE"
                                        << "Seoul";
        QTest::newRow("time zone posix rule") << "APP_TIMEZONE"
                                              << "KST-9";
        QTest::newRow("url scheme") << "UPBIT_API_URL"
                                    << "ftp://example";
        QTest::newRow("exchange") << "TRADING_EXCHANGE"
                                  << "binance";
        QTest::newRow("replay speed") << "REPLAY_SPEED"
                                      << "-1";
        QTest::newRow("replay file") << "REPLAY_DATA"
                                     << "/nonexistent/candles.csv";
        QTest::newRow("bithumb url") << "BITHUMB_API_URL"
                                     << "not a url";
        QTest::newRow("paper balance") << "PAPER_BALANCE"
                                       << "lots";
        QTest::newRow("paper balance tiny") << "PAPER_BALANCE"
                                            << "100";
        QTest::newRow("slippage") << "PAPER_SLIPPAGE_PCT"
                                  << "12";
        QTest::newRow("order cap") << "MAX_ORDER_KRW"
                                   << "-5";
        QTest::newRow("order timeout") << "ORDER_TIMEOUT_SEC"
                                       << "1";
        QTest::newRow("markets junk entry") << "TRADING_MARKETS"
                                            << "KRW-BTC,BTC-ETH";
        QTest::newRow("markets empty entry") << "TRADING_MARKETS"
                                             << "KRW-BTC,,KRW-ETH";
        QTest::newRow("markets twice") << "TRADING_MARKETS"
                                       << "KRW-BTC,krw-btc";
        QTest::newRow("universe") << "TRADING_UNIVERSE"
                                  << "top:0";
        QTest::newRow("universe word") << "TRADING_UNIVERSE"
                                       << "best";
        QTest::newRow("universe refresh") << "UNIVERSE_REFRESH_MINUTES"
                                          << "1";
        QTest::newRow("api port zero") << "API_PORT"
                                       << "0";
        QTest::newRow("api port too big") << "API_PORT"
                                          << "65536";
        QTest::newRow("api port text") << "API_PORT"
                                       << "http";
        QTest::newRow("api host name") << "API_HOST"
                                       << "my-laptop";
    }
    void invalidValuesNameTheirSource()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        SettingSources sources;
        sources.environment = {{variable, value}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().source, variable);
        QVERIFY(r.errors.first().describe().startsWith(variable + u'=' + value + u':'));
    }

    void invalidCommandLineAndSavedValues()
    {
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("interval"), QStringLiteral("0")}};
        sources.saved = {{QStringLiteral("engine/maxConsecutiveFailures"), QStringLiteral("0")}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.at(0).source, QStringLiteral("--interval"));
        QCOMPARE(r.errors.at(1).source, QStringLiteral("saved setting engine/maxConsecutiveFailures"));
    }

    void exchangesAndTheirKeys()
    {
        SettingSources sources;
        sources.environment = {{QStringLiteral("TRADING_EXCHANGE"), QStringLiteral("bithumb")},
                               {QStringLiteral("BITHUMB_API_KEY"), QStringLiteral("made-up-bithumb-key")},
                               {QStringLiteral("BITHUMB_API_SECRET"), QStringLiteral("made-up-bithumb-secret")},
                               {QStringLiteral("UPBIT_ACCESS_KEY"), QStringLiteral("made-up-upbit-key")},
                               {QStringLiteral("BITHUMB_API_URL"), QStringLiteral("http://127.0.0.1:9")}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        const EngineConfig config = r.settings.engineConfig();
        QCOMPARE(config.exchange, Exchange::Bithumb);
        QCOMPARE(config.credentials.accessKey, QStringLiteral("made-up-bithumb-key"));
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(r.settings.secrets().size(), 3);
    }

    void replayNeedsAFile()
    {
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("exchange"), QStringLiteral("replay")}};
        const ResolvedSettings missing = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY(missing.errors.first().describe().contains(QStringLiteral("candle file")));

        sources.commandLine.insert(QStringLiteral("replayData"),
                                   QStringLiteral(AUTOCOIN_TEST_DATA "/upbit_candles_1m_krw_btc.json"));
        sources.commandLine.insert(QStringLiteral("replaySpeed"), QStringLiteral("0"));
        const ResolvedSettings ok = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.settings.engineConfig().interval, std::chrono::milliseconds(0)); // as fast as it goes
    }

    void knownZoneIdsAreAccepted()
    {
        for (const char *zone : {"Asia/Seoul", "UTC", "Europe/Berlin"}) {
            SettingSources sources;
            sources.environment = {{QStringLiteral("APP_TIMEZONE"), QString::fromLatin1(zone)}};
            const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
            QVERIFY2(r.ok(), zone);
            QCOMPARE(r.settings.timeZone, QString::fromLatin1(zone));
        }
    }

    void aBadReplayFileIsABadSettingNamingFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("candle_date_time_utc,opening_price,high_price,low_price,trade_price\n"
                   "2021-01-01T00:00:00,100,110,90,105\n2021-01-01T01:00:00,nan,110,90,105\n");
        file.close();
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("exchange"), QStringLiteral("replay")},
                               {QStringLiteral("replayData"), path}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().key, QStringLiteral("replayData"));
        QVERIFY2(r.errors.first().describe().contains(path + QStringLiteral(": line 3: bad opening_price")),
                 qPrintable(r.errors.first().describe()));
    }

    void replayDataListsOneFilePerMarket()
    {
        QTemporaryDir dir;
        const QString btc = writeHourly(dir, QStringLiteral("btc.csv"), 60);
        const QString eth = writeHourly(dir, QStringLiteral("eth.csv"), 60);
        SettingSources sources;
        sources.commandLine = {
            {QStringLiteral("exchange"), QStringLiteral("replay")},
            {QStringLiteral("replayData"), QStringLiteral(" krw-btc=%1 , KRW-ETH=%2").arg(btc, eth)}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).describe()));
        const QList<ReplaySource> expected = {{QStringLiteral("KRW-BTC"), btc}, {QStringLiteral("KRW-ETH"), eth}};
        QCOMPARE(r.settings.replaySources, expected);
        QCOMPARE(r.settings.engineConfig().replaySources, expected);
        QCOMPARE(r.settings.engineConfig().exchangeConfig().replaySources, expected);
        QCOMPARE(r.settings.replayData, QStringLiteral("KRW-BTC=%1,KRW-ETH=%2").arg(btc, eth)); // saved as resolved

        // A bare file stays one source with no market, as before lists existed.
        sources.commandLine.insert(QStringLiteral("replayData"), btc);
        const ResolvedSettings bare = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(bare.ok());
        QCOMPARE(bare.settings.replaySources, (QList<ReplaySource>{{QString(), btc}}));
        QCOMPARE(bare.settings.replayData, btc);
    }

    void badReplayDataListsNameTheBadEntry_data()
    {
        QTest::addColumn<QString>("list");    // %1: an hourly file, %2: another, %3: a one-minute file
        QTest::addColumn<QString>("message"); // what the error must say
        QTest::newRow("unknown file") << "KRW-BTC=%1,KRW-ETH=/nonexistent/eth.csv"
                                      << "entry 2 \"KRW-ETH=/nonexistent/eth.csv\": \"/nonexistent/eth.csv\" is "
                                         "not a readable candle file";
        QTest::newRow("duplicate market") << "KRW-BTC=%1,KRW-ETH=%2,krw-btc=%2"
                                          << "KRW-BTC is given twice: one file per market";
        QTest::newRow("bad market code") << "KRW-BTC=%1,BTC=%2"
                                         << "entry 2 \"BTC=";
        QTest::newRow("bad market code text") << "KRW-BTC=%1,BTC=%2"
                                              << "\"BTC\" is not a KRW market code such as KRW-BTC";
        QTest::newRow("not KRW") << "BTC-ETH=%1"
                                 << "\"BTC-ETH\" is not a KRW market code";
        QTest::newRow("bare file in a list") << "%1,KRW-ETH=%2"
                                             << "needs MARKET=FILE, e.g. KRW-BTC=btc.csv";
        QTest::newRow("empty entry") << "KRW-BTC=%1,,KRW-ETH=%2"
                                     << "entry 2 \"\": needs MARKET=FILE";
        QTest::newRow("no file") << "KRW-BTC="
                                 << "\"\" is not a readable candle file";
        QTest::newRow("mixed timeframes") << "KRW-BTC=%1,KRW-ETH=%3"
                                          << "has 1-minute candles but";
        QTest::newRow("mixed timeframes names the other file") << "KRW-BTC=%1,KRW-ETH=%3"
                                                               << "has 60-minute candles: every replay file needs the "
                                                                  "same timeframe";
    }
    void badReplayDataListsNameTheBadEntry()
    {
        QFETCH(QString, list);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString btc = writeHourly(dir, QStringLiteral("btc.csv"), 60);
        const QString eth = writeHourly(dir, QStringLiteral("eth.csv"), 60);
        const QString minutes = writeHourly(dir, QStringLiteral("xrp-1m.csv"), 60, 60);
        // Not QString::arg: its several-argument form numbers the placeholders present, so "%1,%3"
        // would take the second file for %3.
        const auto fill = [&](QString text) {
            return text.replace(QStringLiteral("%1"), btc)
                .replace(QStringLiteral("%2"), eth)
                .replace(QStringLiteral("%3"), minutes);
        };
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("exchange"), QStringLiteral("replay")},
                               {QStringLiteral("replayData"), fill(list)}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().key, QStringLiteral("replayData"));
        QCOMPARE(r.errors.first().source, QStringLiteral("--replay-data"));
        QVERIFY2(r.errors.first().message.contains(fill(message)), qPrintable(r.errors.first().describe()));
        if (QTest::currentDataTag() == QByteArrayView("mixed timeframes names the other file"))
            QVERIFY2(r.errors.first().message.contains(btc) && r.errors.first().message.contains(minutes),
                     qPrintable(r.errors.first().describe()));
        // The value shown is at most ~40 characters of what was typed: the message names the entry.
        QVERIFY2(r.errors.first().value.size() <= 41, qPrintable(r.errors.first().value));
    }

    void kellyLookbackIsAParameterLikeTheOthers()
    {
        const CommandLine c = CommandLine::parse(argv({"--headless", "--kelly-lookback", "12"}));
        QCOMPARE(c.mode, CommandLine::Mode::Headless);
        QCOMPARE(c.strategy.value(QStringLiteral("kelly-lookback")), QStringLiteral("12"));
        QStringList problems;
        StrategyParameters p = StrategyParameters::fromMap(c.strategy, StrategyParameters(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(p.kellyLookback, 12);
        QCOMPARE(StrategyParameters().kellyLookback, 30);
        p = StrategyParameters::fromMap({{QStringLiteral("kelly-lookback"), QStringLiteral("10")}},
                                        StrategyParameters(), &problems);
        QVERIFY(p.validate().contains(QStringLiteral("kelly-min-trades (20) must not exceed kelly-lookback (10)")));
        p = StrategyParameters::fromMap({{QStringLiteral("kelly-lookback"), QStringLiteral("0")}}, StrategyParameters(),
                                        &problems);
        QVERIFY(p.validate().join(u'\n').contains(QStringLiteral("kelly-lookback (0) must be")));
        QVERIFY(CommandLine::parse(argv({"--help"})).helpText.contains(QStringLiteral("--kelly-lookback")));
    }

    void controlApiSettings()
    {
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("apiPort"), QStringLiteral("8765")}};
        sources.environment = {{QStringLiteral("API_TOKEN"), QStringLiteral("made-up-api-token-0123456789")},
                               {QStringLiteral("API_HOST"), QStringLiteral("::1")}};
        ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.apiPort, 8765);
        QCOMPARE(r.settings.apiHost, QStringLiteral("::1"));
        QCOMPARE(r.settings.apiToken, QStringLiteral("made-up-api-token-0123456789"));
        QVERIFY(r.settings.secrets().contains(QStringLiteral("made-up-api-token-0123456789"))); // redacted in logs
        // Off by default, loopback by default.
        r = resolveSettings({}, QStringLiteral("/data"));
        QCOMPARE(r.settings.apiPort, 0);
        QCOMPARE(r.settings.apiHost, QStringLiteral("127.0.0.1"));
        // The token is a secret: only from the environment (or the keychain), never echoed.
        sources = {};
        sources.environment = {{QStringLiteral("API_TOKEN"), QStringLiteral("made-up-short")}};
        sources.saved = {{QStringLiteral("api/token"), QStringLiteral("made-up-saved-token-0123456789")}};
        r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().source, QStringLiteral("API_TOKEN"));
        QVERIFY(!r.errors.first().describe().contains(QStringLiteral("made-up")));
        QVERIFY(r.settings.apiToken.isEmpty());
        QCOMPARE(CommandLine::parse(argv({"--api-port", "9000"})).settings.value(QStringLiteral("apiPort")),
                 QStringLiteral("9000"));
    }

    void secretsNeverEchoedInErrors()
    {
        // No key value can be invalid today, but the error path must never print one.
        SettingError error{QStringLiteral("upbitSecretKey"), QStringLiteral("UPBIT_SECRET_KEY"), QStringLiteral("***"),
                           QStringLiteral("bad")};
        QVERIFY(!error.describe().contains(QStringLiteral("made-up")));
    }

    void commandLineModes()
    {
        QCOMPARE(CommandLine::parse(argv({})).mode, CommandLine::Mode::Gui);
        QCOMPARE(CommandLine::parse(argv({"--help"})).mode, CommandLine::Mode::Help);
        QCOMPARE(CommandLine::parse(argv({"--version"})).mode, CommandLine::Mode::Version);
        const CommandLine headless = CommandLine::parse(argv({"--headless", "--start", "--data-dir", "/tmp/x"}));
        QCOMPARE(headless.mode, CommandLine::Mode::Headless);
        QVERIFY(headless.startEngine);
        QCOMPARE(headless.dataDir, QStringLiteral("/tmp/x"));
        QVERIFY(!headless.liveConfirmed);
        const CommandLine live = CommandLine::parse(
            argv({"--headless", "--start", "--i-understand-live-trading", "--max-order-krw", "50000"}));
        QVERIFY(live.liveConfirmed);
        QCOMPARE(live.settings.value(QStringLiteral("maxOrderKrw")), QStringLiteral("50000"));
        const CommandLine reset = CommandLine::parse(argv({"reset-paper", "--paper-balance", "2000000"}));
        QCOMPARE(reset.mode, CommandLine::Mode::ResetPaper);
        QCOMPARE(reset.settings.value(QStringLiteral("paperBalance")), QStringLiteral("2000000"));
        const CommandLine check = CommandLine::parse(argv({"check-connection", "--exchange", "bithumb"}));
        QCOMPARE(check.mode, CommandLine::Mode::CheckConnection);
        QCOMPARE(check.settings.value(QStringLiteral("exchange")), QStringLiteral("bithumb"));
    }

    void commandLineSettings()
    {
        const CommandLine c = CommandLine::parse(
            argv({"--market", "KRW-ETH", "--interval", "7", "--max-failures", "4", "--log-level", "DEBUG"}));
        QCOMPARE(c.mode, CommandLine::Mode::Gui);
        QCOMPARE(c.settings.value(QStringLiteral("market")), QStringLiteral("KRW-ETH"));
        QCOMPARE(c.settings.value(QStringLiteral("interval")), QStringLiteral("7"));
        QCOMPARE(c.settings.value(QStringLiteral("maxFailures")), QStringLiteral("4"));
        QCOMPARE(c.settings.value(QStringLiteral("logLevel")), QStringLiteral("DEBUG"));
    }

    void commandLineErrors()
    {
        const CommandLine unknown = CommandLine::parse(argv({"--frobnicate"}));
        QCOMPARE(unknown.mode, CommandLine::Mode::Invalid);
        QVERIFY(unknown.error.contains(QStringLiteral("frobnicate")));
        const CommandLine missing = CommandLine::parse(argv({"--market"}));
        QCOMPARE(missing.mode, CommandLine::Mode::Invalid);
        const CommandLine startInTheWindow = CommandLine::parse(argv({"--start"}));
        QCOMPARE(startInTheWindow.mode, CommandLine::Mode::Gui); // the window starts the engine (live still asks)
        QVERIFY(startInTheWindow.startEngine);
        const CommandLine command = CommandLine::parse(argv({"fly"}));
        QCOMPARE(command.mode, CommandLine::Mode::Invalid);
        QVERIFY(command.error.contains(QStringLiteral("fly")));
    }

    void anSqliteFileNameWithEdgeWhiteSpaceIsRefused()
    {
        // Found by fuzz_settings: "sqlite:///x/ /" named the file " ", which the URL's trimmed
        // text form could not name again.
        QString error;
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite:///data/ /"), QStringLiteral("/tmp"), &error));
        QVERIFY2(error.contains(QStringLiteral("white space")), qPrintable(error));
        const auto fine =
            DatabaseUrl::parse(QStringLiteral("  sqlite:///autocoin.db  "), QStringLiteral("/tmp"), &error);
        QVERIFY(fine && fine->path.endsWith(QStringLiteral("/autocoin.db")));
    }

    void marketListsAreCheckedEntryByEntry()
    {
        SettingSources sources;
        sources.commandLine = {{QStringLiteral("markets"), QStringLiteral(" krw-btc, KRW-ETH ,KRW-XRP")}};
        ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.markets,
                 (QStringList{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")}));
        QCOMPARE(r.settings.engineConfig().markets, r.settings.markets);

        // Every bad entry is named, in one message.
        sources.commandLine = {
            {QStringLiteral("markets"), QStringLiteral("KRW-BTC,ETH,KRW-BTC,,KRW-TOOLONGCOINNAME1234")}};
        r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        const QString message = r.errors.first().describe();
        QVERIFY2(message.startsWith(QStringLiteral("--markets=")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("entry 2 \"ETH\" is not a KRW market code")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("KRW-BTC is listed twice")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("entry 4 is empty")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("entry 5")), qPrintable(message));

        // More than 20 markets.
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many.append(QStringLiteral("KRW-C%1").arg(i));
        sources.commandLine = {{QStringLiteral("markets"), many.join(u',')}};
        r = resolveSettings(sources, QStringLiteral("/data"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("at most 20")));
    }

    void marketAndMarketsFollowTheirSources()
    {
        // --market is a list of one; the stronger source wins between the two keys.
        SettingSources sources;
        sources.saved = {{QStringLiteral("engine/markets"), QStringLiteral("KRW-BTC,KRW-ETH")}};
        sources.commandLine = {{QStringLiteral("market"), QStringLiteral("KRW-XRP")}};
        QCOMPARE(resolveSettings(sources, QStringLiteral("/data")).settings.markets,
                 QStringList{QStringLiteral("KRW-XRP")});
        sources.commandLine.clear();
        sources.environment = {{QStringLiteral("TRADING_MARKET"), QStringLiteral("KRW-SOL")}};
        QCOMPARE(resolveSettings(sources, QStringLiteral("/data")).settings.markets,
                 QStringList{QStringLiteral("KRW-SOL")});
        sources.environment.insert(QStringLiteral("TRADING_MARKETS"), QStringLiteral("KRW-ADA,KRW-DOT"));
        QCOMPARE(resolveSettings(sources, QStringLiteral("/data")).settings.markets,
                 (QStringList{QStringLiteral("KRW-ADA"), QStringLiteral("KRW-DOT")}));
    }

    void universeAndPortfolioParameters()
    {
        SettingSources sources;
        sources.environment = {{QStringLiteral("TRADING_UNIVERSE"), QStringLiteral("TOP:5")},
                               {QStringLiteral("UNIVERSE_REFRESH_MINUTES"), QStringLiteral("30")}};
        const ResolvedSettings r = resolveSettings(sources, QStringLiteral("/data"));
        QVERIFY(r.ok());
        QCOMPARE(r.settings.universe, QStringLiteral("top:5"));
        QCOMPARE(r.settings.engineConfig().universeTop, 5);
        QCOMPARE(r.settings.engineConfig().universeRefresh, std::chrono::minutes(30));

        const CommandLine line = CommandLine::parse(
            argv({"--headless", "--max-positions", "2", "--exit-on-warning", "1", "--block-caution", "0"}));
        QStringList problems;
        const StrategyParameters p = StrategyParameters::fromMap(line.strategy, {}, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(p.maxPositions, 2);
        QCOMPARE(p.exitOnWarning, 1);
        QCOMPARE(p.blockCaution, 0);
        QVERIFY(p.validate().isEmpty());
        StrategyParameters bad;
        bad.maxPositions = 0;
        bad.exitOnWarning = 2;
        QCOMPARE(bad.validate().size(), 2);
    }

    void helpListsTheOptions()
    {
        const QString help = CommandLine::parse(argv({"--help"})).helpText;
        for (const char *option : {"--headless", "--start", "--data-dir", "--market", "--markets", "--universe",
                                   "--max-positions", "--interval", "--version"})
            QVERIFY2(help.contains(QLatin1StringView(option)), option);
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // same harness the fuzz_settings target runs.
    void fuzzInputs_data() { autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_settings")); }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::settings, input);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
