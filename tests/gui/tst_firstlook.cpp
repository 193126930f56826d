// The rough edges a first look at the window found (issue 18), each on the real MainWindow on the
// offscreen platform over a real SQLite file: the Korean window of a replay run fits a 1024×600 and
// a 1280×720 screen; the account band shows the paper balance before the first run; the chart shows
// the stored candles before Start; its empty message follows the engine's state; profits and losses
// are readable in a light and a dark palette; the daily PnL table offers no market filter.

#include "FakeExchange.h"
#include "TestData.h"
#include "WindowSession.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "execution/Execution.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryView.h"
#include "history/RoundTripView.h"
#include "main/MainWindow.h"
#include "model/WindowModel.h"
#include "platform/Language.h"
#include "portfolio/AccountBand.h"
#include "portfolio/WatchlistModel.h"
#include "portfolio/WatchlistView.h"
#include "status/PnlColors.h"
#include "status/StatusPanel.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"
#include "why/WhyPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::busyParameters;
using autocoin::test::FakeUpbitServer;
using autocoin::test::marketSubset;
using autocoin::test::openUi;

namespace {

const QStringList kMarkets{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

/// The colour a label's text is drawn in, as rendered: of the pixels that differ from the
/// background (the most common colour), the one that stands out most; and that background.
std::pair<QColor, QColor> renderedText(QWidget *label)
{
    const QImage image = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QColor text;
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = pnl::contrastRatio(QColor::fromRgb(it.key()), QColor::fromRgb(background));
        if (ratio > best) {
            best = ratio;
            text = QColor::fromRgb(it.key());
        }
    }
    return {text, QColor::fromRgb(background)};
}

/// A colour reads as a loss (blue) or as a profit (red), and stands out against every background
/// a table or the band draws it on (WCAG AA: 4.5:1).
QString checkMoneyColour(const QColor &colour, bool loss, const QList<QColor> &backgrounds)
{
    if (!colour.isValid())
        return QStringLiteral("no colour");
    if (loss ? colour.blue() <= colour.red() : colour.red() <= colour.blue())
        return QStringLiteral("%1 does not read as a %2").arg(colour.name(), loss ? u"loss" : u"profit");
    for (const QColor &background : backgrounds) {
        const double ratio = pnl::contrastRatio(colour, background);
        if (ratio < 4.5)
            return QStringLiteral("%1 on %2: contrast %3:1")
                .arg(colour.name(), background.name())
                .arg(ratio, 0, 'f', 2);
    }
    return {};
}

/// The first cell of `model`'s `column` whose sort value has the sign `sign`.
QModelIndex firstWithSign(const QAbstractItemModel *model, int column, int sign, int role)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const double value = index.data(role).toDouble();
        if ((sign < 0 && value < 0) || (sign > 0 && value > 0))
            return index;
    }
    return {};
}

QString labelText(const QWidget &window, const char *name)
{
    const auto *label = window.findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1StringView(name));
}

EngineConfig baseConfig(const QTemporaryDir &dir)
{
    EngineConfig config;
    config.dataDir = dir.path();
    config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
    config.markets = {QStringLiteral("KRW-BTC")};
    return config;
}

} // namespace

