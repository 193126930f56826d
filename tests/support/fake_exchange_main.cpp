// The fake Upbit as a program, for the soak (tests/bench/soak.sh): the same strict exchange the
// tests use (signatures, nonces, balances, orders and fills), listening on 127.0.0.1, with
// 1-minute candles made from the wall clock whose EMA 2/3 cross every minute, and random faults.
//
//   fake_exchange [--faults RATE] [--order-faults RATE] [--seed N] [--dump FILE] [--balance KRW]
//                 [--websocket] [--markets N]
//
// It listens on a free port and prints "listening on http://127.0.0.1:PORT" once ready.
// --websocket also starts the fake WebSocket server (tests/support/FakeWebSocketServer.h) and
// prints "websocket on ws://127.0.0.1:PORT": that is the base URL (UPBIT_WEBSOCKET_URL) — the
// public stream answers on <base>/v1 and the private one on <base>/v1/private (and on
// <base>/websocket/v1… as well). Every 250 ms it streams a trade and a ticker of every market at
// the price the REST side serves. POST /admin/ws?drop=1 closes every connection;
// POST /admin/ws?silent=SECONDS makes it send nothing (PING unanswered) for that long;
// POST /admin/ws?refuse=SECONDS refuses connections for that long. GET /admin/ws answers its
// counters (connections, subscriptions, rejections, pings, origin and limit violations).
// --markets N lists N-1 more markets (KRW-C01 …) with the same candles, for load measurements.
// POST /admin/faults?rate=R changes the fault rate. GET /admin/state (never faulted) answers, and
// SIGTERM/SIGINT write to --dump before exiting, the same JSON: every order with its trades as
// the exchange holds them, the balances, and how many faults of each kind were injected.

#include "FakeExchange.h"
#include "FakeWebSocketServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
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
    parser.addOption({QStringLiteral("websocket"), QStringLiteral("Also serve the WebSocket streams.")});
    parser.addOption({QStringLiteral("markets"), QStringLiteral("Markets with candles and a stream (KRW-BTC first)."),
                      QStringLiteral("n"), QStringLiteral("1")});
    parser.process(app);

    FakeExchange exchange(FakeExchange::Dialect::Upbit);
    exchange.setBalance(QStringLiteral("KRW"), parser.value(QStringLiteral("balance")));
    for (const char *group : {"ticker", "candle", "market", "orderbook", "trade"})
        exchange.setRateLimit(QString::fromLatin1(group), 0); // the engine polls once a second
    QStringList markets{kMarket};
    const int marketCount = std::clamp(parser.value(QStringLiteral("markets")).toInt(), 1, 99);
    for (int i = 1; i < marketCount; ++i) {
        const QString code = QStringLiteral("KRW-C%1").arg(i, 2, 10, QLatin1Char('0'));
        exchange.listMarket(code, code, code, closeOf(0).toString());
        markets.append(code);
    }
    const auto refresh = [&exchange, &markets] {
        const QList<Candle> candles = candlesUpTo(QDateTime::currentDateTimeUtc(), 400);
        for (const QString &market : std::as_const(markets)) {
            exchange.setCandles(market, Timeframe::minutes(1), candles);
            exchange.setPrice(market, candles.constLast().close.toString());
        }
    };
    refresh();

    autocoin::test::FakeWebSocketServer ws(autocoin::test::FakeWebSocketServer::Dialect::Upbit);
    ws.setKnownMarkets(markets + QStringList{QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")});
    ws.addPublicPath(QStringLiteral("/v1"));
    ws.addPrivatePath(QStringLiteral("/v1/private"));
    QTimer stream;
    qint64 sequence = 0;
    QObject::connect(&stream, &QTimer::timeout, &app, [&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString price = closeOf(now.toSecsSinceEpoch() / 60).toString();
        for (const QString &market : std::as_const(markets)) {
            const qint64 id = ++sequence;
            ws.publishTrade(market, price, QStringLiteral("0.001"), id % 2 != 0 ? OrderSide::Buy : OrderSide::Sell, now,
                            id);
            ws.publishTicker(market, price, QStringLiteral("123456789012.5"), now);
        }
    });
    QTimer wsSilence;
    wsSilence.setSingleShot(true);
    QObject::connect(&wsSilence, &QTimer::timeout, &app, [&ws] { ws.setSilent(false); });
    QTimer wsRefusal;
    wsRefusal.setSingleShot(true);
    QObject::connect(&wsRefusal, &QTimer::timeout, &app, [&ws] { ws.refuseConnections(false); });
    exchange.setRoute("POST", QStringLiteral("/admin/ws"), [&](const FakeRequest &request) {
        if (request.query.queryItemValue(QStringLiteral("drop")) == u"1")
            ws.dropAll();
        if (request.query.hasQueryItem(QStringLiteral("silent"))) {
            const int seconds = request.query.queryItemValue(QStringLiteral("silent")).toInt();
            ws.setSilent(seconds > 0);
            if (seconds > 0)
                wsSilence.start(seconds * 1000);
        }
        if (request.query.hasQueryItem(QStringLiteral("refuse"))) {
            const int seconds = request.query.queryItemValue(QStringLiteral("refuse")).toInt();
            ws.refuseConnections(seconds > 0);
            if (seconds > 0)
                wsRefusal.start(seconds * 1000);
        }
        return autocoin::test::FakeResponse{200, "{}", {}};
    });
    exchange.setRoute("GET", QStringLiteral("/admin/ws"), [&ws](const FakeRequest &) {
        const QJsonObject counters{{QStringLiteral("connections"), ws.connections()},
                                   {QStringLiteral("open"), ws.openConnections()},
                                   {QStringLiteral("subscriptions"), ws.subscriptions()},
                                   {QStringLiteral("rejections"), QJsonArray::fromStringList(ws.rejectionReasons())},
                                   {QStringLiteral("pings"), ws.pings()},
                                   {QStringLiteral("originViolations"), ws.originViolations()},
                                   {QStringLiteral("limitViolations"), ws.limitViolations()},
                                   {QStringLiteral("authFailures"), QJsonArray::fromStringList(ws.authFailures())},
                                   {QStringLiteral("silent"), ws.silent()}};
        return autocoin::test::FakeResponse{200, QJsonDocument(counters).toJson(QJsonDocument::Compact), {}};
    });

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
    if (parser.isSet(QStringLiteral("websocket"))) {
        if (!ws.start()) {
            std::fprintf(stderr, "fake_exchange: cannot listen for WebSockets on 127.0.0.1\n");
            return 1;
        }
        std::printf("websocket on ws://127.0.0.1:%u\n", static_cast<unsigned>(ws.port()));
        stream.start(250);
    }
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
