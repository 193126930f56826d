// The portfolio engine on the fake exchange: several markets, one account, max-positions, the
// exposure room, the exchanges' warnings, and a market that leaves the list while held.
#include "FakeExchange.h"
#include "TestCandles.h"
#include "core/EngineController.h"
#include "logging/Logger.h"
#include "storage/Repositories.h"
#include "strategy/Reason.h"
#include "strategy/StrategyCore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace autocoin;
using autocoin::test::buyOnTheLastCandle;
using autocoin::test::FakeUpbitServer;

namespace {

const Timeframe kHour = Timeframe::minutes(60);

StrategyParameters parameters()
{
    StrategyParameters p;
    p.emaFast = 2;
    p.emaSlow = 3;
    p.rsiOverbought = 100;
    p.rsiFloor = 0;
    p.volumeMultiple = 0;
    p.maxPositions = 2;
    p.maxExposure = 0.15;
    return p;
}

QHash<QString, QString> overrides(const StrategyParameters &p)
{
    QHash<QString, QString> map;
    const auto all = p.toMap();
    for (const char *name :
         {"ema-fast", "ema-slow", "rsi-overbought", "rsi-floor", "volume-multiple", "max-positions", "max-exposure"})
        map.insert(QLatin1StringView(name), all.value(QLatin1StringView(name)));
    return map;
}

/// The strength the strategy gives the last candle, computed apart from the engine.
double strengthOf(const QList<Candle> &candles)
{
    StrategyCore core(QStringLiteral("X"), kHour, parameters());
    for (qsizetype i = 0; i + 1 < candles.size(); ++i)
        core.warmUp(candles[i]);
    const StrategyCore::Evaluation e = core.evaluate(candles.constLast());
    return e.signal.type == Signal::Type::Buy ? e.signal.strength : -1;
}

} // namespace

