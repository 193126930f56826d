// Stream benchmark (not a test). Without arguments: microseconds per message of the stream
// parser (an Upbit SIMPLE trade, the recorded DEFAULT ticker, a Bithumb v2 myOrder fill). With a
// URL (`bench_stream ws://127.0.0.1:PORT/v1 [seconds] [markets]`, e.g. against
// `fake_exchange --websocket --markets 10`): a MarketStream on `markets` markets (KRW-BTC,
// KRW-C01 …) for `seconds`, printing messages received and this process's CPU time (user+system)
// as a share of one core.

#include "stream/StreamConnection.h"
#include "stream/StreamParsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace autocoin;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void parse(const char *name, const QByteArray &message)
{
    constexpr int kRounds = 100000;
    int ok = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        ok += stream::parseStreamMessage(message).ok() ? 1 : 0;
    const double us = static_cast<double>(timer.nsecsElapsed()) / 1000.0 / kRounds;
    std::printf("%-28s %6.2f us/message (%d bytes, %s)\n", name, us, static_cast<int>(message.size()),
                ok == kRounds ? "read" : "NOT READ");
}

} // namespace

// A benchmark run by hand: an exception ending it through std::terminate is report enough.
int main(int argc, char **argv) // NOLINT(bugprone-exception-escape)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        parse(
            "upbit SIMPLE trade",
            R"({"ty":"trade","cd":"KRW-BTC","tms":1795321865123,"td":"2026-11-30","ttm":"12:00:01",)"
            R"("ttms":1795321865123,"tp":63570000,"tv":0.00015723,"ab":"BID","sid":17953218651230000,"st":"REALTIME"})");
        QFile recorded(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-api-responses/upbit_ws_ticker_recorded.jsonl"));
        if (recorded.open(QIODevice::ReadOnly))
            parse("upbit DEFAULT ticker (rec.)", recorded.readLine().trimmed());
        parse("bithumb v2 myOrder fill",
              R"({"type":"myOrder","code":"KRW-BTC","order_id":"C0101000003152350309","side":"buy",)"
              R"("state":"trade","trade_id":"t-2","order_price":63600000,"trade_price":63600000,)"
              R"("trade_quantity":0.25,"remaining_quantity":0,"executed_quantity":0.25,"trade_fee":7950,)"
              R"("client_order_id":"ac-2","trade_timestamp":1795321865123,"timestamp":1795321865123})");
        return 0;
    }
    StreamConfig config;
    config.url = QUrl(QString::fromLocal8Bit(argv[1]));
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    const int count = argc > 3 ? QByteArray(argv[3]).toInt() : 10;
    QStringList markets{QStringLiteral("KRW-BTC")};
    for (int i = 1; i < count; ++i)
        markets.append(QStringLiteral("KRW-C%1").arg(i, 2, 10, QLatin1Char('0')));
    MarketStream stream(config);
    int trades = 0;
    int tickers = 0;
    QObject::connect(&stream, &MarketStream::tradeReceived, &app, [&trades] { ++trades; });
    QObject::connect(&stream, &MarketStream::tickerReceived, &app, [&tickers] { ++tickers; });
    stream.setMarkets(markets);
    stream.start();
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &app, [&] {
        const double cpu = cpuSeconds() - cpuStart;
        const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;
        std::printf("%d markets, %.1f s: %d trades, %d tickers, %d skipped; CPU %.3f s = %.2f %% of one core\n", count,
                    elapsed, trades, tickers, stream.skippedMessages(), cpu, 100.0 * cpu / elapsed);
        app.quit();
    });
    return app.exec();
}
