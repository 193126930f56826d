// The window's side of the real-time feed on the offscreen platform: the engine's ticks (as the
// controller relays them) move the chart's forming candle and last-price line, a new period starts
// a new forming candle, a closed candle from the engine replaces it, the drawing is coalesced, the
// status panel's price follows the ticks, and the feed's state reads in Korean and English; the chart
// with a replay's data reads in both languages, light and dark, at three window sizes.

#include "TestData.h"
#include "backtest/Backtester.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "replay/CandleFile.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace autocoin;

namespace {

const QString kMarket = QStringLiteral("KRW-BTC");
const QDateTime kLastClosed(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()); ///< open time of the newest closed hour

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

Candle hour(const QDateTime &open, const char *price)
{
    const Decimal p = dec(price);
    return Candle{open, p, p + Decimal(10), p - Decimal(10), p, Decimal(1), Decimal()};
}

/// 60 closed hourly candles ending with kLastClosed, around 50,000 KRW.
QList<Candle> history()
{
    QList<Candle> candles;
    for (int i = 59; i >= 0; --i)
        candles.append(hour(kLastClosed.addSecs(-3600 * i), i % 2 ? "50000" : "50100"));
    return candles;
}

/// What the engine publishes: RUNNING, KRW-BTC, the clock at `now`, after `iteration` polls.
EngineStatus running(const QDateTime &now, qint64 iteration)
{
    EngineStatus status;
    status.state = EngineState::Running;
    status.threadAlive = true;
    status.markets = {kMarket};
    MarketStatus market;
    market.market = kMarket;
    market.lastPrice = Decimal(50000);
    status.perMarket = {market};
    status.iteration = iteration;
    status.lastUpdate = now;
    status.feedSource = FeedSource::WebSocket;
    status.feedState = FeedState::Connected;
    return status;
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

/// A window on an engine that is never started: the test speaks for it through the controller's
/// signals, as the engine thread would.
struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir = autocoin::test::memoryDir();
    std::unique_ptr<Database> db;
    std::unique_ptr<EngineController> engine;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;

    bool open()
    {
        StorageError error;
        db = Storage::open(DatabaseUrl::defaultFor(dir->path()), QStringLiteral("ui"), dir->path(), QTimeZone::utc(),
                           &error);
        if (!db || !CandleRepository(*db).upsert(Exchange::Upbit, kMarket, QStringLiteral("60"), history(), &error))
            return false;
        EngineConfig config;
        config.markets = {kMarket};
        config.interval = std::chrono::seconds(5);
        engine = std::make_unique<EngineController>(config);
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(engine.get(), settings.get());
        window->setTimeZone(QTimeZone::utc());
        window->setDatabase(db.get());
        window->resize(1400, 900);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    PriceChart *chart() const { return window->priceChart(); }
    QString label(const char *name) const { return window->findChild<QLabel *>(QLatin1StringView(name))->text(); }
};

} // namespace

class TestLiveChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticksMoveTheFormingCandleAndTheLastPriceLine()
    {
        Fixture f;
        QVERIFY(f.open());
        PriceChart *chart = f.chart();
        QTRY_COMPARE(chart->data().size(), std::size_t(60));
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(3600 + 20 * 60), 1)); // 10:20

        // The first tick after the closed 09:00 candle starts the 10:00 one, at its price.
        Q_EMIT f.engine->tickReceived(kMarket, dec("50200.5"), 1);
        QCOMPARE(chart->data().live().size(), std::size_t(1));
        QCOMPARE(chart->data().live().back().time, kLastClosed.addSecs(3600).toMSecsSinceEpoch());
        QTRY_VERIFY(chart->drawnLastCandle() && chart->drawnLastCandle()->close == 50200.5);
        QCOMPARE(chart->drawnLastCandle()->timestamp,
                 static_cast<qreal>(axisTime(kLastClosed.addSecs(3600).toMSecsSinceEpoch(), QTimeZone::utc())));
        QCOMPARE(chart->drawnLastPrice(), std::optional<double>(50200.5));
        QCOMPARE(chart->lastPriceTag(), QStringLiteral("50,200.5")); // the exact price

        // Further ticks in the hour move its high, low and close; the open stays; the line follows.
        for (const char *price : {"50400", "49900.25", "50123.75"})
            Q_EMIT f.engine->tickReceived(kMarket, dec(price), 1);
        QTRY_VERIFY(chart->drawnLastCandle()->close == 50123.75);
        const PriceChart::DrawnCandle forming = *chart->drawnLastCandle();
        QCOMPARE(forming.open, 50200.5);
        QCOMPARE(forming.high, 50400.0);
        QCOMPARE(forming.low, 49900.25);
        QCOMPARE(chart->drawnLastPrice(), std::optional<double>(50123.75));
        QCOMPARE(chart->lastPriceTag(), QStringLiteral("50,123.75"));
        QCOMPARE(chart->data().live().back().low, dec("49900.25")); // exact until drawn
        QCOMPARE(chart->data().size(), std::size_t(60));            // the closed candles as they were

        // Another market's tick is not this chart's.
        Q_EMIT f.engine->tickReceived(QStringLiteral("KRW-ETH"), dec("3000000"), 1);
        QTest::qWait(2 * PriceChart::kLiveIntervalMs);
        QCOMPARE(chart->drawnLastPrice(), std::optional<double>(50123.75));

        // The status panel's price follows the ticks, not only the statuses.
        QTRY_COMPARE(f.label("lastPriceValueLabel"), QStringLiteral("50,123.75 KRW"));

        // Screenshots for the eye (AUTOCOIN_SHOTS_DIR), in Korean: the forming candle and the
        // line, and the feed as it goes stale, then down.
        const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR");
        if (shots.isEmpty())
            return;
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        chart->zoom(0.2);
        chart->redraw();
        QTest::qWait(500);
        QVERIFY(f.window->grab().save(QDir(shots).filePath(QStringLiteral("issue15-chart-ko.png"))));
        auto *panel = f.window->findChild<QWidget *>(QStringLiteral("engineStatusPanel"));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Stale,
                                     QStringLiteral("no message for 10000 ms; replacing the connection"));
        QTest::qWait(100);
        QVERIFY(panel->grab().save(QDir(shots).filePath(QStringLiteral("issue15-status-stale-ko.png"))));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("connection closed (code 1006)"));
        QTest::qWait(100);
        QVERIFY(panel->grab().save(QDir(shots).filePath(QStringLiteral("issue15-status-down-ko.png"))));
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
    }

    void aNewPeriodStartsANewFormingCandleAndAClosedOneReplacesIt()
    {
        Fixture f;
        QVERIFY(f.open());
        PriceChart *chart = f.chart();
        QTRY_COMPARE(chart->data().size(), std::size_t(60));
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(3600 + 50 * 60), 1)); // 10:50
        Q_EMIT f.engine->tickReceived(kMarket, dec("50300"), 1);
        QCOMPARE(chart->data().live().size(), std::size_t(1));

        // 11:01 by the engine's clock: the 10:00 candle has ended (its closed one is still to come)
        // and the 11:00 one forms.
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(2 * 3600 + 60), 2));
        Q_EMIT f.engine->tickReceived(kMarket, dec("50500"), 2);
        QCOMPARE(chart->data().live().size(), std::size_t(2));
        QCOMPARE(chart->data().live().back().time, kLastClosed.addSecs(2 * 3600).toMSecsSinceEpoch());
        QCOMPARE(chart->data().live().back().open, Decimal(50500));
        QTRY_VERIFY(chart->drawnLastCandle() && chart->drawnLastCandle()->open == 50500);
        const int drawn = chart->drawnCandles();

        // The engine closes 10:00 (stored, then its signal): the closed candle replaces the live one.
        StorageError error;
        QVERIFY(CandleRepository(*f.db).upsert(Exchange::Upbit, kMarket, QStringLiteral("60"),
                                               {hour(kLastClosed.addSecs(3600), "50250")}, &error));
        SignalRecord signal;
        signal.symbol = kMarket;
        Q_EMIT f.engine->signalGenerated(signal);
        QTRY_COMPARE(chart->data().size(), std::size_t(61));
        QCOMPARE(chart->data().closeAt(chart->data().size() - 1), 50250.0);
        QCOMPARE(chart->data().live().size(), std::size_t(1)); // 11:00 forms on
        QCOMPARE(chart->data().live().back().time, kLastClosed.addSecs(2 * 3600).toMSecsSinceEpoch());
        QTRY_COMPARE(chart->drawnCandles(), drawn);
        QCOMPARE(chart->drawnLastCandle()->open, 50500.0);
        QCOMPARE(chart->drawnLastPrice(), std::optional<double>(50500));
    }

    void aTickWaitsForTheStatusOfItsIteration()
    {
        // A poll's ticks come before its status (the poll is still running): the new clock is in
        // that status. The tick is placed by it, not by the status before.
        Fixture f;
        QVERIFY(f.open());
        PriceChart *chart = f.chart();
        QTRY_COMPARE(chart->data().size(), std::size_t(60));
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(3600 + 59 * 60), 7)); // 10:59
        Q_EMIT f.engine->tickReceived(kMarket, dec("50600"), 8);
        QVERIFY(chart->data().live().empty());                                         // held
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(2 * 3600 + 5), 8)); // 11:00:05
        QCOMPARE(chart->data().live().size(), std::size_t(1));
        QCOMPARE(chart->data().live().back().time, kLastClosed.addSecs(2 * 3600).toMSecsSinceEpoch());
    }

    void drawingIsCoalescedWhateverThePaceOfTicks()
    {
        Fixture f;
        QVERIFY(f.open());
        PriceChart *chart = f.chart();
        QTRY_COMPARE(chart->data().size(), std::size_t(60));
        Q_EMIT f.engine->statusChanged(running(kLastClosed.addSecs(3600 + 10 * 60), 1));
        Q_EMIT f.engine->tickReceived(kMarket, dec("50000"), 1); // starts the forming candle
        QTRY_VERIFY(chart->drawnLastCandle() && chart->drawnLastCandle()->close == 50000);
        QTest::qWait(2 * PriceChart::kLiveIntervalMs); // whatever was due is drawn
        const int redraws = chart->redraws();
        const int updates = chart->liveUpdates();

        // A burst of 200 ticks inside the hour and the axis: one live update, no full redraw.
        for (int i = 1; i <= 200; ++i)
            Q_EMIT f.engine->tickReceived(kMarket, Decimal(50000 + (i % 7)), 1);
        QTRY_COMPARE(chart->liveUpdates(), updates + 1);
        QTest::qWait(2 * PriceChart::kLiveIntervalMs);
        QCOMPARE(chart->liveUpdates(), updates + 1);
        QCOMPARE(chart->redraws(), redraws);
        QCOMPARE(chart->drawnLastCandle()->close, 50000.0 + (200 % 7));
        QCOMPARE(chart->drawnLastCandle()->high, 50006.0);

        // A price beyond the axis takes one full redraw instead, which draws it.
        Q_EMIT f.engine->tickReceived(kMarket, Decimal(90000), 1);
        Q_EMIT f.engine->tickReceived(kMarket, Decimal(90001), 1);
        QTRY_COMPARE(chart->redraws(), redraws + 1);
        QCOMPARE(chart->drawnLastCandle()->high, 90001.0);
        QCOMPARE(chart->drawnLastPrice(), std::optional<double>(90001));
    }

    void theFeedStateReadsInKoreanAndEnglish()
    {
        Fixture f;
        QVERIFY(f.open());
        Q_EMIT f.engine->statusChanged(running(kLastClosed, 1));
        const auto feed = [&] { return plain(f.label("feedValueLabel")); };
        QTRY_COMPARE(feed(), QStringLiteral("● Live — connected"));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Stale,
                                     QStringLiteral("no message for 10000 ms; replacing the connection"));
        QCOMPARE(feed(), QStringLiteral("● Live — delayed, reconnecting · no message for 10000 ms; replacing the "
                                        "connection"));
        QVERIFY(f.label("feedValueLabel").contains(u"#d97706")); // amber
        // A status published before a change but batched by the window does not bring the old
        // state back.
        Q_EMIT f.engine->feedChanged(FeedSource::WebSocket, FeedState::Connected, QString());
        Q_EMIT f.engine->statusChanged(running(kLastClosed, 2)); // connected, waits in the 50 ms batch
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Stale,
                                     QStringLiteral("no message for 10000 ms; replacing the connection"));
        QTest::qWait(200);
        QVERIFY2(feed().contains(u"delayed"), qPrintable(feed()));

        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        const QRegularExpression english(QStringLiteral("[A-Za-z]{2,}"));
        const auto korean = [&](const QString &expected) {
            const QString text = feed();
            QVERIFY2(text.startsWith(expected), qPrintable(text));
            QVERIFY2(!text.contains(english), qPrintable(text)); // not even REST
        };
        QTRY_VERIFY(feed().contains(u"실시간"));
        korean(QStringLiteral("● 실시간 지연 — 재연결 중 · "));
        QVERIFY2(feed().contains(u"10초"), qPrintable(feed()));

        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("connection closed (code 1006)"));
        korean(QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · "));
        QVERIFY(feed().contains(u"1006"));
        QVERIFY(f.label("feedValueLabel").contains(u"#dc2626")); // red
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("connection closed: Bye bye, server going away"));
        korean(QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · "));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected, QStringLiteral("Connection refused"));
        QCOMPARE(feed(), QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · 연결 거부됨"));
        // Qt's socket error, already in Korean (qtbase_ko is loaded): as it is.
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("원격 호스트에서 연결을 닫음"));
        QCOMPARE(feed(), QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · 원격 호스트에서 연결을 닫음"));
        // A reason the window does not know: a Korean phrase, no English.
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("the moon is in the wrong phase"));
        korean(QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · "));
        QVERIFY(feed().size() > QStringLiteral("● 실시간 끊김 — 주기 조회로 대체 · ").size());
        Q_EMIT f.engine->feedChanged(FeedSource::WebSocket, FeedState::Connected,
                                     QStringLiteral("streaming from wss://api.upbit.com/websocket/v1"));
        korean(QStringLiteral("● 실시간 연결됨"));
        QCOMPARE(feed(), QStringLiteral("● 실시간 연결됨"));
        QVERIFY(f.label("feedValueLabel").contains(u"#16a34a")); // green
        // MARKET_DATA=rest: polling by choice, every LOOP_INTERVAL_SEC.
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected, QStringLiteral("MARKET_DATA=rest"));
        QCOMPARE(feed(), QStringLiteral("○ 주기 조회 (5초마다)"));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("the replay market has no stream"));
        QCOMPARE(feed(), QStringLiteral("○ 주기 조회 (5초마다)"));

        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QTRY_COMPARE(feed(), QStringLiteral("○ REST polling (every 5 s)"));
        Q_EMIT f.engine->feedChanged(FeedSource::Rest, FeedState::Disconnected,
                                     QStringLiteral("the moon is in the wrong phase"));
        QCOMPARE(feed(),
                 QStringLiteral("● Live — disconnected, polling REST instead · the moon is in the wrong phase"));
    }

    /// The chart with a replay's data — a backtest of the last 1,500 hours of KRW-BTC: its fills as
    /// markers, the open position's stop, a forming candle from ticks, the crosshair on a candle —
    /// in Korean and English, light and dark, at 1920×1080, 1280×720 and 1024×600 (the chart's
    /// share of such a window): no label elided, the panes named in the language shown, Korean
    /// without English words but the indicators' names. With AUTOCOIN_SHOTS_DIR set, each is saved
    /// there as chart-<language>-<palette>-<size>.png (docs/screenshots/).
    void theChartReadsInKoreanAndEnglishLightAndDark()
    {
        const auto file = CandleFile::loadColumns(
            QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
        QVERIFY(file.ok());
        const QList<Candle> all = file.value().candles.toList();
        const QList<Candle> candles = all.mid(all.size() - 1500);
        BacktestConfig config;
        config.timeframe = file.value().timeframe;
        const BacktestResult result = Backtester::run(candles, config);
        QVERIFY(result.fills.size() > 10);
        QPalette dark;
        for (const auto role : {QPalette::Window, QPalette::Button})
            dark.setColor(role, QColor(0x1e, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR");
        const QRegularExpression english(QStringLiteral("[A-Za-z]{2,}"));
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QCOMPARE(applyLanguage(language, QStringLiteral(AUTOCOIN_QM_DIR)), language);
            for (const bool isDark : {false, true}) {
                for (const QSize window : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 600)}) {
                    PriceChart chart;
                    if (isDark)
                        chart.setPalette(dark);
                    chart.setTitle(kMarket);
                    chart.setPeriod(3600 * 1000);
                    chart.setTimeZone(QTimeZone("Asia/Seoul"));
                    chart.resize(window.width() * 3 / 4, window.height() * 2 / 3);
                    chart.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&chart));
                    chart.appendCandles(candles);
                    for (const TradeRecord &fill : result.fills)
                        chart.addMarker(
                            {fill.executedAt.toMSecsSinceEpoch(), fill.price.toDouble(), fill.side == OrderSide::Buy});
                    const Decimal last = candles.last().close;
                    if (result.fills.last().side == OrderSide::Buy)
                        chart.setStop(result.fills.last().price.toDouble() * 0.95, false);
                    const QDateTime forming = candles.last().openTime.addSecs(3600 + 600);
                    chart.addTick(forming, last);
                    chart.addTick(forming.addSecs(60), last * *Decimal::fromString(QStringLiteral("1.004")));
                    chart.zoom(120.0 / chart.visibleCandles());
                    chart.redraw();
                    QTest::qWait(50);
                    chart.redraw();
                    QTest::qWait(150); // the lower panes line up under the price pane
                    chart.pointAt(chart.viewports().at(0), chart.barPosition(chart.drawnCandles() - 30));
                    QVERIFY(chart.crosshair());
                    for (const QString &label : chart.shownLabels())
                        QVERIFY2(!label.contains(u'…') && !label.contains(QStringLiteral("...")), qPrintable(label));
                    if (language == QStringLiteral("ko")) {
                        QVERIFY(chart.shownLabels().contains(QStringLiteral("가격")));
                        QVERIFY(chart.shownLabels().contains(QStringLiteral("거래량")));
                        QString readout = chart.readoutText();
                        // Indicator names stay as Korean traders write them: EMA, RSI.
                        readout.remove(QStringLiteral("RSI"));
                        readout.remove(QStringLiteral("EMA"));
                        QVERIFY2(!readout.contains(english), qPrintable(chart.readoutText()));
                    } else {
                        QVERIFY(chart.shownLabels().contains(QStringLiteral("Price")));
                    }
                    if (!shots.isEmpty()) {
                        chart.grab().save(QDir(shots).filePath(QStringLiteral("chart-%1-%2-%3x%4.png")
                                                                   .arg(language, isDark ? u"dark" : u"light")
                                                                   .arg(window.width())
                                                                   .arg(window.height())));
                    }
                }
            }
            // And empty, as at a first launch without candles.
            PriceChart empty;
            empty.resize(960, 480);
            empty.show();
            QVERIFY(QTest::qWaitForWindowExposed(&empty));
            empty.redraw();
            QVERIFY(!empty.emptyMessage().isEmpty());
            if (language == QStringLiteral("ko"))
                QVERIFY2(!empty.emptyMessage().contains(english), qPrintable(empty.emptyMessage()));
            if (!shots.isEmpty())
                empty.grab().save(QDir(shots).filePath(QStringLiteral("chart-%1-empty.png").arg(language)));
        }
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
    }
};

QTEST_MAIN(TestLiveChart)
#include "tst_livechart.moc"
