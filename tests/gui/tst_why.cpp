// "Why no trade?" and the round trips: the why panel shows the veto a real engine run produced, in
// Korean; the round-trip list pairs stored fills (a real SQLite file, read on a worker thread).
#include "FakeExchange.h"
#include "TestCandles.h"
#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/RoundTripView.h"
#include "log/LogModel.h"
#include "logging/Logger.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "status/EngineText.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"
#include "storage/StorageReader.h"
#include "why/WhyPanel.h"
#include "why/WhyText.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::buyOnTheLastCandle;
using autocoin::test::FakeUpbitServer;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

class TestWhy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR)); }

    void thePanelShowsTheRiskVetoOfARealRun()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        FakeUpbitServer server;
        QVERIFY(server.start());
        const Timeframe hour = Timeframe::minutes(60);
        // Three BUYs on the same candle and room for one position: two are refused.
        const QStringList markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
        const QList<double> bases = {50000000, 3000000, 700};
        const QList<double> jumps = {0.007, 0.010, 0.004};
        for (qsizetype i = 0; i < markets.size(); ++i) {
            const QList<Candle> candles = buyOnTheLastCandle(bases[i], jumps[i]);
            server.exchange().setCandles(markets[i], hour, candles);
            server.exchange().setPrice(markets[i], candles.constLast().close.toString());
        }
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = markets;
        config.interval = std::chrono::milliseconds(50);
        config.requestTimeout = std::chrono::milliseconds(2000);
        config.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
        config.dataDir = dir.path();
        config.strategyOverrides = {{QStringLiteral("ema-fast"), QStringLiteral("2")},
                                    {QStringLiteral("ema-slow"), QStringLiteral("3")},
                                    {QStringLiteral("rsi-overbought"), QStringLiteral("100")},
                                    {QStringLiteral("rsi-floor"), QStringLiteral("0")},
                                    {QStringLiteral("volume-multiple"), QStringLiteral("0")},
                                    {QStringLiteral("max-positions"), QStringLiteral("1")}};
        EngineController engine(config);
        WhyPanel panel(&engine);
        panel.setTimeZone(QTimeZone("Asia/Seoul"));
        QSignalSpy decisions(&engine, &EngineController::signalGenerated);
        QSignalSpy explained(&panel, &WhyPanel::explained);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(decisions.count() >= 3, 60000);
        engine.stop();

        QString vetoed;
        for (const auto &call : decisions) {
            const auto s = call.first().value<SignalRecord>();
            if (s.cause.code() == ReasonCode::MaxPositions)
                vetoed = s.symbol;
        }
        QVERIFY2(!vetoed.isEmpty(), "no max-positions veto in the run");
        panel.setMarket(vetoed);
        // The panel takes the engine's decisions in at most every 100 ms (one layout, not one each).
        QTRY_VERIFY2(panel.text().startsWith(QStringLiteral("신규 매수 중단: 최대 보유 종목 수 도달 (1개)")),
                     qPrintable(panel.text()));
        const QString text = panel.text();
        // Stopped: the last decision's time, and no next decision promised.
        QVERIFY2(text.contains(QStringLiteral("마지막 판단")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("다음 판단")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("상향 돌파")), qPrintable(text)); // the refused signal
        QCOMPARE(whyText(panel.lastDecision(vetoed), QTimeZone("Asia/Seoul"), {}, false), text);
        // The watchlist's tooltip for the market (the window passes `explained` to WatchlistModel::setWhy).
        QString tooltip;
        for (const auto &call : std::as_const(explained)) {
            if (call.at(0).toString() == vetoed)
                tooltip = call.at(1).toString();
        }
        QCOMPARE(tooltip, text);
        QVERIFY2(!text.contains(QStringLiteral("BUY")) && !text.contains(QStringLiteral("max-positions")),
                 qPrintable(text));

        // For the eye (AUTOCOIN_SHOTS_DIR): the panel in the window, above the chart.
        if (const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR"); !shots.isEmpty()) {
            QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
            MainWindow window(&engine, &settings);
            window.setTimeZone(QTimeZone("Asia/Seoul"));
            for (const auto &call : decisions)
                window.whyPanel()->showDecision(call.first().value<SignalRecord>());
            window.whyPanel()->setMarket(vetoed);
            window.resize(1280, 720);
            window.show();
            QTest::qWait(300);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("why-panel-ko-1280.png"))));
        }

        // In English, the same decision in English words.
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QTRY_VERIFY2(panel.text().startsWith(QStringLiteral("No new entries: maximum positions held (1)")),
                     qPrintable(panel.text())); // LanguageChange is posted

        // The stored row carries the code.
        StorageError error;
        const auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("t"), dir.path(),
                                      QTimeZone::utc(), &error);
        QVERIFY2(db, qPrintable(error.describe()));
        bool stored = false;
        for (const SignalRecord &s : SignalRepository(*db).latest(10, &error))
            stored = stored || (s.symbol == vetoed && s.cause.code() == ReasonCode::MaxPositions);
        QVERIFY(stored);
    }

    void theDailyLossLimitBlocksEveryMarket()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        WhyPanel panel(nullptr);
        SignalRecord hold;
        hold.symbol = QStringLiteral("KRW-BTC");
        hold.timeframe = QStringLiteral("60");
        hold.signalType = SignalType::Hold;
        hold.cause =
            Reason(ReasonCode::RiskVeto)
                .set(QStringLiteral("veto"),
                     Reason(ReasonCode::DailyLossLimit).set(QStringLiteral("zone"), QStringLiteral("Asia/Seoul")));
        hold.reason = hold.cause.english();
        hold.candleTime = QDateTime(QDate(2026, 11, 30), QTime(3, 0), QTimeZone::utc());
        hold.createdAt = QDateTime(QDate(2026, 11, 30), QTime(4, 0, 1), QTimeZone::utc());
        panel.setTimeZone(QTimeZone("Asia/Seoul"));
        panel.setMarket(QStringLiteral("KRW-BTC"));
        panel.showDecision(hold);
        QVERIFY2(panel.text().startsWith(QStringLiteral("신규 매수 중단: 일일 손실 한도 도달\n")),
                 qPrintable(panel.text()));
        // Decided at 13:00 KST on the 12:00 candle: the next candle closes at 14:00 KST.
        QVERIFY2(panel.text().contains(QStringLiteral("마지막 판단 11-30 13:00 · 다음 판단 11-30 14:00")),
                 qPrintable(panel.text()));
    }

    void aKillSwitchPulledWhileIdleIsTheAnswerUntilReset()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        FakeUpbitServer server;
        QVERIFY(server.start());
        EngineConfig config;
        config.baseUrl = server.url();
        EngineController engine(config);
        WhyPanel panel(&engine);
        panel.setMarket(QStringLiteral("KRW-BTC"));
        QTRY_VERIFY(engine.status().threadAlive);
        QVERIFY(!panel.text().contains(u"긴급 정지"));
        engine.killSwitch(); // IDLE: no state change to learn it from
        QTRY_VERIFY2(panel.text().contains(u"긴급 정지"), qPrintable(panel.text()));
        engine.reset();
        QTRY_VERIFY(!engine.status().killed);
        QTRY_VERIFY2(!panel.text().contains(u"긴급 정지"), qPrintable(panel.text()));
    }

    void theErrorCauseShowsInTheWindowsLanguage()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QCOMPARE(errorCauseText(QStringLiteral("kill switch")),
                 QStringLiteral("긴급 정지: 미체결 주문 취소, 보유 종목 매도"));
        QCOMPARE(errorCauseText(QStringLiteral("3 consecutive failures (candles), last: timeout after 2000 ms")),
                 QStringLiteral("연속 3회 실패 (캔들 조회), 마지막 오류: timeout after 2000 ms"));
        QCOMPARE(errorCauseText(QStringLiteral("database: disk full")), QStringLiteral("데이터베이스 오류: disk full"));
        QCOMPARE(errorCauseText(QStringLiteral("something new")), QStringLiteral("something new")); // as it is
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QCOMPARE(errorCauseText(QStringLiteral("kill switch")),
                 QStringLiteral("Kill switch pulled: open orders cancelled, positions sold"));
    }

    void engineLogLinesShowInTheWindowsLanguage()
    {
        Logger::instance().addSecret(QStringLiteral("a-made-up-secret-1234"));
        Logger::warning(QStringLiteral("engine"), QT_TRANSLATE_NOOP("autocoin::EngineLog", "retrying in %1 s"),
                        {QStringLiteral("5")});
        const LogEntry retry = Logger::instance().recentEntries().constLast();
        Logger::info(
            QStringLiteral("engine"), QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1 -> %2 (%3)"),
            {logState(EngineState::Running), logState(EngineState::Error), logReason(Reason(ReasonCode::KillSwitch))});
        const LogEntry state = Logger::instance().recentEntries().constLast();
        Logger::error(QStringLiteral("engine"), QT_TRANSLATE_NOOP("autocoin::EngineLog", "engine error: %1"),
                      {QStringLiteral("refused key a-made-up-secret-1234")});
        const LogEntry secret = Logger::instance().recentEntries().constLast();
        Logger::info(
            QStringLiteral("engine"), QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1 -> %2 (%3)"),
            {logState(EngineState::Running), logState(EngineState::Stopping), QStringLiteral("stop requested")});
        const LogEntry stopping = Logger::instance().recentEntries().constLast();
        // The file's words stay English.
        QCOMPARE(retry.message, QStringLiteral("retrying in 5 s"));
        QCOMPARE(state.message, QStringLiteral("RUNNING -> ERROR (kill switch)"));
        QCOMPARE(LogModel::messageText(state), QStringLiteral("RUNNING -> ERROR (kill switch)"));
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QCOMPARE(LogModel::messageText(retry), QStringLiteral("5초 후 다시 시도합니다"));
        QCOMPARE(LogModel::messageText(state), QStringLiteral("실행 중 → 오류 (긴급 정지)"));
        QCOMPARE(LogModel::messageText(stopping), QStringLiteral("실행 중 → 정지 중 (정지 요청)"));
        QCOMPARE(LogModel::levelText(LogLevel::Warning), QStringLiteral("경고"));
        QCOMPARE(LogModel::categoryText(QStringLiteral("engine")), QStringLiteral("엔진"));
        // A secret in a value is redacted in the window's rendering as in the file.
        QVERIFY(!secret.message.contains(QStringLiteral("a-made-up-secret-1234")));
        QVERIFY(!LogModel::messageText(secret).contains(QStringLiteral("a-made-up-secret-1234")));
        QVERIFY(LogModel::messageText(secret).startsWith(QStringLiteral("엔진 오류: ")));
    }

    void roundTripsComeFromTheStoredFills()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        const DatabaseUrl url = DatabaseUrl::defaultFor(dir.path());
        StorageError error;
        {
            const auto db = Storage::open(url, QStringLiteral("writer"), dir.path(), QTimeZone::utc(), &error);
            QVERIFY2(db, qPrintable(error.describe()));
            const QDateTime t0(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc());
            // Two trips in KRW-BTC: out by the trailing stop after 2 h 05 min; then out on a signal.
            struct Fill
            {
                const char *order;
                OrderSide side;
                const char *price;
                const char *quantity;
                const char *fee;
                int minutes;
                const char *detail;
            };
            const QList<Fill> fills = {
                {"b1", OrderSide::Buy, "100000000", "0.001", "50", 0, "entry"},
                {"s1", OrderSide::Sell, "102000000", "0.001", "51", 125, "trailing stop 101500000"},
                {"b2", OrderSide::Buy, "101000000", "0.002", "101", 180, "entry"},
                {"s2", OrderSide::Sell, "100500000", "0.002", "100.5", 200, "EMA 1 crossed below 2; RSI 40.00"},
            };
            for (qsizetype i = 0; i < fills.size(); ++i) {
                const Fill &f = fills[i];
                OrderRecord order;
                order.clientOrderId = QStringLiteral("c-") + QLatin1StringView(f.order);
                order.orderId = QLatin1StringView(f.order);
                order.symbol = QStringLiteral("KRW-BTC");
                order.side = f.side;
                order.orderType = f.side == OrderSide::Buy ? OrderType::MarketBuy : OrderType::MarketSell;
                order.createdAt = t0.addSecs(f.minutes * 60);
                order.updatedAt = order.createdAt;
                QVERIFY(OrderRepository(*db).insertIntent(order, &error));
                QVERIFY(OrderRepository(*db).updateStatus(order.clientOrderId, OrderStatus::Done, order.orderId,
                                                          QLatin1StringView(f.detail), order.createdAt, &error));
                TradeRecord trade;
                trade.tradeId = QStringLiteral("t%1").arg(i);
                trade.orderId = order.orderId;
                trade.symbol = order.symbol;
                trade.side = f.side;
                trade.price = d(f.price);
                trade.quantity = d(f.quantity);
                trade.fee = d(f.fee);
                trade.executedAt = order.createdAt;
                QCOMPARE(TradeRepository(*db).insert({trade}, &error), 1);
            }
        }
        StorageReader reader(url);
        RoundTripView view(nullptr);
        QSignalSpy loaded(&view, &RoundTripView::loaded);
        view.setTimeZone(QTimeZone("Asia/Seoul"));
        view.setReader(&reader);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        QCOMPARE(view.trips().size(), 2);
        const RoundTripRow &first = view.trips()[1]; // newest exit first
        QCOMPARE(first.exit, ReasonText::Exit::TrailingStop);
        QCOMPARE(first.pnl, d("1899")); // 102000 − 51 − (100000 + 50)
        QCOMPARE(first.returnPercent, d("1.90"));
        const RoundTripRow &second = view.trips()[0];
        QCOMPARE(second.exit, ReasonText::Exit::Signal);
        QCOMPARE(second.pnl, d("-1201.5")); // 201000 − 100.5 − (202000 + 101)
        QCOMPARE(second.entryPrice, d("101000000"));
        // The table in Korean words.
        HistoryModel *model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(1, 8)).toString(), QStringLiteral("2시간 05분"));
        QCOMPARE(model->data(model->index(1, 9)).toString(), QStringLiteral("추적 손절"));
        QCOMPARE(model->data(model->index(0, 9)).toString(), QStringLiteral("신호"));
        QCOMPARE(model->headerData(6, Qt::Horizontal).toString(), QStringLiteral("손익 (원)"));
        if (const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR"); !shots.isEmpty()) {
            view.resize(1100, 220);
            view.show();
            QTest::qWait(200);
            QVERIFY(view.grab().save(QDir(shots).filePath(QStringLiteral("why-roundtrips-ko.png"))));
        }
    }
};

QTEST_MAIN(TestWhy)
#include "tst_why.moc"
