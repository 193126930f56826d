#include "http/HttpTransport.h"
#include "http/ResponseClassifier.h"
#include "rest/RestParsers.h"

#include "FuzzFindings.h"
#include "RestParsersHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <stdexcept>

using namespace autocoin;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(AUTOCOIN_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

/// One payload of the recorded Bithumb fixture file, re-serialised.
QByteArray bithumbFixture(const char *keyStart)
{
    const QJsonObject all = QJsonDocument::fromJson(readData("bithumb_v1_order_fixtures.json")).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1StringView(keyStart)))
            return it.value().isArray() ? QJsonDocument(it.value().toArray()).toJson()
                                        : QJsonDocument(it.value().toObject()).toJson();
    }
    qFatal("no fixture %s", keyStart);
}

HttpResponse response(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

} // namespace

class TestRestParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedTickerWithStringNumbers()
    {
        const auto result = rest::parseTicker(readData("upbit_ticker_usdt_btc.json"), QStringLiteral("USDT-BTC"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().tradePrice.toString(), QStringLiteral("73578.655"));
        QCOMPARE(result.value().signedChangeRate.toString(), QStringLiteral("0.0344811178"));
        QCOMPARE(result.value().tradeTime.toMSecsSinceEpoch(), Q_INT64_C(1710328237798));
        QCOMPARE(result.value().accTradePrice24h.toString(), QStringLiteral("506342.98398488"));
    }

    void timestampsBeyondInt64AreNoTime()
    {
        // Found by fuzz_restparsers: a millisecond timestamp of 1.7e20 was cast to qint64, which is
        // undefined behaviour (UBSan's float-cast-overflow). Such a time is absent, the rest parses.
        for (const char *stamp : {"169812574400030105843.045", "-1e30", "9223372036854775808"}) {
            const QByteArray number(stamp);
            const auto ticker =
                rest::parseTickers(R"([{"market":"KRW-BTC","trade_price":45831000,"trade_timestamp":)" + number + "}]");
            QVERIFY(ticker.ok());
            QVERIFY(!ticker.value().constFirst().tradeTime.isValid());
            const auto book = rest::parseOrderBook(R"([{"market":"KRW-BTC","timestamp":)" + number +
                                                       R"(,"orderbook_units":[{"ask_price":2,"bid_price":1,)"
                                                       R"("ask_size":1,"bid_size":1}]}])",
                                                   QStringLiteral("KRW-BTC"));
            QVERIFY(book.ok());
            QVERIFY(!book.value().time.isValid());
            const auto trades = rest::parseTrades(
                R"([{"market":"KRW-BTC","trade_price":1,"trade_volume":1,"ask_bid":"BID","timestamp":)" + number +
                "}]");
            if (trades.ok())
                QVERIFY(!trades.value().constFirst().time.isValid());
        }
    }

    void recordedBithumbTickerWithJsonNumbers()
    {
        const auto result = rest::parseTicker(bithumbFixture("GET /v1/ticker"), QStringLiteral("KRW-BTC"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().tradePrice.toString(), QStringLiteral("45831000"));
        QCOMPARE(result.value().accTradeVolume24h.toString(), QStringLiteral("8464.71765997"));
        QCOMPARE(result.value().accTradePrice24h.toString(), QStringLiteral("366228795843.045"));
    }

    void recordedUpbitCandles()
    {
        // smtm's byte-for-byte Upbit response: 40 one-minute candles, newest first, JSON numbers.
        const auto result = rest::parseCandles(readData("upbit_candles_1m_krw_btc.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 40);
        const Candle &newest = result.value().constFirst();
        QCOMPARE(newest.openTime, QDateTime(QDate(2020, 2, 20), QTime(11, 59), QTimeZone::utc()));
        QCOMPARE(newest.close.toString(), QStringLiteral("11467000"));
        const CandleSeries series = CandleSeries::normalize(result.value(), Timeframe::minutes(1));
        QCOMPARE(series.candles.constFirst().openTime, QDateTime(QDate(2020, 2, 20), QTime(11, 20), QTimeZone::utc()));
        QVERIFY(series.duplicatesDropped == 0);
    }

    void recordedBithumbOrders()
    {
        const auto placed = rest::parseOrder(bithumbFixture("POST /v1/orders"));
        QVERIFY(placed.ok());
        QCOMPARE(placed.value().id, QStringLiteral("cdd92199-2897-4e14-9448-f923320408ad"));
        QCOMPARE(placed.value().state, OrderState::Wait);
        QCOMPARE(placed.value().side, OrderSide::Buy);
        QCOMPARE(placed.value().price.toString(), QStringLiteral("67000000"));
        QCOMPARE(placed.value().locked.toString(), QStringLiteral("670100"));
        QCOMPARE(placed.value().createdAt, QDateTime(QDate(2021, 4, 26), QTime(8, 42, 36), QTimeZone::utc()));
        const auto cancelled = rest::parseOrder(bithumbFixture("DELETE /v1/order"));
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value().state, OrderState::Cancel);
        const auto markets = rest::parseMarkets(bithumbFixture("GET /v1/market/all"));
        QVERIFY(markets.ok());
        QCOMPARE(markets.value().constFirst().koreanName, QStringLiteral("비트코인"));
        QVERIFY(!markets.value().constFirst().warning);
    }

    void upbitMarketEvents()
    {
        const QByteArray body = R"([{"market":"KRW-XRP","korean_name":"리플","english_name":"XRP",)"
                                R"("market_event":{"warning":true,"caution":{"PRICE_FLUCTUATIONS":true,)"
                                R"("TRADING_VOLUME_SOARING":false}}}])";
        const auto markets = rest::parseMarkets(body);
        QVERIFY(markets.ok());
        QVERIFY(markets.value().constFirst().warning);
        QCOMPARE(markets.value().constFirst().cautions, QStringList{QStringLiteral("PRICE_FLUCTUATIONS")});
    }

    void bithumbMarketAlertsActiveAtNow()
    {
        // 2026-03-01 12:00 KST. End dates are KST wall times without an offset.
        const QDateTime now(QDate(2026, 3, 1), QTime(3, 0), QTimeZone::utc());
        const QByteArray body =
            R"([{"market":"KRW-ETH","warning_type":"PRICE_SUDDEN_FLUCTUATION","end_date":"2026-03-01 12:00:01"},)"
            R"({"market":"KRW-ETH","warning_type":"EXCHANGE_TRADING_CONCENTRATION","end_date":"2026-03-02 09:00:00"},)"
            R"({"market":"KRW-ETH","warning_type":"PRICE_SUDDEN_FLUCTUATION","end_date":"2026-03-03 00:00:00"},)"
            R"({"market":"KRW-BTC","warning_type":"PRICE_DIFFERENCE_HIGH","end_date":"2026-03-01 12:00:00"},)"
            R"({"market":"KRW-XRP","warning_type":"DEPOSIT_AMOUNT_SUDDEN_FLUCTUATION","end_date":"2026-03-01 11:00:00"}])";
        const auto alerts = rest::parseMarketAlerts(body, now);
        QVERIFY2(alerts.ok(), qPrintable(alerts.ok() ? QString() : alerts.error().message));
        // Ended at or before now (BTC at exactly now; XRP, read as UTC, would look active): left out.
        QCOMPARE(alerts.value().size(), 1);
        QCOMPARE(alerts.value().value(QStringLiteral("KRW-ETH")),
                 (QStringList{QStringLiteral("PRICE_SUDDEN_FLUCTUATION"),
                              QStringLiteral("EXCHANGE_TRADING_CONCENTRATION")}));
        QVERIFY(rest::parseMarketAlerts("[]", now).value().isEmpty());
    }

    void bithumbMarketAlertsMalformedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("market alert list");
        QTest::newRow("object") << QByteArray(R"({"market":"KRW-ETH"})") << QStringLiteral("market alert list");
        QTest::newRow("no market")
            << QByteArray(R"([{"warning_type":"PRICE_DIFFERENCE_HIGH","end_date":"2026-03-02 09:00:00"}])")
            << QStringLiteral("market code");
        QTest::newRow("no type") << QByteArray(R"([{"market":"KRW-ETH","end_date":"2026-03-02 09:00:00"}])")
                                 << QStringLiteral("warning_type");
        QTest::newRow("no end") << QByteArray(R"([{"market":"KRW-ETH","warning_type":"PRICE_DIFFERENCE_HIGH"}])")
                                << QStringLiteral("end_date");
        QTest::newRow("end not a date")
            << QByteArray(
                   R"([{"market":"KRW-ETH","warning_type":"PRICE_DIFFERENCE_HIGH","end_date":"2026-13-02 09:00:00"}])")
            << QStringLiteral("end_date");
        QTest::newRow("end as a number")
            << QByteArray(R"([{"market":"KRW-ETH","warning_type":"PRICE_DIFFERENCE_HIGH","end_date":1772409600000}])")
            << QStringLiteral("end_date");
    }
    void bithumbMarketAlertsMalformedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        const auto alerts = rest::parseMarketAlerts(body, QDateTime(QDate(2026, 3, 1), QTime(3, 0), QTimeZone::utc()));
        QVERIFY(!alerts.ok());
        QCOMPARE(alerts.error().kind, ExchangeError::Kind::Malformed);
        QVERIFY2(alerts.error().message.contains(names), qPrintable(alerts.error().message));
    }

    void bithumbAcknowledgement()
    {
        const auto ack = rest::parseOrderAck(R"({"order_id":"C0101000003152350309","market":"KRW-BTC","side":"bid",)"
                                             R"("order_type":"limit","created_at":"2026-07-04T14:39:04+09:00"})");
        QVERIFY(ack.ok());
        QCOMPARE(ack.value().id, QStringLiteral("C0101000003152350309"));
        QVERIFY(!ack.value().complete);
    }

    void chanceMinTotalAsNumberOrString()
    {
        const auto chance = rest::parseOrderChance(
            R"({"bid_fee":"0.0005","ask_fee":"0.0005","market":{"bid":{"min_total":"5000"},"ask":{"min_total":5000},)"
            R"("max_total":"1000000000.0"}})",
            QStringLiteral("KRW-BTC"));
        QVERIFY(chance.ok());
        QCOMPARE(chance.value().minBidTotal, Decimal(5000));
        QCOMPARE(chance.value().minAskTotal, Decimal(5000));
        QCOMPARE(chance.value().bidFee.toString(), QStringLiteral("0.0005"));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated") << QByteArray(R"([{"market":"KRW-BTC","trade_price":6357)");
        QTest::newRow("object not array") << QByteArray(R"({"market":"KRW-BTC","trade_price":1})");
        QTest::newRow("other market") << QByteArray(R"([{"market":"KRW-ETH","trade_price":1}])");
        QTest::newRow("price missing") << QByteArray(R"([{"market":"KRW-BTC"}])");
        QTest::newRow("price text") << QByteArray(R"([{"market":"KRW-BTC","trade_price":"abc"}])");
        QTest::newRow("price zero") << QByteArray(R"([{"market":"KRW-BTC","trade_price":0}])");
        QTest::newRow("empty array") << QByteArray("[]");
    }
    void malformedAnswers()
    {
        QFETCH(QByteArray, body);
        const auto result = rest::parseTicker(body, QStringLiteral("KRW-BTC"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ExchangeError::Kind::Malformed);
    }

    void anOrderTradeWithAnEighteenDecimalPriceUsesTheGivenFunds()
    {
        // Exact, but price × volume needs more than 38 digits: with `funds` given it is not computed.
        const QByteArray body =
            R"({"uuid":"u-1","side":"bid","ord_type":"price","state":"cancel","market":"KRW-BTC","price":"10000",)"
            R"("volume":null,"executed_volume":"0.000157301234567891","executed_funds":"9999.99",)"
            R"("trades":[{"uuid":"t-1","price":"63570000.123456789012345678","volume":"0.000157301234567891",)"
            R"("funds":"9999.99"}]})";
        const auto order = rest::parseOrder(body);
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
        QCOMPARE(order.value().fills.size(), 1);
        QCOMPARE(order.value().fills.at(0).funds, Decimal(999999).divided(Decimal(100), 2));
        QCOMPARE(order.value().fills.at(0).price.toString(), QStringLiteral("63570000.123456789012345678"));
        QVERIFY(order.value().volume.isZero()); // null is absent, not malformed
    }

    void aTradeWithoutItsIdOrListedTwiceIsMalformed()
    {
        // Fills are recorded once by their id: without one, or with one id twice, the books and the
        // trades table could only disagree. The whole answer is refused; the order is looked up again.
        const QByteArray head =
            R"({"uuid":"u-1","side":"bid","ord_type":"price","state":"done","market":"KRW-BTC","trades":[)";
        const QByteArray trade = R"({"uuid":"t-1","price":"63570000","volume":"0.001","funds":"63570"})";
        const QByteArray noId = R"({"price":"63570000","volume":"0.001","funds":"63570"})";
        QVERIFY(rest::parseOrder(head + trade + "]}").ok());
        QCOMPARE(rest::parseOrder(head + trade + "]}").value().tradesCount, -1); // not said
        // trades_count says how many the order has, listed or not (a creation answer lists none).
        const auto counted = rest::parseOrder(head + trade + R"(],"trades_count":2})");
        QVERIFY(counted.ok());
        QCOMPARE(counted.value().tradesCount, 2);
        QCOMPARE(counted.value().fills.size(), 1);
        for (const QByteArray &trades : {noId, QByteArray(trade + "," + trade)}) {
            const auto order = rest::parseOrder(head + trades + "]}");
            QVERIFY(!order.ok());
            QCOMPARE(order.error().kind, ExchangeError::Kind::Malformed);
            QVERIFY2(order.error().message.contains(u"a trade"), qPrintable(order.error().message));
        }
    }

    void aTradeWhoseFundsCannotBeHeldExactlyIsMalformed()
    {
        // Without `funds`, the product is needed and does not fit: a typed error, never an abort.
        const QByteArray body =
            R"({"uuid":"u-1","side":"bid","ord_type":"price","state":"cancel","market":"KRW-BTC",)"
            R"("trades":[{"uuid":"t-1","price":"63570000.123456789012345678","volume":"0.000157301234567891"}]})";
        const auto order = rest::parseOrder(body);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().kind, ExchangeError::Kind::Malformed);
        QVERIFY2(order.error().message.contains(QStringLiteral("cannot be represented exactly")),
                 qPrintable(order.error().message));
    }

    void unreadableAmountsAreMalformedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray level = R"({"ask_price":63570000,"bid_price":63569000,"ask_size":0.5,"bid_size":0.25})";
        QTest::newRow("ask_size text")
            << QByteArray(
                   R"([{"market":"KRW-BTC","orderbook_units":[{"ask_price":1,"bid_price":1,"ask_size":"abc","bid_size":1}]}])")
            << QStringLiteral("ask_size");
        QTest::newRow("bid_size missing") << QByteArray(R"([{"market":"KRW-BTC","orderbook_units":[)" + level +
                                                        R"(,{"ask_price":1,"bid_price":1,"ask_size":1}]}])")
                                          << QStringLiteral("bid_size");
        QTest::newRow("ask_size negative")
            << QByteArray(
                   R"([{"market":"KRW-BTC","orderbook_units":[{"ask_price":1,"bid_price":1,"ask_size":-1,"bid_size":1}]}])")
            << QStringLiteral("ask_size");
        QTest::newRow("ask_size object")
            << QByteArray(
                   R"([{"market":"KRW-BTC","orderbook_units":[{"ask_price":1,"bid_price":1,"ask_size":{},"bid_size":1}]}])")
            << QStringLiteral("ask_size");
    }
    void unreadableAmountsAreMalformedNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto book = rest::parseOrderBook(body, QStringLiteral("KRW-BTC"));
        QVERIFY(!book.ok());
        QCOMPARE(book.error().kind, ExchangeError::Kind::Malformed);
        QVERIFY2(book.error().message.contains(field), qPrintable(book.error().message));
    }

    void unreadableAmountsElsewhereAreMalformed()
    {
        const auto malformedNaming = [](const auto &result, const char *field) {
            return !result.ok() && result.error().kind == ExchangeError::Kind::Malformed &&
                   result.error().message.contains(QLatin1StringView(field));
        };
        QVERIFY(
            malformedNaming(rest::parseCandles(R"([{"candle_date_time_utc":"2024-03-13T11:00:00","opening_price":1,)"
                                               R"("high_price":1,"low_price":1,"trade_price":1,)"
                                               R"("candle_acc_trade_volume":"lots"}])"),
                            "candle_acc_trade_volume"));
        QVERIFY(malformedNaming(
            rest::parseTickers(R"([{"market":"KRW-BTC","trade_price":1,"acc_trade_volume_24h":"NaN"}])"),
            "acc_trade_volume_24h"));
        QVERIFY(malformedNaming(
            rest::parseTickers(R"([{"market":"KRW-BTC","trade_price":1,"acc_trade_price_24h":"1e400"}])"),
            "acc_trade_price_24h"));
        QVERIFY(
            malformedNaming(rest::parseTickers(R"([{"market":"KRW-BTC","trade_price":1,"acc_trade_price_24h":-5}])"),
                            "acc_trade_price_24h"));
        QVERIFY(malformedNaming(rest::parseBalances(R"([{"currency":"BTC","balance":"1","locked":"x"}])"), "locked"));
        QVERIFY(malformedNaming(rest::parseOrder(R"({"uuid":"u","side":"ask","ord_type":"market","state":"done",)"
                                                 R"("executed_volume":"1..5"})"),
                                "executed_volume"));
        QVERIFY(malformedNaming(rest::parseOrder(R"({"uuid":"u","side":"ask","ord_type":"market","state":"done",)"
                                                 R"("trades":[{"uuid":"t","price":"1","funds":"1"}]})"),
                                "volume"));
        QVERIFY(malformedNaming(
            rest::parseOrderChance(R"({"bid_fee":"0.0005","ask_fee":"0.0005","market":{"bid":{"min_total":"?"}}})",
                                   QStringLiteral("KRW-BTC")),
            "min_total"));
        // Absent optional amounts are still fine (Bithumb leaves some out).
        QVERIFY(rest::parseBalances(R"([{"currency":"BTC","balance":"1"}])").ok());
        // A huge bad cell is quoted, not echoed.
        const QByteArray huge =
            "[{\"currency\":\"BTC\",\"balance\":\"1\",\"locked\":\"" + QByteArray(100000, 'x') + "\"}]";
        const auto balances = rest::parseBalances(huge);
        QVERIFY(!balances.ok());
        QVERIFY(balances.error().message.size() < 200);
    }

    void apiKeysAndTheirExpiry()
    {
        // Upbit's documented answer: KST with its offset, read as UTC.
        const auto keys = rest::parseApiKeys(
            R"([{"access_key":"made-up-key-1","expire_at":"2025-11-23T15:00:00+09:00"},)"
            R"({"access_key":"made-up-key-2","expire_at":"2026-01-01T00:00:00Z"},{"access_key":"made-up-key-3"}])");
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 3);
        QCOMPARE(keys.value().at(0).accessKey, QStringLiteral("made-up-key-1"));
        QCOMPARE(keys.value().at(0).expireAt, QDateTime(QDate(2025, 11, 23), QTime(6, 0), QTimeZone::utc()));
        QCOMPARE(keys.value().at(1).expireAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(!keys.value().at(2).expireAt.has_value());
        QVERIFY(rest::parseApiKeys("[]").ok());
        // Hostile or broken answers: Malformed, never a guessed date.
        for (const QByteArray &bad :
             {QByteArray(R"({"access_key":"k"})"), QByteArray("[1]"), QByteArray("[null]"),
              QByteArray(R"([{"expire_at":"2025-11-23T15:00:00+09:00"}])"),
              QByteArray(R"([{"access_key":"k","expire_at":"tomorrow"}])"),
              QByteArray(R"([{"access_key":"k","expire_at":"2025-11-23T15:00:00"}])"),
              QByteArray(R"([{"access_key":"k","expire_at":1763877600}])"),
              QByteArray(R"([{"access_key":"k","expire_at":"2025-13-45T99:00:00+09:00"}])"),
              QByteArray("[{\"access_key\":\"k\",\"expire_at\":\"" + QByteArray(100000, '9') + "\"}]"),
              QByteArray("not json"), QByteArray()}) {
            const auto result = rest::parseApiKeys(bad);
            QVERIFY2(!result.ok(), bad.left(80).constData());
            QCOMPARE(result.error().kind, ExchangeError::Kind::Malformed);
            QVERIFY(result.error().message.size() < 200);
        }
        // Days left, rounded down; negative once expired.
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        QCOMPARE(apiKeyDaysLeft(now.addSecs(5 * 86400 + 3600), now), 5);
        QCOMPARE(apiKeyDaysLeft(now.addSecs(3600), now), 0);
        QCOMPARE(apiKeyDaysLeft(now.addSecs(-3600), now), -1);
        QCOMPARE(apiKeyDaysLeft(now.addSecs(-86400), now), -1);
        QCOMPARE(apiKeyDaysLeft(now.addSecs(-86401), now), -2);
    }

    void anExceptionInAnAnswersCallbackNeverReachesTheEventLoop()
    {
        // What a callback lets out (Decimal's overflow in code after a parser) is caught by the
        // transport: before, Qt's event loop met it and the process ended with std::terminate.
        HttpTransport transport;
        transport.setTimeout(std::chrono::milliseconds(20000));
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/ticker")); // refused at once, over loopback
        int answered = 0;
        transport.send(request, [&answered](const HttpResponse &) {
            ++answered;
            throw std::overflow_error("Decimal: multiplication overflows");
        });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 20000);
        // The transport goes on: the next answer is delivered too, and so is a local refusal.
        transport.send(request, [&answered](const HttpResponse &) { ++answered; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 20000);
        transport.setMaxQueued(0);
        transport.send(request, [&answered](const HttpResponse &) {
            ++answered;
            throw std::domain_error("Decimal: division by zero");
        });
        QCOMPARE(answered, 3);
    }

    void errorsAreTyped_data()
    {
        using Kind = ExchangeError::Kind;
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500") << 500 << QByteArray("oops") << Kind::Server << true;
        QTest::newRow("429") << 429 << QByteArray(R"({"error":{"name":"too_many_requests"}})") << Kind::RateLimited
                             << true;
        QTest::newRow("418") << 418 << QByteArray("banned for 60 seconds") << Kind::Banned << false;
        QTest::newRow("jwt") << 401 << QByteArray(R"({"error":{"name":"jwt_verification","message":"x"}})")
                             << Kind::Authentication << false;
        QTest::newRow("ip") << 401 << QByteArray(R"({"error":{"name":"no_authorization_i_p","message":"x"}})")
                            << Kind::Authentication << false;
        QTest::newRow("funds")
            << 400
            << QByteArray(
                   R"({"error":{"name":"insufficient_funds_bid","message":"주문가능한 금액(KRW)이 부족합니다."}})")
            << Kind::InsufficientFunds << false;
        QTest::newRow("min total") << 400 << QByteArray(R"({"error":{"name":"under_min_total_ask","message":"x"}})")
                                   << Kind::InvalidOrder << false;
        QTest::newRow("off tick") << 400 << QByteArray(R"({"error":{"name":"invalid_price_bid","message":"x"}})")
                                  << Kind::InvalidOrder << false;
        QTest::newRow("numeric name") << 400
                                      << QByteArray(
                                             R"({"error":{"name":400,"message":"Missing request parameter error"}})")
                                      << Kind::Rejected << false;
        QTest::newRow("not found") << 404 << QByteArray(R"({"error":{"name":"order_not_found","message":"x"}})")
                                   << Kind::NotFound << false;
        QTest::newRow("not ready") << 422 << QByteArray(R"({"error":{"name":"order_not_ready","message":"x"}})")
                                   << Kind::Rejected << true;
        QTest::newRow("error in a 200") << 200 << QByteArray(R"({"error":{"name":"invalid_parameter","message":"x"}})")
                                        << Kind::InvalidOrder << false;
        QTest::newRow("legacy key") << 200 << QByteArray(R"({"status":"5300","message":"Invalid Apikey"})")
                                    << Kind::Authentication << false;
        QTest::newRow("legacy busy") << 200 << QByteArray(R"({"status":"5600","message":"too many connections"})")
                                     << Kind::RateLimited << true;
    }
    void errorsAreTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ExchangeError::Kind, kind);
        QFETCH(bool, retryable);
        const auto error = classifyResponse(response(status, body));
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, kind);
        QCOMPARE(error->retryable(), retryable);
        QCOMPARE(error->httpStatus, status);
    }

    void koreanMessagesKeptIntact()
    {
        const auto error = classifyResponse(response(
            400, R"({"error":{"name":"insufficient_funds_bid","message":"주문가능한 금액(KRW)이 부족합니다."}})"));
        QCOMPARE(error->message, QStringLiteral("주문가능한 금액(KRW)이 부족합니다."));
        QVERIFY(error->describe().contains(QStringLiteral("insufficient_funds_bid")));
    }

    void successIsNoError()
    {
        QVERIFY(!classifyResponse(response(200, "[]")).has_value());
        QVERIFY(!classifyResponse(response(201, R"({"status":"0000"})")).has_value());
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // same harness the fuzz_restparsers target runs.
    void fuzzInputs_data() { autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_restparsers")); }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::restParsers, input);
    }
};

QTEST_GUILESS_MAIN(TestRestParsers)
#include "tst_restparsers.moc"
