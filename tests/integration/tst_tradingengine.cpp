#include "FakeExchange.h"
#include "TestCandles.h"
#include "core/EngineController.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;
using autocoin::test::Fault;

namespace {

EngineConfig configFor(const FakeUpbitServer &server, int maxFailures = 3)
{
    EngineConfig config;
    config.baseUrl = server.url();
    config.markets = {QStringLiteral("KRW-BTC")};
    config.interval = std::chrono::milliseconds(20);
    config.requestTimeout = std::chrono::milliseconds(400);
    config.maxConsecutiveFailures = maxFailures;
    config.retryBackoff = {std::chrono::milliseconds(10), std::chrono::milliseconds(20)};
    return config;
}

/// configFor, trading live (confirmed) with the fake's keys and a database in `dir`.
EngineConfig liveConfigFor(const FakeUpbitServer &server, const QTemporaryDir &dir, int maxFailures = 3)
{
    EngineConfig config = configFor(server, maxFailures);
    config.paperMode = false;
    config.liveConfirmed = true;
    config.credentials = {QString::fromLatin1(autocoin::test::FakeExchange::kAccessKey),
                          QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey)};
    config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("live.db"));
    config.dataDir = dir.path();
    return config;
}

/// When the fake server read each ticker request (monotonic ms).
QList<qint64> tickerTimes(const FakeUpbitServer &server)
{
    QList<qint64> times;
    for (const auto &r : server.requests()) {
        if (r.path == u"/v1/ticker")
            times.append(r.receivedMs);
    }
    return times;
}

bool sawTransition(const QSignalSpy &states, EngineState from, EngineState to)
{
    for (const auto &call : states) {
        if (call.at(0).value<EngineState>() == from && call.at(1).value<EngineState>() == to)
            return true;
    }
    return false;
}

} // namespace

class TestTradingEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pricesFlowToTheStatus()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineController engine(configFor(server));
        QSignalSpy ticks(&engine, &EngineController::tickReceived);

        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        QCOMPARE(engine.state(), EngineState::Running);
        QCOMPARE(engine.status().price(QStringLiteral("KRW-BTC"))->toString(), QStringLiteral("63570000"));
        QVERIFY(engine.status().threadAlive);

        server.setTickerPrice(QStringLiteral("KRW-BTC"), "63571000.0");
        QTRY_COMPARE(engine.status().price(QStringLiteral("KRW-BTC"))->toString(), QStringLiteral("63571000"));
        QVERIFY(engine.status().iteration >= 2);
        QCOMPARE(engine.status().failures, 0);
        QVERIFY(ticks.count() >= 2);
        QCOMPARE(ticks.last().at(0).toString(), QStringLiteral("KRW-BTC"));

        // The request is the documented one.
        const auto request = server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v1/ticker"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("markets")), QStringLiteral("KRW-BTC"));
        QVERIFY(!request.headers.contains("origin")); // an Origin header would cost 1 request per 10 s

        // An hourly strategy polled every 20 ms asks for candles only for its warm-up (two pages):
        // no new candle can close before the next hour.
        QTRY_VERIFY(engine.status().iteration >= 8);
        int candleRequests = 0;
        for (const auto &r : server.requests())
            candleRequests += r.path.startsWith(QStringLiteral("/v1/candles/")) ? 1 : 0;
        QCOMPARE(candleRequests, 2);

        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aKeyExpiringInFiveDaysIsSignalledAtStart()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(5 * 86400 + 3600);
        server.exchange().setApiKeyExpiry(expiry);
        EngineConfig config = configFor(server);
        config.credentials = {QString::fromLatin1(autocoin::test::FakeExchange::kAccessKey),
                              QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey)};
        EngineController engine(config);
        QSignalSpy expiring(&engine, &EngineController::apiKeyExpiring);
        engine.start();
        QTRY_COMPARE(expiring.count(), 1);
        QCOMPARE(expiring.first().at(0).value<Exchange>(), Exchange::Upbit);
        QCOMPARE(expiring.first().at(1).toDateTime(), expiry.addMSecs(-expiry.time().msec())); // to the second
        QCOMPARE(expiring.first().at(2).toInt(), 5);
        QCOMPARE(engine.state(), EngineState::Running); // a notice, not a failure
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void failuresDriveToErrorAfterExactlyN_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("HTTP 500") << Fault::httpStatus(500) << "server";
        QTest::newRow("timeout") << Fault::hang() << "timeout";
        QTest::newRow("connection closed") << Fault::close() << "network";
        QTest::newRow("malformed JSON") << Fault::malformed() << "malformed";
        QTest::newRow("HTML error page") << Fault::malformed("<html>502</html>") << "malformed";
        QTest::newRow("HTTP 429") << Fault::httpStatus(429, R"({"error":{"name":"too_many_requests"}})")
                                  << "rate_limited";
    }
    void failuresDriveToErrorAfterExactlyN()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, kind);
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(fault, 100);
        EngineController engine(configFor(server, 3));
        QSignalSpy failures(&engine, &EngineController::failureOccurred);
        QSignalSpy errors(&engine, &EngineController::errorRaised);

        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        QCOMPARE(failures.count(), 3);
        QCOMPARE(failures.last().at(0).toString(), kind);
        QCOMPARE(failures.last().at(2).toInt(), 3);
        QCOMPARE(engine.status().failures, 3);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!engine.status().lastError.isEmpty());
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("3 consecutive failures")));

        // ERROR stops polling: no request after it. (For a dropped connection Qt itself may resend
        // once, so the server can count more requests than the engine counted failures.)
        const int requestsAtError = server.requestCount();
        QVERIFY(requestsAtError >= 3);
        QTest::qWait(150);
        QCOMPARE(server.requestCount(), requestsAtError);
    }

    void aSuccessInBetweenResetsTheCount()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        const Fault ok = Fault::delay(0).on("GET /v1/ticker");
        for (int round = 0; round < 3; ++round) {
            server.injectFault(Fault::httpStatus(503).on("GET /v1/ticker"), 2);
            server.injectFault(ok);
        }
        EngineController engine(configFor(server, 3));
        QSignalSpy failures(&engine, &EngineController::failureOccurred);
        QSignalSpy states(&engine, &EngineController::stateChanged);

        engine.start();
        QTRY_VERIFY(server.requestCount() >= 10);
        QTRY_COMPARE(failures.count(), 6);
        QTRY_COMPARE(engine.status().failures, 0); // the third good ticker has been seen
        QCOMPARE(engine.state(), EngineState::Running);
        QList<int> counts;
        for (const auto &call : failures)
            counts.append(call.at(2).toInt());
        QCOMPARE(counts, QList<int>({1, 2, 1, 2, 1, 2}));
        for (const auto &call : states)
            QVERIFY(call.at(1).value<EngineState>() != EngineState::Error);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aBlipIsRetriedAfterTheBackoffAndNeverReachesError()
    {
        // Two failed polls, then the exchange answers: the retries wait the backoff (not the
        // 20 ms interval), the failures are reported, the count starts again, no ERROR.
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(503).on("GET /v1/ticker"), 2);
        EngineConfig config = configFor(server, 3);
        config.retryBackoff = {std::chrono::milliseconds(150), std::chrono::milliseconds(300)};
        EngineController engine(config);
        QSignalSpy failures(&engine, &EngineController::failureOccurred);
        QSignalSpy states(&engine, &EngineController::stateChanged);

        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().price(QStringLiteral("KRW-BTC")).has_value(), 10000);
        QCOMPARE(failures.count(), 2);
        QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("server"));
        QCOMPARE(failures.at(1).at(2).toInt(), 2);
        QTRY_COMPARE(engine.status().failures, 0);
        QCOMPARE(engine.state(), EngineState::Running);
        QVERIFY(!sawTransition(states, EngineState::Running, EngineState::Error));
        const QList<qint64> times = tickerTimes(server);
        QVERIFY(times.size() >= 3);
        // Each retry is sent only after its backoff has passed since the failed answer (less the
        // 5 % a coarse QTimer may fire early), not after the 20 ms interval.
        QVERIFY2(times[1] - times[0] >= 142, qPrintable(QString::number(times[1] - times[0])));
        QVERIFY2(times[2] - times[1] >= 285, qPrintable(QString::number(times[2] - times[1])));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aNetworkErrorRecoversWhenTheExchangeAnswersAgain()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        // Two failed polls put the engine in ERROR, the first probe fails too, the next one answers.
        server.injectFault(Fault::httpStatus(502).on("GET /v1/ticker"), 3);
        EngineConfig config = configFor(server, 2);
        config.autoRecoverAfter = std::chrono::milliseconds(50);
        EngineController engine(config);
        QSignalSpy states(&engine, &EngineController::stateChanged);
        QSignalSpy errors(&engine, &EngineController::errorRaised);

        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sawTransition(states, EngineState::Idle, EngineState::Running) && states.count() >= 4,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().price(QStringLiteral("KRW-BTC")).has_value(), 10000);
        QCOMPARE(engine.state(), EngineState::Running);
        QCOMPARE(engine.status().failures, 0);
        // IDLE→RUNNING, RUNNING→ERROR, ERROR→IDLE (with the reason the user reads), IDLE→RUNNING.
        QCOMPARE(states.count(), 4);
        QCOMPARE(states.at(1).at(1).value<EngineState>(), EngineState::Error);
        QCOMPARE(states.at(2).at(0).value<EngineState>(), EngineState::Error);
        QCOMPARE(states.at(2).at(1).value<EngineState>(), EngineState::Idle);
        QVERIFY2(states.at(2).at(2).toString().startsWith(QStringLiteral("auto-recovered after the network came back")),
                 qPrintable(states.at(2).at(2).toString()));
        QVERIFY(states.at(2).at(2).toString().contains(QStringLiteral("502")));
        QCOMPARE(states.at(3).at(1).value<EngineState>(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void anAuthenticationErrorNeverRecoversByItself()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(401, R"({"error":{"name":"invalid_access_key","message":"bad key"}})")
                               .on("GET /v1/ticker"),
                           2);
        EngineConfig config = configFor(server, 2);
        config.autoRecoverAfter = std::chrono::milliseconds(20);
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        QVERIFY2(engine.status().lastError.contains(QStringLiteral("authentication")),
                 qPrintable(engine.status().lastError));
        const int tickersAtError = static_cast<int>(tickerTimes(server).size());
        QTest::qWait(300); // the exchange answers again, but keys are not a network outage
        QCOMPARE(engine.state(), EngineState::Error);
        QCOMPARE(tickerTimes(server).size(), tickersAtError); // not even probed
    }

    void theKillSwitchNeverRecoversByItself()
    {
        // A network ERROR that would recover, then the kill switch while in ERROR: it stays.
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(502).on("GET /v1/ticker"), 1000);
        EngineConfig config = configFor(server, 2);
        config.autoRecoverAfter = std::chrono::milliseconds(100);
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        engine.killSwitch();
        server.exchange().clearFaults();
        QTest::qWait(400);
        QCOMPARE(engine.state(), EngineState::Error);

        // And the kill switch while RUNNING, with the exchange answering all along.
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        engine.killSwitch();
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QTest::qWait(400);
        QCOMPARE(engine.state(), EngineState::Error);
        QCOMPARE(engine.status().lastError, QStringLiteral("kill switch"));
    }

    void resetReturnsToIdleAndStartWorksAgain()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(500), 2);
        EngineController engine(configFor(server, 2));
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Error);

        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        QCOMPARE(engine.status().failures, 0);
        QVERIFY(engine.status().lastError.isEmpty());

        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        QCOMPARE(engine.state(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void stopDuringAHangingRequestEndsIdleWithinTheTimeout()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::hang());
        EngineController engine(configFor(server));
        QSignalSpy states(&engine, &EngineController::stateChanged);
        engine.start();
        QTRY_COMPARE(server.requestCount(), 1);

        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Stopping);
        // The 400 ms request timeout ends it; allow generous slack for a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 5000);
        QCOMPARE(states.last().at(0).value<EngineState>(), EngineState::Stopping);
        QCOMPARE(states.last().at(1).value<EngineState>(), EngineState::Idle);
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 1); // nothing polled after the stop
    }

    void stopDuringTheCandleFetchAsksAndDecidesNothingMore()
    {
        // Two markets: Stop while the first market's candles are on their way. The answer completes
        // the stop; the second market's candles are not asked for, nothing is decided or ordered
        // (before, the iteration went on: more requests, then decisions and entries while STOPPING,
        // leaving a position that nothing watches once IDLE).
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineConfig config = configFor(server);
        config.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")};
        config.requestTimeout = std::chrono::seconds(10); // the held answer must come, not time out
        server.injectFault(Fault::delay(1500).on("GET /v1/candles/"));
        EngineController engine(config);
        QSignalSpy decided(&engine, &EngineController::signalGenerated);
        // Requests by path and market (the client pages a long history in several requests).
        const auto asked = [&server](const QString &prefix, const QString &market = {}) {
            const QList<test::FakeRequest> requests = server.requests();
            return std::count_if(requests.cbegin(), requests.cend(), [&](const test::FakeRequest &r) {
                return r.path.startsWith(prefix) &&
                       (market.isEmpty() || r.query.queryItemValue(QStringLiteral("market")) == market);
            });
        };
        engine.start();
        QTRY_VERIFY(asked(QStringLiteral("/v1/candles/")) >= 1); // KRW-BTC's first page, held 1.5 s
        QCOMPARE(asked(QStringLiteral("/v1/candles/"), QStringLiteral("KRW-ETH")), 0);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 5000);
        QTest::qWait(200);
        QCOMPARE(asked(QStringLiteral("/v1/candles/"), QStringLiteral("KRW-ETH")), 0);
        QCOMPARE(asked(QStringLiteral("/v1/orders")), 0);
        QCOMPARE(decided.count(), 0);
    }

    void stopLetsASlowAnswerFinish()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::delay(150));
        EngineController engine(configFor(server));
        engine.start();
        QTRY_COMPARE(server.requestCount(), 1);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 5000);
        QVERIFY(
            engine.status().price(QStringLiteral("KRW-BTC")).has_value()); // the in-flight answer was used, not dropped
        QCOMPARE(engine.status().failures, 0);
    }

    void illegalCommandsAreRefused()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineController engine(configFor(server));
        QSignalSpy refused(&engine, &EngineController::commandRefused);
        engine.stop();
        engine.reset();
        QTRY_COMPARE(refused.count(), 2);
        QCOMPARE(engine.state(), EngineState::Idle);

        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);
        engine.start();
        engine.reset();
        QTRY_COMPARE(refused.count(), 4);
        QCOMPARE(refused.at(2).at(0).toString(), QStringLiteral("Start"));
        QCOMPARE(engine.state(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void shutdownWhileRunningJoinsTheThread()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::hang());
        EngineController engine(configFor(server));
        engine.start();
        QTRY_COMPARE(server.requestCount(), 1);
        engine.shutdown(); // abandons the hanging request instead of waiting for its timeout
        QVERIFY(!engine.threadAlive());
        QCOMPARE(engine.state(), EngineState::Idle);
        engine.start(); // ignored after shutdown, no crash
        engine.shutdown();
    }

    void runsOnBithumbBySettingAlone()
    {
        test::FakeExchange bithumb(test::FakeExchange::Dialect::Bithumb);
        QVERIFY(bithumb.start());
        bithumb.setPrice(QStringLiteral("KRW-BTC"), QStringLiteral("45831000"));
        EngineConfig config;
        config.exchange = Exchange::Bithumb;
        config.baseUrl = bithumb.url();
        config.interval = std::chrono::milliseconds(20);
        EngineController engine(config);
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        QCOMPARE(engine.status().price(QStringLiteral("KRW-BTC"))->toString(), QStringLiteral("45831000"));
        QCOMPARE(engine.status().exchange, Exchange::Bithumb);
        QCOMPARE(bithumb.requests().constFirst().path, QStringLiteral("/v1/ticker"));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void marketSyncAddsDeactivatesAndUpdates()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        EngineConfig config = configFor(server);
        config.interval = std::chrono::milliseconds(200);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.marketSyncInterval = std::chrono::milliseconds(150);
        EngineController engine(config);
        QSignalSpy synced(&engine, &EngineController::marketsSynced);
        engine.start();
        QTRY_VERIFY(synced.count() >= 1);
        QCOMPARE(synced.first().at(0).toStringList(),
                 QStringList({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")}));

        server.exchange().delist(QStringLiteral("KRW-ETH"));
        server.exchange().setWarning(QStringLiteral("KRW-BTC"), true);
        QTRY_VERIFY([&] {
            for (const auto &call : synced) {
                if (call.at(1).toStringList() == QStringList{QStringLiteral("KRW-ETH")} &&
                    call.at(2).toStringList() == QStringList{QStringLiteral("KRW-BTC")})
                    return true;
            }
            return false;
        }());
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        engine.shutdown();

        StorageError error;
        auto db = Database::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("check"), QString(), &error);
        const auto markets = MarketRepository(*db).all(Exchange::Upbit, &error);
        QCOMPARE(markets.size(), 3); // never deleted
        QCOMPARE(markets.at(1).symbol, QStringLiteral("KRW-ETH"));
        QVERIFY(!markets.at(1).active);
        QCOMPARE(markets.at(0).warningLevel, QStringLiteral("CAUTION"));
        QVERIFY(!newestBackup(dir.filePath(QStringLiteral("backups"))).isEmpty()); // the daily backup
    }

    void anEndpointThatAlwaysFailsIsNotHiddenByGoodTickers()
    {
        // Every ticker answers, every candle request fails: the engine must not run on silently
        // without deciding anything.
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(500).on("GET /v1/candles/"), 1000);
        EngineController engine(configFor(server, 3));
        QSignalSpy ticks(&engine, &EngineController::tickReceived);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 20000);
        QVERIFY(ticks.count() >= 3); // the tickers were good all along
        QCOMPARE(engine.status().failures, 3);
        QVERIFY2(engine.status().lastError.contains(QStringLiteral("3 consecutive failures (candles)")),
                 qPrintable(engine.status().lastError));
    }

    void aSyncFailureCountsLikeAnyOther()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        EngineConfig config = configFor(server, 2);
        config.interval = std::chrono::hours(1); // one poll only: the next failures come from syncs
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.marketSyncInterval = std::chrono::milliseconds(100);
        EngineController engine(config);
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        server.injectFault(Fault::httpStatus(503), 10);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        QVERIFY(engine.status().lastError.contains(QStringLiteral("503")));
    }

    void unusableDatabaseIsAFatalError()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QFile notADb(dir.filePath(QStringLiteral("autocoin.db")));
        QVERIFY(notADb.open(QIODevice::WriteOnly));
        notADb.write("hello");
        notADb.close();
        EngineConfig config = configFor(server);
        config.databaseUrl = QStringLiteral("sqlite:///") + notADb.fileName();
        config.dataDir = dir.path();
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QVERIFY(engine.status().lastError.startsWith(QStringLiteral("database:")));
        QCOMPARE(server.requestCount(), 0);
    }

    void killSwitchMovesToErrorAndResetClearsIt()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineController engine(configFor(server));
        QSignalSpy errors(&engine, &EngineController::errorRaised);
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        engine.killSwitch();
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("kill switch"));
        QCOMPARE(engine.status().lastError, QStringLiteral("kill switch"));
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aKillSwitchPulledWhileIdleBlocksStartUntilReset()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineController engine(configFor(server));
        QSignalSpy states(&engine, &EngineController::stateChanged);
        QSignalSpy refused(&engine, &EngineController::commandRefused);
        QSignalSpy switches(&engine, &EngineController::killSwitchChanged);
        QTRY_VERIFY(engine.status().threadAlive);
        engine.killSwitch();
        QTRY_VERIFY(engine.status().killed);
        QCOMPARE(switches.size(), 1);
        QCOMPARE(switches.first(), (QVariantList{true, false})); // engaged, no state change
        engine.killSwitch();                                     // pulled again: nothing changes
        engine.start();                                          // refused: the switch is left by Reset only
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).toString(),
                 QStringLiteral("Start is not allowed while the kill switch is on: Reset first"));
        QCOMPARE(engine.state(), EngineState::Idle);
        QCOMPARE(server.requestCount(), 0);
        engine.reset(); // IDLE → IDLE is no transition: the switch alone is released
        QTRY_VERIFY(!engine.status().killed);
        QCOMPARE(switches.size(), 2);
        QCOMPARE(switches.last(), (QVariantList{false, false}));
        QCOMPARE(states.size(), 0);
        QCOMPARE(refused.size(), 1);
        engine.start();
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        QCOMPARE(engine.state(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void theKillSwitchLooksUpABuyWithoutAnAnswerAndSellsIt()
    {
        // A live market buy is accepted but its answer never comes: the order is unresolved (and
        // filled, on the exchange) when the operator pulls the kill switch. The kill switch looks
        // it up before selling what is held, so the coins it bought are sold too (before, only the
        // markets already held were sold and the bought coins stayed).
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QList<Candle> candles = test::buyOnTheLastCandle(50000000, 0.008);
        server.exchange().setCandles(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), candles);
        server.exchange().setPrice(QStringLiteral("KRW-BTC"), candles.constLast().close.toString());
        EngineConfig config = liveConfigFor(server, dir, 100);
        config.interval = std::chrono::seconds(60);      // one decision: no later poll looks the order up
        config.requestTimeout = std::chrono::seconds(2); // the kill switch's lookup and sale, on a busy machine
        config.strategyOverrides = {{QStringLiteral("ema-fast"), QStringLiteral("2")},
                                    {QStringLiteral("ema-slow"), QStringLiteral("3")},
                                    {QStringLiteral("rsi-overbought"), QStringLiteral("100")},
                                    {QStringLiteral("rsi-floor"), QStringLiteral("0")},
                                    {QStringLiteral("volume-multiple"), QStringLiteral("0")}};
        server.injectFault(Fault::acceptAndHang().on("POST /v1/orders"));
        server.injectFault(Fault::httpStatus(500).on("GET /v1/order"), 100); // and the lookups fail
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.exchange().ordersCreated(), 1, 20000);
        // The answer times out (400 ms) and the lookups fail: the order is unresolved, nothing is
        // held in the books.
        QTRY_VERIFY_WITH_TIMEOUT(!engine.status().lastError.isEmpty(), 10000);
        server.exchange().clearFaults(); // the exchange answers again
        QVERIFY(server.exchange().balance(QStringLiteral("BTC")).isPositive());
        QVERIFY(!engine.status().find(QStringLiteral("KRW-BTC"))->held);
        engine.killSwitch();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.exchange().balance(QStringLiteral("BTC")), Decimal(), 10000);
        QCOMPARE(server.exchange().ordersCreated(), 2); // the buy, then the kill switch's sell
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void liveTradingNeedsExplicitConfirmation()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineConfig config = configFor(server);
        config.paperMode = false;
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QVERIFY2(engine.status().lastError.contains(u"--i-understand-live-trading"),
                 qPrintable(engine.status().lastError));
        QCOMPARE(server.requestCount(), 0); // nothing was asked of the exchange
    }

    void confirmedLiveTradingReconcilesThenRuns()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        EngineConfig config = liveConfigFor(server, dir);
        EngineController engine(config);
        QSignalSpy ticks(&engine, &EngineController::tickReceived);
        engine.start();
        QTRY_VERIFY(ticks.size() >= 3);
        QCOMPARE(engine.state(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aFailedReconciliationIsRetried()
    {
        // The reconciliation at start and the next one fail: the one after must still come (it
        // was dropped once an iteration's reconciliation had failed — found by the soak).
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(500).on("GET /v1/orders/open"), 2);
        QTemporaryDir dir;
        EngineConfig config = liveConfigFor(server, dir, 5);
        const auto reconciliations = [&server] {
            int n = 0;
            for (const auto &r : server.requests())
                n += r.path == u"/v1/orders/open" ? 1 : 0;
            return n;
        };
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(reconciliations(), 3, 10000);
        QCOMPARE(engine.state(), EngineState::Running);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void candleCacheSpareARestartTheFullHistory()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        EngineConfig config = configFor(server);
        config.interval = std::chrono::hours(1);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        const auto candleCounts = [&server] {
            QList<int> counts;
            for (const auto &r : server.requests()) {
                if (r.path.startsWith(QStringLiteral("/v1/candles/")))
                    counts.append(r.query.queryItemValue(QStringLiteral("count")).toInt());
            }
            return counts;
        };
        {
            EngineController first(config);
            QSignalSpy signalSpy(&first, &EngineController::signalGenerated);
            first.start();
            QTRY_COMPARE(signalSpy.count(), 1);
        }
        const QList<int> firstRun = candleCounts();
        QCOMPARE(firstRun.size(), 2); // 201 candles in pages of 200 + 1
        {
            EngineController second(config);
            QSignalSpy signalSpy(&second, &EngineController::signalGenerated);
            second.start();
            QTRY_COMPARE(signalSpy.count(), 1);
        }
        const QList<int> all = candleCounts();
        QCOMPARE(all.size(), 3);
        QVERIFY2(all.last() <= 3, qPrintable(QString::number(all.last()))); // only what the cache lacks
    }

    void unreachableExchangeCountsAsFailures()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineConfig config = configFor(server, 2);
        config.baseUrl.setPort(1); // nothing listens there
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        QVERIFY(engine.status().lastError.contains(QStringLiteral("network")));
    }
};

QTEST_GUILESS_MAIN(TestTradingEngine)
#include "tst_tradingengine.moc"
