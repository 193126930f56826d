#include "FakeExchange.h"
#include "FakeTelegram.h"
#include "FakeWebSocketServer.h"
#include "TestData.h"
#include "notify/Outbox.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QTimeZone>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using autocoin::Database;
using autocoin::StorageError;
using autocoin::test::FakeExchange;
using autocoin::test::FakeUpbitServer;

namespace {

const char *const kMadeUpSecret = "made-up-secret-key-for-tests-0000";
const char *const kMadeUpBotToken = "123456789:made-up-bot-token-for-tests";
/// Hourly candles of the shared history with a round trip or two in them (two fills at least).
constexpr int kFillRows = 350;

/// The autocoin executable in a clean environment: only what the test sets.
class Autocoin
{
public:
    Autocoin(const QUrl &api, const QString &dataDir)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), dataDir);
        env.insert(QStringLiteral("UPBIT_API_URL"), api.toString());
        // Polling unless a test gives the fake's stream: the suite never reaches the real one.
        env.insert(QStringLiteral("MARKET_DATA"), QStringLiteral("rest"));
        env.insert(QStringLiteral("UPBIT_ACCESS_KEY"), QStringLiteral("made-up-access-key-for-tests"));
        env.insert(QStringLiteral("UPBIT_SECRET_KEY"), QString::fromLatin1(kMadeUpSecret));
        env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("DEBUG"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *sanitizer : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) { // the sanitize build's settings
            if (qEnvironmentVariableIsSet(sanitizer))
                env.insert(QLatin1StringView(sanitizer), qEnvironmentVariable(sanitizer));
        }
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += process.readAllStandardOutput(); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { err += process.readAllStandardError(); });
    }
    void setEnv(const QString &name, const QString &value)
    {
        QProcessEnvironment env = process.processEnvironment();
        env.insert(name, value);
        process.setProcessEnvironment(env);
    }
    void start(const QStringList &arguments) { process.start(QStringLiteral(AUTOCOIN_EXE), arguments); }
    /// Telegram alerts and commands through `telegram`, for chat 1001, in `language`.
    void setTelegram(const autocoin::test::FakeTelegram &telegram, const QString &language)
    {
        setEnv(QStringLiteral("TELEGRAM_BOT_TOKEN"), QString::fromLatin1(kMadeUpBotToken));
        setEnv(QStringLiteral("TELEGRAM_CHAT_ID"), QStringLiteral("1001"));
        setEnv(QStringLiteral("TELEGRAM_API_URL"), telegram.url().toString());
        setEnv(QStringLiteral("AUTOCOIN_LANGUAGE"), language);
    }
    int eventCount(const QString &name) const
    {
        int n = 0;
        for (const QJsonObject &event : events())
            n += event.value(QStringLiteral("event")).toString() == name ? 1 : 0;
        return n;
    }
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }
    /// Ended by itself with exit code 0 (not by a signal: QProcess gives a crash's signal as the code).
    bool exitedCleanly() const
    {
        return process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }
    /// How it ended and the end of its standard error (a crash's report is there): what a failed
    /// exit check shows.
    QByteArray ending() const
    {
        const QByteArray how = process.exitStatus() == QProcess::CrashExit
                                   ? QByteArray("crashed with signal ") + QByteArray::number(process.exitCode())
                                   : QByteArray("exit code ") + QByteArray::number(process.exitCode());
        return how + "; standard error:\n" + err.right(4000);
    }
    bool hasEvent(const QString &name) const
    {
        for (const QJsonObject &event : events()) {
            if (event.value(QStringLiteral("event")).toString() == name)
                return true;
        }
        return false;
    }

    QProcess process;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestHeadless final : public QObject
{
    Q_OBJECT

private:
    void runsAndStopsOnSignal(int signal)
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(app.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.hasEvent(QStringLiteral("signal")), 20000);

#ifdef Q_OS_UNIX
        ::kill(static_cast<pid_t>(app.process.processId()), signal);
#else
        Q_UNUSED(signal);
        app.process.terminate();
#endif
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(app.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());

        // Every stdout line is a JSON event with "event" and "ts".
        const QList<QJsonObject> events = app.events();
        QStringList transitions;
        for (const QJsonObject &event : events) {
            QVERIFY2(!event.isEmpty(), app.out.constData());
            QVERIFY(event.contains(QStringLiteral("ts")));
            if (event.value(QStringLiteral("event")).toString() == u"state")
                transitions.append(event.value(QStringLiteral("from")).toString() + QStringLiteral("->") +
                                   event.value(QStringLiteral("to")).toString());
            if (event.value(QStringLiteral("event")).toString() == u"tick") {
                QCOMPARE(event.value(QStringLiteral("market")).toString(), QStringLiteral("KRW-BTC"));
                QCOMPARE(event.value(QStringLiteral("price")).toString(), QStringLiteral("63570000"));
                QVERIFY(event.value(QStringLiteral("iteration")).toInt() >= 1);
            }
        }
        QVERIFY(app.hasEvent(QStringLiteral("markets"))); // the market sync at start
        QVERIFY(app.hasEvent(QStringLiteral("signal")));  // a decision on the newest closed candle
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("autocoin.db"))));
        QCOMPARE(transitions, QStringList({QStringLiteral("IDLE->RUNNING"), QStringLiteral("RUNNING->STOPPING"),
                                           QStringLiteral("STOPPING->IDLE")}));

        // Logs went to stderr and to the file, never a secret, never a thread warning.
        QVERIFY(app.err.contains("IDLE -> RUNNING"));
        QVERIFY(!app.err.contains("QThread"));
        QFile log(QDir(dir.path()).filePath(QStringLiteral("logs/autocoin.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("exited cleanly"));
        QVERIFY(!logText.contains(kMadeUpSecret));
        QVERIFY(!app.err.contains(kMadeUpSecret));
        QVERIFY(!app.out.contains(kMadeUpSecret));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("autocoin.lock")))); // released
    }

    /// Runs the headless engine to completion; returns it for its exit code and output.
    static std::unique_ptr<Autocoin> runToEnd(const QString &dataDir, const QStringList &arguments,
                                              const QHash<QString, QString> &env = {})
    {
        auto app = std::make_unique<Autocoin>(QUrl(QStringLiteral("http://127.0.0.1:9")), dataDir);
        for (auto it = env.constBegin(); it != env.constEnd(); ++it)
            app->setEnv(it.key(), it.value());
        app->start(QStringList{QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"),
                               dataDir} +
                   arguments);
        if (!app->process.waitForFinished(30000))
            app->process.kill();
        return app;
    }

