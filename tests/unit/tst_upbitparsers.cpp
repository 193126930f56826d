#include "upbit/UpbitParsers.h"

#include <QFile>
#include <QTest>

using namespace autocoin;

class TestUpbitParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedTickerWithStringNumbers()
    {
        QFile file(QStringLiteral(AUTOCOIN_TEST_DATA "/upbit_ticker_usdt_btc.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = upbit::parseTicker(file.readAll(), QStringLiteral("USDT-BTC"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
        QCOMPARE(result.value().tradePrice.toString(), QStringLiteral("73578.655"));
        QCOMPARE(result.value().signedChangeRate.toString(), QStringLiteral("0.0344811178"));
        QCOMPARE(result.value().tradeTime.toMSecsSinceEpoch(), Q_INT64_C(1710328237798));
    }

    void liveShapeWithJsonNumbers()
    {
        const QByteArray body = R"([{"market":"KRW-BTC","trade_price":63570000.0,"trade_timestamp":1710134777000,)"
                                R"("signed_change_rate":-0.0123,"acc_trade_volume_24h":3344.3872093}])";
        const auto result = upbit::parseTicker(body, QStringLiteral("KRW-BTC"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().tradePrice.toString(), QStringLiteral("63570000"));
        QCOMPARE(result.value().signedChangeRate.toString(), QStringLiteral("-0.0123"));
        QCOMPARE(result.value().accTradeVolume24h.toString(), QStringLiteral("3344.3872093"));
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
        const auto result = upbit::parseTicker(body, QStringLiteral("KRW-BTC"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ExchangeError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestUpbitParsers)
#include "tst_upbitparsers.moc"