class TestPortfolio final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStrongestBuysFillMaxPositionsAndTheWarnedMarketIsSkipped()
    {
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        auto &fake = server.exchange();
        struct Market
        {
            QString code;
            double base;
            double jump;
        };
        const QList<Market> markets = {{QStringLiteral("KRW-BTC"), 50000000, 0.007},
                                       {QStringLiteral("KRW-ETH"), 3000000, 0.010},
                                       {QStringLiteral("KRW-XRP"), 700, 0.004},
                                       {QStringLiteral("KRW-SHIB"), 30, 0.013}};
        QHash<QString, double> strength;
        for (const Market &m : markets) {
            const QList<Candle> candles = buyOnTheLastCandle(m.base, m.jump);
            fake.setCandles(m.code, kHour, candles);
            fake.setPrice(m.code, candles.constLast().close.toString());
            strength.insert(m.code, strengthOf(candles));
            QVERIFY2(strength.value(m.code) > 0, qPrintable(m.code + QStringLiteral(" is not a BUY")));
        }
        fake.setWarning(QStringLiteral("KRW-XRP"), false);
        fake.setWarning(QStringLiteral("KRW-SHIB"), true); // 유의: the strongest signal, never entered
        // The two strongest of the markets that may be entered.
        QStringList eligible{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
        std::sort(eligible.begin(), eligible.end(),
                  [&](const QString &a, const QString &b) { return strength.value(a) > strength.value(b); });
        QVERIFY(strength.value(eligible[0]) > strength.value(eligible[1]) &&
                strength.value(eligible[1]) > strength.value(eligible[2]));
        QVERIFY(strength.value(QStringLiteral("KRW-SHIB")) > strength.value(eligible[0]));

        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP"),
                          QStringLiteral("KRW-SHIB")};
        config.interval = std::chrono::milliseconds(50);
        config.requestTimeout = std::chrono::milliseconds(2000);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.strategyOverrides = overrides(parameters());
        EngineController engine(config);
        QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(signalSpy.count() >= 4, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(equity.count() >= 3, 60000); // a few iterations after the decision

        QHash<QString, SignalRecord> decided;
        for (const auto &call : signalSpy)
            decided.insert(call.first().value<SignalRecord>().symbol, call.first().value<SignalRecord>());
        QCOMPARE(signalSpy.count(), 4); // one decision per market, none twice
        QCOMPARE(decided.value(eligible[0]).signalType, SignalType::Buy);
        QCOMPARE(decided.value(eligible[1]).signalType, SignalType::Buy);
        QCOMPARE(decided.value(eligible[2]).signalType, SignalType::Hold);
        QVERIFY2(decided.value(eligible[2]).reason.contains(QStringLiteral("max-positions 2")),
                 qPrintable(decided.value(eligible[2]).reason));
        const SignalRecord shib = decided.value(QStringLiteral("KRW-SHIB"));
        QCOMPARE(shib.signalType, SignalType::Hold);
        QVERIFY2(shib.reason.contains(QStringLiteral("warning")), qPrintable(shib.reason));

        // Exactly two positions, in the two strongest markets, and the exposure within its room.
        QStringList bought; // an order may fill in parts: each market once
        for (const auto &call : trades) {
            const QString market = call.first().value<TradeRecord>().symbol;
            if (!bought.contains(market))
                bought.append(market);
        }
        bought.sort();
        QStringList expected{eligible[0], eligible[1]};
        expected.sort();
        QCOMPARE(bought, expected);
        for (const auto &call : equity) {
            const auto point = call.first().value<EquityPoint>();
            QVERIFY2(point.positionsValue.toDouble() <= 0.15 * point.total.toDouble() + 1,
                     qPrintable(point.positionsValue.toString() + QStringLiteral(" of ") + point.total.toString()));
            QVERIFY(point.positions.size() <= 2);
        }
        const auto last = equity.last().first().value<EquityPoint>();
        QCOMPARE(last.positions.size(), 2);
        // Cash and positions add up to the account to the unit.
        Decimal positions;
        for (const PositionValue &p : last.positions)
            positions += p.value;
        QCOMPARE(last.cash + positions, last.total);
        QVERIFY(engine.status().find(eligible[0])->held);
        QCOMPARE(engine.status().find(QStringLiteral("KRW-SHIB"))->warning, QStringLiteral("CAUTION"));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void aCautionBlocksEntriesAndAWarningSellsWithExitOnWarning()
    {
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        auto &fake = server.exchange();
        for (const auto &[market, base] :
             {std::pair{QStringLiteral("KRW-BTC"), 50000000.0}, std::pair{QStringLiteral("KRW-ETH"), 3000000.0},
              std::pair{QStringLiteral("KRW-SOL"), 200000.0}}) {
            const QList<Candle> candles = buyOnTheLastCandle(base, 0.008);
            fake.setCandles(market, kHour, candles);
            fake.setPrice(market, candles.constLast().close.toString());
        }
        fake.setCaution(QStringLiteral("KRW-ETH"), QStringLiteral("PRICE_FLUCTUATIONS"), true); // 주의

        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-SOL")};
        config.interval = std::chrono::milliseconds(50);
        config.marketSyncInterval = std::chrono::milliseconds(200);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.strategyOverrides = overrides(parameters());
        config.strategyOverrides.insert(QStringLiteral("exit-on-warning"), QStringLiteral("1"));
        config.strategyOverrides.insert(QStringLiteral("max-exposure"), QStringLiteral("0.5"));
        EngineController engine(config);
        QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QSignalSpy notices(&engine, &EngineController::executionNotice);
        QSignalSpy logged(&Logger::instance(), &Logger::entryLogged);
        engine.start();
        // What the fills did, by market and side (an order may fill in several parts).
        const auto filled = [&trades](OrderSide side) {
            QStringList markets;
            for (const auto &call : trades) {
                const auto trade = call.first().value<TradeRecord>();
                if (trade.side == side && !markets.contains(trade.symbol))
                    markets.append(trade.symbol);
            }
            markets.sort();
            return markets;
        };
        const QStringList bought{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-SOL")};
        QTRY_COMPARE_WITH_TIMEOUT(filled(OrderSide::Buy), bought, 30000);
        QHash<QString, SignalRecord> decided;
        for (const auto &call : signalSpy)
            decided.insert(call.first().value<SignalRecord>().symbol, call.first().value<SignalRecord>());
        QCOMPARE(decided.value(QStringLiteral("KRW-ETH")).signalType, SignalType::Hold);
        QVERIFY2(decided.value(QStringLiteral("KRW-ETH")).reason.contains(QStringLiteral("caution")),
                 qPrintable(decided.value(QStringLiteral("KRW-ETH")).reason));
        QTest::qWait(300);
        QVERIFY(filled(OrderSide::Sell).isEmpty());

        // The exchange designates BTC 유의: the next sync sees it, the next tick sells the position.
        fake.setWarning(QStringLiteral("KRW-BTC"), true);
        QTRY_COMPARE_WITH_TIMEOUT(filled(OrderSide::Sell), QStringList{QStringLiteral("KRW-BTC")}, 30000);
        QCOMPARE(filled(OrderSide::Buy), bought);
        QTRY_VERIFY(!engine.status().find(QStringLiteral("KRW-BTC"))->held);
        QVERIFY(engine.status().find(QStringLiteral("KRW-SOL"))->held); // the other position stays

        // SOL is delisted: one notice, the position still managed.
        fake.delist(QStringLiteral("KRW-SOL"));
        // The notice is a reason: the window and the notifications say it in their language.
        const auto delistedSol = [](const QList<QVariant> &n) {
            const auto notice = n.first().value<Reason>();
            return notice.code() == ReasonCode::MarketNotListed && notice.text(u"market") == u"KRW-SOL";
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(notices.cbegin(), notices.cend(), delistedSol), 30000);
        QTest::qWait(600);
        QCOMPARE(std::count_if(notices.cbegin(), notices.cend(), delistedSol), 1);
        const auto delisted = std::find_if(notices.cbegin(), notices.cend(), delistedSol);
        const auto known = delisted->first().value<Reason>();
        QVERIFY(known.english().startsWith(QStringLiteral("KRW-SOL is not listed")));
        QCOMPARE(known.number(u"held"), 1.0); // the position is still managed
        // The log file has the same English; the window's log view has the reason to render.
        QTRY_VERIFY(std::any_of(logged.cbegin(), logged.cend(), [&](const QList<QVariant> &e) {
            const auto entry = e.first().value<LogEntry>();
            return entry.message == known.english() && entry.source && entry.args.size() == 1;
        }));
        QVERIFY(engine.status().find(QStringLiteral("KRW-SOL"))->held);
        QCOMPARE(engine.state(), EngineState::Running);
        // Its ticker is no longer asked for (the exchange would answer 404 for the whole list).
        const qsizetype before = server.requests().size();
        QTest::qWait(300);
        const auto requests = server.requests();
        for (qsizetype i = before; i < requests.size(); ++i) {
            if (requests[i].path == u"/v1/ticker")
                QVERIFY(!requests[i].query.queryItemValue(QStringLiteral("markets")).contains(u"KRW-SOL"));
        }
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void noEntryIsTakenWhileEntriesAreHeldAndTheKillSwitchIsShownAsSuch()
    {
        // The window holds entries while it asks whether to pull the kill switch: a BUY decided
        // meanwhile is vetoed, with the reason.
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        const QList<Candle> candles = buyOnTheLastCandle(50000000.0, 0.008);
        server.exchange().setCandles(QStringLiteral("KRW-BTC"), kHour, candles);
        server.exchange().setPrice(QStringLiteral("KRW-BTC"), candles.constLast().close.toString());
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC")};
        config.interval = std::chrono::milliseconds(50);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.strategyOverrides = overrides(parameters());
        config.strategyOverrides.insert(QStringLiteral("max-exposure"), QStringLiteral("0.5"));
        EngineController engine(config);
        QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        engine.holdEntries(true);
        QVERIFY(engine.entriesHeld());
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(signalSpy.count() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(equity.count() >= 3, 30000); // a few iterations after the decision
        const auto signal = signalSpy.first().first().value<SignalRecord>();
        QCOMPARE(signal.signalType, SignalType::Hold);
        QCOMPARE(signal.cause.code(), ReasonCode::KillSwitch); // shown as the kill switch's block
        QVERIFY2(signal.reason.contains(QStringLiteral("kill switch")), qPrintable(signal.reason));
        QCOMPARE(trades.count(), 0);
        QVERIFY(!engine.status().killed);

        // The kill switch pulled: ERROR, and the status says it was the kill switch (not a crash).
        engine.killSwitch();
        engine.holdEntries(false);
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QTRY_VERIFY(engine.status().killed);
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        QVERIFY(!engine.status().killed);
    }

    void aBithumbAlertBlocksEntries()
    {
        // Bithumb's 주의 flags come from its alert list (/v1/market/virtual_asset_warning), not the
        // market list: without it block-caution would do nothing there.
        QTemporaryDir dir;
        test::FakeExchange fake(test::FakeExchange::Dialect::Bithumb);
        QVERIFY(fake.start());
        for (const auto &[market, base] :
             {std::pair{QStringLiteral("KRW-BTC"), 50000000.0}, std::pair{QStringLiteral("KRW-ETH"), 3000000.0}}) {
            const QList<Candle> candles = buyOnTheLastCandle(base, 0.008);
            fake.setCandles(market, kHour, candles);
            fake.setPrice(market, candles.constLast().close.toString());
        }
        fake.setCaution(QStringLiteral("KRW-ETH"), QStringLiteral("TRADING_VOLUME_SUDDEN_FLUCTUATION"), true);

        EngineConfig config;
        config.exchange = Exchange::Bithumb;
        config.baseUrl = fake.url();
        config.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")};
        config.interval = std::chrono::milliseconds(50);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.strategyOverrides = overrides(parameters());
        config.strategyOverrides.insert(QStringLiteral("max-exposure"), QStringLiteral("0.5"));
        EngineController engine(config);
        QSignalSpy signalSpy(&engine, &EngineController::signalGenerated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        engine.start();
        const auto decision = [&signalSpy](const QString &market) {
            std::optional<SignalRecord> found;
            for (const auto &call : signalSpy) {
                if (call.first().value<SignalRecord>().symbol == market)
                    found = call.first().value<SignalRecord>();
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            decision(QStringLiteral("KRW-ETH")).has_value() && decision(QStringLiteral("KRW-BTC")).has_value(), 30000);
        QCOMPARE(decision(QStringLiteral("KRW-BTC"))->signalType, SignalType::Buy); // the unflagged one enters
        QCOMPARE(decision(QStringLiteral("KRW-ETH"))->signalType, SignalType::Hold);
        QVERIFY2(decision(QStringLiteral("KRW-ETH"))->reason.contains(QStringLiteral("caution")),
                 qPrintable(decision(QStringLiteral("KRW-ETH"))->reason));
        QTRY_VERIFY_WITH_TIMEOUT(!trades.isEmpty(), 30000);
        for (const auto &call : trades)
            QCOMPARE(call.first().value<TradeRecord>().symbol, QStringLiteral("KRW-BTC"));
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void theUniverseIsTheTopByTradedValueWithoutWarnedMarkets()
    {
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        auto &fake = server.exchange();
        const QList<std::pair<QString, QString>> values = {{QStringLiteral("KRW-BTC"), QStringLiteral("500000000000")},
                                                           {QStringLiteral("KRW-ETH"), QStringLiteral("400000000000")},
                                                           {QStringLiteral("KRW-XRP"), QStringLiteral("300000000000")},
                                                           {QStringLiteral("KRW-SOL"), QStringLiteral("200000000000")},
                                                           {QStringLiteral("KRW-DOGE"), QStringLiteral("100000000000")},
                                                           {QStringLiteral("KRW-ADA"), QStringLiteral("350000000000")}};
        for (const auto &[market, value] : values) {
            fake.setPrice(market, QStringLiteral("1000"));
            fake.setTradedValue(market, value);
        }
        fake.setWarning(QStringLiteral("KRW-XRP"), true);                                       // 유의
        fake.setCaution(QStringLiteral("KRW-ADA"), QStringLiteral("PRICE_FLUCTUATIONS"), true); // 주의

        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-DOGE")}; // the universe replaces the list
        config.universeTop = 3;
        config.interval = std::chrono::milliseconds(50);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        EngineController engine(config);
        engine.start();
        const QStringList expected{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-SOL")};
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().markets, expected, 20000);
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-SOL")).has_value());
        QVERIFY(!engine.status().find(QStringLiteral("KRW-DOGE"))); // nothing held there: dropped
        QCOMPARE(engine.state(), EngineState::Running);
        // The traded value came from one all-markets ticker request.
        bool askedAll = false;
        for (const auto &r : server.requests())
            askedAll |= r.path == u"/v1/ticker/all";
        QVERIFY(askedAll);
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void anUnknownMarketIsRefusedAtStart()
    {
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-NOPE")};
        config.interval = std::chrono::milliseconds(50);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        EngineController engine(config);
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QVERIFY2(engine.status().lastError.contains(QStringLiteral("KRW-NOPE is not a market upbit lists")),
                 qPrintable(engine.status().lastError));
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
