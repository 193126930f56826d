// The engine on the exchange's stream: the fake exchange's REST API and its WebSocket server side
// by side on loopback. Prices and ticks follow the stream with no ticker polling; a dropped or
// silent stream falls back to REST and comes back; a trade through a stop exits at once.
#include "FakeExchange.h"
#include "FakeWebSocketServer.h"
#include "TestCandles.h"
#include "core/EngineController.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;
using autocoin::test::FakeWebSocketServer;

namespace {

const QString kBtc = QStringLiteral("KRW-BTC");

/// KRW-BTC as the engine's status shows it (an empty one before the engine has it).
MarketStatus btc(const EngineController &engine)
{
    const EngineStatus status = engine.status();
    const MarketStatus *m = status.find(kBtc);
    return m ? *m : MarketStatus();
}

EngineConfig streamed(const FakeUpbitServer &rest, const FakeWebSocketServer &ws, const QTemporaryDir &dir)
{
    EngineConfig config;
    config.baseUrl = rest.url();
    config.markets = {kBtc};
    config.interval = std::chrono::milliseconds(50);
    config.requestTimeout = std::chrono::seconds(2);
    config.marketData = FeedSource::WebSocket;
    config.websocketUrl = ws.baseUrl();
    config.staleAfter = std::chrono::seconds(1);
    config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
    config.dataDir = dir.path();
    return config;
}

/// KRW-BTC's hourly candles on the REST fake ending in a BUY (ema 2/3, RSI bounds and the volume
/// rule off), its price at the last close; the configuration that trades it on the stream with
/// a poll a minute away, so only the stream can wake the engine. Returns the last close.
QString buyOnStart(FakeUpbitServer &rest, EngineConfig &config)
{
    const QList<Candle> candles = autocoin::test::buyOnTheLastCandle(50000000, 0.008);
    rest.exchange().setCandles(kBtc, Timeframe::minutes(60), candles);
    QString last = candles.constLast().close.toString();
    rest.exchange().setPrice(kBtc, last);
    config.interval = std::chrono::seconds(60);
    config.strategyOverrides = {{QStringLiteral("ema-fast"), QStringLiteral("2")},
                                {QStringLiteral("ema-slow"), QStringLiteral("3")},
                                {QStringLiteral("rsi-overbought"), QStringLiteral("100")},
                                {QStringLiteral("rsi-floor"), QStringLiteral("0")},
                                {QStringLiteral("volume-multiple"), QStringLiteral("0")}};
    return last;
}

int tickerRequests(const FakeUpbitServer &rest)
{
    int n = 0;
    for (const auto &r : rest.requests())
        n += r.path == u"/v1/ticker" ? 1 : 0;
    return n;
}

/// The feed's (source, state) pairs as the engine reported them, in order.
QList<std::pair<FeedSource, FeedState>> feedChanges(const QSignalSpy &spy)
{
    QList<std::pair<FeedSource, FeedState>> out;
    for (const auto &call : spy)
        out.append({call.at(0).value<FeedSource>(), call.at(1).value<FeedState>()});
    return out;
}

bool everInError(const QSignalSpy &states)
{
    for (const auto &call : states) {
        if (call.at(1).value<EngineState>() == EngineState::Error)
            return true;
    }
    return false;
}

/// Publishes a KRW-BTC trade every `everyMs` at `price()`, as the exchange streams them.
class Trades final
{
public:
    Trades(FakeWebSocketServer &ws, std::function<QString()> price, int everyMs = 20)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [&ws, price = std::move(price)] {
            ws.publishTrade(kBtc, price(), QStringLiteral("0.001"), OrderSide::Buy, QDateTime::currentDateTimeUtc());
        });
        m_timer.start(everyMs);
    }

private:
    QTimer m_timer;
};

} // namespace

class TestFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FeedSource>("autocoin::FeedSource");
        qRegisterMetaType<FeedState>("autocoin::FeedState");
    }

    void ticksFollowTheStreamWithoutTickerPolling()
    {
        QTemporaryDir dir;
        FakeUpbitServer rest;
        QVERIFY(rest.start());
        FakeWebSocketServer ws(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        int step = 0;
        Trades trades(ws, [&step] { return QString::number(63570000 + 1000 * (++step % 50)); });
        EngineController engine(streamed(rest, ws, dir));
        QSignalSpy ticks(&engine, &EngineController::tickReceived);
        QSignalSpy feed(&engine, &EngineController::feedChanged);
        QSignalSpy states(&engine, &EngineController::stateChanged);

        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(std::pair(FeedSource::WebSocket, FeedState::Connected)),
                                 15000);
        QCOMPARE(engine.status().feedSource, FeedSource::WebSocket);
        // Once the stream has priced the market, no more ticker requests however often it polls.
        QTRY_VERIFY(engine.status().iteration >= 3);
        const int polled = tickerRequests(rest);
        const qint64 iteration = engine.status().iteration;
        const qsizetype ticksBefore = ticks.count();
        QElapsedTimer window;
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().iteration >= iteration + 20 && ticks.count() >= ticksBefore + 8,
                                 20000);
        QCOMPARE(tickerRequests(rest), polled);
        // Coalesced: 50 trades a second, at most 4 ticks a second (and one at the window's edge).
        const qsizetype streamed = ticks.count() - ticksBefore;
        QVERIFY2(streamed <= 4 * (window.elapsed() / 1000 + 1) + 1, qPrintable(QString::number(streamed)));
        QVERIFY(ticks.last().at(1).value<Decimal>().isPositive());
        // The engine subscribed as the exchange wants it: nothing rejected, no Origin header.
        QCOMPARE(ws.rejections(), 0);
        QCOMPARE(ws.originViolations(), 0);
        QVERIFY(!everInError(states));

        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        QCOMPARE(feed.last().at(0).value<FeedSource>(), FeedSource::Rest);
        QCOMPARE(feed.last().at(1).value<FeedState>(), FeedState::Disconnected);
        QTRY_COMPARE(ws.openConnections(), 0);
    }

    void aDroppedStreamFallsBackToRestAndReconnects()
    {
        QTemporaryDir dir;
        FakeUpbitServer rest;
        QVERIFY(rest.start());
        FakeWebSocketServer ws(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        Trades trades(ws, [] { return QStringLiteral("63570000"); });
        EngineController engine(streamed(rest, ws, dir));
        QSignalSpy feed(&engine, &EngineController::feedChanged);
        QSignalSpy states(&engine, &EngineController::stateChanged);
        engine.start();
        const auto connected = std::pair(FeedSource::WebSocket, FeedState::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(connected), 15000);
        QTRY_VERIFY(engine.status().iteration >= 3);

        feed.clear();
        const int polled = tickerRequests(rest);
        ws.dropAll();
        // REST covers the gap at once, and the stream is back within its first backoff step.
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(std::pair(FeedSource::Rest, FeedState::Disconnected)),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tickerRequests(rest) > polled, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(connected), 10000);
        QVERIFY(ws.connections() >= 2);
        QCOMPARE(engine.state(), EngineState::Running);
        QVERIFY(!everInError(states));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aSilentStreamIsStaleAndTheWatchdogReconnects()
    {
        QTemporaryDir dir;
        FakeUpbitServer rest;
        QVERIFY(rest.start());
        FakeWebSocketServer ws(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        Trades trades(ws, [] { return QStringLiteral("63570000"); });
        EngineController engine(streamed(rest, ws, dir));
        QSignalSpy feed(&engine, &EngineController::feedChanged);
        QSignalSpy states(&engine, &EngineController::stateChanged);
        engine.start();
        const auto connected = std::pair(FeedSource::WebSocket, FeedState::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(connected), 15000);

        feed.clear();
        const int before = ws.connections();
        ws.setSilent(true); // no trades, no answer to PING: the connection is open and dead
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(std::pair(FeedSource::Rest, FeedState::Stale)), 10000);
        const int polled = tickerRequests(rest);
        QTRY_VERIFY_WITH_TIMEOUT(tickerRequests(rest) > polled, 10000); // REST keeps the prices
        ws.setSilent(false);
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(connected), 15000);
        QVERIFY(ws.connections() > before); // a new connection, not the dead one revived
        QVERIFY(!everInError(states));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aTradeThroughTheStopExitsAtOnce()
    {
        QTemporaryDir dir;
        FakeUpbitServer rest;
        QVERIFY(rest.start());
        FakeWebSocketServer ws(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        EngineConfig config = streamed(rest, ws, dir);
        QString price = buyOnStart(rest, config); // no poll can be what sells
        Trades trades(
            ws, [&price] { return price; }, 100);

        EngineController engine(config);
        QSignalSpy feed(&engine, &EngineController::feedChanged);
        QSignalSpy recorded(&engine, &EngineController::tradeRecorded);
        engine.start();
        // The first iteration buys; its stop is in force once the stream delivers.
        QTRY_VERIFY_WITH_TIMEOUT(btc(engine).held, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(feedChanges(feed).contains(std::pair(FeedSource::WebSocket, FeedState::Connected)),
                                 15000);
        const std::optional<Decimal> stop = btc(engine).stopPrice;
        QVERIFY(stop.has_value());
        const qsizetype fills = recorded.count();

        // One trade below the stop: the exit goes out now, not at the next poll a minute away.
        price = (*stop - Decimal(100000)).toString();
        QElapsedTimer sent;
        qint64 latencyMs = -1; // measured where the fill arrives, not at QTRY's 50 ms polls
        connect(&engine, &EngineController::tradeRecorded, this, [&sent, &latencyMs](const TradeRecord &t) {
            if (t.side == OrderSide::Sell && latencyMs < 0)
                latencyMs = sent.elapsed();
        });
        sent.start();
        ws.publishTrade(kBtc, price, QStringLiteral("0.001"), OrderSide::Sell, QDateTime::currentDateTimeUtc());
        const auto sold = [&recorded, fills] {
            for (qsizetype i = fills; i < recorded.count(); ++i) {
                if (recorded.at(i).first().value<TradeRecord>().side == OrderSide::Sell)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sold(), 10000);
        qInfo("stop exit recorded %lld ms after the trade through the stop was published", latencyMs);
        QTRY_VERIFY(!btc(engine).held);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void ourOrdersOnThePrivateStreamAreLookedUpNeverRecordedTwice()
    {
        QTemporaryDir dir;
        FakeUpbitServer rest;
        QVERIFY(rest.start());
        auto &fake = rest.exchange();
        FakeWebSocketServer ws(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(ws.start());
        EngineConfig config = streamed(rest, ws, dir);
        const QString last = buyOnStart(rest, config); // only the stream can wake it
        Trades trades(
            ws, [price = last] { return price; }, 100);
        config.paperMode = false;
        config.liveConfirmed = true;
        config.credentials = {QString::fromLatin1(autocoin::test::FakeExchange::kAccessKey),
                              QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey)};
        EngineController engine(config);
        QSignalSpy recorded(&engine, &EngineController::tradeRecorded);
        QSignalSpy states(&engine, &EngineController::stateChanged);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(btc(engine).held, 20000); // a live market buy, recorded from REST
        // The private stream connected with the account's JWT in the upgrade request.
        QTRY_COMPARE_WITH_TIMEOUT(ws.openConnections(), 2, 10000);
        QVERIFY2(ws.authFailures().isEmpty(), qPrintable(ws.authFailures().join(u'|')));
        // The status snapshot is written on the engine thread; the fill's signal is queued to this
        // one, so it may not have been delivered yet when the snapshot already shows the position.
        QTRY_VERIFY_WITH_TIMEOUT(recorded.count() >= 1, 10000);
        const qsizetype fills = recorded.count();
        const qint64 iteration = engine.status().iteration;

        // The exchange reports the same fill on the stream (twice, as a reconnect may): the engine
        // wakes and looks, and the fill stays recorded once.
        const QJsonObject order = fake.ordersJson().first().toObject();
        const QJsonObject fill = order.value(QStringLiteral("trades")).toArray().first().toObject();
        StreamOrder seen;
        seen.market = kBtc;
        seen.orderId = order.value(QStringLiteral("uuid")).toString();
        seen.clientOrderId = order.value(QStringLiteral("identifier")).toString();
        seen.side = OrderSide::Buy;
        seen.state = QStringLiteral("trade");
        seen.tradeId = fill.value(QStringLiteral("uuid")).toString();
        seen.tradePrice = Decimal::fromString(fill.value(QStringLiteral("price")).toString()).value();
        seen.tradeVolume = Decimal::fromString(fill.value(QStringLiteral("volume")).toString()).value();
        seen.executedVolume = seen.tradeVolume;
        seen.tradeTime = QDateTime::currentDateTimeUtc();
        ws.publishOrder(seen);
        ws.publishOrder(seen);
        seen.state = QStringLiteral("done");
        ws.publishOrder(seen);
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().iteration > iteration, 10000); // woken, not polled
        QTest::qWait(300);
        QCOMPARE(recorded.count(), fills);
        QVERIFY(!everInError(states));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        StorageError error;
        auto db = Database::open(DatabaseUrl::parse(config.databaseUrl, dir.path(), nullptr).value(),
                                 QStringLiteral("check"), QString(), &error);
        QVERIFY(db);
        QCOMPARE(TradeRepository(*db).latest(100, &error).size(), fills);
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
