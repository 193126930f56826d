// The exchanges' WebSocket streams against FakeWebSocketServer over real loopback sockets: the
// subscription each exchange gets, exact prices in both formats, resubscription, reconnection
// after a drop, the watchdog on a silent server, malformed messages, the backoff, and the private
// stream's authentication and schemas.

#include "FakeExchange.h"
#include "FakeWebSocketServer.h"
#include "FuzzFindings.h"
#include "StreamParsersHarness.h"
#include "stream/StreamConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QWebSocket>

using namespace autocoin;
using namespace std::chrono_literals;
using autocoin::test::FakeExchange;
using autocoin::test::FakeWebSocketServer;

namespace {

constexpr int kWait = 10000; // generous: loopback answers in milliseconds

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

StreamConfig configFor(const FakeWebSocketServer &server, Exchange exchange, bool isPrivate = false)
{
    StreamConfig config;
    config.exchange = exchange;
    config.url = isPrivate ? server.privateUrl() : server.publicUrl();
    config.staleAfter = 400ms;
    config.maxBackoff = 2000ms;
    if (isPrivate) {
        config.credentials.accessKey = QString::fromLatin1(FakeExchange::kAccessKey);
        config.credentials.secretKey = QString::fromLatin1(FakeExchange::kSecretKey);
    }
    return config;
}

FakeWebSocketServer::Dialect dialectOf(Exchange exchange)
{
    return exchange == Exchange::Upbit ? FakeWebSocketServer::Dialect::Upbit : FakeWebSocketServer::Dialect::Bithumb;
}

QList<FeedState> statesOf(const QSignalSpy &spy)
{
    QList<FeedState> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<FeedState>());
    return states;
}

} // namespace

class TestStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<StreamTrade>();
        qRegisterMetaType<StreamTicker>();
        qRegisterMetaType<StreamOrder>();
        qRegisterMetaType<FeedState>();
        qRegisterMetaType<QList<Balance>>();
    }

    void subscriptionFrame_data()
    {
        QTest::addColumn<Exchange>("exchange");
        QTest::addColumn<QString>("format");
        QTest::newRow("upbit") << Exchange::Upbit << QStringLiteral("SIMPLE");
        QTest::newRow("bithumb") << Exchange::Bithumb << QStringLiteral("DEFAULT");
    }
    void subscriptionFrame()
    {
        QFETCH(Exchange, exchange);
        QFETCH(QString, format);
        FakeWebSocketServer server(dialectOf(exchange));
        QVERIFY(server.start());
        MarketStream stream(configFor(server, exchange));
        stream.setMarkets({QStringLiteral("krw-eth"), QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);
        // Connected once a message arrives: here the answer to the first PING.
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), FeedState::Connected, kWait);
        QCOMPARE(server.rejections(), 0);
        QCOMPARE(server.originViolations(), 0);

        const QJsonArray frame = QJsonDocument::fromJson(server.subscriptionFrames().constFirst()).array();
        QCOMPARE(frame.size(), 4);
        QVERIFY(!frame.at(0).toObject().value(QStringLiteral("ticket")).toString().isEmpty());
        const QJsonArray codes{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")};
        QCOMPARE(frame.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("ticker")}, {QStringLiteral("codes"), codes}}));
        QCOMPARE(frame.at(2).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("trade")}, {QStringLiteral("codes"), codes}}));
        QCOMPARE(frame.at(3).toObject().value(QStringLiteral("format")).toString(), format);
        // Keep-alive: the text PING is sent and answered while the stream is up.
        QTRY_VERIFY_WITH_TIMEOUT(server.pings() >= 2, kWait);
        QCOMPARE(stream.state(), FeedState::Connected);
    }

    /// The fake is only worth its checks if it catches what a careless client would send.
    void fakeCatchesOriginAndBadSubscriptions()
    {
        FakeWebSocketServer server(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(server.start());
        QWebSocket socket(QStringLiteral("https://example.com"));
        QSignalSpy errors(&socket, &QWebSocket::binaryMessageReceived);
        socket.open(server.publicUrl());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, kWait);
        QCOMPARE(server.originViolations(), 1);
        socket.sendTextMessage(QStringLiteral(R"([{"ticket":"t"},{"type":"trade","codes":["krw-btc"]}])"));
        socket.sendTextMessage(QStringLiteral(R"([{"type":"trade","codes":["KRW-BTC"]}])"));
        socket.sendTextMessage(QStringLiteral(R"({"ticket":"t","type":"trade","codes":["KRW-BTC"]})"));
        socket.sendTextMessage(
            QStringLiteral(R"([{"ticket":"t"},{"type":"trade","codes":["KRW-BTC"]},{"format":"X"}])"));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 4, kWait);
        QCOMPARE(server.rejections(), 4);
        QCOMPARE(server.subscriptions(), 0);
        QVERIFY(errors.at(0).at(0).toByteArray().contains("INVALID_PARAM"));
        QVERIFY(errors.at(1).at(0).toByteArray().contains("NO_TICKET"));
    }

    void exactTradesAndTickers_data()
    {
        QTest::addColumn<Exchange>("exchange");
        QTest::addColumn<bool>("textFrames");
        QTest::newRow("upbit SIMPLE, binary") << Exchange::Upbit << false;
        QTest::newRow("bithumb DEFAULT, binary") << Exchange::Bithumb << false;
        QTest::newRow("upbit SIMPLE, text") << Exchange::Upbit << true;
    }
    void exactTradesAndTickers()
    {
        QFETCH(Exchange, exchange);
        QFETCH(bool, textFrames);
        FakeWebSocketServer server(dialectOf(exchange));
        QVERIFY(server.start());
        server.setTextFrames(textFrames);
        MarketStream stream(configFor(server, exchange));
        QSignalSpy trades(&stream, &MarketStream::tradeReceived);
        QSignalSpy tickers(&stream, &MarketStream::tickerReceived);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);

        const QDateTime time(QDate(2026, 11, 30), QTime(12, 0, 1, 234), QTimeZone::utc());
        server.publishTrade(QStringLiteral("KRW-BTC"), QStringLiteral("123456789012345678.123456789"),
                            QStringLiteral("0.000000000000000001"), OrderSide::Sell, time, 17001);
        server.publishTicker(QStringLiteral("KRW-BTC"), QStringLiteral("98765432109876543.21"),
                             QStringLiteral("1234567890123.123456789"), time);
        QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(tickers.size(), 1, kWait);
        const auto trade = trades.at(0).at(0).value<StreamTrade>();
        QCOMPARE(trade.market, QStringLiteral("KRW-BTC"));
        QCOMPARE(trade.price.toString(), QStringLiteral("123456789012345678.123456789"));
        QCOMPARE(trade.volume, dec("0.000000000000000001"));
        QCOMPARE(trade.side, OrderSide::Sell);
        QCOMPARE(trade.time, time);
        QCOMPARE(trade.sequentialId, 17001);
        const auto ticker = tickers.at(0).at(0).value<StreamTicker>();
        QCOMPARE(ticker.tradePrice.toString(), QStringLiteral("98765432109876543.21"));
        QCOMPARE(ticker.accTradePrice24h, dec("1234567890123.123456789"));
        QCOMPARE(ticker.time, time);
        QCOMPARE(stream.skippedMessages(), 0);
    }

    void resubscribesOnNewMarkets()
    {
        FakeWebSocketServer server(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(server.start());
        MarketStream stream(configFor(server, Exchange::Upbit));
        QSignalSpy trades(&stream, &MarketStream::tradeReceived);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);
        stream.setMarkets({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-XRP")});
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 2, kWait);
        stream.setMarkets({QStringLiteral("KRW-XRP"), QStringLiteral("KRW-BTC")}); // the same set: nothing sent
        server.publishTrade(QStringLiteral("KRW-XRP"), QStringLiteral("812"), QStringLiteral("10"), OrderSide::Buy,
                            QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, kWait);
        QCOMPARE(trades.at(0).at(0).value<StreamTrade>().market, QStringLiteral("KRW-XRP"));
        QCOMPARE(server.subscriptions(), 2);
        QCOMPARE(stream.connections(), 1);
        QCOMPARE(server.rejections(), 0);
    }

    void reconnectsAfterDrop()
    {
        FakeWebSocketServer server(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(server.start());
        MarketStream stream(configFor(server, Exchange::Upbit));
        stream.setBackoffBase(100ms);
        QSignalSpy states(&stream, &StreamConnection::stateChanged);
        QSignalSpy trades(&stream, &MarketStream::tradeReceived);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), FeedState::Connected, kWait);

        server.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(statesOf(states).contains(FeedState::Disconnected), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), FeedState::Connected, kWait);
        QCOMPARE(stream.connections(), 2);
        QCOMPARE(statesOf(states), (QList{FeedState::Connected, FeedState::Disconnected, FeedState::Connected}));
        server.publishTrade(QStringLiteral("KRW-BTC"), QStringLiteral("1"), QStringLiteral("1"), OrderSide::Buy,
                            QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, kWait);
    }

    void staleWhenSilentThenReconnects()
    {
        FakeWebSocketServer server(FakeWebSocketServer::Dialect::Bithumb);
        QVERIFY(server.start());
        MarketStream stream(configFor(server, Exchange::Bithumb));
        stream.setBackoffBase(100ms);
        QSignalSpy states(&stream, &StreamConnection::stateChanged);
        QSignalSpy trades(&stream, &MarketStream::tradeReceived);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);

        server.setSilent(true); // no messages, PING unanswered (ping frames would still be)
        QTRY_VERIFY_WITH_TIMEOUT(statesOf(states).contains(FeedState::Stale), kWait);
        const int staleAt = static_cast<int>(statesOf(states).indexOf(FeedState::Stale));
        QVERIFY(states.at(staleAt).at(1).toString().contains(QStringLiteral("no message")));
        server.setSilent(false);
        QTRY_VERIFY_WITH_TIMEOUT(stream.connections() >= 2 && stream.state() == FeedState::Connected, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(server.subscriptions() >= 2, kWait);
        server.publishTrade(QStringLiteral("KRW-BTC"), QStringLiteral("2"), QStringLiteral("1"), OrderSide::Buy,
                            QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(trades.size() >= 1, kWait);
        QCOMPARE(server.limitViolations(), 0);
    }

    void garbageIsSkipped_data() { subscriptionFrame_data(); }
    void garbageIsSkipped()
    {
        QFETCH(Exchange, exchange);
        FakeWebSocketServer server(dialectOf(exchange));
        QVERIFY(server.start());
        MarketStream stream(configFor(server, exchange));
        QSignalSpy trades(&stream, &MarketStream::tradeReceived);
        QSignalSpy skipped(&stream, &StreamConnection::messageSkipped);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);

        server.sendGarbage(); // invalid, truncated, a 40-digit price, wrong types
        server.publishTrade(QStringLiteral("KRW-BTC"), QStringLiteral("3"), QStringLiteral("1"), OrderSide::Buy,
                            QDateTime::currentDateTimeUtc());
        QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, kWait);
        QCOMPARE(stream.skippedMessages(), 4);
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(trades.at(0).at(0).value<StreamTrade>().price, Decimal(3));
        QCOMPARE(stream.state(), FeedState::Connected);
        QCOMPARE(stream.connections(), 1);
    }

    void backoffGrowsAndResets()
    {
        FakeWebSocketServer server(FakeWebSocketServer::Dialect::Upbit);
        QVERIFY(server.start());
        server.refuseConnections(true);
        StreamConfig config = configFor(server, Exchange::Upbit);
        config.maxBackoff = 160ms;
        MarketStream stream(config);
        stream.setBackoffBase(20ms);
        double jitter = 0;
        stream.setJitterSource([&jitter] { return jitter; });
        QSignalSpy delays(&stream, &StreamConnection::reconnectScheduled);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, kWait);
        QList<qint64> seen;
        for (int i = 0; i < 6; ++i)
            seen.append(delays.at(i).at(0).toLongLong());
        QCOMPARE(seen, (QList<qint64>{20, 40, 80, 160, 160, 160}));
        QCOMPARE(stream.state(), FeedState::Disconnected);

        // A connection that delivers resets the backoff: the next drop waits the first delay again
        // (+20 % jitter at its extreme).
        jitter = 1;
        server.refuseConnections(false);
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), FeedState::Connected, kWait); // a message arrived
        delays.clear();
        server.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!delays.isEmpty(), kWait);
        QCOMPARE(delays.at(0).at(0).toLongLong(), 24);
    }

    /// A server that accepts TCP but never answers the upgrade: the attempt times out after
    /// staleAfter instead of waiting for the system's TCP timeout, and the next one follows.
    void hangingHandshakeTimesOut()
    {
        QTcpServer silent; // connections wait in its backlog, never read
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        StreamConfig config;
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/websocket/v1").arg(silent.serverPort()));
        config.staleAfter = 300ms;
        MarketStream stream(config);
        stream.setBackoffBase(50ms);
        QSignalSpy states(&stream, &StreamConnection::stateChanged);
        stream.setMarkets({QStringLiteral("KRW-BTC")});
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.connections() >= 2, kWait);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.at(0).at(0).value<FeedState>(), FeedState::Disconnected);
        QVERIFY2(states.at(0).at(1).toString().contains(QStringLiteral("no connection within 300 ms")),
                 qPrintable(states.at(0).at(1).toString()));
    }

    void privateStream_data() { subscriptionFrame_data(); }
    void privateStream()
    {
        QFETCH(Exchange, exchange);
        FakeWebSocketServer server(dialectOf(exchange));
        QVERIFY(server.start());
        QCOMPARE(server.privateUrl().path(), exchange == Exchange::Upbit ? QStringLiteral("/websocket/v1/private")
                                                                         : QStringLiteral("/websocket/v2/private"));
        OrderStream stream(configFor(server, exchange, true));
        QSignalSpy orders(&stream, &OrderStream::orderReceived);
        QSignalSpy balances(&stream, &OrderStream::balancesReceived);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.subscriptions(), 1, kWait);
        QCOMPARE(server.authFailures(), QStringList());
        QCOMPARE(server.originViolations(), 0);
        const QJsonArray frame = QJsonDocument::fromJson(server.subscriptionFrames().constFirst()).array();
        QCOMPARE(frame.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("myOrder"));
        QCOMPARE(frame.at(2).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("myAsset"));

        StreamOrder fill;
        fill.market = QStringLiteral("KRW-BTC");
        fill.orderId = exchange == Exchange::Upbit ? QStringLiteral("9ca023a5-851b-4fec-9f0a-48cd83c2eaae")
                                                   : QStringLiteral("C0101000003152350309");
        fill.clientOrderId = QStringLiteral("ac-0001");
        fill.side = OrderSide::Sell;
        fill.state = QStringLiteral("trade");
        fill.executedVolume = dec("0.25");
        fill.remainingVolume = dec("0.75");
        fill.tradeId = QStringLiteral("trade-0001");
        fill.tradePrice = dec("123456789012345678.123456789");
        fill.tradeVolume = dec("0.25");
        fill.tradeFee = dec("12.3456789");
        fill.tradeTime = QDateTime(QDate(2026, 11, 30), QTime(12, 1, 2, 3), QTimeZone::utc());
        server.publishOrder(fill);
        QTRY_COMPARE_WITH_TIMEOUT(orders.size(), 1, kWait);
        const auto order = orders.at(0).at(0).value<StreamOrder>();
        QCOMPARE(order.market, fill.market);
        QCOMPARE(order.orderId, fill.orderId);
        QCOMPARE(order.clientOrderId, fill.clientOrderId);
        QCOMPARE(order.side, OrderSide::Sell);
        QCOMPARE(order.state, QStringLiteral("trade"));
        QCOMPARE(order.executedVolume, fill.executedVolume);
        QCOMPARE(order.remainingVolume, fill.remainingVolume);
        QCOMPARE(order.tradeId, fill.tradeId);
        QCOMPARE(order.tradePrice.toString(), QStringLiteral("123456789012345678.123456789"));
        QCOMPARE(order.tradeVolume, fill.tradeVolume);
        QCOMPARE(order.tradeFee, fill.tradeFee);
        QCOMPARE(order.tradeTime, fill.tradeTime);

        Balance krw;
        krw.currency = QStringLiteral("KRW");
        krw.balance = dec("1000000.5");
        krw.locked = dec("20000");
        Balance btc;
        btc.currency = QStringLiteral("BTC");
        btc.balance = dec("0.000000000000000001");
        server.publishAssets({krw, btc});
        QTRY_COMPARE_WITH_TIMEOUT(balances.size(), 1, kWait);
        const auto got = balances.at(0).at(0).value<QList<Balance>>();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).currency, QStringLiteral("KRW"));
        QCOMPARE(got.at(0).balance, krw.balance);
        QCOMPARE(got.at(0).locked, krw.locked);
        QCOMPARE(got.at(1).balance, btc.balance);
        QCOMPARE(stream.skippedMessages(), 0);
    }

    void privateStreamBadSecret_data() { subscriptionFrame_data(); }
    void privateStreamBadSecret()
    {
        QFETCH(Exchange, exchange);
        FakeWebSocketServer server(dialectOf(exchange));
        QVERIFY(server.start());
        StreamConfig config = configFor(server, exchange, true);
        config.credentials.secretKey = QStringLiteral("not-the-secret");
        OrderStream stream(config);
        stream.setBackoffBase(5000ms); // one attempt is enough here
        QSignalSpy states(&stream, &StreamConnection::stateChanged);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(statesOf(states).contains(FeedState::Disconnected), kWait);
        const QString reason = states.at(statesOf(states).indexOf(FeedState::Disconnected)).at(1).toString();
        QVERIFY2(reason.contains(QStringLiteral("authentication")), qPrintable(reason));
        QCOMPARE(server.authFailures(), QStringList{QStringLiteral("signature does not verify")});
        QCOMPARE(server.subscriptions(), 0);
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // harness fuzz_streamparsers runs.
    void fuzzInputs_data() { autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_streamparsers")); }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::streamParsers, input);
    }
};

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