private Q_SLOTS:
    void sigtermStopsCleanly()
    {
        runsAndStopsOnSignal(SIGTERM);
    }
    void sigintStopsCleanly()
    {
        runsAndStopsOnSignal(SIGINT);
    }
#ifdef Q_OS_UNIX
    void sighupStopsCleanly()
    {
        runsAndStopsOnSignal(SIGHUP); // the terminal closed
    }
    void sigquitStopsCleanly()
    {
        runsAndStopsOnSignal(SIGQUIT);
    }

    void aClosedStandardOutputStopsCleanly()
    {
        // `autocoin --headless | head -n 3`: once head has its lines and exits, the next event
        // cannot be written. bash reports autocoin's own exit code (PIPESTATUS).
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        const QString command = QStringLiteral("'%1' --headless --start --data-dir '%2' --interval 1 | head -n 3; "
                                               "echo \"autocoin exit ${PIPESTATUS[0]}\" >&2")
                                    .arg(QStringLiteral(AUTOCOIN_EXE), dir.path());
        app.process.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 60000);
        QCOMPARE(app.out.count('\n'), 3);                                               // what head let through
        QVERIFY2(app.err.contains("autocoin exit 1"), app.err.right(1500).constData()); // not 141 (SIGPIPE)
        QVERIFY(app.err.contains("standard output is closed"));
        QFile log(QDir(dir.path()).filePath(QStringLiteral("logs/autocoin.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("-> IDLE"));
        QVERIFY(text.contains("exited cleanly"));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("autocoin.lock"))));
    }
