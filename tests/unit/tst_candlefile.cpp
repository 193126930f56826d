#include "replay/CandleFile.h"

#include "CandleFileHarness.h"
#include "FuzzFindings.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace autocoin;

class TestCandleFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theRecordedHourlyHistory()
    {
        // 31,200 real hourly rows with 52 duplicated hours and 31 gaps (shared/data/README); the gaps
        // cover 54 hours in all (checked independently with Python's csv module).
        const auto file = CandleFile::load(
            QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
        QCOMPARE(file.value().timeframe, Timeframe::minutes(60));
        const CandleSeries &series = file.value().series;
        QCOMPARE(series.duplicatesDropped, 52);
        QCOMPARE(series.candles.size(), 31200 - 52);
        int missing = 0;
        for (const CandleGap &gap : series.gaps)
            missing += gap.missing;
        QCOMPARE(series.gaps.size(), 31);
        QCOMPARE(missing, 54);
        // KST 2017-10-05 07:00 is 2017-10-04 22:00 UTC.
        QCOMPARE(series.candles.constFirst().openTime, QDateTime(QDate(2017, 10, 4), QTime(22, 0), QTimeZone::utc()));
        for (qsizetype i = 1; i < series.candles.size(); ++i)
            QVERIFY(series.candles[i - 1].openTime < series.candles[i].openTime);
    }

    void exchangeJson()
    {
        const auto file = CandleFile::load(QStringLiteral(AUTOCOIN_TEST_DATA "/upbit_candles_1m_krw_btc.json"));
        QVERIFY(file.ok());
        QCOMPARE(file.value().market, QStringLiteral("KRW-BTC"));
        QCOMPARE(file.value().timeframe, Timeframe::minutes(1));
        QCOMPARE(file.value().series.candles.size(), 40);
    }

    void badFilesSayWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header columns") << QByteArray("a,b,c\n1,2,3\n") << "opening_price";
        QTest::newRow("bad price") << QByteArray("candle_date_time_kst,opening_price,high_price,low_price,trade_price\n"
                                                 "2021-01-01T00:00:00,1,2,x,1\n")
                                   << "line 2";
        QTest::newRow("bad time") << QByteArray("candle_date_time_utc,opening_price,high_price,low_price,trade_price\n"
                                                "yesterday,1,2,1,1\n")
                                  << "bad time";
        QTest::newRow("empty") << QByteArray("candle_date_time_utc,opening_price,high_price,low_price,trade_price\n")
                               << "no candles";
        QTest::newRow("json garbage") << QByteArray("[{\"market\":1}") << "not JSON";
    }
    void badFilesSayWhereAndWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candles.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        const auto file = CandleFile::load(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message.contains(expected), qPrintable(file.error().message));
        QVERIFY(file.error().message.contains(path));
    }

    void missingFile()
    {
        const auto file = CandleFile::load(QStringLiteral("/nonexistent/candles.csv"));
        QVERIFY(!file.ok());
        QVERIFY(file.error().message.contains(QStringLiteral("cannot read")));
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // same harness the fuzz_candlefile target runs.
    void fuzzInputs_data() { autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_candlefile")); }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::candleFile, input);
    }
};

QTEST_GUILESS_MAIN(TestCandleFile)
#include "tst_candlefile.moc"
