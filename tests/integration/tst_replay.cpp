#include "TestData.h"
#include "backtest/Backtester.h"
#include "core/EngineController.h"
#include "replay/ReplayClient.h"
#include "storage/Repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace autocoin;

namespace {

/// Twelve hourly candles (KST, as in shared/data) closing at 1,000,000 + i * 1,000, with one
/// duplicated row and one missing hour, like real data.
QString writeCandles(const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("candles.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write test candles");
    file.write("candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
    for (int i = 0; i < 13; ++i) {
        if (i == 7)
            continue; // a missing hour
        const QByteArray close = QByteArray::number(1000000 + i * 1000);
        const QByteArray open = QByteArray::number(1000000 + i * 1000 - 500);
        const QByteArray row = "2021-04-01T" + QByteArray::number(i).rightJustified(2, '0') + ":00:00," + open + "," +
                               close + ",999000," + close + ",1.5\n";
        file.write(row);
        if (i == 3)
            file.write(row); // a duplicated row
    }
    return path;
}

const QString kHourly = QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv");

/// `candles` as a UTC candle file at `path`.
bool writeSeries(const QString &path, const QList<Candle> &candles)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("candle_date_time_utc,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
    for (const Candle &c : candles)
        file.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                       .arg(c.openTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), c.open.toString(),
                            c.high.toString(), c.low.toString(), c.close.toString(), c.volume.toString())
                       .toLatin1());
    return true;
}

/// The first `count` candles of the recorded hourly history: what a test needs, not four years
/// (the whole file is checked by tst_candlefile, where it costs a fraction of a second).
QList<Candle> hourlyCandles(int count)
{
    const auto file = CandleFile::load(kHourly);
    return file.ok() ? file.value().series.candles.mid(0, count) : QList<Candle>();
}

/// An engine replaying the first `candles` recorded hours (written into `dir`) as fast as it can,
/// with its database in `dir`; an empty config when the file could not be written.
EngineConfig fastReplay(const QTemporaryDir &dir, int candles)
{
    EngineConfig config;
    config.exchange = Exchange::Replay;
    config.replaySources = {{QString(), dir.filePath(QStringLiteral("hourly.csv"))}};
    if (!writeSeries(config.replaySources.constFirst().path, hourlyCandles(candles)))
        return {};
    config.interval = std::chrono::milliseconds(0);
    config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
    config.dataDir = dir.path();
    config.marketSyncInterval = std::chrono::hours(1);
    return config;
}

/// The ticks the engine sees: after each candle closes, the next candle's open (the first trade
/// after the close); after the last, its close.
QList<QString> expectedCloses()
{
    QList<int> hours;
    for (int i = 0; i < 13; ++i) {
        if (i != 7)
            hours.append(i);
    }
    QList<QString> ticks;
    for (qsizetype k = 0; k < hours.size(); ++k)
        ticks.append(k + 1 < hours.size() ? QString::number(1000000 + hours[k + 1] * 1000 - 500)
                                          : QString::number(1000000 + hours[k] * 1000));
    return ticks;
}

/// The fills the paper runs stored in the database of `dir`, oldest first.
QList<TradeRecord> storedFills(const QString &dir)
{
    StorageError error;
    auto db = Database::open(DatabaseUrl::defaultFor(dir), QStringLiteral("check"), QString(), &error);
    if (!db)
        return {};
    QList<TradeRecord> fills = TradeRepository(*db).latest(100000, &error);
    std::reverse(fills.begin(), fills.end()); // latest() is newest first
    return fills;
}