#endif

    void aBadReplayFileIsRefusedAtStart_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "candle_date_time_utc,opening_price,high_price,low_price,trade_price\n";
        QTest::newRow("missing column") << QByteArray(header + "2021-01-01T00:00:00,1,2,1\n") << "line 2";
        QTest::newRow("NaN") << QByteArray(header + "2021-01-01T00:00:00,nan,2,1,1\n") << "line 2: bad opening_price";
        QTest::newRow("inf") << QByteArray(header + "2021-01-01T00:00:00,1,inf,1,1\n") << "line 2: bad high_price";
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("random bytes") << QByteArray("\x13\x88\xfe\x01garbage\x00\x02", 13) << "CSV header";
        QTest::newRow("38 digits") << QByteArray(header + "2021-01-01T00:00:00," + QByteArray(38, '9') + ",1,1,1\n")
                                   << "line 2: the open price";
        QTest::newRow("high below low") << QByteArray(header + "2021-01-01T00:00:00,2,1,3,2\n")
                                        << "line 2: the high 1 is below the low 3";
    }
    void aBadReplayFileIsRefusedAtStart()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candles.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto app = runToEnd(dir.path(), {QStringLiteral("--exchange"), QStringLiteral("replay"),
                                               QStringLiteral("--replay-data"), path});
        QCOMPARE(app->process.exitCode(), 2);
        const QString err = QString::fromUtf8(app->err);
        QVERIFY2(err.contains(path + QStringLiteral(": ") + expected), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("NOT NULL"))); // never the database's words
        QVERIFY(!app->out.contains("RUNNING"));
    }

    void aTimeZoneThatIsNotAZoneIdIsRefused()
    {
        QTemporaryDir dir;
        const auto app = runToEnd(dir.path(), {}, {{QStringLiteral("APP_TIMEZONE"), QStringLiteral("Seoul")}});
        QCOMPARE(app->process.exitCode(), 2);
        QVERIFY2(app->err.contains("APP_TIMEZONE=Seoul: must be an IANA time zone"), app->err.constData());
    }

    void aDataDirectoryThatCannotHoldTheLockIsAFailureNotAnotherInstance()
    {
        // The lock file cannot be created (here: a directory is in its place; the same as a
        // read-only directory, which root in a test container would still write to).
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("autocoin.lock")));
        const auto app = runToEnd(dir.path(), {});
        QCOMPARE(app->process.exitCode(), 1);
        QVERIFY2(app->err.contains("cannot create the lock file"), app->err.constData());
        QVERIFY(!app->err.contains("already running"));
    }

    void aForeignDatabaseIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autocoin.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto app = runToEnd(dir.path(), {});
        QCOMPARE(app->process.exitCode(), 3);
        QVERIFY2(app->err.contains("made by another program"), app->err.constData());
        QVERIFY(app->err.contains("autocoin has not changed it"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // no schema_version added, still in rollback-journal mode
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void headlessFollowsTheStreamAndSurvivesADrop()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        autocoin::test::FakeWebSocketServer ws(autocoin::test::FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        QTimer trades;
        int step = 0;
        QObject::connect(&trades, &QTimer::timeout, &trades, [&ws, &step] {
            ws.publishTrade(QStringLiteral("KRW-BTC"), QString::number(63570000 + 1000 * (++step % 7)),
                            QStringLiteral("0.01"), autocoin::OrderSide::Sell, QDateTime::currentDateTimeUtc());
        });
        trades.start(25);
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.setEnv(QStringLiteral("MARKET_DATA"), QStringLiteral("websocket"));
        app.setEnv(QStringLiteral("UPBIT_WEBSOCKET_URL"), ws.baseUrl().toString());
        app.setEnv(QStringLiteral("WS_STALE_SEC"), QStringLiteral("3"));
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--interval"), QStringLiteral("1")});
        const auto feeds = [&app] {
            QStringList list;
            for (const QJsonObject &e : app.events()) {
                if (e.value(QStringLiteral("event")).toString() == u"feed")
                    list.append(e.value(QStringLiteral("source")).toString() + u'/' +
                                e.value(QStringLiteral("state")).toString());
            }
            return list;
        };
        const auto ticks = [&app] {
            int n = 0;
            for (const QJsonObject &e : app.events())
                n += e.value(QStringLiteral("event")).toString() == u"tick" ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(feeds().contains(QStringLiteral("websocket/connected")), 20000);
        const int before = ticks();
        // Ticks at the stream's pace (four a second), far more than the 1-second poll's.
        QTRY_VERIFY_WITH_TIMEOUT(ticks() >= before + 12, 20000);

        ws.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(feeds().count(QStringLiteral("websocket/connected")) >= 2, 15000);
        QVERIFY2(feeds().contains(QStringLiteral("rest/disconnected")), qPrintable(feeds().join(u',')));
        QCOMPARE(ws.rejections(), 0);
        QVERIFY(!app.out.contains("\"to\":\"ERROR\""));
        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
    }

    void errorEventsThenErrorState()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        // The ticker only: failures are counted per kind of work (a failing market sync would
        // add events of its own).
        server.injectFault(autocoin::test::Fault::httpStatus(500).on("GET /v1/ticker"), 100);
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.setEnv(QStringLiteral("MAX_CONSECUTIVE_FAILURES"), QStringLiteral("2"));
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--interval"), QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(app.out.contains("\"to\":\"ERROR\""), 20000);
        int errors = 0;
        for (const QJsonObject &event : app.events()) {
            if (event.value(QStringLiteral("event")).toString() == u"error") {
                ++errors;
                QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
                QCOMPARE(event.value(QStringLiteral("max_failures")).toInt(), 2);
            }
        }
        QCOMPARE(errors, 2);
        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
    }

    void telegramHearsTheEngineAndAnswersOnlyItsChats()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        autocoin::test::FakeTelegram telegram(QString::fromLatin1(kMadeUpBotToken));
        QVERIFY(telegram.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.setTelegram(telegram, QStringLiteral("en"));
        app.setEnv(QStringLiteral("MAX_CONSECUTIVE_FAILURES"), QStringLiteral("2"));
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--interval"), QStringLiteral("1")});
        const QString chat = QStringLiteral("1001");
        const auto hasText = [&](const QString &needle) {
            for (const QString &text : telegram.textsTo(chat)) {
                if (text.contains(needle))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasText(QStringLiteral("autocoin started (paper, Upbit: KRW-BTC)")), 20000);

        // A stranger's /status and /stop get nothing; the operator's /status gets the state.
        telegram.pushUpdate(QStringLiteral("4242"), QStringLiteral("/status"));
        telegram.pushUpdate(QStringLiteral("4242"), QStringLiteral("/stop"));
        telegram.pushUpdate(chat, QStringLiteral("/status"));
        QTRY_VERIFY_WITH_TIMEOUT(hasText(QStringLiteral("State: RUNNING (paper)")), 20000);
        QVERIFY(telegram.textsTo(QStringLiteral("4242")).isEmpty());
        QVERIFY(!app.out.contains("\"to\":\"STOPPING\""));

        telegram.pushUpdate(chat, QStringLiteral("/stop"));
        QTRY_VERIFY_WITH_TIMEOUT(app.out.contains("\"to\":\"IDLE\""), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(hasText(QStringLiteral("autocoin stopped (stop requested).")), 20000);

        // The kill switch is a flag beside the state: each change is a `kill_switch` event. Pulled
        // and released (by Reset) while IDLE, there is no state change. The waits are on events:
        // Telegram's replies go out at one a second per chat (and are checked below).
        const auto killEvents = [&] {
            QStringList list;
            for (const QJsonObject &e : app.events()) {
                if (e.value(QStringLiteral("event")).toString() == u"kill_switch")
                    list.append(QStringLiteral("%1 %2").arg(
                        e.value(QStringLiteral("killed")).toBool() ? QStringLiteral("on") : QStringLiteral("off"),
                        e.value(QStringLiteral("state")).toString()));
            }
            return list;
        };
        telegram.pushUpdate(chat, QStringLiteral("/kill"));
        telegram.pushUpdate(chat, QStringLiteral("/kill confirm"));
        QTRY_COMPARE_WITH_TIMEOUT(killEvents(), QStringList{QStringLiteral("on IDLE")}, 20000);
        telegram.pushUpdate(chat, QStringLiteral("/reset"));
        QTRY_COMPARE_WITH_TIMEOUT(killEvents(), (QStringList{QStringLiteral("on IDLE"), QStringLiteral("off IDLE")}),
                                  20000);

        // The ticker fails from now on: /start leads to ERROR, which arrives with its cause.
        server.injectFault(autocoin::test::Fault::httpStatus(500).on("GET /v1/ticker"), 100);
        telegram.pushUpdate(chat, QStringLiteral("/start"));
        QTRY_VERIFY_WITH_TIMEOUT(app.out.contains("\"to\":\"ERROR\""), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(hasText(QStringLiteral("🚨 ERROR: ")), 20000);
        telegram.pushUpdate(chat, QStringLiteral("/stop"));
        QTRY_VERIFY_WITH_TIMEOUT(hasText(QStringLiteral("Refused: Stop is not allowed while the engine is ERROR")),
                                 20000);
        QVERIFY(hasText(QStringLiteral("The engine stays IDLE and cannot start until /reset.")));
        QVERIFY(hasText(QStringLiteral("Kill switch released by Reset")));

        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
        QVERIFY(telegram.textsTo(QStringLiteral("4242")).isEmpty());
        // The token is in every Telegram URL, and never in what autocoin writes.
        QVERIFY(!app.out.contains(kMadeUpBotToken));
        QVERIFY(!app.err.contains(kMadeUpBotToken));
        QDir logs(dir.filePath(QStringLiteral("logs")));
        bool foreignLogged = false;
        for (const QString &name : logs.entryList(QDir::Files)) {
            QFile log(logs.filePath(name));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QByteArray text = log.readAll();
            QVERIFY(!text.contains(kMadeUpBotToken));
            foreignLogged |= text.count("a message from chat 4242") == 1;
        }
        QVERIFY(foreignLogged);
    }

    void fillsAnd429sAndARestartDeliverEveryMessageOnce()
    {
        autocoin::test::FakeTelegram telegram(QString::fromLatin1(kMadeUpBotToken));
        QVERIFY(telegram.start());
        telegram.server().injectFault(
            autocoin::test::Fault::httpStatus(429, R"({"ok":false,"error_code":429,"description":"Too Many )"
                                                   R"(Requests: retry after 1","parameters":{"retry_after":1}})")
                .on(telegram.sendRoute()),
            2);
        const auto memory = autocoin::test::memoryDir();
        const QString data = autocoin::test::hourlySubset(*memory, kFillRows);
        QVERIFY(!data.isEmpty());
        int trades = 0;
        for (int run = 0; run < 2; ++run) {
            // A replay in Korean: it trades, ends with its data and exits; the second run is the restart.
            Autocoin app(QUrl(QStringLiteral("http://127.0.0.1:9")), memory->path());
            app.setTelegram(telegram, QStringLiteral("ko"));
            app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"),
                       memory->path(), QStringLiteral("--exchange"), QStringLiteral("replay"),
                       QStringLiteral("--replay-data"), data, QStringLiteral("--replay-speed"), QStringLiteral("0")});
            QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 60000);
            QVERIFY2(app.exitedCleanly(), app.ending().constData());
            trades += app.eventCount(QStringLiteral("trade"));
        }
        QVERIFY(trades >= 2);
        // A third start, not trading, sends whatever the exits left in the outbox.
        Autocoin idle(QUrl(QStringLiteral("http://127.0.0.1:9")), memory->path());
        idle.setTelegram(telegram, QStringLiteral("ko"));
        idle.start({QStringLiteral("--headless"), QStringLiteral("--data-dir"), memory->path(),
                    QStringLiteral("--exchange"), QStringLiteral("replay"), QStringLiteral("--replay-data"), data});
        StorageError error;
        const auto pending = [&] {
            auto db = Database::open(autocoin::DatabaseUrl::defaultFor(memory->path()), QStringLiteral("check"),
                                     QString(), &error);
            return db ? autocoin::Outbox(*db).pendingCount(&error) : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 60000);
        idle.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(idle.process.state(), QProcess::NotRunning, 20000);

        auto db = Database::open(autocoin::DatabaseUrl::defaultFor(memory->path()), QStringLiteral("check"), QString(),
                                 &error);
        QVERIFY(db);
        const QList<autocoin::OutboxMessage> rows = autocoin::Outbox(*db).all(&error);
        QStringList stored;
        for (const autocoin::OutboxMessage &row : rows) {
            QCOMPARE(row.status, QStringLiteral("sent"));
            stored.append(row.text);
        }
        QStringList received = telegram.textsTo(QStringLiteral("1001"));
        QCOMPARE(received.size(), stored.size()); // none twice, none lost
        QCOMPARE(received, stored);               // and in order
        int fills = 0;
        for (const QString &text : received)
            fills += text.contains(QStringLiteral("체결")) ? 1 : 0;
        QCOMPARE(fills, trades); // paper fills are sent (NOTIFY_PAPER_FILLS defaults to true)
        QVERIFY(received.first().startsWith(
            QStringLiteral("▶️ 자동매매를 시작했습니다 (모의투자, 리플레이: KRW-BTC)")));
    }

    void controlApiWithoutATokenRefusesToRun()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--api-port"), QStringLiteral("1")});
        QVERIFY(app.process.waitForFinished(20000));
        QCOMPARE(app.process.exitCode(), 2);
        QVERIFY2(app.err.contains("API_TOKEN is not"), app.err.constData());
        QVERIFY(!app.hasEvent(QStringLiteral("tick"))); // refused before trading, not after
    }

    void controlApiStartsAndStopsTheHeadlessEngine()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        quint16 port = 0;
        {
            QTcpServer probe; // a free port for the child to take
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QByteArray token = "made-up-api-token-for-tests-4567";
        Autocoin app(server.url(), dir.path());
        app.setEnv(QStringLiteral("API_TOKEN"), QString::fromLatin1(token));
        app.start({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--api-port"),
                   QString::number(port), QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(app.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.hasEvent(QStringLiteral("notice")), 20000);
        QVERIFY(
            app.out.contains(QByteArray(QByteArray("control API listening on 127.0.0.1:") + QByteArray::number(port))));

        QNetworkAccessManager manager;
        const auto send = [&](const QByteArray &method, const QString &path, const QByteArray &bearer) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
            if (!bearer.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + bearer);
            QNetworkReply *reply = method == "POST" ? manager.post(request, QByteArray()) : manager.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return std::pair(status, body);
        };
        QCOMPARE(send("GET", QStringLiteral("/api/engine/status"), QByteArray()).first, 401);
        auto [status, body] = send("GET", QStringLiteral("/api/engine/status"), token);
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(body.value(QStringLiteral("killed")), QJsonValue(false));
        std::tie(status, body) = send("POST", QStringLiteral("/api/engine/start"), token);
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QTRY_VERIFY_WITH_TIMEOUT(app.hasEvent(QStringLiteral("tick")), 20000);
        std::tie(status, body) = send("POST", QStringLiteral("/api/engine/stop"), token);
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("STOPPING"));
        std::tie(status, body) = send("POST", QStringLiteral("/api/engine/reset"), token);
        QCOMPARE(status, 409);

        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
        QVERIFY(!app.err.contains(token)); // never in the log
    }

    void aKeyExpiringSoonIsANoticeAndATelegramMessage()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.exchange().setApiKeyExpiry(QDateTime::currentDateTimeUtc().addSecs(5 * 86400 + 3600));
        autocoin::test::FakeTelegram telegram(QString::fromLatin1(kMadeUpBotToken));
        QVERIFY(telegram.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        app.setTelegram(telegram, QStringLiteral("ko"));
        app.setEnv(QStringLiteral("UPBIT_ACCESS_KEY"), QString::fromLatin1(FakeExchange::kAccessKey));
        app.setEnv(QStringLiteral("UPBIT_SECRET_KEY"), QString::fromLatin1(FakeExchange::kSecretKey));
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(app.process.waitForStarted());
        const auto notice = [&app]() -> QJsonObject {
            for (const QJsonObject &event : app.events()) {
                if (event.value(QStringLiteral("event")).toString() == u"notice" &&
                    event.contains(QStringLiteral("days_left")))
                    return event;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!notice().isEmpty(), 20000);
        QCOMPARE(notice().value(QStringLiteral("days_left")).toInt(), 5);
        QCOMPARE(notice().value(QStringLiteral("exchange")).toString(), QStringLiteral("upbit"));
        QVERIFY(notice().value(QStringLiteral("message")).toString().contains(QStringLiteral("in 5 days")));
        // The same warning reaches the phone, in the app's language.
        const auto warned = [&telegram] {
            for (const QString &text : telegram.textsTo(QStringLiteral("1001"))) {
                if (text.contains(QStringLiteral("API 키")))
                    return text;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!warned().isEmpty(), 20000);
        QVERIFY2(warned().contains(QStringLiteral("업비트")), qPrintable(warned()));
        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
    }

    void invalidSettingsAreRefusedNamingTheVariable()
    {
        QTemporaryDir dir;
        Autocoin app(QUrl(QStringLiteral("http://127.0.0.1:1")), dir.path());
        app.setEnv(QStringLiteral("LOOP_INTERVAL_SEC"), QStringLiteral("0"));
        app.setEnv(QStringLiteral("TRADING_MARKET"), QStringLiteral("BTC"));
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(app.process.exitCode(), 2);
        QVERIFY2(app.err.contains("LOOP_INTERVAL_SEC=0"), app.err.constData());
        QVERIFY(app.err.contains("TRADING_MARKET=BTC"));
        QVERIFY(!app.out.contains("RUNNING"));
    }

    void secondInstanceOnTheSameDataDirectoryIsRefused()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Autocoin first(server.url(), dir.path());
        first.start({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path()});
        QTRY_VERIFY_WITH_TIMEOUT(first.err.contains("starting"), 20000);

        Autocoin second(server.url(), dir.path());
        second.start(
            {QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(second.process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.process.exitCode(), 3);
        QVERIFY2(second.err.contains("already running"), second.err.constData());
        QCOMPARE(server.requestCount(), 0);

        first.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(first.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(first.exitedCleanly(), first.ending().constData());
    }

    void quittingTheWindowWhileRunningShutsDownCleanly()
    {
        // The desktop app started with --start on the replay market; SIGTERM takes the same path
        // as Quit (the event loop ends, then the documented shutdown sequence runs).
        QTemporaryDir dir;
        Autocoin app(QUrl(QStringLiteral("http://127.0.0.1:9")), dir.path());
        // 3,000 recorded hours: the file is read at start (settings check and replay), which takes
        // seconds under the sanitizers for the whole four years.
        const QString candles = autocoin::test::hourlySubset(dir, 3000);
        app.start({QStringLiteral("--start"), QStringLiteral("--exchange"), QStringLiteral("replay"),
                   QStringLiteral("--replay-data"), candles, QStringLiteral("--replay-speed"), QStringLiteral("50"),
                   QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(app.process.waitForStarted());
        const QString logPath = dir.filePath(QStringLiteral("logs/autocoin.log"));
        const auto log = [&] {
            QFile file(logPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        // Wide margins: seconds normally; the limits only stop a hung app.
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("IDLE -> RUNNING"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("bought") || log().contains("HOLD") || log().contains("SELL"), 60000);
        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), QByteArray(app.ending() + log().right(1500)).constData());
        const QByteArray text = log();
        QVERIFY2(text.contains("RUNNING -> STOPPING (application is closing)"), text.right(800).constData());
        QVERIFY(text.contains("-> IDLE"));
        QVERIFY(text.contains("exited cleanly"));
    }

    void theDesktopAppServesTheControlApiToo()
    {
        QTemporaryDir dir;
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QByteArray token = "made-up-api-token-for-tests-8901";
        Autocoin app(QUrl(QStringLiteral("http://127.0.0.1:9")), dir.path());
        app.setEnv(QStringLiteral("API_TOKEN"), QString::fromLatin1(token));
        const QString candles = autocoin::test::hourlySubset(dir, 500);
        app.start({QStringLiteral("--exchange"), QStringLiteral("replay"), QStringLiteral("--replay-data"), candles,
                   QStringLiteral("--replay-speed"), QStringLiteral("50"), QStringLiteral("--api-port"),
                   QString::number(port), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(app.process.waitForStarted());
        const auto log = [&dir] {
            QFile file(dir.filePath(QStringLiteral("logs/autocoin.log")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("control API on http://127.0.0.1:"), 60000);
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/engine/start").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("RUNNING"));
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(log().contains("IDLE -> RUNNING"), 20000);
        app.process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
        QVERIFY(!log().contains(token));
    }

    void backtestDownloadsThroughTheExchangeLayerAndCaches()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Autocoin app(server.url(), dir.path());
        // A portfolio: every market of the list is downloaded and backtested, not only the first.
        app.start({QStringLiteral("backtest"), QStringLiteral("--exchange"), QStringLiteral("upbit"),
                   QStringLiteral("--markets"), QStringLiteral("KRW-BTC,KRW-ETH"), QStringLiteral("--timeframe"),
                   QStringLiteral("60"), QStringLiteral("--data-dir"), dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 30000);
        QVERIFY2(app.exitedCleanly(), app.ending().constData());
        QVERIFY(app.err.contains("downloading"));
        QVERIFY2(app.err.contains("KRW-ETH"), app.err.constData());
        QVERIFY(app.out.contains("Sharpe"));
        QVERIFY2(app.out.contains("KRW-ETH"), app.out.constData());
        QVERIFY(server.requestCount() > 0);
        // The candles are in the cache now: a second run reads them from the database.
        autocoin::StorageError error;
        auto db = autocoin::Storage::open(autocoin::DatabaseUrl::defaultFor(dir.path()), QStringLiteral("check"),
                                          dir.path(), QTimeZone("Asia/Seoul"), &error);
        QVERIFY(db);
        QVERIFY(autocoin::CandleRepository(*db)
                    .latest(autocoin::Exchange::Upbit, QStringLiteral("KRW-BTC"), QStringLiteral("60"), 1000, &error)
                    .size() >= 200);
        QVERIFY(autocoin::CandleRepository(*db)
                    .latest(autocoin::Exchange::Upbit, QStringLiteral("KRW-ETH"), QStringLiteral("60"), 1000, &error)
                    .size() >= 200);
    }

    void backupAndRestoreCommands()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const auto run = [&](const QStringList &arguments) {
            auto app = std::make_unique<Autocoin>(server.url(), dir.path());
            app->start(arguments + QStringList{QStringLiteral("--data-dir"), dir.path()});
            return app;
        };
        auto backup = run({QStringLiteral("backup"), QStringLiteral("--retention-days"), QStringLiteral("7")});
        QTRY_COMPARE_WITH_TIMEOUT(backup->process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(backup->exitedCleanly(), backup->ending().constData());
        QVERIFY2(backup->out.startsWith("backup written: "), backup->err.constData());
        const QString file = QString::fromLocal8Bit(backup->out.mid(16).trimmed());
        QVERIFY(QFile::exists(file));
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("app-")));

        // While an engine runs on the data directory, a backup is fine and a restore refused.
        auto engine = run({QStringLiteral("--headless")});
        QTRY_VERIFY_WITH_TIMEOUT(engine->err.contains("starting"), 20000);
        auto second = run({QStringLiteral("backup")});
        QTRY_COMPARE_WITH_TIMEOUT(second->process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(second->exitedCleanly(), second->ending().constData());
        auto refused = run({QStringLiteral("restore"), file});
        QTRY_COMPARE_WITH_TIMEOUT(refused->process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(refused->process.exitCode(), 3);
        QVERIFY2(refused->err.contains("stop autocoin first"), refused->err.constData());
        engine->process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(engine->process.state(), QProcess::NotRunning, 20000);

        auto restore = run({QStringLiteral("restore"), file});
        QTRY_COMPARE_WITH_TIMEOUT(restore->process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(restore->exitedCleanly(), restore->ending().constData());
        QVERIFY(restore->out.contains("restored"));
        QVERIFY(restore->out.contains("current database kept as"));

        auto notAFile = run({QStringLiteral("restore"), dir.filePath(QStringLiteral("missing.db"))});
        QTRY_COMPARE_WITH_TIMEOUT(notAFile->process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(notAFile->process.exitCode(), 2);

        // The paper account: reset from the command line, refused while an engine runs.
        auto reset = run({QStringLiteral("reset-paper"), QStringLiteral("--paper-balance"), QStringLiteral("2500000")});
        QTRY_COMPARE_WITH_TIMEOUT(reset->process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(reset->exitedCleanly(), reset->ending().constData());
        QVERIFY2(reset->out.contains("paper account reset: 2500000 KRW"), reset->out.constData());
        auto badBalance = run({QStringLiteral("reset-paper"), QStringLiteral("--paper-balance"), QStringLiteral("x")});
        QTRY_COMPARE_WITH_TIMEOUT(badBalance->process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(badBalance->process.exitCode(), 2);
        QVERIFY2(badBalance->err.contains("--paper-balance"), badBalance->err.constData());
    }

    void aDamagedDatabaseIsRefusedWithTheNewestBackupNamed()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("backups"));
        QFile backup(dir.filePath(QStringLiteral("backups/app-20261120093000.db")));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.close();
        QFile db(dir.filePath(QStringLiteral("autocoin.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write("PK\x03\x04 this is a zip file, not a database");
        db.close();
        Autocoin app(QUrl(QStringLiteral("http://127.0.0.1:1")), dir.path());
        app.start({QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(app.process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(app.process.exitCode(), 3);
        QVERIFY2(app.err.contains("not an SQLite database"), app.err.constData());
        QVERIFY(app.err.contains("app-20261120093000.db"));
        QVERIFY(!app.out.contains("RUNNING"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(db.readAll().startsWith("PK")); // untouched
    }

    void helpVersionAndBadOptions()
    {
        QTemporaryDir dir;
        Autocoin help(QUrl(QStringLiteral("http://127.0.0.1:1")), dir.path());
        help.start({QStringLiteral("--help")});
        QTRY_COMPARE_WITH_TIMEOUT(help.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(help.exitedCleanly(), help.ending().constData());
        QVERIFY(help.out.contains("--headless"));

        Autocoin version(QUrl(QStringLiteral("http://127.0.0.1:1")), dir.path());
        version.start({QStringLiteral("--version")});
        QTRY_COMPARE_WITH_TIMEOUT(version.process.state(), QProcess::NotRunning, 20000);
        QVERIFY2(version.exitedCleanly(), version.ending().constData());
        QVERIFY(version.out.startsWith("autocoin " AUTOCOIN_VERSION));

        Autocoin bad(QUrl(QStringLiteral("http://127.0.0.1:1")), dir.path());
        bad.start({QStringLiteral("--headless"), QStringLiteral("--bogus")});
        QTRY_COMPARE_WITH_TIMEOUT(bad.process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(bad.process.exitCode(), 2);
        QVERIFY(bad.err.contains("bogus"));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
