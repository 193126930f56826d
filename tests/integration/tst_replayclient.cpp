#include "replay/CandleFile.h"
#include "replay/ReplayClient.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace autocoin;

namespace {

/// The shared six-market hourly recording (../shared/data/upbit-krw-6markets-1h), one file a market.
QString sharedHourly(const char *market)
{
    return QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h/%1.csv").arg(QLatin1StringView(market));
}

/// The header and the data rows [first, last) of `source`, minus the rows in `dropped`, written to
/// `dir`/`name`: a few hundred real candles load in milliseconds, where the whole file takes longer.
QString cut(const QTemporaryDir &dir, const QString &source, const QString &name, int first, int last,
            const QList<int> &dropped = {})
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.readLine()); // the header
    for (int row = 0; row < last && !in.atEnd(); ++row) {
        const QByteArray line = in.readLine();
        if (row >= first && !dropped.contains(row))
            out.write(line);
    }
    return path;
}

/// Runs one asynchronous call to completion.
template<typename T, typename Call> Result<T> await(Call call)
{
    std::optional<Result<T>> out;
    call([&out](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000)) {
        ExchangeError e;
        e.kind = ExchangeError::Kind::Timeout;
        e.message = QStringLiteral("the test gave up waiting");
        return e;
    }
    return *out;
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().describe();
}

ExchangeConfig replayOf(const QList<ReplaySource> &sources)
{
    ExchangeConfig config;
    config.exchange = Exchange::Replay;
    config.replaySources = sources;
    config.replaySpeed = 0; // one step per ticker request
    return config;
}

const QString kBtc = QStringLiteral("KRW-BTC");
const QString kEth = QStringLiteral("KRW-ETH");
const QString kXrp = QStringLiteral("KRW-XRP");

} // namespace

class TestReplayClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsCloseEveryMarketAtEachTime()
    {
        // Three real markets on one clock, cut so they do not line up: ETH starts five hours
        // late and misses three hours in the middle, XRP ends twenty hours early.
        QTemporaryDir dir;
        const QList<ReplaySource> sources = {
            {kBtc, cut(dir, sharedHourly("KRW-BTC"), QStringLiteral("btc.csv"), 0, 300)},
            {kEth, cut(dir, sharedHourly("KRW-ETH"), QStringLiteral("eth.csv"), 5, 300, {100, 101, 102})},
            {kXrp, cut(dir, sharedHourly("KRW-XRP"), QStringLiteral("xrp.csv"), 0, 280)},
        };
        QHash<QString, QList<Candle>> files;
        QMap<qint64, int> candlesAt; // open time → markets with a candle then
        for (const ReplaySource &source : sources) {
            const auto file = CandleFile::load(source.path);
            QVERIFY2(file.ok(), qPrintable(why(file)));
            files.insert(source.market, file.value().series.candles);
            for (const Candle &candle : file.value().series.candles)
                ++candlesAt[candle.openTime.toMSecsSinceEpoch()];
        }
        QCOMPARE(files.value(kEth).size(), 292);

        ReplayClient replay(replayOf(sources));
        QVERIFY2(replay.loadError().isEmpty(), qPrintable(replay.loadError()));
        QCOMPARE(replay.candleCount(), candlesAt.size());
        QCOMPARE(replay.markets(), (QStringList{kBtc, kEth, kXrp}));
        QSignalSpy closed(&replay, &ReplayClient::candleClosed);

        const auto markets = await<QList<Market>>([&](auto done) { replay.fetchMarkets(done); });
        QVERIFY(markets.ok());
        QCOMPARE(markets.value().size(), 3);
        QCOMPARE(markets.value().at(1).code, kEth);

        // Before ETH's first candle: ETH is not found (the step is taken all the same).
        const auto early = await<QList<Ticker>>([&](auto done) { replay.fetchTickers({kBtc, kEth, kXrp}, done); });
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, ExchangeError::Kind::NotFound);
        QVERIFY2(early.error().message.contains(kEth), qPrintable(why(early)));
        QCOMPARE(replay.cursor(kBtc), 0);
        QCOMPARE(replay.cursor(kEth), -1);
        QCOMPARE(closed.size(), 2); // BTC's and XRP's first candles
        const auto noEthCandles = await<CandleSeries>([&](auto done) {
            CandleQuery query;
            query.market = kEth;
            replay.fetchCandles(query, done);
        });
        QVERIFY(noEthCandles.ok());
        QVERIFY(noEthCandles.value().candles.isEmpty());

        // Every step: the clock is the close of that time's candles; each market's ticker is its
        // next candle's open (its close after its last candle); a market closes a candle only when
        // it has one at that time.
        int step = 0;
        int signalsSeen = 0; // the first step's signals are checked in the loop too
        for (auto at = candlesAt.cbegin(); at != candlesAt.cend(); ++at, ++step) {
            const QDateTime open = QDateTime::fromMSecsSinceEpoch(at.key(), QTimeZone::utc());
            if (step > 0) {
                const QStringList wanted = replay.cursor(kEth) >= 0 || files.value(kEth).constFirst().openTime == open
                                               ? QStringList{kBtc, kEth, kXrp}
                                               : QStringList{kBtc, kXrp};
                const auto tickers = await<QList<Ticker>>([&](auto done) { replay.fetchTickers(wanted, done); });
                QVERIFY2(tickers.ok(), qPrintable(why(tickers)));
                QCOMPARE(tickers.value().size(), wanted.size());
                for (int i = 0; i < wanted.size(); ++i) {
                    const Ticker &ticker = tickers.value().at(i);
                    const QList<Candle> &candles = files.value(wanted.at(i));
                    const int cursor = replay.cursor(wanted.at(i));
                    QCOMPARE(ticker.market, wanted.at(i));
                    QVERIFY(candles.at(cursor).openTime <= open);
                    QCOMPARE(ticker.tradePrice,
                             cursor + 1 < candles.size() ? candles.at(cursor + 1).open : candles.at(cursor).close);
                    QCOMPARE(ticker.tradeTime, open.addSecs(3600));
                }
            }
            QCOMPARE(replay.cursor(), step);
            QCOMPARE(replay.clock()->nowUtc(), open.addSecs(3600));
            QCOMPARE(closed.size() - signalsSeen, at.value());
            for (int i = signalsSeen; i < closed.size(); ++i) {
                const QString market = closed.at(i).at(2).toString();
                const int index = closed.at(i).at(1).toInt();
                QCOMPARE(closed.at(i).at(0).value<Candle>(), files.value(market).at(index));
                QCOMPARE(files.value(market).at(index).openTime, open);
                QCOMPARE(replay.cursor(market), index);
            }
            signalsSeen = static_cast<int>(closed.size());

            if (step == 150) {
                // Each market's closed candles up to the clock; ETH's gap stays a gap.
                for (const QString &market : {kBtc, kEth, kXrp}) {
                    const auto series = await<CandleSeries>([&](auto done) {
                        CandleQuery query;
                        query.market = market;
                        query.count = 1000;
                        replay.fetchCandles(query, done);
                    });
                    QVERIFY2(series.ok(), qPrintable(why(series)));
                    QCOMPARE(series.value().candles, files.value(market).mid(0, replay.cursor(market) + 1));
                    if (market == kEth)
                        QCOMPARE(series.value().gaps.size(), 1);
                }
                // The book, trades and tick size come from the market's own current candle.
                const auto book = await<OrderBook>([&](auto done) { replay.fetchOrderBook(kXrp, done); });
                QVERIFY(book.ok());
                const Decimal xrpClose = files.value(kXrp).at(replay.cursor(kXrp)).close;
                QVERIFY(book.value().bids.constFirst().price <= xrpClose);
                QVERIFY(book.value().asks.constFirst().price > xrpClose);
                const auto trades = await<QList<PublicTrade>>([&](auto done) { replay.fetchTrades(kEth, 1, done); });
                QVERIFY(trades.ok());
                QCOMPARE(trades.value().constFirst().price, files.value(kEth).at(replay.cursor(kEth)).close);
                const auto tick = await<Decimal>([&](auto done) { replay.fetchTickSize(kBtc, done); });
                QVERIFY(tick.ok());
                QCOMPARE(tick.value(), Decimal(1000)); // BTC at tens of millions of won
            }
        }
        // Every candle of every market closed exactly once, in order.
        for (const QString &market : {kBtc, kEth, kXrp}) {
            QList<int> indices;
            for (const auto &call : closed) {
                if (call.at(2).toString() == market)
                    indices.append(call.at(1).toInt());
            }
            QCOMPARE(indices.size(), files.value(market).size());
            for (int i = 0; i < indices.size(); ++i)
                QCOMPARE(indices.at(i), i);
        }
        // After the last time: the end.
        const auto end = await<QList<Ticker>>([&](auto done) { replay.fetchTickers({kBtc}, done); });
        QVERIFY(!end.ok());
        QCOMPARE(end.error().kind, ExchangeError::Kind::EndOfData);
        const auto endOne = await<Ticker>([&](auto done) { replay.fetchTicker(kEth, done); });
        QCOMPARE(endOne.error().kind, ExchangeError::Kind::EndOfData);
    }

    void tradedValueIsTheLastDaysSum()
    {
        QTemporaryDir dir;
        const QList<ReplaySource> sources = {
            {kBtc, cut(dir, sharedHourly("KRW-BTC"), QStringLiteral("btc.csv"), 0, 60)},
            {kEth, cut(dir, sharedHourly("KRW-ETH"), QStringLiteral("eth.csv"), 0, 60)},
        };
        QHash<QString, QList<Candle>> files;
        for (const ReplaySource &source : sources)
            files.insert(source.market, CandleFile::load(source.path).value().series.candles);
        ReplayClient replay(replayOf(sources));
        for (int step = 0; step < 40; ++step) {
            const auto tickers = await<QList<Ticker>>([&](auto done) { replay.fetchTickers(done); });
            QVERIFY2(tickers.ok(), qPrintable(why(tickers)));
            QCOMPARE(tickers.value().size(), 2); // fetchTickers(): every market that has begun
            const QDateTime now = replay.clock()->nowUtc();
            for (const Ticker &ticker : tickers.value()) {
                // The candles of the last 24 hours (a CSV has no KRW volume: base volume × close).
                Decimal expected;
                for (const Candle &c : files.value(ticker.market)) {
                    if (c.openTime >= now.addSecs(-24 * 3600) && c.openTime < now)
                        expected += (c.volume.rounded(8, Decimal::Rounding::Down) * c.close)
                                        .rounded(8, Decimal::Rounding::Down);
                }
                QVERIFY(expected.isPositive());
                QCOMPARE(ticker.accTradePrice24h, expected);
            }
        }
    }

    void oneBareFilePlaysAsBefore()
    {
        // A bare CSV is KRW-BTC's, one step per ticker: the single-market replay of old.
        QTemporaryDir dir;
        const QString path = cut(dir, sharedHourly("KRW-ETH"), QStringLiteral("eth.csv"), 0, 5);
        ReplayClient replay(replayOf({{QString(), path}}));
        QCOMPARE(replay.markets(), QStringList{kBtc});
        QCOMPARE(replay.candleCount(), 5);
        const auto before = await<Ticker>([&](auto done) { replay.fetchTicker(kEth, done); });
        QCOMPARE(before.error().kind, ExchangeError::Kind::NotFound); // not "not started": no such market
        QCOMPARE(replay.cursor(), -1);
        const auto noCandles = await<CandleSeries>([&](auto done) {
            CandleQuery query;
            query.market = kBtc;
            replay.fetchCandles(query, done);
        });
        QCOMPARE(noCandles.error().kind, ExchangeError::Kind::Unsupported); // the replay has not started
        for (int i = 0; i < 5; ++i) {
            const auto ticker = await<Ticker>([&](auto done) { replay.fetchTicker(kBtc, done); });
            QVERIFY2(ticker.ok(), qPrintable(why(ticker)));
            QCOMPARE(replay.cursor(), i);
        }
        const auto other = await<Ticker>([&](auto done) { replay.fetchTicker(kEth, done); });
        QCOMPARE(other.error().kind, ExchangeError::Kind::NotFound); // and no step consumed
        const auto end = await<Ticker>([&](auto done) { replay.fetchTicker(kBtc, done); });
        QCOMPARE(end.error().kind, ExchangeError::Kind::EndOfData);
    }

    void cancelAllAbandonsEveryAnswerNotYetDelivered()
    {
        // An engine shutting down calls cancelAll() and then destroys the callers of its requests:
        // an answer still queued must come then, as abandoned, never afterwards (it called into a
        // destroyed strategy runner and crashed the app as it quit).
        QTemporaryDir dir;
        const QString path = cut(dir, sharedHourly("KRW-BTC"), QStringLiteral("btc.csv"), 0, 5);
        ReplayClient replay(replayOf({{kBtc, path}}));
        QStringList answers;
        const auto record = [&answers](const auto &result) {
            answers.append(result.ok()                                             ? QStringLiteral("answered")
                           : result.error().kind == ExchangeError::Kind::Cancelled ? QStringLiteral("abandoned")
                                                                                   : result.error().describe());
        };
        replay.fetchTicker(kBtc, record);
        replay.fetchMarkets(record);
        QCOMPARE(replay.pendingRequests(), 2);
        QVERIFY(answers.isEmpty()); // never inside the call
        replay.cancelAll();
        QCOMPARE(answers, (QStringList{QStringLiteral("abandoned"), QStringLiteral("abandoned")}));
        QCOMPARE(replay.pendingRequests(), 0);
        QTest::qWait(50); // the queued deliveries run and find nothing
        QCOMPARE(answers.size(), 2);

        // Not abandoned: answered as before.
        answers.clear();
        replay.fetchTicker(kBtc, record);
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first(), QStringLiteral("answered"));
        QCOMPARE(replay.pendingRequests(), 0);
    }

    void aSecondReplayOfAFileReadsItFromTheCandleCache()
    {
        // The settings' check loads the replay's files, then the engine's replay loads them again:
        // the first load writes the candle cache, the second reads it and plays the same candles.
        QTemporaryDir dir;
        QTemporaryDir cache;
        const QByteArray before = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
        const auto restore = qScopeGuard([&before] { qputenv("XDG_CACHE_HOME", before); });
        const QList<ReplaySource> sources = {
            {kBtc, cut(dir, sharedHourly("KRW-BTC"), QStringLiteral("btc.csv"), 0, 40)},
            {kEth, cut(dir, sharedHourly("KRW-ETH"), QStringLiteral("eth.csv"), 3, 40, {20})},
        };
        const QDir entries(cache.filePath(QStringLiteral("autocoin/candles")));
        const auto play = [&sources](QList<Candle> *closedCandles, QList<Ticker> *tickers) {
            ReplayClient replay(replayOf(sources));
            QVERIFY2(replay.loadError().isEmpty(), qPrintable(replay.loadError()));
            QSignalSpy closed(&replay, &ReplayClient::candleClosed);
            for (int step = 0; step < replay.candleCount(); ++step) {
                const auto answer = await<QList<Ticker>>([&](auto done) { replay.fetchTickers(done); });
                QVERIFY2(answer.ok(), qPrintable(why(answer)));
                *tickers += answer.value();
            }
            for (const auto &call : closed)
                closedCandles->append(call.at(0).value<Candle>());
        };
        QList<Candle> firstCandles;
        QList<Ticker> firstTickers;
        play(&firstCandles, &firstTickers);
        QCOMPARE(entries.entryList(QDir::Files).size(), 2); // one entry per file, written by the load
        QList<Candle> secondCandles;
        QList<Ticker> secondTickers;
        play(&secondCandles, &secondTickers);

        QList<Candle> expected; // the files as the general reader sees them, merged by time
        for (const ReplaySource &source : sources)
            expected += CandleFile::load(source.path).value().series.candles;
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
        QCOMPARE(firstCandles.size(), 40 + 36);
        QCOMPARE(firstCandles, expected);
        QCOMPARE(secondCandles, expected);
        QCOMPARE(secondTickers.size(), firstTickers.size());
        for (qsizetype i = 0; i < firstTickers.size(); ++i) {
            QCOMPARE(secondTickers.at(i).market, firstTickers.at(i).market);
            QCOMPARE(secondTickers.at(i).tradePrice, firstTickers.at(i).tradePrice);
            QCOMPARE(secondTickers.at(i).accTradePrice24h, firstTickers.at(i).accTradePrice24h);
            QCOMPARE(secondTickers.at(i).tradeTime, firstTickers.at(i).tradeTime);
        }
    }

    void badSourcesAreLoadErrors()
    {
        QTemporaryDir dir;
        const QString hourly = cut(dir, sharedHourly("KRW-BTC"), QStringLiteral("btc-1h.csv"), 0, 50);
        const QString minutes = cut(dir, QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-5markets-1m/KRW-ETH.csv"),
                                    QStringLiteral("eth-1m.csv"), 0, 50);
        // Mixed timeframes: no common clock; the error names both files.
        ReplayClient mixed(replayOf({{kBtc, hourly}, {kEth, minutes}}));
        QVERIFY2(mixed.loadError().contains(hourly) && mixed.loadError().contains(minutes),
                 qPrintable(mixed.loadError()));
        QVERIFY2(mixed.loadError().contains(QStringLiteral("timeframe")), qPrintable(mixed.loadError()));
        const auto ticker = await<QList<Ticker>>([&](auto done) { mixed.fetchTickers({kBtc}, done); });
        QCOMPARE(ticker.error().kind, ExchangeError::Kind::Malformed);
        const auto markets = await<QList<Market>>([&](auto done) { mixed.fetchMarkets(done); });
        QVERIFY(!markets.ok());

        // One market twice.
        ReplayClient twice(replayOf({{kBtc, hourly}, {kBtc, hourly}}));
        QVERIFY2(twice.loadError().contains(QStringLiteral("KRW-BTC is given twice")), qPrintable(twice.loadError()));

        // A file that is not there.
        ReplayClient missing(replayOf({{kBtc, hourly}, {kEth, dir.filePath(QStringLiteral("nope.csv"))}}));
        QVERIFY2(missing.loadError().contains(QStringLiteral("nope.csv")), qPrintable(missing.loadError()));

        // No source at all.
        ReplayClient none(replayOf({}));
        QVERIFY(!none.loadError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplayClient)
#include "tst_replayclient.moc"
