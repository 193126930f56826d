// The fake Upbit as a program, for the soak (tests/bench/soak.sh): the same strict exchange the
// tests use (signatures, nonces, balances, orders and fills), listening on 127.0.0.1, with
// 1-minute candles made from the wall clock whose EMA 2/3 cross every minute, and random faults.
//
//   fake_exchange [--faults RATE] [--order-faults RATE] [--seed N] [--dump FILE] [--balance KRW]
//
// It listens on a free port and prints "listening on http://127.0.0.1:PORT" once ready.
// POST /admin/faults?rate=R changes the fault rate. GET /admin/state (never faulted) answers, and
// SIGTERM/SIGINT write to --dump before exiting, the same JSON: every order with its trades as
// the exchange holds them, the balances, and how many faults of each kind were injected.

#include "FakeExchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace autocoin;
using autocoin::test::FakeExchange;
using autocoin::test::FakeRequest;
using autocoin::test::Fault;

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

const QString kMarket = QStringLiteral("KRW-BTC");

/// The close of minute `index` (minutes since the epoch): a zig-zag of ±0.5 % around a slow wave,
/// so the fast EMA crosses the slow one at every candle.
Decimal closeOf(qint64 index)
{
    const qint64 base = 50000000 + (index % 120) * 10000;
    return Decimal(index % 2 == 0 ? base - 250000 : base + 250000);
}

QList<Candle> candlesUpTo(const QDateTime &now, int count)
{
    const qint64 current = now.toSecsSinceEpoch() / 60;
    QList<Candle> list;
    for (qint64 i = current - count + 1; i <= current; ++i) {
        Candle c;
        c.openTime = QDateTime::fromSecsSinceEpoch(i * 60, QTimeZone::utc());
        c.open = closeOf(i - 1);
        c.close = closeOf(i);
        c.high = std::max(c.open, c.close) + Decimal(10000);
        c.low = std::min(c.open, c.close) - Decimal(10000);
        c.volume = Decimal(2);
        list.append(c);
    }
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("faults"), QStringLiteral("Share of requests that meet a random fault (0-1)."),
                      QStringLiteral("rate"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("order-faults"),
                      QStringLiteral("Share of order requests (POST /v1/orders, GET /v1/order) that meet a random "
                                     "fault (default: --faults)."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the random faults."), QStringLiteral("seed"),
                      QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("dump"), QStringLiteral("File the state is written to on SIGTERM."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("balance"), QStringLiteral("Starting KRW."), QStringLiteral("krw"), QStringLiteral("1000000")});
    parser.process(app);

    FakeExchange exchange(FakeExchange::Dialect::Upbit);
    exchange.setBalance(QStringLiteral("KRW"), parser.value(QStringLiteral("balance")));
    for (const char *group : {"ticker", "candle", "market", "orderbook", "trade"})
        exchange.setRateLimit(QString::fromLatin1(group), 0); // the engine polls once a second
    const auto refresh = [&exchange] {
        const QList<Candle> candles = candlesUpTo(QDateTime::currentDateTimeUtc(), 400);
        exchange.setCandles(kMarket, Timeframe::minutes(1), candles);
        exchange.setPrice(kMarket, candles.constLast().close.toString());
    };
    refresh();

    double rate = parser.value(QStringLiteral("faults")).toDouble();
    double orderRate =
        parser.isSet(QStringLiteral("order-faults")) ? parser.value(QStringLiteral("order-faults")).toDouble() : rate;
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    QHash<QString, int> injected;
    exchange.setFaultPicker([&](const FakeRequest &request) -> std::optional<Fault> {
        const bool create = request.method == "POST";
        const bool orderRoute = create || request.path == u"/v1/order";
        if (request.path.startsWith(QStringLiteral("/admin/")) ||
            random.generateDouble() >= (orderRoute ? orderRate : rate))
            return std::nullopt;
        const bool lookupByClientId =
            request.path == u"/v1/order" && request.query.hasQueryItem(QStringLiteral("identifier"));
        QList<QPair<QString, Fault>> choices = {
            {QStringLiteral("500"), Fault::httpStatus(500)},
            {QStringLiteral("503"), Fault::httpStatus(503)},
            {QStringLiteral("timeout"), Fault::hang()},
            {QStringLiteral("drop"), Fault::close()},
            {QStringLiteral("429"),
             Fault::httpStatus(429, R"({"error":{"name":"too_many_requests","message":"Too many API requests."}})")},
            {QStringLiteral("malformed"), Fault::malformed()},
            {QStringLiteral("truncated"), Fault::truncated()},
        };
        if (create) {
            choices += {QStringLiteral("lost answer after accept"), Fault::loseResponse()};
            choices += {QStringLiteral("timeout after accept"), Fault::acceptAndHang()};
            choices += {QStringLiteral("garbled answer after accept"), Fault::acceptGarbled(R"({"uuid":)")};
            choices += {QStringLiteral("empty answer after accept"), Fault::acceptGarbled()};
        }
        if (lookupByClientId) // not visible yet: the exchange is eventually consistent
            choices += {QStringLiteral("404 on lookup"),
                        Fault::httpStatus(404, R"({"error":{"name":"order_not_found","message":"not found"}})")};
        const auto &[name, fault] = choices[random.bounded(static_cast<int>(choices.size()))];
        ++injected[name];
        return fault;
    });

    const auto state = [&exchange, &injected] {
        QJsonObject balances;
        for (const QString &currency : {QStringLiteral("KRW"), QStringLiteral("BTC")})
            balances.insert(currency, (exchange.balance(currency) + exchange.locked(currency)).toString());
        QJsonObject faults;
        for (auto it = injected.cbegin(); it != injected.cend(); ++it)
            faults.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject{{QStringLiteral("orders"), exchange.ordersJson()},
                                         {QStringLiteral("balances"), balances},
                                         {QStringLiteral("faults"), faults},
                                         {QStringLiteral("requests"), exchange.requestCount()}})
            .toJson(QJsonDocument::Indented);
    };
    // The soak's end: no more faults, so the engine can settle every order before it is stopped.
    exchange.setRoute("POST", QStringLiteral("/admin/faults"), [&rate, &orderRate](const FakeRequest &request) {
        rate = request.query.queryItemValue(QStringLiteral("rate")).toDouble();
        orderRate = rate;
        return autocoin::test::FakeResponse{200, "{}", {}};
    });
    exchange.setRoute("GET", QStringLiteral("/admin/state"), [&state](const FakeRequest &) {
        return autocoin::test::FakeResponse{200, state(), {}};
    });

    if (!exchange.start()) {
        std::fprintf(stderr, "fake_exchange: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(exchange.url().toString()));
    std::fflush(stdout);

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        refresh();
        if (!g_stop)
            return;
        tick.stop();
        const QString path = parser.value(QStringLiteral("dump"));
        if (!path.isEmpty()) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(state());
        }
        app.quit();
    });
    tick.start(200);
    return app.exec();
}