/// Fill for fill: the same time, market, side, price, quantity (the size: Kelly's record survived
/// any restart) and fee. The caller checks QTest::currentTestFailed().
void compareFills(const QList<TradeRecord> &paper, const QList<TradeRecord> &backtest)
{
    QCOMPARE(paper.size(), backtest.size());
    for (qsizetype i = 0; i < paper.size(); ++i) {
        const TradeRecord &p = paper[i];
        const TradeRecord &b = backtest[i];
        QCOMPARE(p.executedAt, b.executedAt);
        QCOMPARE(p.symbol, b.symbol);
        QCOMPARE(p.side, b.side);
        QCOMPARE(p.price, b.price);
        QCOMPARE(p.quantity, b.quantity);
        QCOMPARE(p.fee, b.fee);
    }
}

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineRunsOfflineOnEveryCandleExactlyOnce()
    {
        QTemporaryDir dir;
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySources = {{QString(), writeCandles(dir)}};
        config.replaySpeed = 0;
        config.interval = std::chrono::milliseconds(1);
        config.markets = {QStringLiteral("KRW-BTC")};
        EngineController engine(config);
        QSignalSpy ticks(&engine, &EngineController::tickReceived);
        QSignalSpy states(&engine, &EngineController::stateChanged);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 10000);
        QTRY_VERIFY(states.count() >= 3);

        QList<QString> prices;
        for (const auto &tick : ticks)
            prices.append(tick.at(1).value<Decimal>().toString());
        QCOMPARE(prices, expectedCloses()); // in order, none skipped, the duplicate not repeated
        QCOMPARE(states.at(1).at(1).value<EngineState>(), EngineState::Stopping);
        QVERIFY(states.at(1).at(2).toString().contains(QStringLiteral("exhausted")));
        // The engine's "now" is the replay's: the close of the last candle (12:00 KST + 1 h).
        QCOMPARE(engine.status().lastUpdate,
                 QDateTime(QDate(2021, 4, 1), QTime(13, 0), QTimeZone("Asia/Seoul")).toUTC());
        QCOMPARE(engine.status().failures, 0);
    }

    void recordsOneSignalPerClosedCandle()
    {
        // 3,000 hours (four months): a dozen round trips, a hundred days of PnL, in a few seconds.
        constexpr int kCandles = 3000;
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const EngineConfig config = fastReplay(dir, kCandles);
        QVERIFY(!config.replaySources.isEmpty());
        EngineController engine(config);
        QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
        QSignalSpy applied(&engine, &EngineController::parametersApplied);
        QSignalSpy orders(&engine, &EngineController::orderUpdated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(signalSpy.count() >= 500, 120000);
        // A change takes effect on the next candle, without a restart; an invalid one is refused.
        engine.applyStrategyParameters({{QStringLiteral("ema-fast"), QStringLiteral("30")}});
        QTRY_COMPARE(applied.count(), 1);
        QVERIFY(applied.first().first().toStringList().first().contains(QStringLiteral("ema-fast (30)")));
        engine.applyStrategyParameters({{QStringLiteral("rsi-exit"), QStringLiteral("80")}});
        QTRY_COMPARE(applied.count(), 2);
        QVERIFY(applied.at(1).first().toStringList().isEmpty());
        // A wide margin: this takes seconds; the limit only stops a hung engine.
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 240000);
        QCOMPARE(signalSpy.count(), kCandles); // one decision per closed candle, none twice
        QDateTime previous;
        for (const auto &call : signalSpy) {
            const auto s = call.first().value<SignalRecord>();
            QVERIFY(!previous.isValid() || s.candleTime > previous);
            previous = s.candleTime;
        }
        const EngineStatus status = engine.status();
        const MarketStatus *btc = status.find(QStringLiteral("KRW-BTC"));
        QCOMPARE(btc ? btc->signal : std::nullopt,
                 std::optional(signalSpy.last().first().value<SignalRecord>().signalType));
        engine.shutdown();
        StorageError error;
        auto db = Database::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("check"), QString(), &error);
        QCOMPARE(SignalRepository(*db).count(&error), kCandles);
        const auto latest = SignalRepository(*db).latest(1, &error).first();
        QVERIFY(latest.rsi.has_value() && latest.emaFast.has_value());
        QCOMPARE(ConfigRepository(*db).get(QStringLiteral("strategy.rsi-exit"), &error),
                 std::optional(QStringLiteral("80")));

        // Paper trading over the months reconciles to the won: the cash rebuilt from the stored
        // trades equals the engine's last equity point and the last daily PnL row.
        QVERIFY(orders.count() >= 6);
        QCOMPARE(trades.count(), orders.count());
        Decimal cash(1000000);
        Decimal coins;
        for (const TradeRecord &t : TradeRepository(*db).latest(100000, &error)) {
            const Decimal flow = t.price * t.quantity;
            cash += t.side == OrderSide::Buy ? -(flow + t.fee) : flow - t.fee;
            coins += t.side == OrderSide::Buy ? t.quantity : -t.quantity;
        }
        const EquityPoint last = equity.last().first().value<EquityPoint>();
        QCOMPARE(last.cash, cash);
        QCOMPARE(last.total, cash + last.positionsValue);
        QVERIFY(last.positionsValue.isZero() == coins.isZero());
        const auto days = PnlRepository(*db).range(QDate(2017, 1, 1), QDate(2022, 1, 1), &error);
        QVERIFY(days.size() > 100);
        QCOMPARE(days.last().totalEquity, last.total);
        // The days' realised PnL adds up to the account's, to the won: no sale lost at midnight.
        Decimal realizedByDay;
        for (const PnlDay &day : days)
            realizedByDay += day.realizedPnl;
        QCOMPARE(realizedByDay, last.realizedPnl);
        // Every position row is closed or still open with what the trades hold.
        for (const PositionRecord &open : PositionRepository(*db).open(&error))
            QCOMPARE(open.quantity, coins);
        QCOMPARE(equity.count(), kCandles); // one point per iteration
        QVERIFY(OrderRepository(*db).unfinished(&error).isEmpty());
        // The candle cache holds what the engine saw.
        QVERIFY(CandleRepository(*db)
                    .latest(Exchange::Replay, QStringLiteral("KRW-BTC"), QStringLiteral("60"), 10, &error)
                    .size() == 10);
    }

    void shuttingDownWhileRunningLeavesNoAnswerBehind()
    {
        // Quitting the app while it trades: the engine's shutdown destroys its strategy runners and
        // closes its database right after abandoning the requests in flight. A replay answer still
        // queued then called into the destroyed runner (the desktop app crashed as it quit, one
        // time in a hundred). Shutdowns at several moments of a run that never waits; the
        // sanitizer run reports any answer that arrives too late.
        for (const int decided : {1, 40, 80, 120, 160}) {
            const auto memory = autocoin::test::memoryDir(); // a new account each time
            const QTemporaryDir &dir = *memory;
            const EngineConfig config = fastReplay(dir, 400);
            QVERIFY(!config.replaySources.isEmpty());
            EngineController engine(config);
            QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(signalSpy.count() >= decided, 60000);
            engine.shutdown();
            QVERIFY(!engine.threadAlive());
        }
    }

    void aRestartDecidesAsOneUninterruptedRunAndTheBacktest()
    {
        // Kelly sizing after two closed trades over a window of four, so the record of closed
        // trades changes the decisions within a few hundred candles.
        const QHash<QString, QString> parameters = {{QStringLiteral("kelly-min-trades"), QStringLiteral("2")},
                                                    {QStringLiteral("kelly-lookback"), QStringLiteral("4")}};
        const QList<Candle> candles = hourlyCandles(2400);
        QCOMPARE(candles.size(), 2400);
        BacktestConfig bt;
        bt.exchange = Exchange::Replay; // the replay market's rules: Upbit's ticks and fee
        QStringList problems;
        bt.parameters = StrategyParameters::fromMap(parameters, StrategyParameters(), &problems);
        QVERIFY(problems.isEmpty());
        const BacktestResult uninterrupted = Backtester::run(candles, bt);

        // The restart: a point in the middle with nothing held and no fill at its open (the first
        // run ends there; its last candle has no next open to fill at), after two closed trades.
        qsizetype split = -1;
        for (qsizetype m = candles.size() / 2; m < candles.size() - 200 && split < 0; ++m) {
            int sells = 0;
            Decimal held;
            bool fillAtOpen = false;
            for (const TradeRecord &fill : uninterrupted.fills) {
                if (fill.executedAt > candles[m].openTime)
                    break;
                fillAtOpen = fillAtOpen || fill.executedAt == candles[m].openTime;
                held += fill.side == OrderSide::Buy ? fill.quantity : -fill.quantity;
                sells += fill.side == OrderSide::Sell ? 1 : 0;
            }
            if (!fillAtOpen && held.isZero() && sells >= 2)
                split = m;
        }
        QVERIFY2(split > 0, "no place to restart");

        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const auto runPaper = [&](const QList<Candle> &part, const QString &name) {
            EngineConfig config;
            config.exchange = Exchange::Replay;
            config.replaySources = {{QString(), dir.filePath(name)}};
            QVERIFY(writeSeries(config.replaySources.constFirst().path, part));
            config.interval = std::chrono::milliseconds(0);
            config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
            config.dataDir = dir.path();
            config.strategyOverrides = parameters;
            EngineController engine(config);
            QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(!exhausted.isEmpty(), 120000); // seconds; the limit is for a hang
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 60000);
            engine.shutdown();
        };
        runPaper(candles.mid(0, split), QStringLiteral("before.csv")); // stopped here …
        runPaper(candles.mid(split), QStringLiteral("after.csv"));     // … and started again

        QVERIFY(uninterrupted.fills.size() >= 8);
        compareFills(storedFills(dir.path()), uninterrupted.fills);
    }

    void threeMarketsReplayAsTheirBacktestAndSurviveARestart()
    {
        // Three of the recorded markets on one clock, 2,000 hours from the same first hour.
        QList<MarketSeries> markets;
        QDateTime start;
        for (const char *code : {"KRW-BTC", "KRW-ETH", "KRW-XRP"}) {
            const auto file = CandleFile::load(
                QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h/%1.csv").arg(QLatin1StringView(code)));
            QVERIFY(file.ok());
            markets.append({QLatin1StringView(code).toString(), CandleColumns::fromList(file.value().series.candles)});
            start = std::max(start, file.value().series.candles.first().openTime);
        }
        const QDateTime end = start.addSecs(2000 * 3600);
        for (MarketSeries &m : markets)
            m.candles = m.candles.between(start, end);
        const QHash<QString, QString> parameters = {{QStringLiteral("max-positions"), QStringLiteral("2")},
                                                    {QStringLiteral("kelly-min-trades"), QStringLiteral("2")},
                                                    {QStringLiteral("kelly-lookback"), QStringLiteral("4")}};
        BacktestConfig bt;
        bt.exchange = Exchange::Replay;
        QStringList problems;
        bt.parameters = StrategyParameters::fromMap(parameters, StrategyParameters(), &problems);
        QVERIFY(problems.isEmpty());
        const BacktestResult backtest = Backtester::run(markets, bt);
        QSet<QString> traded;
        for (const TradeRecord &fill : backtest.fills)
            traded.insert(fill.symbol);
        QVERIFY2(backtest.fills.size() >= 20 && traded.size() == 3, "too few trades to compare");

        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const auto runPaper = [&](const QDateTime &from, const QDateTime &to, const QString &tag, EquityPoint *last) {
            EngineConfig config;
            config.exchange = Exchange::Replay;
            for (const MarketSeries &m : std::as_const(markets)) {
                const QList<Candle> part = m.candles.between(from, to).toList();
                const QString path = dir.filePath(m.market + tag + QStringLiteral(".csv"));
                QVERIFY(writeSeries(path, part));
                config.replaySources.append({m.market, path});
                config.markets.append(m.market);
            }
            config.interval = std::chrono::milliseconds(0);
            config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
            config.dataDir = dir.path();
            config.strategyOverrides = parameters;
            EngineController engine(config);
            QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
            QSignalSpy equity(&engine, &EngineController::equityUpdated);
            engine.start();
            QTRY_VERIFY_WITH_TIMEOUT(!exhausted.isEmpty(), 120000); // seconds; the limit is for a hang
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 60000);
            engine.shutdown();
            QVERIFY(!equity.isEmpty());
            *last = equity.last().first().value<EquityPoint>();
        };
        // Stopped in the middle with positions open, started again on the rest.
        qsizetype held = 0;
        QDateTime split;
        for (qsizetype h = 900; h < 1500 && !split.isValid(); ++h) {
            const QDateTime at = start.addSecs(h * 3600);
            QHash<QString, Decimal> position;
            bool fillAtOpen = false;
            for (const TradeRecord &fill : backtest.fills) {
                if (fill.executedAt > at)
                    break;
                fillAtOpen = fillAtOpen || fill.executedAt == at;
                position[fill.symbol] += fill.side == OrderSide::Buy ? fill.quantity : -fill.quantity;
            }
            held = std::count_if(position.cbegin(), position.cend(), [](const Decimal &v) { return !v.isZero(); });
            if (!fillAtOpen && held >= 1)
                split = at;
        }
        QVERIFY2(split.isValid(), "no point with an open position to restart at");
        EquityPoint before, last;
        runPaper(start, split, QStringLiteral("-before"), &before);
        QCOMPARE(before.positions.size(), held); // the positions the restart must carry on
        runPaper(split, end, QStringLiteral("-after"), &last);

        const QList<TradeRecord> paper = storedFills(dir.path());
        compareFills(paper, backtest.fills);
        if (QTest::currentTestFailed())
            return;
        // The cash rebuilt from the trades is the engine's, to the unit, and so is the equity.
        Decimal cash(1000000);
        for (const TradeRecord &t : paper) {
            const Decimal flow = t.price * t.quantity;
            cash += t.side == OrderSide::Buy ? -(flow + t.fee) : flow - t.fee;
        }
        QCOMPARE(last.cash, cash);
        Decimal positions;
        for (const PositionValue &p : last.positions)
            positions += p.value;
        QCOMPARE(last.total, cash + positions);
        QCOMPARE(last.total, backtest.finalEquity);
    }

    void timedReplayClosesEveryCandleInOrder()
    {
        QTemporaryDir dir;
        ExchangeConfig config;
        config.exchange = Exchange::Replay;
        config.replaySources = {{QString(), writeCandles(dir)}};
        config.replaySpeed = 200; // candle periods per second
        ReplayClient replay(config);
        QSignalSpy closed(&replay, &ReplayClient::candleClosed);
        QTRY_COMPARE_WITH_TIMEOUT(replay.cursor(), replay.candleCount() - 1, 10000);
        QList<int> indices;
        for (const auto &call : closed)
            indices.append(call.at(1).toInt());
        QList<int> expected;
        for (int i = 0; i < replay.candleCount(); ++i)
            expected.append(i);
        QCOMPARE(indices, expected);

        // Candles up to the cursor are served as closed; the gap stays a gap.
        std::optional<Result<CandleSeries>> series;
        CandleQuery query;
        query.market = QStringLiteral("KRW-BTC");
        query.timeframe = Timeframe::minutes(60);
        replay.fetchCandles(query, [&series](const Result<CandleSeries> &r) { series = r; });
        QTRY_VERIFY(series.has_value());
        QCOMPARE(series->value().candles.size(), 12);
        QCOMPARE(series->value().gaps.size(), 1);

        // The replay has no account.
        std::optional<Result<QList<Balance>>> balances;
        replay.fetchBalances([&balances](const Result<QList<Balance>> &r) { balances = r; });
        QTRY_VERIFY(balances.has_value());
        QCOMPARE(balances->error().kind, ExchangeError::Kind::Unsupported);
    }

    void aBadFileIsAClearError()
    {
        ExchangeConfig config;
        config.exchange = Exchange::Replay;
        config.replaySources = {{QString(), QStringLiteral("/nonexistent.csv")}};
        ReplayClient replay(config);
        QVERIFY(replay.loadError().contains(QStringLiteral("cannot read")));
        std::optional<Result<Ticker>> ticker;
        replay.fetchTicker(QStringLiteral("KRW-BTC"), [&ticker](const Result<Ticker> &r) { ticker = r; });
        QTRY_VERIFY(ticker.has_value());
        QVERIFY(!ticker->ok());
    }

    void signalsCommandWritesOneRowPerCandle()
    {
        QTemporaryDir dir;
        const auto run = [&dir](const QStringList &extra) {
            QProcess app;
            app.start(QStringLiteral(AUTOCOIN_EXE), QStringList{QStringLiteral("signals")} + extra);
            app.waitForFinished(20000);
            return std::pair(app.exitCode(), app.readAllStandardError());
        };
        const QString out = dir.filePath(QStringLiteral("bars.csv"));
        const auto ok =
            run({QStringLiteral("--data"), writeCandles(dir), QStringLiteral("--out"), out,
                 QStringLiteral("--ema-fast"), QStringLiteral("2"), QStringLiteral("--ema-slow"), QStringLiteral("3"),
                 QStringLiteral("--rsi-period"), QStringLiteral("2"), QStringLiteral("--atr-period"),
                 QStringLiteral("2"), QStringLiteral("--volume-period"), QStringLiteral("2")});
        QCOMPARE(ok.first, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("time,open,high,low,close,volume,ema_fast,ema_slow,rsi,atr,signal,strength,reason"));
        QCOMPARE(lines.size(), 1 + 12);                   // the duplicated row once, the missing hour not invented
        QVERIFY(lines.at(1).contains(",,,,,HOLD,"));      // no indicator values before their look-back
        QVERIFY(lines.at(5).split(',').at(6).size() > 0); // EMA values once warmed up

        const auto bad = run({QStringLiteral("--data"), writeCandles(dir), QStringLiteral("--out"), out,
                              QStringLiteral("--ema-fast"), QStringLiteral("40")});
        QCOMPARE(bad.first, 2);
        QVERIFY(bad.second.contains("ema-fast (40) must be below ema-slow (26)"));
        const auto missing =
            run({QStringLiteral("--data"), dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--out"), out});
        QCOMPARE(missing.first, 2);
        QVERIFY(missing.second.contains("cannot read"));
    }

    void headlessOfflineDemo()
    {
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), dir.path());
        app.setProcessEnvironment(env);
        QByteArray out;
        connect(&app, &QProcess::readyReadStandardOutput, &app, [&] { out += app.readAllStandardOutput(); });
        app.start(QStringLiteral(AUTOCOIN_EXE),
                  {QStringLiteral("--headless"), QStringLiteral("--start"), QStringLiteral("--data-dir"), dir.path(),
                   QStringLiteral("--exchange"), QStringLiteral("replay"), QStringLiteral("--replay-data"),
                   writeCandles(dir), QStringLiteral("--replay-speed"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("\"to\":\"IDLE\""), 20000);
        QList<QString> prices;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("event")).toString() == u"tick")
                prices.append(event.value(QStringLiteral("price")).toString());
        }
        QCOMPARE(prices, expectedCloses());
        // The headless replay ends by itself once the data is exhausted (a SIGTERM now would race
        // with its own exit).
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 20000);
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
