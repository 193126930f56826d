#include "FakeExchange.h"
#include "TestData.h"
#include "core/EngineController.h"
#include "logging/Logger.h"
#include "remote/ApiAuth.h"
#include "remote/ApiRequestParser.h"
#include "remote/ControlApiServer.h"
#include "replay/CandleFile.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;
using autocoin::test::Fault;

namespace {

const QByteArray kToken = "made-up-api-token-for-tests-0123";

EngineConfig configFor(const FakeUpbitServer &server, int maxFailures = 3)
{
    EngineConfig config;
    config.baseUrl = server.url();
    config.markets = {QStringLiteral("KRW-BTC")};
    config.interval = std::chrono::milliseconds(20);
    config.requestTimeout = std::chrono::milliseconds(400);
    config.maxConsecutiveFailures = maxFailures;
    config.retryBackoff = {std::chrono::milliseconds(10)}; // the 5 s of the default would slow the test
    return config;
}

ControlApiServer::Options options()
{
    ControlApiServer::Options o;
    o.token = kToken;
    o.requestTimeout = std::chrono::milliseconds(400);
    o.maxConnections = 4;
    return o;
}

/// One answer as the client saw it.
struct Answer
{
    int status = 0; ///< 0: the connection closed without an answer
    QByteArray head;
    QJsonObject json;
    QByteArray raw;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/// Sends `bytes` as they are over a fresh connection and reads until the server closes it. The
/// server runs in this thread: the wait spins the event loop.
Answer exchangeRaw(quint16 port, const QByteArray &bytes, int waitMs = 5000)
{
    QTcpSocket socket;
    QByteArray got;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { got += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(bytes); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, waitMs))
        socket.abort(); // the answer (if any) is what arrived
    got += socket.readAll();
    Answer answer;
    answer.raw = got;
    const qsizetype end = got.indexOf("\r\n\r\n");
    if (!got.startsWith("HTTP/1.1 ") || end < 0)
        return answer;
    answer.status = got.mid(9, 3).toInt();
    answer.head = got.left(end);
    answer.json = QJsonDocument::fromJson(got.mid(end + 4)).object();
    return answer;
}

Answer call(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &token = kToken)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isNull())
        request += "Authorization: Bearer " + token + "\r\n";
    if (method == "POST")
        request += "Content-Length: 0\r\n";
    return exchangeRaw(port, request + "\r\n");
}

/// `count` hourly candles of the recorded KRW-BTC history as a UTC candle file.
bool writeHourly(const QString &path, int count)
{
    const auto file =
        CandleFile::load(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
    if (!file.ok())
        return false;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write("candle_date_time_utc,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
    for (const Candle &c : file.value().series.candles.mid(0, count))
        out.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                      .arg(c.openTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), c.open.toString(),
                           c.high.toString(), c.low.toString(), c.close.toString(), c.volume.toString())
                      .toLatin1());
    return true;
}

} // namespace

class TestControlApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOrWrongTokenIs401WithoutData()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY2(api.listen(&error), qPrintable(error));
        QCOMPARE(api.address(), QHostAddress(QHostAddress::LocalHost)); // loopback unless told

        const Answer none = call(api.port(), "GET", "/api/engine/status", QByteArray());
        QCOMPARE(none.status, 401);
        QVERIFY(!none.json.contains(QStringLiteral("state")));
        QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer realm=\"autocoin\""));
        const Answer wrong = call(api.port(), "GET", "/api/engine/status", "made-up-api-token-for-tests-0124");
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.json.contains(QStringLiteral("state")));
        // Not Bearer, or the token as a Basic credential: refused the same way.
        QCOMPARE(exchangeRaw(api.port(), "GET /api/engine/status HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " +
                                             kToken + "\r\n\r\n")
                     .status,
                 401);
        // Even an unknown path says nothing without the token.
        QCOMPARE(call(api.port(), "GET", "/api/secret", QByteArray()).status, 401);
        // The right one, in any case of "Bearer".
        QCOMPARE(exchangeRaw(api.port(), "GET /api/engine/status HTTP/1.1\r\nHost: x\r\nAuthorization: bearer " +
                                             kToken + "\r\n\r\n")
                     .status,
                 200);
        // No token at all: the server refuses to listen.
        ControlApiServer::Options open = options();
        open.token.clear();
        ControlApiServer tokenless(&engine, nullptr, open);
        QVERIFY(!tokenless.listen(&error));
        QVERIFY(error.contains(QStringLiteral("API_TOKEN")));
    }

    void elevenFailedAttemptsInAMinuteAre429()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(call(api.port(), "GET", "/api/engine/status", "wrong-token-" + QByteArray::number(i)).status, 401);
        const Answer eleventh = call(api.port(), "GET", "/api/engine/status", "wrong-token-10");
        QCOMPARE(eleventh.status, 429);
        QVERIFY(eleventh.header("Retry-After").toInt() >= 1);
        // Locked out, the right token too: guessing on does not pay.
        const Answer right = call(api.port(), "GET", "/api/engine/status");
        QCOMPARE(right.status, 429);
        QVERIFY(!right.json.contains(QStringLiteral("state")));
    }

    void theFailureWindowIsOneMinute()
    {
        ApiAuth auth("made-up-token-0123456789", 10);
        const QDateTime t0(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        const QString address = QStringLiteral("127.0.0.1");
        for (int i = 0; i < 10; ++i)
            QCOMPARE(auth.check(address, "Bearer nope", t0.addSecs(i)), ApiAuth::Verdict::Unauthorized);
        QCOMPARE(auth.check(address, "Bearer made-up-token-0123456789", t0.addSecs(30)), ApiAuth::Verdict::TooMany);
        QCOMPARE(auth.retryAfterSeconds(address, t0.addSecs(30)), 30);
        // Another address is not affected.
        QCOMPARE(auth.check(QStringLiteral("::1"), "Bearer made-up-token-0123456789", t0.addSecs(30)),
                 ApiAuth::Verdict::Allowed);
        // A minute after the first failure, one attempt is free again.
        QCOMPARE(auth.check(address, "Bearer made-up-token-0123456789", t0.addSecs(60)), ApiAuth::Verdict::Allowed);
        QVERIFY(ApiAuth::constantTimeEquals("abc", "abc"));
        QVERIFY(!ApiAuth::constantTimeEquals("abc", "abd"));
        QVERIFY(!ApiAuth::constantTimeEquals("abc", "abcd"));
    }

    void statusHasTheSeedsFields()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());

        const Answer answer = call(api.port(), "GET", "/api/engine/status");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject s = answer.json;
        // The seed's dashboard: Status, Paper Mode, Thread Alive, Market, Last Price, Signal,
        // Iteration, Failures / Max Failures, Last Error.
        for (const char *field : {"state", "paper_mode", "thread_alive", "market", "markets", "last_price",
                                  "last_prices", "last_signal", "iteration", "failures", "max_failures", "last_error"})
            QVERIFY2(s.contains(QLatin1StringView(field)), field);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(s.value(QStringLiteral("paper_mode")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("thread_alive")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("market")).toString(), QStringLiteral("KRW-BTC"));
        QCOMPARE(s.value(QStringLiteral("markets")).toArray(), QJsonArray{QStringLiteral("KRW-BTC")});
        QCOMPARE(s.value(QStringLiteral("last_price")).toString(), QStringLiteral("63570000")); // exact, a string
        QCOMPARE(s.value(QStringLiteral("last_prices")).toObject().value(QStringLiteral("KRW-BTC")).toString(),
                 QStringLiteral("63570000"));
        QVERIFY(s.value(QStringLiteral("iteration")).toInteger() >= 1);
        QCOMPARE(s.value(QStringLiteral("failures")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("max_failures")).toInt(), 3);
        QVERIFY(s.value(QStringLiteral("last_error")).isNull());
        QCOMPARE(s.value(QStringLiteral("killed")), QJsonValue(false)); // a boolean, always there

        // The kill switch pulled while RUNNING: ERROR, and the status says it was the switch.
        engine.killSwitch();
        QTRY_VERIFY(engine.status().killed);
        const QJsonObject killed = call(api.port(), "GET", "/api/engine/status").json;
        QCOMPARE(killed.value(QStringLiteral("state")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(killed.value(QStringLiteral("killed")), QJsonValue(true));
        QCOMPARE(killed.value(QStringLiteral("last_error")).toString(), QStringLiteral("kill switch"));
        QCOMPARE(call(api.port(), "POST", "/api/engine/reset").status, 200);
        QCOMPARE(call(api.port(), "GET", "/api/engine/status").json.value(QStringLiteral("killed")), QJsonValue(false));
    }

    void aKillSwitchPulledWhileIdleIsLeftByReset()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        QTRY_VERIFY(engine.status().threadAlive);

        engine.killSwitch(); // IDLE: no state change
        QTRY_VERIFY(engine.status().killed);
        QJsonObject s = call(api.port(), "GET", "/api/engine/status").json;
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(s.value(QStringLiteral("killed")), QJsonValue(true));

        // Start is refused until Reset, with the engine's reason.
        Answer answer = call(api.port(), "POST", "/api/engine/start");
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Start is not allowed while the kill switch is on: Reset first"));
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));

        // Reset releases it: 200, still IDLE.
        answer = call(api.port(), "POST", "/api/engine/reset");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(answer.json.value(QStringLiteral("previous")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(answer.json.value(QStringLiteral("killed")), QJsonValue(false));
        QVERIFY(!engine.status().killed);
        // A second Reset has nothing to release: 409 as before.
        QCOMPARE(call(api.port(), "POST", "/api/engine/reset").status, 409);

        answer = call(api.port(), "POST", "/api/engine/start");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void startStopResetAndTheirRefusals()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange, 2));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        QTRY_VERIFY(engine.status().threadAlive);

        // Reset while IDLE: refused, with the engine's reason.
        Answer answer = call(api.port(), "POST", "/api/engine/reset");
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Reset is not allowed while the engine is IDLE"));
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(call(api.port(), "POST", "/api/engine/stop").status, 409);

        answer = call(api.port(), "POST", "/api/engine/start");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(answer.json.value(QStringLiteral("previous")).toString(), QStringLiteral("IDLE"));
        answer = call(api.port(), "POST", "/api/engine/start");
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Start is not allowed while the engine is RUNNING"));

        answer = call(api.port(), "POST", "/api/engine/stop");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("STOPPING"));
        QTRY_COMPARE(engine.state(), EngineState::Idle);

        // Into ERROR by failures, out of it by the API's reset.
        exchange.injectFault(Fault::httpStatus(500), 2);
        QCOMPARE(call(api.port(), "POST", "/api/engine/start").status, 200);
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QCOMPARE(call(api.port(), "GET", "/api/engine/status").json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("ERROR"));
        answer = call(api.port(), "POST", "/api/engine/reset");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(engine.state(), EngineState::Idle);

        // The wrong method, an unknown path.
        answer = call(api.port(), "GET", "/api/engine/start");
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.header("Allow"), QByteArray("POST"));
        QCOMPARE(call(api.port(), "POST", "/api/engine/status").status, 405);
        QCOMPARE(call(api.port(), "GET", "/api/nothing").status, 404);
        QCOMPARE(call(api.port(), "GET", "/").status, 404);
    }

    void logsRecentHonoursLimit()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        for (int i = 1; i <= 5; ++i)
            Logger::info(QStringLiteral("test"), QStringLiteral("line %1").arg(i));
        // The token is never shown, even if something logged it.
        Logger::info(QStringLiteral("test"), QStringLiteral("token ") + QString::fromLatin1(kToken));

        const Answer answer = call(api.port(), "GET", "/api/logs/recent?limit=3");
        QCOMPARE(answer.status, 200);
        const QJsonArray logs = answer.json.value(QStringLiteral("logs")).toArray();
        QCOMPARE(logs.size(), 3);
        QCOMPARE(logs.at(0).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("line 4"));
        QCOMPARE(logs.at(1).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("line 5"));
        QCOMPARE(logs.at(2).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("token ***"));
        QCOMPARE(logs.at(2).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("INFO"));
        QCOMPARE(logs.at(2).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("test"));
        QVERIFY(!answer.raw.contains(kToken));
        QVERIFY(call(api.port(), "GET", "/api/logs/recent").json.value(QStringLiteral("logs")).toArray().size() > 3);
        QCOMPARE(call(api.port(), "GET", "/api/logs/recent?limit=0").status, 400);
        QCOMPARE(call(api.port(), "GET", "/api/logs/recent?limit=abc").status, 400);
        QCOMPARE(call(api.port(), "GET", "/api/logs/recent?limit=100000").status, 400);
    }

    void positionsAndDailyPnlAfterAReplay()
    {
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySources = {{QString(), dir.filePath(QStringLiteral("hourly.csv"))}};
        QVERIFY(writeHourly(config.replaySources.constFirst().path, 1200));
        config.interval = std::chrono::milliseconds(0);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.marketSyncInterval = std::chrono::hours(1);
        StorageError storageError;
        // The main thread's own connection, opened and migrated before the engine starts, as the
        // app's session does (opened after, it raced the engine thread creating the file).
        const auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("api-test"), dir.path(),
                                      QTimeZone::utc(), &storageError);
        QVERIFY2(db, qPrintable(storageError.describe()));
        EngineController engine(config);
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        ControlApiServer api(&engine, db.get(), options());
        QString error;
        QVERIFY(api.listen(&error));

        // Before any run: no positions, no days, and an answer all the same.
        Answer answer = call(api.port(), "GET", "/api/positions");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("positions")).toArray().size(), 0);

        QCOMPARE(call(api.port(), "POST", "/api/engine/start").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 120000); // the data ran out
        QVERIFY(equity.count() > 0);
        const EquityPoint last = equity.last().first().value<EquityPoint>();

        answer = call(api.port(), "GET", "/api/positions");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("source")).toString(), QStringLiteral("engine"));
        const QJsonArray positions = answer.json.value(QStringLiteral("positions")).toArray();
        QCOMPARE(last.positions.size(), 1); // 1,200 hours end with a position open
        QCOMPARE(positions.size(), last.positions.size());
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const QJsonObject p = positions.at(i).toObject();
            QCOMPARE(p.value(QStringLiteral("market")).toString(), last.positions.at(i).market);
            QCOMPARE(p.value(QStringLiteral("quantity")).toString(), last.positions.at(i).quantity.toString());
            QCOMPARE(p.value(QStringLiteral("average_price")).toString(), last.positions.at(i).averagePrice.toString());
            QCOMPARE(p.value(QStringLiteral("value")).toString(), last.positions.at(i).value.toString());
            QCOMPARE(p.value(QStringLiteral("unrealized_pnl")).toString(),
                     last.positions.at(i).unrealizedPnl.toString());
            QVERIFY(!p.value(QStringLiteral("stop_price")).toString().isEmpty()); // the protective stop
        }

        // The daily PnL is read off the main thread (the API's own reader): no statement here.
        Database::forbidThread(QThread::currentThread(), false);
        answer = call(api.port(), "GET", "/api/pnl/daily?days=5");
        QCOMPARE(Database::forbiddenQueries(), 0);
        Database::forbidThread(nullptr, false);
        QCOMPARE(answer.status, 200);
        const QList<PnlDay> days = PnlRepository(*db).range(QDate(1970, 1, 1), QDate(9999, 12, 31), &storageError);
        QVERIFY(days.size() > 30); // 1,200 hours: fifty days
        const QJsonArray rows = answer.json.value(QStringLiteral("days")).toArray();
        QCOMPARE(rows.size(), 5);
        const QJsonObject newest = rows.last().toObject();
        QCOMPARE(newest.value(QStringLiteral("date")).toString(), days.last().date.toString(Qt::ISODate));
        QCOMPARE(newest.value(QStringLiteral("total_equity")).toString(), days.last().totalEquity.toString());
        QCOMPARE(newest.value(QStringLiteral("total_equity")).toString(), last.total.toString());
        QCOMPARE(newest.value(QStringLiteral("realized_pnl")).toString(), days.last().realizedPnl.toString());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("date")).toString(),
                 days.at(days.size() - 5).date.toString(Qt::ISODate));
        QCOMPARE(call(api.port(), "GET", "/api/pnl/daily").json.value(QStringLiteral("days")).toArray().size(), 30);
        QCOMPARE(call(api.port(), "GET", "/api/pnl/daily?days=-1").status, 400);

        // After a restart, before the engine has run: the open position as stored.
        engine.shutdown();
        EngineController again(config);
        ControlApiServer restarted(&again, db.get(), options());
        QVERIFY(restarted.listen(&error));
        Database::forbidThread(QThread::currentThread(), false);
        answer = call(restarted.port(), "GET", "/api/positions");
        QCOMPARE(Database::forbiddenQueries(), 0);
        Database::forbidThread(nullptr, false);
        QCOMPARE(answer.json.value(QStringLiteral("source")).toString(), QStringLiteral("database"));
        const QJsonArray stored = answer.json.value(QStringLiteral("positions")).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(QStringLiteral("quantity")).toString(),
                 last.positions.first().quantity.toString());
        QVERIFY(stored.first().toObject().value(QStringLiteral("value")).isNull()); // no price yet
    }

    void hostileInputIsRefusedAndTheServerKeepsServing()
    {
        FakeUpbitServer exchange;
        QVERIFY(exchange.start());
        EngineController engine(configFor(exchange));
        ControlApiServer api(&engine, nullptr, options());
        QString error;
        QVERIFY(api.listen(&error));
        const quint16 port = api.port();
        const QByteArray auth = "Authorization: Bearer " + kToken + "\r\n";

        QCOMPARE(exchangeRaw(port, QByteArray("\x00\x01\x02garbage\r\n\r\n", 14)).status, 400);
        QCOMPARE(exchangeRaw(port, "GET /api/engine/status\r\n\r\n").status, 400);                      // no version
        QCOMPARE(exchangeRaw(port, "GET /api/engine/status HTTP/2.0\r\nHost: x\r\n\r\n").status, 505);  // not 1.x
        QCOMPARE(exchangeRaw(port, "GET http://evil/ HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);        // not a path
        QCOMPARE(exchangeRaw(port, "GET /api/engine/status HTTP/1.1\n" + auth + "\n").status, 400);     // bare LF
        QCOMPARE(exchangeRaw(port, "GET /api/engine/status HTTP/1.1\r\n" + auth + "\r\n").status, 400); // no Host
        QCOMPARE(exchangeRaw(port, "POST /api/engine/start HTTP/1.1\r\nHost: x\r\n" + auth +
                                       "Content-Length: 1\r\nContent-Length: 2\r\n\r\nxx")
                     .status,
                 400);
        QCOMPARE(exchangeRaw(port, "POST /api/engine/start HTTP/1.1\r\nHost: x\r\n" + auth +
                                       "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                     .status,
                 501);
        // A body too large is refused before it is read.
        QCOMPARE(exchangeRaw(port, "POST /api/engine/start HTTP/1.1\r\nHost: x\r\n" + auth +
                                       "Content-Length: 1000000000\r\n\r\n")
                     .status,
                 413);
        // A header that never ends: refused once past the limit, not buffered on.
        const Answer huge =
            exchangeRaw(port, "GET /api/engine/status HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(64 * 1024, 'a'));
        QCOMPARE(huge.status, 431);
        // A slow client (half a request, then nothing) is answered 408 and cut off.
        const Answer slow = exchangeRaw(port, "GET /api/engine/status HTTP/1.1\r\nHost: x\r\n");
        QCOMPARE(slow.status, 408);
        // Past the connection cap, a new client is turned away at once; the idle ones time out.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 4; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        QTRY_COMPARE(api.connectionCount(), 4);
        QCOMPARE(call(port, "GET", "/api/engine/status").status, 503);
        QTRY_COMPARE(api.connectionCount(), 0);
        idle.clear();

        // Still serving.
        QCOMPARE(call(port, "GET", "/api/engine/status").status, 200);
        // A standard client is served too.
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/engine/status").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("IDLE"));
        reply->deleteLater();
    }

    void parserLimits()
    {
        ApiRequestParser parser;
        QCOMPARE(parser.feed("GET /api/logs/recent?limit=2 HTTP/1.1\r\nHo"), ApiRequestParser::State::Incomplete);
        QCOMPARE(parser.feed("st: x\r\nX-A: 1\r\n\r\n"), ApiRequestParser::State::Complete);
        QCOMPARE(parser.request().path, QStringLiteral("/api/logs/recent"));
        QCOMPARE(parser.request().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(parser.request().headers.value("x-a"), QByteArray("1"));

        ApiRequestParser body;
        QCOMPARE(body.feed("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab"),
                 ApiRequestParser::State::Incomplete);
        QCOMPARE(body.feed("cdEXTRA"), ApiRequestParser::State::Complete);
        QCOMPARE(body.request().body, QByteArray("abcd"));

        ApiRequestParser many;
        QByteArray headers = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 60; ++i)
            headers += "X-" + QByteArray::number(i) + ": y\r\n";
        QCOMPARE(many.feed(headers + "\r\n"), ApiRequestParser::State::Failed);
        QCOMPARE(many.errorStatus(), 431);

        ApiRequestParser folded;
        QCOMPARE(folded.feed("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n"), ApiRequestParser::State::Failed);
        QCOMPARE(folded.errorStatus(), 400);
        ApiRequestParser negative;
        QCOMPARE(negative.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
                 ApiRequestParser::State::Failed);
        QCOMPARE(negative.errorStatus(), 400);
    }
};

QTEST_GUILESS_MAIN(TestControlApi)
#include "tst_controlapi.moc"
