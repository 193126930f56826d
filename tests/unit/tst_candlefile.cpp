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

        // Hostile or damaged input: each refused with the line that is at fault.
        const QByteArray header = "candle_date_time_utc,opening_price,high_price,low_price,trade_price,"
                                  "candle_acc_trade_volume\n";
        const QByteArray good = "2021-01-01T00:00:00,100,110,90,105,1.5\n";
        QTest::newRow("missing column") << QByteArray(header + good + "2021-01-01T01:00:00,100,110,90,105\n")
                                        << "line 3: 5 fields where the header names 6";
        QTest::newRow("NaN") << QByteArray(header + "2021-01-01T00:00:00,NaN,110,90,105,1\n")
                             << "line 2: bad opening_price \"NaN\"";
        QTest::newRow("inf") << QByteArray(header + good + "2021-01-01T01:00:00,100,inf,90,105,1\n")
                             << "line 3: bad high_price \"inf\"";
        QTest::newRow("bad volume") << QByteArray(header + "2021-01-01T00:00:00,100,110,90,105,lots\n")
                                    << "line 2: bad candle_acc_trade_volume";
        QTest::newRow("empty file") << QByteArray() << "empty file";
        QTest::newRow("random bytes") << QByteArray("\x8f\x01\xff\xfe,\x00\x13\n\x99\x98\n", 11)
                                      << "CSV header has no opening_price";
        QTest::newRow("zero price") << QByteArray(header + "2021-01-01T00:00:00,0,110,0,105,1\n")
                                    << "line 2: the open price 0 is not positive";
        QTest::newRow("negative price") << QByteArray(header + good + "2021-01-01T01:00:00,100,110,-90,105,1\n")
                                        << "line 3: the low price -90 is not positive";
        QTest::newRow("high below low") << QByteArray(header + "2021-01-01T00:00:00,100,90,110,100,1\n")
                                        << "line 2: the high 90 is below the low 110";
        QTest::newRow("open above high") << QByteArray(header + "2021-01-01T00:00:00,120,110,90,100,1\n")
                                         << "line 2: the open 120 is outside the low-high range [90, 110]";
        QTest::newRow("close below low") << QByteArray(header + "2021-01-01T00:00:00,100,110,90,80,1\n")
                                         << "line 2: the close 80 is outside";
        QTest::newRow("negative volume") << QByteArray(header + "2021-01-01T00:00:00,100,110,90,105,-1\n")
                                         << "line 2: the volume \"-1\" is negative";
        QTest::newRow("conflicting duplicate")
            << QByteArray(header + good + "2021-01-01T01:00:00,105,110,90,100,1\n" +
                          "2021-01-01T00:00:00,100,111,90,105,1.5\n")
            << "line 4: the candle of 2021-01-01T00:00:00Z differs from the one given before (line 2)";
        QTest::newRow("38 digits") << QByteArray(header + "2021-01-01T00:00:00," + QByteArray(38, '9') + "," +
                                                 QByteArray(38, '9') + "," + QByteArray(38, '9') + "," +
                                                 QByteArray(38, '9') + ",1\n")
                                   << "line 2: the open price \"99999999999999999999999999999999999999\" has more "
                                      "than 12 digits before or 8 after the point";
        QTest::newRow("too many decimals")
            << QByteArray(header + "2021-01-01T00:00:00,100.000000001,110,90,105,1\n") << "line 2: the open price";
        QTest::newRow("json high below low")
            << QByteArray("[{\"market\":\"KRW-BTC\",\"candle_date_time_utc\":\"2021-01-01T00:00:00\","
                          "\"opening_price\":100,\"high_price\":90,\"low_price\":95,\"trade_price\":92,"
                          "\"candle_acc_trade_volume\":1}]")
            << "candle 1 (2021-01-01T00:00:00Z): the high 90 is below the low 95";
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

    void anIdenticalDuplicateIsDroppedNotRefused()
    {
        const QByteArray row = "2021-01-01T00:00:00,100,110,90,105,1.5\n";
        const auto file = CandleFile::parseCsv(
            "candle_date_time_utc,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n" + row +
            row);
        QVERIFY(file.ok());
        QCOMPARE(file.value().series.candles.size(), 1);
        QCOMPARE(file.value().series.duplicatesDropped, 1);
    }

    void aHugeCellIsNeitherReadWholeNorEchoed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("candle_date_time_utc,opening_price,high_price,low_price,trade_price\n2021-01-01T00:00:00,");
        const QByteArray chunk(1024 * 1024, '7');
        for (int i = 0; i < 64; ++i) // a 64 MB cell
            out.write(chunk);
        out.write(",2,1,1\n");
        out.close();
        const auto file = CandleFile::load(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message.contains(QStringLiteral("line 2 is longer than 4096 bytes")),
                 qPrintable(file.error().message.left(300)));
        QVERIFY(file.error().message.size() < 400);

        // A bad cell within the line limit is quoted short.
        const auto shortQuote = CandleFile::parseCsv("candle_date_time_utc,opening_price,high_price,low_price,"
                                                     "trade_price\n2021-01-01T00:00:00,1,2,1," +
                                                     QByteArray(3000, 'x') + "\n");
        QVERIFY(!shortQuote.ok());
        QVERIFY2(shortQuote.error().message.size() < 200, qPrintable(shortQuote.error().message));
        QVERIFY(shortQuote.error().message.contains(QStringLiteral("(3000 bytes)")));
    }

    void kstWallTimesAreReadAsTheZoneSays()
    {
        // Every half hour across Seoul's offset changes (+8:30 to +9 in 1961, summer time in 1987):
        // the loader's own wall-clock arithmetic must give what QDateTime with the zone gives,
        // skipped and repeated wall times included.
        QByteArray csv = "candle_date_time_kst,opening_price,high_price,low_price,trade_price\n";
        const QTimeZone seoul("Asia/Seoul");
        QList<QDateTime> expected;
        for (const QDate &first : {QDate(1961, 8, 8), QDate(1987, 5, 8), QDate(1987, 10, 9), QDate(2021, 1, 1)}) {
            for (int slot = 0; slot < 6 * 48; ++slot) {
                const QDateTime wall = QDateTime(first, QTime(0, 0), QTimeZone::utc()).addSecs(slot * 1800);
                csv += wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + ",100,110,90,105\n";
                expected.append(QDateTime(wall.date(), wall.time(), seoul).toUTC());
            }
        }
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        const auto file = CandleFile::parseCsv(csv);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
        const QList<Candle> &candles = file.value().series.candles;
        QCOMPARE(candles.size(), expected.size());
        for (qsizetype i = 0; i < candles.size(); ++i)
            QCOMPARE(candles[i].openTime.toString(Qt::ISODate), expected[i].toString(Qt::ISODate)); // "Z": UTC
    }

    void theLineLimitIsExact()
    {
        // As QIODevice::readLine(kMaxLineBytes + 1) cuts: 4095 bytes and a line end pass, 4096 do
        // only as the very last bytes of the file.
        const QByteArray header = "candle_date_time_utc,opening_price,high_price,low_price,trade_price\n";
        const QByteArray next = "2021-01-01T01:00:00,1,2,1,1\n";
        const auto file = [&header](qsizetype length, const QByteArray &after) {
            QByteArray bytes = header;
            bytes.append("2021-01-01T00:00:00,1,2,1,1");
            bytes.append(QByteArray(length - 27, ' ')); // trailing blanks: trimmed, still a candle
            bytes.append(after);
            return CandleFile::parseCsv(bytes);
        };
        QVERIFY(file(4095, "\n" + next).ok());
        QVERIFY(file(4096, QByteArray()).ok());
        const auto refused = file(4096, "\n" + next);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("line 2 is longer than 4096 bytes: not a candle file"));
        QVERIFY(!file(4096, "\n").ok());
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
