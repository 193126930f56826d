// The backtester: agreement with the live engine's paper trading over the same candles (fills
// identical to the unit), the report's arithmetic, the optimiser's walk-forward, and the
// `backtest` / `optimize` commands with good and bad input.

#include "TestData.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/Report.h"
#include "core/EngineController.h"
#include "replay/CandleFile.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cstdint>

using namespace autocoin;

namespace {

const QString kHourly = autocoin::test::hourlyCandles();

/// `count` recorded hours from the `from`-th on, as columns; none when the file cannot be read.
CandleColumns hourlyColumns(qsizetype from, qsizetype count)
{
    const auto file = CandleFile::load(kHourly);
    return file.ok() ? CandleColumns::fromList(file.value().series.candles).mid(from, count) : CandleColumns();
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache")); // the candle cache
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUTOCOIN_EXE), arguments);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

class TestBacktest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRunsOfOneBacktestWriteTheSameOrderIds()
    {
        // The trades file lists each fill's order id: a second run of the same backtest writes the
        // same file, ids included.
        const CandleColumns candles = hourlyColumns(0, 2000);
        QVERIFY(!candles.isEmpty());
        BacktestConfig config;
        config.timeframe = Timeframe::minutes(60);
        const BacktestResult first = Backtester::run(candles, config);
        const BacktestResult second = Backtester::run(candles, config);
        QVERIFY(first.fills.size() >= 4);
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeTradesCsv(first, dir.filePath(QStringLiteral("1.csv")), &error));
        QVERIFY(writeTradesCsv(second, dir.filePath(QStringLiteral("2.csv")), &error));
        QFile one(dir.filePath(QStringLiteral("1.csv")));
        QFile two(dir.filePath(QStringLiteral("2.csv")));
        QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
        QCOMPARE(one.readAll(), two.readAll());
        QCOMPARE(first.fills.first().orderId, QStringLiteral("backtest-000001"));
    }

    void theEquityCurveKeepsEveryPointInRuns()
    {
        // Points one by one and flat stretches (with gaps in their times), against the plain
        // list of the same points: every index reads back the same time, equity and holding.
        struct Point
        {
            qint64 time;
            double equity;
            bool invested;
        };
        std::vector<Point> plain;
        EquityCurve curve;
        quint32 seed = 12345;
        const auto random = [&seed](quint32 below) {
            seed = seed * 1664525U + 1013904223U;
            return (seed >> 8) % below;
        };
        qint64 time = 1600000000000;
        constexpr qint64 kStep = 60000;
        for (int block = 0; block < 400; ++block) {
            if (random(3) == 0) { // a flat stretch, sometimes with a gap or two
                const double equity = 1000000 + random(4) * 1000;
                std::vector<qint64> opens;
                const int count = 1 + int(random(50));
                for (int k = 0; k < count; ++k) {
                    time += random(7) == 0 ? kStep * (2 + random(3)) : kStep;
                    opens.push_back(time - kStep);
                    plain.push_back({time, equity, false});
                }
                curve.appendFlat(opens, kStep, equity);
            } else {
                time += random(5) == 0 ? kStep * 3 : kStep;
                const double equity = 1000000 + random(4) * 1000; // equal neighbours now and then
                const bool invested = random(2) == 0;
                curve.append(time, equity, invested);
                plain.push_back({time, equity, invested});
            }
        }
        QCOMPARE(curve.size(), plain.size());
        QVERIFY(curve.runs().size() < plain.size());
        for (std::size_t i = 0; i < plain.size(); ++i) {
            QCOMPARE(curve.time(i), plain[i].time);
            QCOMPARE(curve.equity(i), plain[i].equity);
            QCOMPARE(curve.invested(i), plain[i].invested);
        }
        EquityCurve oneByOne;
        for (const Point &point : plain)
            oneByOne.append(point.time, point.equity, point.invested);
        QVERIFY(oneByOne == curve);
        QCOMPARE(oneByOne.runs().size(), curve.runs().size()); // the same runs either way
        oneByOne.append(time + kStep, 1, false);
        QVERIFY(!(oneByOne == curve));
    }

    void theBacktestTradesExactlyAsPaperTradingDoes()
    {
        const auto memory = autocoin::test::memoryDir(); // the engine's fsyncs must not set the pace
        const QTemporaryDir &dir = *memory;
        const QString data = autocoin::test::hourlySubset(dir, 6000);
        QVERIFY(!data.isEmpty());
        // The live engine, paper mode, on the replay market.
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySources = {{QString(), data}};
        config.interval = std::chrono::milliseconds(0);
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        config.dataDir = dir.path();
        EquityPoint last;
        {
            EngineController engine(config);
            QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
            QSignalSpy equity(&engine, &EngineController::equityUpdated);
            engine.start();
            // Seconds; the wide limit only catches a hung engine.
            QTRY_VERIFY_WITH_TIMEOUT(!exhausted.isEmpty(), 240000);
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 60000);
            last = equity.last().first().value<EquityPoint>();
        }
        StorageError error;
        auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("check"), dir.path(),
                                QTimeZone("Asia/Seoul"), &error);
        QVERIFY(db);
        const QList<TradeRecord> paper = TradeRepository(*db).latest(100000, &error);

        // The backtester over the same file with the same (default) parameters.
        const auto file = CandleFile::load(data);
        QVERIFY(file.ok());
        BacktestConfig bt;
        bt.exchange = Exchange::Replay; // the replay market's rules: Upbit's ticks and fee
        bt.timeframe = file.value().timeframe;
        const BacktestResult result = Backtester::run(file.value().series.candles, bt);

        QVERIFY(paper.size() >= 10);
        QCOMPARE(result.fills.size(), paper.size());
        for (qsizetype i = 0; i < paper.size(); ++i) {
            const TradeRecord &p = paper[paper.size() - 1 - i]; // latest() is newest first
            const TradeRecord &b = result.fills[i];
            QCOMPARE(b.executedAt, p.executedAt);
            QCOMPARE(b.side, p.side);
            QCOMPARE(b.price, p.price);
            QCOMPARE(b.quantity, p.quantity);
            QCOMPARE(b.fee, p.fee);
        }
        QCOMPARE(result.finalEquity, last.total);
        // Fills come no earlier than the candle after the decision: each at a candle's open time.
        for (const TradeRecord &fill : result.fills)
            QCOMPARE(fill.executedAt.time().minute(), 0);
    }

    void theReportAddsUp()
    {
        BacktestResult result;
        result.config.startingKrw = Decimal(1000000);
        result.config.timeframe = Timeframe::minutes(60);
        result.candles = 5;
        result.from = QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
        result.to = result.from.addSecs(5 * 3600);
        const double curve[] = {1000000, 1100000, 990000, 1045000, 1210000};
        for (int i = 0; i < 5; ++i)
            result.curve.append(result.from.addSecs((i + 1) * 3600).toMSecsSinceEpoch(), curve[i], i == 1 || i == 2);
        result.finalEquity = Decimal(1210000);
        result.feesPaid = d("123.45");
        result.firstPrice = 100;
        result.lastPrice = 150;
        RoundTrip win{QStringLiteral("KRW-BTC"),
                      result.from,
                      result.from.addSecs(7200),
                      d("1"),
                      d("100"),
                      d("130"),
                      d("10"),
                      d("300000"),
                      {}};
        RoundTrip loss{QStringLiteral("KRW-BTC"),
                       result.from,
                       result.from.addSecs(3600),
                       d("1"),
                       d("100"),
                       d("90"),
                       d("5"),
                       d("-90000"),
                       {}};
        result.trips = {win, loss};
        const BacktestReport r = BacktestReport::of(result);
        QCOMPARE(r.totalReturn, 0.21);
        QVERIFY(qAbs(r.maxDrawdown - 0.1) < 1e-12); // 1,100,000 → 990,000
        QCOMPARE(r.maxDrawdownSeconds, qint64(7200));
        QCOMPARE(r.trades, 2);
        QCOMPARE(r.winRate, 0.5);
        QVERIFY(qAbs(r.profitFactor - 300000.0 / 90000.0) < 1e-12);
        QCOMPARE(r.expectancy, d("105000"));
        QCOMPARE(r.averageHoldingHours, 1.5);
        QCOMPARE(r.exposure, 0.4);
        QCOMPARE(r.buyAndHoldReturn, 0.5);
        QVERIFY(r.sharpe > 0 && r.sortino > 0 && r.calmar > 0);
        const QJsonObject json = r.json(result);
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("final_equity")).toString(),
                 QStringLiteral("1210000"));
        QCOMPARE(json.value(QStringLiteral("trades")).toArray().size(), 2);
        const QString html = r.html(result);
        QVERIFY(html.contains(u"<svg") && html.contains(u"Max drawdown") && !html.contains(u"<script"));
    }

    void theStatisticsGatheredAsTheRunGoesAreTheCurves()
    {
        // A sweep keeps no curve: its report comes from the statistics the run gathered, with
        // stretches of equal points taken at once. They must be the curve's, bit for bit.
        const CandleColumns candles = hourlyColumns(500, 8000);
        QVERIFY(!candles.isEmpty());
        BacktestConfig config;
        config.timeframe = Timeframe::minutes(60);
        for (const auto &[fastPeriod, slowPeriod] : {std::pair{12, 26}, std::pair{5, 40}}) {
            config.parameters.emaFast = fastPeriod;
            config.parameters.emaSlow = slowPeriod;
            config.keepCurve = true;
            BacktestResult kept = Backtester::run(candles, config);
            QCOMPARE(qsizetype(kept.curve.size()), candles.size());
            QCOMPARE(kept.stats.points(), kept.curve.size());
            QVERIFY(kept.trips.size() >= 5);
            config.keepCurve = false;
            const BacktestResult statsOnly = Backtester::run(candles, config);
            QVERIFY(statsOnly.curve.empty());
            const BacktestReport fromStats = BacktestReport::of(statsOnly);
            kept.stats = EquityStats(); // the report then reads the curve point by point
            const BacktestReport fromCurve = BacktestReport::of(kept);
            QVERIFY(fromCurve.maxDrawdown > 0 && fromCurve.exposure > 0 && fromCurve.sharpe != 0);
            QCOMPARE(fromStats.maxDrawdown, fromCurve.maxDrawdown);
            QCOMPARE(fromStats.maxDrawdownSeconds, fromCurve.maxDrawdownSeconds);
            QCOMPARE(fromStats.sharpe, fromCurve.sharpe);
            QCOMPARE(fromStats.sortino, fromCurve.sortino);
            QCOMPARE(fromStats.calmar, fromCurve.calmar);
            QCOMPARE(fromStats.exposure, fromCurve.exposure);
            QCOMPARE(fromStats.finalEquity, fromCurve.finalEquity);
        }
        // A stretch of equal points taken at once is its points taken one by one.
        EquityStats one(1000), flat(1000);
        const double curve[] = {1000, 1200, 900, 900, 900, 900, 1300, 1300, 1300, 700};
        for (int i = 0; i < 10; ++i)
            one.add(i * 60000, curve[i], false);
        flat.add(0, 1000, false);
        flat.add(60000, 1200, false);
        flat.addFlat(2 * 60000, 5 * 60000, 4, 900);
        flat.addFlat(6 * 60000, 8 * 60000, 3, 1300);
        flat.addFlat(9 * 60000, 9 * 60000, 1, 700);
        QCOMPARE(flat.points(), one.points());
        QCOMPARE(flat.maxDrawdown, one.maxDrawdown);
        QCOMPARE(flat.maxDrawdownMs, one.maxDrawdownMs);
        QCOMPARE(flat.sum, one.sum);
        QCOMPARE(flat.sumSquares, one.sumSquares);
        QCOMPARE(flat.downSquares, one.downSquares);
        QCOMPARE(flat.returns, one.returns);
        QCOMPARE(one.maxDrawdownMs, qint64(4 * 60000)); // 1200 at 1 min, below it until 5 min
    }

    void theJsonTextIsQtsJsonByteForByte()
    {
        // What the command writes (jsonText, written directly) is what Qt writes of json(): on a
        // real run, and on made-up values at the edges of Qt's number, string and time formats.
        const auto file = CandleFile::load(kHourly);
        QVERIFY(file.ok());
        BacktestConfig config;
        config.timeframe = Timeframe::minutes(60);
        const BacktestResult run = Backtester::run(file.value().series.candles.mid(0, 6000), config);
        QVERIFY(run.trips.size() > 10);
        const BacktestReport real = BacktestReport::of(run);
        for (const int points : {2000, 7, 1}) {
            const QByteArray qt = QJsonDocument(real.json(run, points)).toJson(QJsonDocument::Indented);
            QCOMPARE(real.jsonText(run, points), qt);
        }

        BacktestResult made;
        made.config.startingKrw = Decimal(1000000);
        made.markets = {QStringLiteral("KRW-XRP"), QStringLiteral("KRW-BTC")};
        // Integers up to 2^53 are written as integers, the rest shortest round trip; NaN and ∞ null.
        const double values[] = {0.0,
                                 -0.0,
                                 1e6,
                                 9007199254740992.0,
                                 9007199254740994.0,
                                 -9000000000000000.0,
                                 9.1e15,
                                 1e16,
                                 1.5e15,
                                 0.1,
                                 -2.5e-9,
                                 5e-324,
                                 1e300,
                                 -1e21,
                                 qQNaN(),
                                 qInf(),
                                 -qInf(),
                                 123456789.125};
        // Times before year 1, in it, around the epoch, and after 9999 (Qt writes no text for those).
        const qint64 times[] = {
            -62135596800001, -62135596800000, -1,           0, 1, 86399999, 951782400000, 4102444800000,
            253402300799999, 253402300800000, 1700000000123};
        for (std::size_t i = 0; i < std::size(values); ++i)
            made.curve.append(times[i % std::size(times)], values[i], false);
        const QString reasons[] = {QStringLiteral("stop 123"),
                                   QStringLiteral("quote \" backslash \\ slash / tab\t new\nline \r \b \f"),
                                   QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QStringLiteral("é 유의 €"),
                                   QStringLiteral("pair ") + QChar(0xd83d) + QChar(0xde00) + QStringLiteral(" lone ") +
                                       QChar(0xd800) + u'x' + QChar(0xdc00) + QStringLiteral(" end ") + QChar(0xd83d),
                                   QString()};
        const QDateTime utc = CandleColumns::utcTime(1609459200000);
        const QDateTime moments[] = {utc, CandleColumns::utcTime(-62135596800001),
                                     QDateTime(QDate(2021, 1, 1), QTime(9, 0), QTimeZone(9 * 3600)),
                                     QDateTime(QDate(2021, 1, 1), QTime(0, 0, 0, 999), QTimeZone::utc()), QDateTime()};
        for (int i = 0; i < 5; ++i)
            made.trips.append({i % 2 ? QStringLiteral("KRW-BTC") : QStringLiteral("KRW-XRP"), moments[i],
                               moments[(i + 1) % 5], d("0.00012345"), d("4902000"), d("4900000.5"), d("99.9"),
                               i % 2 ? d("-1.5") : d("123"), reasons[i]});
        BacktestReport report = BacktestReport::of(made);
        report.sharpe = qQNaN();
        report.sortino = -qInf();
        report.profitFactor = qInf();
        report.from = utc;
        report.to = QDateTime(QDate(2021, 1, 2), QTime(0, 0), QTimeZone(-5 * 3600));
        // A market given twice: the object keeps the last one, as QJsonObject::insert does.
        report.markets.append(report.markets.constFirst());
        report.markets.last().trades = 99;
        report.markets.last().profitFactor = 0.5;
        for (const int points : {2000, 5}) {
            const QByteArray qt = QJsonDocument(report.json(made, points)).toJson(QJsonDocument::Indented);
            QCOMPARE(report.jsonText(made, points), qt);
        }
        // Nothing at all: empty arrays and objects.
        const BacktestResult empty;
        const BacktestReport none = BacktestReport::of(empty);
        QCOMPARE(none.jsonText(empty), QJsonDocument(none.json(empty)).toJson(QJsonDocument::Indented));
    }

    void theOptimiserRanksAndWalksForward()
    {
        const auto file = CandleFile::load(kHourly);
        QVERIFY(file.ok());
        const QList<Candle> candles = file.value().series.candles.mid(0, 8000);
        OptimizeConfig config;
        config.base.timeframe = Timeframe::minutes(60);
        ParameterRange fast, slow;
        QVERIFY(ParameterRange::parse(QStringLiteral("ema-fast=8:16:4"), &fast).isEmpty());
        QVERIFY(ParameterRange::parse(QStringLiteral("ema-slow=12:28:8"), &slow).isEmpty());
        QVERIFY(!ParameterRange::parse(QStringLiteral("ema-fast=9:3"), &fast).isEmpty());
        QVERIFY(!ParameterRange::parse(QStringLiteral("warp=1:2"), &fast).isEmpty());
        QVERIFY(ParameterRange::parse(QStringLiteral("ema-fast=8:16:4"), &fast).isEmpty());
        config.ranges = {fast, slow};
        config.windows = 2;
        config.threads = 2;
        const OptimizeResult result = Optimizer::run(candles, config);
        QCOMPARE(result.combinations + result.skipped, 9); // 3 × 3
        QVERIFY(result.skipped >= 1);                      // ema-fast 16 with ema-slow 12 breaks a rule
        QCOMPARE(result.ranked.size(), result.combinations);
        for (qsizetype i = 1; i < result.ranked.size(); ++i)
            QVERIFY(result.ranked[i - 1].score >= result.ranked[i].score);
        QCOMPARE(result.folds.size(), 2);
        QVERIFY(result.folds[0].trainTo < result.folds[0].testFrom);
        QVERIFY(result.folds[1].testTo > result.folds[1].testFrom);
        // The same combination gives the same result on any thread.
        BacktestConfig again = config.base;
        QStringList problems;
        again.parameters = StrategyParameters::fromMap(result.ranked.first().values, again.parameters, &problems);
        QCOMPARE(BacktestReport::of(Backtester::run(candles, again)).finalEquity,
                 result.ranked.first().report.finalEquity);
        QVERIFY(Optimizer::csv(result).split('\n').size() >= result.combinations + 1);
        // Every combination read the sweep's shared indicator series: each ranks with the report
        // a backtest computing its own indicators gives.
        for (const Evaluation &evaluation : result.ranked) {
            BacktestConfig alone = config.base;
            alone.parameters = StrategyParameters::fromMap(evaluation.values, alone.parameters, &problems);
            const BacktestReport report = BacktestReport::of(Backtester::run(candles, alone));
            QCOMPARE(report.finalEquity, evaluation.report.finalEquity);
            QCOMPARE(report.trades, evaluation.report.trades);
            QCOMPARE(report.sharpe, evaluation.report.sharpe);
        }
    }

    void sharedIndicatorSeriesDecideAsTheBacktestsOwn()
    {
        const CandleColumns candles = hourlyColumns(1000, 6000);
        QVERIFY(!candles.isEmpty());
        const auto bank = std::make_shared<IndicatorBank>(candles);
        BacktestConfig config;
        config.timeframe = Timeframe::minutes(60);
        for (const auto &[fastPeriod, slowPeriod] : {std::pair{12, 26}, std::pair{5, 20}, std::pair{12, 40}}) {
            config.parameters.emaFast = fastPeriod;
            config.parameters.emaSlow = slowPeriod;
            const BacktestResult own = Backtester::run(QList<MarketSeries>{{config.market, candles}}, config);
            const BacktestResult shared = Backtester::run(QList<MarketSeries>{{config.market, candles, bank}}, config);
            QVERIFY(own.fills.size() >= 10);
            QCOMPARE(shared.fills.size(), own.fills.size());
            for (qsizetype i = 0; i < own.fills.size(); ++i) {
                QCOMPARE(shared.fills[i].executedAt, own.fills[i].executedAt);
                QCOMPARE(shared.fills[i].price, own.fills[i].price);
                QCOMPARE(shared.fills[i].quantity, own.fills[i].quantity);
            }
            QVERIFY(shared.curve == own.curve);
            QCOMPARE(shared.finalEquity, own.finalEquity);
        }
    }

    void theSharedSeriesAreTheIndicatorsOwnValues()
    {
        // A sweep's series (the EMAs apart, the other values side by side, each indicator in a
        // loop of its own) hold what IndicatorSet::update gives at every candle, bit for bit, the
        // look-backs included — for periods not seen before and for ones already computed, and
        // for EMAs computed side by side beforehand (a sweep's prepare()).
        const CandleColumns candles = hourlyColumns(500, 3000);
        QVERIFY(!candles.isEmpty());
        StrategyParameters odd;
        odd.emaFast = 3;
        odd.emaSlow = 50;
        odd.rsiPeriod = 2;
        odd.atrPeriod = 30;
        odd.volumePeriod = 7;
        StrategyParameters shared = odd; // the EMAs and values of the first two, combined
        shared.emaSlow = StrategyParameters{}.emaSlow;
        IndicatorBank bank(candles);
        IndicatorBank prepared(candles);
        StrategyParameters longer; // a look-back past the candles
        longer.emaSlow = 5000;
        prepared.prepare({odd, StrategyParameters{}, longer});
        int round = 0; // the first four from `bank`, computed as asked; the next four from `prepared`
        for (const StrategyParameters &parameters :
             {StrategyParameters{}, odd, shared, longer, StrategyParameters{}, odd, shared, longer}) {
            const IndicatorBank::Set set = (round++ < 4 ? bank : prepared).set(parameters);
            IndicatorSet own(parameters);
            const auto same = [](const std::optional<double> &a, const std::optional<double> &b) {
                return a.has_value() == b.has_value() &&
                       (!a || std::bit_cast<std::uint64_t>(*a) == std::bit_cast<std::uint64_t>(*b));
            };
            for (qsizetype i = 0; i < candles.size(); ++i) {
                const IndicatorSnapshot expected = own.update(candles.at(i));
                const IndicatorSnapshot got = IndicatorBank::snapshot(set, i);
                QCOMPARE(got.close, expected.close);
                QCOMPARE(got.volume, expected.volume);
                QVERIFY2(same(got.emaFast, expected.emaFast) && same(got.emaSlow, expected.emaSlow) &&
                             same(got.rsi, expected.rsi) && same(got.atr, expected.atr) &&
                             same(got.volumeAverage, expected.volumeAverage),
                         qPrintable(QStringLiteral("candle %1").arg(i)));
            }
        }
    }

    void theFastStretchesTradeAsTheEnginesStep()
    {
        // One market takes the fast stretches: the quiet scan with nothing held, and the stop
        // alone on held candles whose rules say HOLD either way. With a second market (that has
        // no candles) every candle goes through the engine's step instead. Both must trade and
        // count alike, fill for fill and equity point for equity point, on real data, with the
        // backtest's own indicators and with a sweep's shared series.
        const CandleColumns candles = hourlyColumns(2000, 8000);
        QVERIFY(!candles.isEmpty());
        const auto bank = std::make_shared<IndicatorBank>(candles);
        BacktestConfig config;
        config.timeframe = Timeframe::minutes(60);
        StrategyParameters tight; // more trades, and the floor and volume filter decide too
        tight.emaFast = 5;
        tight.emaSlow = 13;
        tight.rsiFloor = 45;
        tight.volumeMultiple = 1.2;
        for (const StrategyParameters &parameters : {StrategyParameters{}, tight}) {
            config.parameters = parameters;
            for (const auto &indicators : {std::shared_ptr<IndicatorBank>(), bank}) {
                const BacktestResult fast =
                    Backtester::run(QList<MarketSeries>{{config.market, candles, indicators}}, config);
                const BacktestResult general = Backtester::run(
                    QList<MarketSeries>{{config.market, candles, indicators}, {QStringLiteral("KRW-NONE"), {}}},
                    config);
                QVERIFY(general.fills.size() >= 40);
                QCOMPARE(fast.fills.size(), general.fills.size());
                for (qsizetype i = 0; i < general.fills.size(); ++i) {
                    QCOMPARE(fast.fills[i].executedAt, general.fills[i].executedAt);
                    QCOMPARE(fast.fills[i].side, general.fills[i].side);
                    QCOMPARE(fast.fills[i].price, general.fills[i].price);
                    QCOMPARE(fast.fills[i].quantity, general.fills[i].quantity);
                    QCOMPARE(fast.fills[i].fee, general.fills[i].fee);
                }
                QCOMPARE(fast.trips.size(), general.trips.size());
                int stops = 0;
                for (qsizetype i = 0; i < general.trips.size(); ++i) {
                    QCOMPARE(fast.trips[i].exitReason, general.trips[i].exitReason);
                    QCOMPARE(fast.trips[i].pnl, general.trips[i].pnl);
                    stops += general.trips[i].exitReason == u"stop" ? 1 : 0;
                }
                QVERIFY(stops > 0); // the stop fires inside the fast stretches too
                QVERIFY(fast.curve == general.curve);
                QVERIFY(fast.curve.size() == std::size_t(fast.candles));
                QCOMPARE(fast.finalEquity, general.finalEquity);
                QCOMPARE(fast.feesPaid, general.feesPaid);
            }
        }
    }

    void theCommandsWriteTheirFilesAndRefuseBadInput()
    {
        QTemporaryDir dir;
        const QString data = autocoin::test::hourlySubset(dir, 3000);
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString json = dir.filePath(QStringLiteral("r.json"));
        const QString trades = dir.filePath(QStringLiteral("t.csv"));
        Run ok = runApp({QStringLiteral("backtest"), QStringLiteral("--data"), data, QStringLiteral("--from"),
                         QStringLiteral("2017-10-10"), QStringLiteral("--to"), QStringLiteral("2018-01-31"),
                         QStringLiteral("--balance"), QStringLiteral("2000000"), QStringLiteral("--fee"),
                         QStringLiteral("0.0005"), QStringLiteral("--report"), html, QStringLiteral("--json"), json,
                         QStringLiteral("--trades"), trades, QStringLiteral("--ema-fast"), QStringLiteral("9")},
                        dir.path());
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY(ok.out.contains("Sharpe") && ok.out.contains("Buy and hold"));
        QVERIFY(ok.out.contains("Starting balance           2000000 KRW"));
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly) && report.readAll().contains("<svg"));
        QFile result(json);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QJsonObject parsed = QJsonDocument::fromJson(result.readAll()).object();
        QCOMPARE(parsed.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("ema-fast")).toString(),
                 QStringLiteral("9"));
        QVERIFY(parsed.value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("from"))
                    .toString()
                    .startsWith(u"2017-10-09T15:00:00")); // 2017-10-10 00:00 KST
        QFile fills(trades);
        QVERIFY(fills.open(QIODevice::ReadOnly) && fills.readLine().startsWith("time,market,side,price"));

        const auto refused = [&](const QStringList &arguments, const char *message) {
            const Run run = runApp(arguments, dir.path());
            QVERIFY2(run.code == 2, run.err.constData());
            QVERIFY2(run.err.contains(message), run.err.constData());
        };
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), data, QStringLiteral("--from"),
                 QStringLiteral("2021-13-40")},
                "--from 2021-13-40: not a date");
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), dir.filePath(QStringLiteral("none.csv"))},
                "none.csv");
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), data, QStringLiteral("--ema-fast"),
                 QStringLiteral("40")},
                "ema-fast (40) must be below ema-slow (26)");
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), data, QStringLiteral("--from"),
                 QStringLiteral("2030-01-01")},
                "no candles between");
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), data, QStringLiteral("--fee"),
                 QStringLiteral("lots")},
                "--fee lots");
        refused({QStringLiteral("optimize"), QStringLiteral("--data"), data}, "--range");
        refused({QStringLiteral("optimize"), QStringLiteral("--data"), data, QStringLiteral("--range"),
                 QStringLiteral("ema-fast=1:2"), QStringLiteral("--metric"), QStringLiteral("luck")},
                "--metric luck");

        const QString ranking = dir.filePath(QStringLiteral("ranking.csv"));
        const Run sweep =
            runApp({QStringLiteral("optimize"), QStringLiteral("--data"), data, QStringLiteral("--range"),
                    QStringLiteral("ema-fast=8:12:2"), QStringLiteral("--range"), QStringLiteral("rsi-period=10:14:4"),
                    QStringLiteral("--windows"), QStringLiteral("2"), QStringLiteral("--out"), ranking},
                   dir.path());
        QVERIFY2(sweep.code == 0, sweep.err.constData());
        QVERIFY(sweep.out.contains("6 combinations"));
        QVERIFY(sweep.out.contains("Walk-forward (2 folds"));
        QFile csv(ranking);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().trimmed().split('\n').size(), 7);
    }

    void aPortfolioOfMarketsFromTheCommandLine()
    {
        // Three recorded markets (2,000 hours each, one clock), MARKET=FILE, repeated and listed.
        QTemporaryDir dir;
        QStringList paths;
        for (const char *code : {"KRW-BTC", "KRW-ETH", "KRW-XRP"}) {
            QFile in(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h/%1.csv").arg(QLatin1StringView(code)));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString path = dir.filePath(QLatin1StringView(code) + QStringLiteral(".csv"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (int i = 0; i <= 2000 && !in.atEnd(); ++i)
                out.write(in.readLine());
            paths.append(path);
        }
        const QString json = dir.filePath(QStringLiteral("p.json"));
        const QString trades = dir.filePath(QStringLiteral("p.csv"));
        const QString html = dir.filePath(QStringLiteral("p.html"));
        const Run run =
            runApp({QStringLiteral("backtest"), QStringLiteral("--data"), QStringLiteral("KRW-BTC=") + paths[0],
                    QStringLiteral("--data"), QStringLiteral("KRW-ETH=%1,KRW-XRP=%2").arg(paths[1], paths[2]),
                    QStringLiteral("--max-positions"), QStringLiteral("2"), QStringLiteral("--json"), json,
                    QStringLiteral("--trades"), trades, QStringLiteral("--report"), html},
                   dir.path());
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("By market:") && run.out.contains("KRW-ETH") && run.out.contains("KRW-XRP"),
                 run.out.constData());
        QFile result(json);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QJsonObject parsed = QJsonDocument::fromJson(result.readAll()).object();
        const QJsonObject markets = parsed.value(QStringLiteral("markets")).toObject();
        QCOMPARE(markets.keys(),
                 (QStringList{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")}));
        // The markets' round trips add up to the whole.
        int trips = 0;
        for (const QString &market : markets.keys())
            trips += markets.value(market).toObject().value(QStringLiteral("trades")).toInt();
        QCOMPARE(trips, parsed.value(QStringLiteral("summary")).toObject().value(QStringLiteral("trades")).toInt());
        QVERIFY(trips > 10);
        QCOMPARE(markets.value(QStringLiteral("KRW-BTC")).toObject().value(QStringLiteral("candles")).toInt(), 2000);
        QFile fills(trades);
        QVERIFY(fills.open(QIODevice::ReadOnly));
        QSet<QByteArray> traded;
        fills.readLine();
        while (!fills.atEnd())
            traded.insert(fills.readLine().split(',').value(1));
        QCOMPARE(traded.size(), 3);
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly) && report.readAll().contains("<h2>Markets</h2>"));

        const auto refused = [&](const QStringList &arguments, const char *message) {
            const Run bad = runApp(arguments, dir.path());
            QVERIFY2(bad.code == 2, bad.err.constData());
            QVERIFY2(bad.err.contains(message), bad.err.constData());
        };
        refused({QStringLiteral("backtest"), QStringLiteral("--data"),
                 QStringLiteral("KRW-BTC=%1,KRW-BTC=%2").arg(paths[0], paths[1])},
                "KRW-BTC is given twice");
        refused({QStringLiteral("backtest"), QStringLiteral("--data"), QStringLiteral("BTC=") + paths[0]},
                "\"BTC\" is not a KRW market code");
        const QString daily = dir.filePath(QStringLiteral("daily.csv"));
        QFile day(daily);
        QVERIFY(day.open(QIODevice::WriteOnly));
        day.write("candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n"
                  "2022-01-01T09:00:00,1,2,1,2,1\n2022-01-02T09:00:00,2,3,2,3,1\n2022-01-03T09:00:00,3,4,3,4,1\n");
        day.close();
        refused({QStringLiteral("backtest"), QStringLiteral("--data"),
                 QStringLiteral("KRW-BTC=%1,KRW-ETH=%2").arg(paths[0], daily)},
                "every market needs one timeframe");
        // optimize takes the same inputs.
        const Run sweep =
            runApp({QStringLiteral("optimize"), QStringLiteral("--data"),
                    QStringLiteral("KRW-BTC=%1,KRW-ETH=%2").arg(paths[0], paths[1]), QStringLiteral("--range"),
                    QStringLiteral("ema-fast=8:12:4"), QStringLiteral("--windows"), QStringLiteral("1")},
                   dir.path());
        QVERIFY2(sweep.code == 0, sweep.err.constData());
        QVERIFY2(sweep.out.contains("2 combinations") && sweep.out.contains("over 4000 candles"),
                 sweep.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
