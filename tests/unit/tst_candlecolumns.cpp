#include "core/CandleColumns.h"
#include "replay/CandleCache.h"
#include "replay/CandleFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace autocoin;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

/// What differs between load() and loadColumns() of one file (empty when nothing does).
QString differences(const Result<CandleFile> &expected, const Result<CandleColumnsFile> &actual)
{
    if (expected.ok() != actual.ok())
        return QStringLiteral("load %1, loadColumns %2")
            .arg(expected.ok() ? QStringLiteral("ok") : expected.error().message,
                 actual.ok() ? QStringLiteral("ok") : actual.error().message);
    if (!expected.ok()) {
        if (expected.error().message != actual.error().message || expected.error().kind != actual.error().kind)
            return QStringLiteral("messages: %1 / %2").arg(expected.error().message, actual.error().message);
        return {};
    }
    const CandleFile &want = expected.value();
    const CandleColumnsFile &got = actual.value();
    if (want.market != got.market)
        return QStringLiteral("market %1 / %2").arg(want.market, got.market);
    if (!(want.timeframe == got.timeframe))
        return QStringLiteral("timeframe %1 / %2").arg(want.timeframe.toString(), got.timeframe.toString());
    if (want.series.duplicatesDropped != got.duplicatesDropped)
        return QStringLiteral("duplicates %1 / %2").arg(want.series.duplicatesDropped).arg(got.duplicatesDropped);
    if (want.series.gaps.size() != got.gaps.size())
        return QStringLiteral("gaps %1 / %2").arg(want.series.gaps.size()).arg(got.gaps.size());
    for (qsizetype i = 0; i < got.gaps.size(); ++i) {
        if (want.series.gaps[i].from != got.gaps[i].from || want.series.gaps[i].missing != got.gaps[i].missing)
            return QStringLiteral("gap %1").arg(i);
    }
    const QList<Candle> candles = got.candles.toList();
    if (want.series.candles.size() != candles.size())
        return QStringLiteral("candles %1 / %2").arg(want.series.candles.size()).arg(candles.size());
    for (qsizetype i = 0; i < candles.size(); ++i) {
        const Candle &a = want.series.candles[i];
        const Candle &b = candles[i];
        if (!(a == b) || b.openTime.timeSpec() != Qt::UTC)
            return QStringLiteral("candle %1: %2 %3 %4 %5 %6 %7 / %8 %9 %10 %11 %12 %13")
                .arg(i)
                .arg(a.openTime.toString(Qt::ISODateWithMs), a.open.toString(), a.high.toString(), a.low.toString(),
                     a.close.toString(), a.volume.toString(), b.openTime.toString(Qt::ISODateWithMs), b.open.toString(),
                     b.high.toString())
                .arg(b.low.toString(), b.close.toString(), b.volume.toString());
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray kHeader =
    "candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n";

/// `rows` minute rows from KST 2021-01-01 09:00 (or a shape given by `row`).
QByteArray minutes(int rows, int from = 0)
{
    QByteArray out;
    const QDateTime start(QDate(2021, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = from; i < from + rows; ++i) {
        out += start.addSecs(60 * i).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + ',' +
               QByteArray::number(1000 + i % 7) + ',' + QByteArray::number(1010 + i % 7) + ',' +
               QByteArray::number(990 + i % 7) + ',' + QByteArray::number(1001 + i % 7) + ",0." +
               QByteArray::number(1234 + i) + '\n';
    }
    return out;
}

} // namespace

class TestCandleColumns final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    int m_files = 0;
    int m_scanned = 0; ///< files the scanner read (not the general reader)

    /// A new file (its own path: a cache entry never outlives its content's size and time by luck).
    QString newFile(const QByteArray &bytes, const QString &suffix = QStringLiteral(".csv"))
    {
        const QString path = m_home.filePath(QStringLiteral("data/%1%2").arg(++m_files).arg(suffix));
        return writeAll(path, bytes) ? path : QString();
    }

    /// load() and loadColumns() agree, cold (no cache entry yet) and warm (from the entry written).
    QString agreeColdAndWarm(const QString &path)
    {
        const auto expected = CandleFile::load(path);
        const auto cold = CandleFile::loadColumns(path);
        if (const QString diff = differences(expected, cold); !diff.isEmpty())
            return QStringLiteral("cold: ") + diff;
        if (cold.ok() && cold.value().readBy == CandleColumnsFile::ReadBy::Cache)
            return QStringLiteral("cold: read from a cache entry that should not exist");
        m_scanned += cold.ok() && cold.value().readBy == CandleColumnsFile::ReadBy::Scanner ? 1 : 0;
        const auto warm = CandleFile::loadColumns(path);
        if (const QString diff = differences(expected, warm); !diff.isEmpty())
            return QStringLiteral("warm: ") + diff;
        // Every file read is cached, but one with a column of whole Decimals (a value beyond 64 bits
        // at its column's scale, which no real price or volume is).
        bool wide = false;
        for (int f = 0; cold.ok() && f < 6; ++f)
            wide = wide || cold.value().candles.isWide(CandleColumns::Field(f));
        if (warm.ok() && (warm.value().readBy == CandleColumnsFile::ReadBy::Cache) == wide)
            return wide ? QStringLiteral("warm: a wide column cached")
                        : QStringLiteral("warm: not read from the cache");
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the real home: the cache goes to a temporary directory.
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("data")));
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        qunsetenv("AUTOCOIN_CANDLE_CACHE");
        QCOMPARE(CandleCache::directory(), m_home.filePath(QStringLiteral("cache/autocoin/candles")));
    }

    void theRecordedFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("scanned");
        for (const QString &folder : {QStringLiteral("upbit-krw-btc-1h"), QStringLiteral("upbit-krw-6markets-1h"),
                                      QStringLiteral("upbit-krw-5markets-1m"), QStringLiteral("upbit-api-responses")}) {
            const QDir dir(QStringLiteral(AUTOCOIN_SHARED_DATA "/") + folder);
            for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("upbit_*m_*.json")},
                                                           QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(folder + u'/' + info.fileName()))
                    << info.filePath() << (info.suffix() == u"csv");
            }
        }
        QTest::newRow("tests/data json") << QStringLiteral(AUTOCOIN_TEST_DATA "/upbit_candles_1m_krw_btc.json")
                                         << false;
    }
    void theRecordedFiles()
    {
        // Every recorded file (52 repeated hours in the BTC one) the same both ways; every CSV by
        // the scanner: the fast path covers what users load.
        QFETCH(QString, path);
        QFETCH(bool, scanned);
        const QString copy = newFile(readAll(path), QStringLiteral(".") + QFileInfo(path).suffix());
        const int before = m_scanned;
        const QString diff = agreeColdAndWarm(copy);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(m_scanned - before, scanned ? 1 : 0);
    }

    void theFuzzSeeds_data()
    {
        QTest::addColumn<QByteArray>("content");
        for (const QString &folder : {QStringLiteral(AUTOCOIN_TEST_DATA "/../fuzz/corpus/fuzz_candlefile"),
                                      QStringLiteral(AUTOCOIN_TEST_DATA "/fuzz/fuzz_candlefile")}) {
            for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(info.fileName())) << readAll(info.filePath());
        }
    }
    void theFuzzSeeds()
    {
        QFETCH(QByteArray, content);
        const QString diff = agreeColdAndWarm(newFile(content));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void oddAndBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray rows = minutes(40);
        const QList<QByteArray> lines = rows.split('\n');
        const auto withRow = [&](int at, const QByteArray &row) -> QByteArray {
            QList<QByteArray> changed = lines;
            changed[at] = row;
            return kHeader + changed.join('\n');
        };
        QTest::newRow("plain") << kHeader + rows;
        QTest::newRow("utc") << QByteArray(kHeader).replace("_kst", "_utc") + rows;
        QTest::newRow("no volume column")
            << QByteArray("candle_date_time_utc,opening_price,high_price,low_price,trade_price\n"
                          "2021-01-01T00:00:00,1,2,1,1\n2021-01-01T01:00:00,1,2,1,2\n");
        QTest::newRow("columns reordered, upper case, blanks")
            << QByteArray(" Trade_Price , LOW_PRICE,high_price,candle_acc_trade_volume ,opening_price,"
                          "candle_date_time_utc,extra\n105,90,110,1.5,100,2021-01-01T00:00:00,x\n"
                          " 106 ,\t91,111,2, 101 , 2021-01-01 01:00:00 ,y\n");
        QTest::newRow("a name twice") << QByteArray(
            "candle_date_time_utc,opening_price,high_price,low_price,trade_price,opening_price\n"
            "2021-01-01T00:00:00,1,2,1,1,2\n");
        QTest::newRow("byte-order mark, CRLF, blank lines")
            << "\xEF\xBB\xBF" + QByteArray(kHeader + lines[0] + "\r\n\r\n" + lines[1] + "\r\n   \n" + lines[2]);
        QTest::newRow("no line end at the end") << kHeader + rows.chopped(1);
        QTest::newRow("only a header") << kHeader;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blanks only") << QByteArray(" \n\t\n");
        QTest::newRow("one candle") << kHeader + lines[0];
        QTest::newRow("a trailing comma") << withRow(3, lines[3] + ',');
        QTest::newRow("a field short") << withRow(3, lines[3].left(lines[3].lastIndexOf(',')));
        QTest::newRow("an identical repeat") << withRow(3, lines[2]);
        QTest::newRow("repeats at the end") << kHeader + rows + lines[39] + '\n' + lines[39] + '\n';
        QTest::newRow("a repeat that differs") << withRow(3, QByteArray(lines[2]).replace(",0.", ",1."));
        QTest::newRow("an identical repeat out of order") << kHeader + rows + lines[5] + '\n';
        QTest::newRow("out of order") << kHeader + lines[1] + '\n' + lines[0] + '\n' + lines[2];
        QTest::newRow("a gap") << kHeader + rows + minutes(5, 47);
        QTest::newRow("an uneven gap") << kHeader + rows + QByteArray(minutes(1, 45)).replace(":00,", ":30,");
        QTest::newRow("hours with a minute") << QByteArray(kHeader).replace("_kst", "_utc") +
                                                    "2021-01-01T00:00:00,1,2,1,1,1\n2021-01-01T01:00:00,1,2,1,1,1\n"
                                                    "2021-01-01T02:00:00,1,2,1,1,1\n2021-01-01T02:01:00,1,2,1,1,1\n";
        // Time shapes: the scanner's, and every other one the general reader decides on.
        for (const char *time : {"2021-01-01 09:03:00",
                                 "2021-01-01T09:03:00Z",
                                 "2021-01-01T09:03:00+09:00",
                                 "2021-01-01T09:03:00.000",
                                 "2021-01-01T09:03:00.5",
                                 "2021-01-01T09:03",
                                 "2021-01-01",
                                 "2021-02-29T09:03:00",
                                 "2020-02-29T09:03:00",
                                 "2021-04-31T09:03:00",
                                 "1899-12-31T23:00:00",
                                 "1900-01-01T00:00:00",
                                 "2021-13-01T09:03:00",
                                 "2021-01-01T24:00:00",
                                 "2021-01-01T23:59:60",
                                 "2021-1-01T09:03:00",
                                 "2021-01-01X09:03:00",
                                 "２021-01-01T09:03:00",
                                 "+2021-01-01T09:03:00",
                                 ""}) {
            QTest::newRow(qPrintable(QStringLiteral("time \"%1\"").arg(QString::fromUtf8(time))))
                << withRow(3, QByteArray(time) + lines[3].mid(lines[3].indexOf(',')));
        }
        // Value shapes.
        for (const char *value : {"1000.",
                                  "1000.0",
                                  "01000",
                                  "1000.50",
                                  ".5",
                                  "0.5",
                                  "1e3",
                                  "+1000",
                                  "-1000",
                                  "1_000",
                                  "1000 ",
                                  "10 00",
                                  "",
                                  ".",
                                  "0",
                                  "0.0",
                                  "1000.000000001",
                                  "1000.00000001",
                                  "1000.000000010",
                                  "1000.0000000000",
                                  "999999999999",
                                  "999999999999.99999999",
                                  "1000000000000",
                                  "123456789012345678",
                                  "1234567890123456789",
                                  "１０００"}) {
            const QByteArray text(value);
            const QList<QByteArray> cells = lines[3].split(',');
            QTest::newRow(qPrintable(QStringLiteral("prices \"%1\"").arg(QString::fromUtf8(value))))
                << withRow(3, cells[0] + ',' + text + ',' + text + ',' + text + ',' + text + ',' + cells[5]);
            QTest::newRow(qPrintable(QStringLiteral("open \"%1\"").arg(QString::fromUtf8(value))))
                << withRow(3, cells[0] + ',' + text + ",999999999999.99999999,0.00000001," + cells[4] + ',' + cells[5]);
        }
        for (const char *volume : {"0", "0.0", "00", "1.", ".1", "999999999999999", "999999999999999.999",
                                   "1000000000000000", "0.000000000000000001", "0.0000000000000000001",
                                   "123456789012345678", "1234567890123456789", "99999999999999.9999", "-1", "1e2"}) {
            const QByteArray row = lines[3].left(lines[3].lastIndexOf(',') + 1) + volume;
            QTest::newRow(qPrintable(QStringLiteral("volume \"%1\"").arg(QString::fromUtf8(volume))))
                << withRow(3, row);
        }
        QTest::newRow("volume 10^15 among whole volumes")
            << QByteArray(kHeader + "2021-01-01T09:00:00,1,1,1,1,5\n2021-01-01T09:01:00,1,1,1,1,1000000000000000\n");
        QTest::newRow("volume below 10^15 among whole volumes")
            << QByteArray(kHeader + "2021-01-01T09:00:00,1,1,1,1,5\n2021-01-01T09:01:00,1,1,1,1,999999999999999\n");
        // Values that move a column's scale: more decimals after many rows, a wide value.
        QTest::newRow("decimals late") << withRow(30, QByteArray(lines[30]).replace(",1001,", ",1001.123456,"));
        QTest::newRow("beyond 64 bits at the column's scale")
            << withRow(30, lines[30].left(lines[30].lastIndexOf(',') + 1) + "99999999999999.9999") +
                   "\n2021-01-01T09:40:00,1,1,1,1,0.000000000000000001\n";
        QTest::newRow("prices high and low") << withRow(3, QByteArray("2021-01-01T09:03:00,999999999999,"
                                                                      "999999999999.99999999,0.00000001,1,1"));
        QTest::newRow("open above high") << withRow(3, QByteArray("2021-01-01T09:03:00,1011,1010,990,1000,1"));
        QTest::newRow("open below low") << withRow(3, QByteArray("2021-01-01T09:03:00,989.99999999,1010,990,1000,1"));
        QTest::newRow("close above high")
            << withRow(3, QByteArray("2021-01-01T09:03:00,1000,1010,990,1010.00000001,1"));
        QTest::newRow("close below low") << withRow(3, QByteArray("2021-01-01T09:03:00,1000,1010,990,989,1"));
        QTest::newRow("high below low") << withRow(3, QByteArray("2021-01-01T09:03:00,1000,989,990,1000,1"));
        QTest::newRow("high equals low") << withRow(3, QByteArray("2021-01-01T09:03:00,990,990,990,990,1"));
        QTest::newRow("fractions compared") << withRow(3, QByteArray("2021-01-01T09:03:00,0.5,0.50000001,0.1,0.4,1"));
        // Line lengths around the limit (blanks after a row are trimmed; a long cell is a bad one).
        const auto padded = [&](qsizetype bytes) -> QByteArray {
            return lines[3] + QByteArray(bytes - lines[3].size(), ' ');
        };
        QTest::newRow("4095 bytes and a line end") << withRow(3, padded(4095));
        QTest::newRow("4096 bytes and a line end") << withRow(3, padded(4096));
        QTest::newRow("4096 bytes at the end") << kHeader + rows + padded(4096);
        QTest::newRow("4097 bytes at the end") << kHeader + rows + padded(4097);
        QTest::newRow("5000 bytes") << withRow(3, padded(5000));
        QTest::newRow("a 5000-byte header") << kHeader.chopped(1) + QByteArray(5000, ' ') + '\n' + rows;
        QTest::newRow("a 3000-byte cell") << withRow(3, lines[3] + QByteArray(3000, '7'));
        // Long rows first, then short ones: more rows than the first thousand suggested.
        QByteArray longThenShort = kHeader;
        for (const QByteArray &row : minutes(1100).split('\n')) {
            if (!row.isEmpty())
                longThenShort += row + QByteArray(200, ' ') + '\n';
        }
        QTest::newRow("long rows, then short ones") << longThenShort + minutes(5000, 1100);
        // Seoul's offset changes (1961: +8:30 to +9; 1987: summer time), every half hour: skipped
        // and repeated wall times included.
        QByteArray kst = kHeader;
        for (const QDate &first : {QDate(1961, 8, 8), QDate(1987, 5, 8), QDate(1987, 10, 9)}) {
            for (int slot = 0; slot < 6 * 48; ++slot) {
                const QDateTime wall = QDateTime(first, QTime(0, 0), QTimeZone::utc()).addSecs(slot * 1800);
                kst += wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + ",100,110,90,105,1\n";
            }
        }
        QTest::newRow("KST across offset changes") << kst;
        QByteArray kst1987 = kHeader; // only the summer's start and its days around: in order, a skipped hour
        for (int slot = 0; slot < 5 * 48; ++slot) {
            const QDateTime wall = QDateTime(QDate(1987, 5, 8), QTime(0, 0), QTimeZone::utc()).addSecs(slot * 1800);
            kst1987 += wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + ",100,110,90,105,1\n";
        }
        QTest::newRow("KST into summer time") << kst1987;
        QTest::newRow("json") << QByteArray("[{\"market\":\"KRW-BTC\",\"candle_date_time_utc\":\"2021-01-01T00:00:00\","
                                            "\"opening_price\":100,\"high_price\":110,\"low_price\":95,"
                                            "\"trade_price\":102,\"candle_acc_trade_volume\":1,"
                                            "\"candle_acc_trade_price\":100.5}]");
        QTest::newRow("json refused") << QByteArray("[{\"market\":\"KRW-BTC\",\"candle_date_time_utc\":\"2021-01-01\","
                                                    "\"opening_price\":100,\"high_price\":90}]");
        QTest::newRow("json after blanks") << QByteArray("\xEF\xBB\xBF  \n{\"a\":1}");
        QTest::newRow("binary") << QByteArray("\x8f\x01\xff\xfe,\x00\x13\n\x99\x98\n", 11);
    }
    void oddAndBadFiles()
    {
        QFETCH(QByteArray, content);
        const QString diff = agreeColdAndWarm(newFile(content));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void randomMutations()
    {
        // 250 damaged copies of a recorded file's first rows — bytes changed, inserted
        // and removed, lines repeated, moved and dropped — the same both ways, cold and warm.
        QFile recorded(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-5markets-1m/KRW-BTC.csv"));
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QByteArray base;
        for (int i = 0; i < 60; ++i)
            base += recorded.readLine();
        std::mt19937 random(16);
        const QByteArray alphabet = "0123456789.,:-T \n\r\tx+e";
        const auto pick = [&random](qsizetype size) {
            return qsizetype(std::uniform_int_distribution<qsizetype>(0, size - 1)(random));
        };
        const int scannedBefore = m_scanned;
        for (int round = 0; round < 250; ++round) {
            QByteArray bytes = base;
            for (int edits = 1 + round % 3; edits > 0; --edits) {
                QList<QByteArray> lines = bytes.split('\n');
                switch (pick(6)) {
                case 0:
                    bytes[pick(bytes.size())] = alphabet[pick(alphabet.size())];
                    continue;
                case 1:
                    bytes.insert(pick(bytes.size()), alphabet[pick(alphabet.size())]);
                    continue;
                case 2:
                    bytes.remove(pick(bytes.size()), 1 + pick(3));
                    continue;
                case 3:
                    lines.insert(pick(lines.size()), lines[pick(lines.size())]);
                    break;
                case 4:
                    lines.swapItemsAt(pick(lines.size()), pick(lines.size()));
                    break;
                default:
                    lines.removeAt(pick(lines.size()));
                    break;
                }
                bytes = lines.join('\n');
            }
            const QString diff = agreeColdAndWarm(newFile(bytes));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
        }
        QVERIFY(m_scanned - scannedBefore > 25); // the scanner's own judgement was tested, not only skipped
    }

    void aDamagedCacheEntryIsIgnoredAndRewritten_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *damage : {"byte in the candles", "byte in the header", "checksum", "version", "truncated",
                                   "longer", "empty", "garbage", "the path", "a directory"})
            QTest::newRow(damage) << QString::fromLatin1(damage);
    }
    void aDamagedCacheEntryIsIgnoredAndRewritten()
    {
        QFETCH(QString, damage);
        const QString path = newFile(kHeader + minutes(500));
        const auto expected = CandleFile::load(path);
        QVERIFY(CandleFile::loadColumns(path).ok());
        const QString entry = CandleCache(path).entryPath();
        QByteArray bytes = readAll(entry);
        QVERIFY(bytes.size() > 500 * 56);
        QVERIFY(CandleCache(path).read().has_value());
        if (damage == u"byte in the candles")
            bytes[bytes.size() - 1000] = char(bytes[bytes.size() - 1000] ^ 0x10);
        else if (damage == u"byte in the header")
            bytes[50] = char(bytes[50] ^ 0x01); // the duplicates dropped
        else if (damage == u"checksum")
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
        else if (damage == u"version")
            bytes[8] = char(bytes[8] + 1);
        else if (damage == u"truncated")
            bytes.chop(8 * 7 + 3);
        else if (damage == u"longer")
            bytes += QByteArray(56, '\0');
        else if (damage == u"empty")
            bytes.clear();
        else if (damage == u"garbage")
            bytes = QByteArray(bytes.size(), 'x');
        else if (damage == u"the path")
            bytes[100] = char(bytes[100] ^ 0x01);
        if (damage == u"a directory") {
            QVERIFY(QFile::remove(entry));
            QVERIFY(QDir().mkpath(entry + QStringLiteral("/x")));
        } else {
            QVERIFY(writeAll(entry, bytes));
        }
        QVERIFY(!CandleCache(path).read().has_value());
        const auto loaded = CandleFile::loadColumns(path);
        QVERIFY2(differences(expected, loaded).isEmpty(), qPrintable(differences(expected, loaded)));
        QVERIFY(loaded.value().readBy != CandleColumnsFile::ReadBy::Cache);
        if (damage == u"a directory") { // cannot be replaced: no cache, no error
            QVERIFY(!CandleCache(path).read().has_value());
            QVERIFY(QDir(entry).removeRecursively());
            return;
        }
        QVERIFY(CandleCache(path).read().has_value()); // rewritten
        const auto warm = CandleFile::loadColumns(path);
        QVERIFY(differences(expected, warm).isEmpty());
        QCOMPARE(warm.value().readBy, CandleColumnsFile::ReadBy::Cache);
    }

    void aChangedSourceIsReadAgain()
    {
        const QByteArray before = kHeader + minutes(100);
        const QString path = newFile(before);
        QVERIFY(CandleFile::loadColumns(path).ok());
        QCOMPARE(CandleFile::loadColumns(path).value().readBy, CandleColumnsFile::ReadBy::Cache);
        const QDateTime written = QFileInfo(path).lastModified();

        // The same size and another time: another price.
        QByteArray after = before;
        after.replace(",1000,", ",1001,");
        QCOMPARE(after.size(), before.size());
        QVERIFY(writeAll(path, after));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(written.addSecs(10), QFileDevice::FileModificationTime));
        file.close();
        auto loaded = CandleFile::loadColumns(path);
        QVERIFY(differences(CandleFile::load(path), loaded).isEmpty());
        QVERIFY(loaded.value().readBy != CandleColumnsFile::ReadBy::Cache);
        QCOMPARE(loaded.value().candles.value(CandleColumns::Field::Open, 0), d("1001"));

        // Another size at the same time: a row more.
        QVERIFY(writeAll(path, after + minutes(1, 100)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(written.addSecs(10), QFileDevice::FileModificationTime));
        file.close();
        loaded = CandleFile::loadColumns(path);
        QVERIFY(loaded.value().readBy != CandleColumnsFile::ReadBy::Cache);
        QCOMPARE(loaded.value().candles.size(), 101);
        QCOMPARE(CandleFile::loadColumns(path).value().readBy, CandleColumnsFile::ReadBy::Cache);
    }

    void noCacheWhenOffOrUnwritable()
    {
        const QString path = newFile(kHeader + minutes(50));
        const auto expected = CandleFile::load(path);
        qputenv("AUTOCOIN_CANDLE_CACHE", "off");
        for (int i = 0; i < 2; ++i) {
            const auto loaded = CandleFile::loadColumns(path);
            QVERIFY(differences(expected, loaded).isEmpty());
            QCOMPARE(loaded.value().readBy, CandleColumnsFile::ReadBy::Scanner);
        }
        QVERIFY(!CandleCache(path).isValid());
        qunsetenv("AUTOCOIN_CANDLE_CACHE");
        QVERIFY(!QFile::exists(CandleCache(path).entryPath()));

        // A cache directory that cannot be made (its parent is a file): loads as ever.
        const QByteArray cacheHome = qgetenv("XDG_CACHE_HOME");
        const QString blocked = m_home.filePath(QStringLiteral("not-a-directory"));
        QVERIFY(writeAll(blocked, "x"));
        qputenv("XDG_CACHE_HOME", blocked.toLocal8Bit());
        for (int i = 0; i < 2; ++i) {
            const auto loaded = CandleFile::loadColumns(path);
            QVERIFY(differences(expected, loaded).isEmpty());
            QCOMPARE(loaded.value().readBy, CandleColumnsFile::ReadBy::Scanner);
        }
        qputenv("XDG_CACHE_HOME", cacheHome);
    }

    // DecimalColumn and CandleColumns.

    void aColumnRescalesForMoreDecimals()
    {
        DecimalColumn column;
        column.append(d("150700000"));
        column.appendUnits(15, 1);  // 1.5
        column.appendUnits(100, 2); // 1: no wider scale than needed
        QCOMPARE(column.scale(), 1);
        column.append(d("0.00202257"));
        QCOMPARE(column.scale(), 8);
        QVERIFY(!column.isWide());
        QCOMPARE(column.at(0), d("150700000"));
        QCOMPARE(column.at(1), d("1.5"));
        QCOMPARE(column.at(2), d("1"));
        QCOMPARE(column.at(3), d("0.00202257"));
        QCOMPARE(column.units()[0], std::int64_t(15070000000000000));
    }

    void aColumnWidensWhenAValueDoesNotFit()
    {
        for (const bool byUnits : {false, true}) {
            DecimalColumn column;
            column.append(d("999999999999999999")); // 18 digits at scale 0
            if (byUnits)
                column.appendUnits(1, 1); // 0.1: the first value would need 19 digits and more at scale 1
            else
                column.append(d("0.1"));
            QVERIFY(column.isWide());
            column.appendUnits(-25, 3);
            QCOMPARE(column.size(), 3);
            QCOMPARE(column.at(0), d("999999999999999999"));
            QCOMPARE(column.at(1), d("0.1"));
            QCOMPARE(column.at(2), d("-0.025"));
            QCOMPARE(column.toDouble(0), d("999999999999999999").toDouble());
        }
        // A value beyond 64 bits at the column's scale, appended later.
        DecimalColumn column;
        column.appendUnits(1, 18);
        column.appendUnits(10, 0); // 10 at scale 18 is 10^19: does not fit
        QVERIFY(column.isWide());
        QCOMPARE(column.at(0), d("0.000000000000000001"));
        QCOMPARE(column.at(1), d("10"));
    }

    void appendUnitsIsAppendOfTheDecimal()
    {
        std::mt19937_64 random(7);
        DecimalColumn byUnits;
        DecimalColumn byDecimals;
        for (int i = 0; i < 20000; ++i) {
            const int scale = int(random() % 19);
            const std::int64_t units = std::int64_t(random() % 1000000000000ULL) - 500000000000;
            byUnits.appendUnits(units, scale);
            byDecimals.append(Decimal::fromUnits(units, scale));
            QCOMPARE(byUnits.scale(), byDecimals.scale());
            QCOMPARE(byUnits.isWide(), byDecimals.isWide());
        }
        for (qsizetype i = 0; i < byUnits.size(); ++i)
            QCOMPARE(byUnits.at(i), byDecimals.at(i));
    }

    void toDoubleIsTheDecimalsOverTheRecordedFiles()
    {
        qsizetype values = 0;
        const QDir root(QStringLiteral(AUTOCOIN_SHARED_DATA));
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QFileInfo &info :
                 QDir(root.filePath(folder))
                     .entryInfoList({QStringLiteral("*.csv"), QStringLiteral("upbit_*m_*.json")}, QDir::Files)) {
                const auto file = CandleFile::loadColumns(info.filePath());
                QVERIFY2(file.ok(), qPrintable(info.filePath()));
                const CandleColumns &candles = file.value().candles;
                for (int f = 0; f < 6; ++f) {
                    const auto field = CandleColumns::Field(f);
                    for (qsizetype i = 0; i < candles.size(); ++i, ++values) {
                        const double fast = candles.toDouble(field, i);
                        const double exact = candles.value(field, i).toDouble();
                        if (fast != exact) // not QCOMPARE: that compares doubles fuzzily
                            QFAIL(qPrintable(QStringLiteral("%1 field %2 candle %3: %4 / %5")
                                                 .arg(info.fileName())
                                                 .arg(f)
                                                 .arg(i)
                                                 .arg(fast, 0, 'g', 17)
                                                 .arg(exact, 0, 'g', 17)));
                    }
                }
            }
        }
        QVERIFY(values > 1000000);
    }

    void viewsByMidAndBetween()
    {
        const auto file = CandleFile::loadColumns(newFile(kHeader + minutes(100)));
        QVERIFY(file.ok());
        const CandleColumns &all = file.value().candles;
        const QList<Candle> list = all.toList();
        QCOMPARE(all.mid(10, 5).toList(), list.mid(10, 5));
        QCOMPARE(all.mid(95).toList(), list.mid(95));
        QCOMPARE(all.mid(90, 50).size(), 10);
        QCOMPARE(all.mid(10, 20).mid(5, 3).toList(), list.mid(15, 3));
        QCOMPARE(all.mid(10, 5).bytes(), all.bytes()); // a view shares the columns
        const QDateTime from = list[20].openTime;
        const QDateTime to = list[30].openTime;
        QCOMPARE(all.between(from, to).toList(), list.mid(20, 10));
        QCOMPARE(all.between(from.addSecs(1), QDateTime()).toList(), list.mid(21));
        QCOMPARE(all.between(QDateTime(), to).toList(), list.mid(0, 30));
        QCOMPARE(all.mid(10, 40).between(from, to).first(), list[20]);
        QCOMPARE(all.mid(10, 40).openTime(0), list[10].openTime);
        QCOMPARE(all.mid(10, 40).openTimesMs().front(), list[10].openTime.toMSecsSinceEpoch());
        QCOMPARE(all.mid(10, 40).units(CandleColumns::Field::Open).size(), std::size_t(40));
        QCOMPARE(all.mid(10, 40).units(CandleColumns::Field::Open).front(), std::int64_t(1003));
    }

    void appendingToASharedViewCopies()
    {
        const auto file = CandleFile::loadColumns(newFile(kHeader + minutes(10)));
        const CandleColumns all = file.value().candles;
        const QList<Candle> list = all.toList();
        Candle extra = list.last();
        extra.openTime = extra.openTime.addSecs(60);
        extra.close = d("1000.5");

        CandleColumns copy = all;
        copy.append(extra);
        QCOMPARE(copy.size(), 11);
        QCOMPARE(copy.last(), extra);
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.toList(), list);

        CandleColumns view = all.mid(2, 3);
        view.append(extra);
        QCOMPARE(view.size(), 4);
        QCOMPARE(view.toList(), list.mid(2, 3) + QList<Candle>{extra});
        QCOMPARE(all.toList(), list);
        QCOMPARE(all.value(CandleColumns::Field::Close, 9), list[9].close);

        QVERIFY(CandleColumns::fromColumns({1, 2}, {}) == std::nullopt); // lengths differ
        QVERIFY(CandleColumns::fromColumns({}, {})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCandleColumns)
#include "tst_candlecolumns.moc"