class TestFirstLook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// One Korean replay run of three markets (a window as a trader sees it after a run), for the
    /// size and colour tests.
    void initTestCase()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        m_dir = autocoin::test::memoryDir();
        m_ui = openUi(*m_dir);
        QVERIFY(m_ui);
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySpeed = 0;
        config.interval = std::chrono::milliseconds(0);
        config.databaseUrl = DatabaseUrl::defaultFor(m_dir->path()).redacted();
        config.dataDir = m_dir->path();
        config.marketSyncInterval = std::chrono::hours(1);
        config.timeZone = QStringLiteral("Asia/Seoul");
        config.markets.clear();
        for (const QString &market : kMarkets) {
            const QString path = marketSubset(*m_dir, market, 300);
            QVERIFY(!path.isEmpty());
            config.replaySources.append({market, path});
            config.markets.append(market);
        }
        config.strategyOverrides = busyParameters();
        m_engine = std::make_unique<EngineController>(config);
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_engine.get(), m_settings.get());
        m_window->setTimeZone(QTimeZone("Asia/Seoul"));
        m_window->setDatabase(m_ui.get());
        m_window->resize(1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy exhausted(m_engine.get(), &EngineController::dataExhausted);
        m_engine->start();
        QVERIFY(QTest::qWaitFor([&] { return !exhausted.isEmpty(); }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return m_engine->state() == EngineState::Idle; }, 60000));
        QTRY_VERIFY(m_window->historyPanel()->trades()->rowCount() > 0);
        QTRY_VERIFY(!m_window->whyPanel()->text().isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
        QApplication::setPalette(QPalette());
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
    }

    void cleanup() { QApplication::setPalette(QPalette()); }

    /// Issue 18: the Korean window during a replay needed 603 px: 3 more than a 1024×600 screen.
    void theKoreanReplayWindowFitsSmallScreens()
    {
        MainWindow &window = *m_window;
        window.historyPanel()->setCurrentWidget(window.watchlist());
        // From a large window down, as tst_screenshots takes them (a window shrunk by its user).
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 600)}) {
            window.resize(size);
            QTest::qWait(200);
            const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            qInfo("%s: window minimum %dx%d", qPrintable(at), window.minimumSizeHint().width(),
                  window.minimumSizeHint().height());
            QVERIFY2(
                window.minimumSizeHint().height() <= 600,
                qPrintable(at + QStringLiteral(": the window needs %1 px").arg(window.minimumSizeHint().height())));
            QVERIFY2(window.size() == size,
                     qPrintable(at + QStringLiteral(": the window is %1x%2").arg(window.width()).arg(window.height())));
            // Nothing cut: each part of the top has the height its content needs.
            for (QWidget *part : {static_cast<QWidget *>(window.findChild<AccountBand *>()),
                                  static_cast<QWidget *>(window.findChild<StatusPanel *>()),
                                  static_cast<QWidget *>(window.whyPanel())}) {
                QVERIFY(part);
                const int needed =
                    part->hasHeightForWidth() ? part->heightForWidth(part->width()) : part->minimumSizeHint().height();
                QVERIFY2(part->height() >= needed, qPrintable(at + QStringLiteral(": %1 is %2 px high, needs %3")
                                                                       .arg(part->objectName())
                                                                       .arg(part->height())
                                                                       .arg(needed)));
            }
            for (auto *label : window.whyPanel()->findChildren<QLabel *>()) {
                if (!label->text().isEmpty() && label->isVisible()) {
                    const int needed =
                        label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
                    QVERIFY2(label->height() >= needed, qPrintable(at + QStringLiteral(": %1 cut (%2 of %3 px)")
                                                                            .arg(label->objectName())
                                                                            .arg(label->height())
                                                                            .arg(needed)));
                }
            }
            QVERIFY2(window.priceChart()->height() >= 150, qPrintable(at));
        }
    }

    /// Issue 18: a loss in dark blue (#0051c7) was 2.3:1 on the dark palette; the history tables
    /// and round trips had no profit/loss colour at all.
    void profitsAndLossesAreReadableInBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void profitsAndLossesAreReadableInBothPalettes()
    {
        QFETCH(bool, dark);
        MainWindow &window = *m_window;
        window.resize(1280, 720);
        QApplication::setPalette(dark ? autocoin::test::darkPalette() : QPalette());
        QTest::qWait(300);
        const QPalette palette = QApplication::palette();
        const QList<QColor> tables{palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)};

        // The account band: the total since start and today's realised PnL, as shown ("+1,234원",
        // "-182원"; a sign the text carries, so a value still being read cannot mislead the test).
        QVERIFY(window.windowModel()->account().valued);
        auto *band = window.findChild<AccountBand *>();
        int bandColours = 0;
        for (const char *name : {"sinceStartBandValue", "todayBandValue"}) {
            auto *label = band->findChild<QLabel *>(QLatin1StringView(name));
            QVERIFY(label);
            const QString shown = label->text();
            if (!shown.startsWith(u'-') && !shown.startsWith(u'+'))
                continue; // zero or not read: the palette's own text colour
            const auto [text, background] = renderedText(label);
            const QString problem = checkMoneyColour(text, shown.startsWith(u'-'), {background});
            QVERIFY2(problem.isEmpty(), qPrintable(QLatin1StringView(name) + QStringLiteral(" ") + shown +
                                                   QStringLiteral(": ") + problem));
            ++bandColours;
        }
        QVERIFY(bandColours > 0);

        // The watchlist's 24 h change.
        WatchlistModel *watchlist = window.watchlist()->model();
        QTRY_VERIFY(firstWithSign(watchlist, WatchlistModel::ChangeColumn, -1, WatchlistModel::SortRole).isValid() ||
                    firstWithSign(watchlist, WatchlistModel::ChangeColumn, 1, WatchlistModel::SortRole).isValid());
        QString problem;
        for (const int sign : {-1, 1}) {
            const QModelIndex change =
                firstWithSign(watchlist, WatchlistModel::ChangeColumn, sign, WatchlistModel::SortRole);
            if (!change.isValid())
                continue;
            problem = checkMoneyColour(change.data(Qt::ForegroundRole).value<QColor>(), sign < 0, tables);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("watchlist: ") + problem));
        }
        const QColor watchlistLoss = pnl::lossColor(palette);

        // The daily PnL (its realised column) and the round trips (PnL KRW and %): each sign.
        const HistoryModel *daily = window.historyPanel()->dailyPnl();
        const HistoryModel *trips = window.roundTripView()->findChild<HistoryModel *>();
        QVERIFY(trips);
        QTRY_VERIFY(trips->rowCount() > 0);
        bool lossSeen = false;
        for (const auto &[model, columns] : {std::pair{daily, QList<int>{1}}, std::pair{trips, QList<int>{6, 7}}}) {
            for (const int column : columns) {
                for (const int sign : {-1, 1}) {
                    const QModelIndex cell = firstWithSign(model, column, sign, HistoryModel::SortRole);
                    if (!cell.isValid())
                        continue;
                    const QColor colour = cell.data(Qt::ForegroundRole).value<QColor>();
                    problem = checkMoneyColour(colour, sign < 0, tables);
                    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 column %2: ")
                                                               .arg(model == daily ? u"daily PnL" : u"round trips")
                                                               .arg(column) +
                                                           problem));
                    if (sign < 0) {
                        lossSeen = true;
                        QCOMPARE(colour, watchlistLoss); // one definition of a loss
                    }
                }
            }
        }
        QVERIFY2(lossSeen, "no loss in the daily PnL or the round trips of the run");
    }

    /// Issue 18: before the first run the band showed "—" for the total and the cash.
    void theBandShowsThePaperBalanceBeforeTheFirstRun()
    {
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        const auto restore = qScopeGuard([] { applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)); });
        QTemporaryDir dir;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config = baseConfig(dir);
        config.paperBalance = d("2500000");
        {
            // Nothing stored: the configured starting balance, as the first-launch hint says.
            EngineController engine(config);
            QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
            MainWindow window(&engine, &settings);
            window.setDatabase(ui.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(labelText(window, "totalBandValue"), formatWon(d("2500000")));
            QCOMPARE(labelText(window, "cashBandValue"), formatWon(d("2500000")));
            QCOMPARE(labelText(window, "coinsBandValue"), formatWon(Decimal()));
            QCOMPARE(labelText(window, "unrealisedBandValue"), QStringLiteral("—")); // nothing valued yet
            QVERIFY2(labelText(window, "firstLaunchHint").contains(QStringLiteral("2,500,000 KRW")),
                     qPrintable(labelText(window, "firstLaunchHint")));
        }
        // A stored paper account (reset to 3,000,000) and a paper buy since: its cash and coins.
        StorageError error;
        QString problem;
        const QDateTime reset = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY2(PaperAccount::reset(*ui, d("3000000"), reset, &problem), qPrintable(problem));
        TradeRecord buy;
        buy.tradeId = QStringLiteral("t1");
        buy.orderId = QStringLiteral("o1");
        buy.symbol = QStringLiteral("KRW-BTC");
        buy.side = OrderSide::Buy;
        buy.price = d("50000000");
        buy.quantity = d("0.01");
        buy.fee = d("250");
        buy.executedAt = reset.addSecs(60);
        buy.paper = true;
        QCOMPARE(TradeRepository(*ui).insert({buy}, &error), 1);
        {
            EngineController engine(config);
            QSettings settings(dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
            MainWindow window(&engine, &settings);
            window.setDatabase(ui.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(labelText(window, "cashBandValue"), formatWon(d("2499750")));
            QCOMPARE(labelText(window, "coinsBandValue"), formatWon(d("500250")));
            QCOMPARE(labelText(window, "totalBandValue"), formatWon(d("3000000")));
            QCOMPARE(window.windowModel()->paperBalance(), std::optional(d("3000000")));
            QVERIFY2(labelText(window, "firstLaunchHint").contains(QStringLiteral("3,000,000 KRW")),
                     qPrintable(labelText(window, "firstLaunchHint")));
            // Settings applied with another exchange: the buy was on Upbit, not on Bithumb.
            EngineConfig bithumb = config;
            bithumb.exchange = Exchange::Bithumb;
            engine.applyConfig(bithumb);
            QTRY_COMPARE(labelText(window, "cashBandValue"), formatWon(d("3000000")));
            QCOMPARE(labelText(window, "coinsBandValue"), formatWon(Decimal()));
        }
        // A stored account that cannot be read: "—" and why, not a balance that may be wrong.
        QVERIFY(ConfigRepository(*ui).set(QStringLiteral("paper.account"), QStringLiteral("garbage"), QString(),
                                          QDateTime::currentDateTimeUtc(), &error));
        {
            EngineController engine(config);
            QSettings settings(dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
            MainWindow window(&engine, &settings);
            window.setDatabase(ui.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(labelText(window, "totalBandValue"), QStringLiteral("—"));
            QVERIFY2(window.findChild<AccountBand *>()->toolTip().contains(QStringLiteral("garbage")),
                     qPrintable(window.findChild<AccountBand *>()->toolTip()));
            QVERIFY(!labelText(window, "firstLaunchHint").contains(QStringLiteral("KRW")));
        }
        // Live: nothing is known before the exchange's first balance.
        config.paperMode = false;
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setDatabase(ui.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QCOMPARE(labelText(window, "modeBandValue"), QStringLiteral("LIVE"));
        QCOMPARE(labelText(window, "totalBandValue"), QStringLiteral("—"));
        QCOMPARE(labelText(window, "cashBandValue"), QStringLiteral("—"));
    }

    /// Issue 18: before Start the chart showed its empty message although candles were stored.
    void theChartShowsStoredCandlesBeforeStart()
    {
        QTemporaryDir dir;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config = baseConfig(dir);
        QList<Candle> candles;
        const QDateTime first = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 60; ++i) {
            const Decimal price = d("50000000") + Decimal(i * 10000);
            candles.append({first.addSecs(i * config.timeframe.seconds()), price, price + Decimal(20000),
                            price - Decimal(20000), price + Decimal(5000), d("1.5"), d("75000000")});
        }
        StorageError error;
        QVERIFY(CandleRepository(*ui).upsert(config.exchange, QStringLiteral("KRW-BTC"), config.timeframe.toString(),
                                             candles, &error));
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setDatabase(ui.get());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(engine.state(), EngineState::Idle);
        QTRY_COMPARE(window.priceChart()->data().size(), 60);
        window.priceChart()->redraw();
        QCOMPARE(window.priceChart()->emptyMessage(), QString());
        QVERIFY(window.priceChart()->drawnCandles() > 0);
        for (const QString &label : window.priceChart()->timeLabels())
            QVERIFY2(!label.contains(QStringLiteral("1970")), qPrintable(label));

        // Another market, nothing stored: the clear empty state, no made-up axes or dates.
        config.markets = {QStringLiteral("KRW-DOGE")};
        EngineController other(config);
        QSettings otherSettings(dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        MainWindow empty(&other, &otherSettings);
        empty.setDatabase(ui.get());
        empty.resize(1280, 720);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(QTest::qWaitFor([&] { return empty.windowModel()->reader()->pending() == 0; }, 10000));
        empty.priceChart()->redraw();
        QCOMPARE(empty.priceChart()->data().size(), 0);
        QVERIFY(!empty.priceChart()->emptyMessage().isEmpty());
        for (const QString &label : empty.priceChart()->shownLabels())
            QVERIFY2(!label.contains(QStringLiteral("1970")), qPrintable(label));
    }

    /// Issue 18: in ERROR the empty chart said "press Start", which is disabled there.
    void theEmptyChartSaysWhatToDoInEachState()
    {
        // Korean (the fixture's language): a real ERROR, three failed polls of a failing exchange.
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(autocoin::test::Fault::httpStatus(500), 3);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC")};
        config.interval = std::chrono::milliseconds(50);
        config.requestTimeout = std::chrono::milliseconds(2000);
        config.maxConsecutiveFailures = 3;
        config.retryBackoff = {std::chrono::milliseconds(10)};
        EngineController engine(config);
        MainWindow window(&engine, &settings);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString idle = window.priceChart()->emptyMessage();
        QVERIFY2(idle.contains(QStringLiteral("시작을 누르면")), qPrintable(idle));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        QVERIFY(!engine.status().killed);
        QTRY_VERIFY(window.priceChart()->emptyMessage() != idle);
        const QString error = window.priceChart()->emptyMessage();
        QVERIFY2(error.contains(QStringLiteral("원인")) && error.contains(QStringLiteral("리셋")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("시작을 누르면")), qPrintable(error));
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        QTRY_COMPARE(window.priceChart()->emptyMessage(), idle);

        // The kill switch's stop (its ERROR), and a running engine, on an empty chart.
        PriceChart chart;
        chart.resize(800, 500);
        chart.show();
        chart.setEngineState(EngineState::Error, true);
        chart.redraw();
        const QString killed = chart.emptyMessage();
        QVERIFY2(killed.contains(QStringLiteral("긴급 정지")) && killed.contains(QStringLiteral("리셋")),
                 qPrintable(killed));
        chart.setEngineState(EngineState::Running, false);
        QVERIFY2(!chart.emptyMessage().contains(QStringLiteral("시작을 누르면")), qPrintable(chart.emptyMessage()));
        // English too.
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        chart.setEngineState(EngineState::Error, false);
        QVERIFY2(chart.emptyMessage().contains(QStringLiteral("press Reset")), qPrintable(chart.emptyMessage()));
        applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR));
    }

    /// Issue 18: the daily PnL tab offered a market filter though pnl_daily is account-wide.
    void theDailyPnlTabHasNoMarketFilter()
    {
        HistoryPanel *history = m_window->historyPanel();
        const auto filterOf = [&](const char *view) {
            auto *widget = history->findChild<HistoryView *>(QLatin1StringView(view));
            return widget ? widget->findChild<QComboBox *>(QStringLiteral("marketFilter")) : nullptr;
        };
        QComboBox *const dailyFilter = filterOf("dailyPnlView");
        QComboBox *const tradesFilter = filterOf("tradesView");
        QVERIFY(dailyFilter && tradesFilter);
        history->setCurrentWidget(history->findChild<HistoryView *>(QStringLiteral("dailyPnlView")));
        QTest::qWait(100);
        QVERIFY(!dailyFilter->isVisible());
        QVERIFY(history->dailyPnl()->rowCount() > 0);
        history->setCurrentWidget(history->findChild<HistoryView *>(QStringLiteral("tradesView")));
        QTest::qWait(100);
        QVERIFY(tradesFilter->isVisible()); // the trades are a market's
        history->setCurrentWidget(m_window->watchlist());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_ui;
    std::unique_ptr<EngineController> m_engine;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestFirstLook)
#include "tst_firstlook.moc"
