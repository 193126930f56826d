// Storage benchmark (not a test): inserts 100,000 strategy signals and 100,000 trades in
// batches, then reads the latest 1,000 of each, and prints rows per second and milliseconds.
//   bench_storage [DATABASE_URL] [batch size]
// Without a URL it uses a new SQLite file in a temporary directory. Results go in the notes.

#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace autocoin;

namespace {

const int kRows = qEnvironmentVariableIntValue("BENCH_ROWS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROWS") : 100000;

void report(const char *what, int rows, qint64 nanoseconds)
{
    const double ms = nanoseconds / 1e6;
    std::printf("%-34s %8d rows %10.1f ms %12.0f rows/s\n", what, rows, ms, rows / (ms / 1000.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString urlText = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("bench.db"));
    const int batch = argc > 2 ? std::atoi(argv[2]) : 1000;
    QString why;
    const auto url = DatabaseUrl::parse(urlText, dir.path(), &why);
    StorageError error;
    auto db = url ? Storage::open(*url, QStringLiteral("bench"), dir.path(), QTimeZone::utc(), &error) : nullptr;
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(urlText), qPrintable(url ? error.describe() : why));
        return 1;
    }
    if (!db->isSqlite()) { // start from empty tables
        db->execute(QStringLiteral("TRUNCATE strategy_signals, trades"), &error);
    }
    std::printf("%s, batches of %d\n", qPrintable(url->redacted()), batch);
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

    // The records are made first: the figures measure storage, not the making of test data.
    QList<QList<SignalRecord>> signalBatches;
    for (int start = 0; start < kRows; start += batch) {
        QList<SignalRecord> rows;
        rows.reserve(batch);
        for (int i = start; i < start + batch && i < kRows; ++i) {
            SignalRecord s;
            s.symbol = QStringLiteral("KRW-BTC");
            s.timeframe = QStringLiteral("60");
            s.signalType = SignalType::Hold;
            s.price = Decimal(63000000 + i);
            s.strength = 0.25;
            s.emaFast = 63000000.5;
            s.emaSlow = 62900000.25;
            s.rsi = 48.5;
            s.atr = 350000.0;
            s.riskAmount = Decimal(12345);
            s.reason = QStringLiteral("no crossover");
            s.candleTime = t0.addSecs(3600LL * i);
            s.createdAt = t0.addSecs(i);
            rows.append(s);
        }
        signalBatches.append(rows);
    }
    QList<QList<TradeRecord>> tradeBatches;
    for (int start = 0; start < kRows; start += batch) {
        QList<TradeRecord> rows;
        rows.reserve(batch);
        for (int i = start; i < start + batch && i < kRows; ++i) {
            TradeRecord t;
            t.exchange = Exchange::Upbit;
            t.tradeId = QStringLiteral("bench-%1").arg(i);
            t.orderId = QStringLiteral("order-%1").arg(i / 3);
            t.symbol = QStringLiteral("KRW-BTC");
            t.side = i % 2 ? OrderSide::Buy : OrderSide::Sell;
            t.price = Decimal(63570000);
            t.quantity = *Decimal::fromString(QStringLiteral("0.00123456"));
            t.fee = *Decimal::fromString(QStringLiteral("39.2404896"));
            t.executedAt = t0.addSecs(i);
            rows.append(t);
        }
        tradeBatches.append(rows);
    }

    SignalRepository signalRepo(*db);
    QElapsedTimer timer;
    timer.start();
    for (const auto &rows : signalBatches) {
        if (!signalRepo.insert(rows, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.describe()));
            return 1;
        }
    }
    report("insert strategy_signals", kRows, timer.nsecsElapsed());

    TradeRepository tradeRepo(*db);
    timer.restart();
    for (const auto &rows : tradeBatches) {
        if (tradeRepo.insert(rows, &error) < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error.describe()));
            return 1;
        }
    }
    report("insert trades", kRows, timer.nsecsElapsed());

    timer.restart();
    const auto signalRows = signalRepo.latest(1000, &error);
    report("read latest strategy_signals", static_cast<int>(signalRows.size()), timer.nsecsElapsed());
    timer.restart();
    const auto tradeRows = tradeRepo.latest(1000, &error);
    report("read latest trades", static_cast<int>(tradeRows.size()), timer.nsecsElapsed());
    return signalRows.size() == 1000 && tradeRows.size() == 1000 ? 0 : 1;
}
