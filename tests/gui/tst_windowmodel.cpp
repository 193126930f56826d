// The window's one face (issue 18): the window model, the account band, the watchlist, and the
// rule that no query runs on the GUI thread — each driven by a real replay run against a real
// SQLite file, on the offscreen platform.

#include "TestData.h"
#include "WindowSession.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryView.h"
#include "main/MainWindow.h"
#include "model/WindowModel.h"
#include "platform/Language.h"
#include "portfolio/AccountBand.h"
#include "portfolio/WatchlistModel.h"
#include "portfolio/WatchlistView.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "status/EngineText.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"
#include "storage/StorageReader.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace autocoin;
using autocoin::test::busyParameters;
using autocoin::test::marketSubset;
using autocoin::test::openUi;

namespace {

const QStringList kMarkets{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};

EngineConfig replayConfig(const QTemporaryDir &dir)
{
    EngineConfig config;
    config.exchange = Exchange::Replay;
    config.replaySpeed = 0;
    config.interval = std::chrono::milliseconds(0);
    config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
    config.dataDir = dir.path();
    config.marketSyncInterval = std::chrono::hours(1);
    return config;
}

/// Runs the replay to its end and waits for the engine to be IDLE again.
bool runToEnd(EngineController &engine)
{
    QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
    engine.start();
    if (!QTest::qWaitFor([&] { return !exhausted.isEmpty(); }, 120000)) // seconds; the limit is for a hang
        return false;
    return QTest::qWaitFor([&] { return engine.state() == EngineState::Idle; }, 60000);
}

/// Waits until the reader has answered everything asked so far (and what those answers asked).
bool readerIdle(StorageReader *reader)
{
    for (int i = 0; i < 3; ++i) {
        if (!QTest::qWaitFor([&] { return reader->pending() == 0; }, 10000))
            return false;
        QTest::qWait(100);
    }
    // Waited for, not read at one instant: a periodic refresh may have queued a read in the last
    // 100 ms, which a slow (sanitized, loaded) machine has not finished yet.
    return QTest::qWaitFor([&] { return reader->pending() == 0; }, 10000);
}

/// A keychain with nothing in it, answering at once.
class EmptyKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override { done(std::nullopt, QString()); }
    void write(const QString &, const QString &, WriteDone done) override { done(QString()); }
    QString location() const override { return QStringLiteral("nowhere"); }
};

} // namespace

class TestWindowModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Database::forbidThread(nullptr, false); }

    void theGuardCountsAQueryOnTheForbiddenThread()
    {
        // The guard itself: a query on the forbidden thread is counted; another thread's is not.
        QTemporaryDir dir;
        const auto db = openUi(dir);
        QVERIFY(db);
        Database::forbidThread(QThread::currentThread(), false);
        StorageError error;
        TradeRepository(*db).latest(1, &error);
        QCOMPARE(Database::forbiddenQueries(), 1);
        StorageReader reader(db->url());
        bool answered = false;
        reader.read(
            this, [](Database &other, StorageError *e) { return TradeRepository(other).latest(1, e).size(); },
            [&](qsizetype, const StorageError &e) { answered = e.message.isEmpty(); });
        QTRY_VERIFY(answered);
        QCOMPARE(Database::forbiddenQueries(), 1);
    }

    void theReaderAnswersInOrderAndDropsAnAnswerWithoutItsAsker()
    {
        QTemporaryDir dir;
        const auto db = openUi(dir);
        QVERIFY(db);
        StorageReader reader(db->url());
        QList<int> answered;
        auto gone = std::make_unique<QObject>();
        for (int i = 0; i < 5; ++i) {
            const QObject *asker = i == 2 ? gone.get() : this;
            reader.read(
                asker,
                [i](Database &other, StorageError *error) {
                    ConfigRepository(other).get(QStringLiteral("x"), error);
                    return i;
                },
                [&answered](int value, const StorageError &) { answered.append(value); });
        }
        gone.reset(); // before its answer could arrive: dropped, not called on a dead object
        QSignalSpy idle(&reader, &StorageReader::idle);
        QTRY_COMPARE(idle.count(), 1);
        QCOMPARE(answered, (QList<int>{0, 1, 3, 4}));
        QCOMPARE(reader.pending(), 0);

        // A database that cannot be opened: every answer carries the error, none a value.
        QFile junk(dir.filePath(QStringLiteral("junk.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QVERIFY(junk.write("not a database at all, sixteen+") > 16);
        junk.close();
        QString parseError;
        const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///") + junk.fileName(), dir.path(), &parseError);
        QVERIFY2(url, qPrintable(parseError));
        StorageReader refused(*url);
        QString why;
        refused.read(
            this, [](Database &, StorageError *) { return 1; },
            [&why](int, const StorageError &error) {
                why = error.message.isEmpty() ? QStringLiteral("none") : error.message;
            });
        QTRY_VERIFY(!why.isEmpty());
        QVERIFY2(why.contains(u"not an SQLite database"), qPrintable(why));
    }

    void noSqlRunsOnTheGuiThread()
    {
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const QString data = autocoin::test::hourlySubset(dir, 400);
        QVERIFY(!data.isEmpty());
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config = replayConfig(dir);
        config.replaySources = {{QString(), data}};
        config.strategyOverrides = busyParameters();
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        SettingsDialog::Context context;
        context.dataDir = dir.path();
        context.database = ui.get();
        // From here every statement on this (the GUI) thread is a counted violation.
        Database::forbidThread(QThread::currentThread(), false);
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone::utc());
        window.setDatabase(ui.get());
        EmptyKeychain keychain;
        window.setSettingsContext(context, &keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(runToEnd(engine));
        QTRY_VERIFY(window.historyPanel()->trades()->rowCount() > 0);

        // Every history tab opened and read again; another market selected; the settings opened.
        HistoryPanel *history = window.historyPanel();
        for (int tab = 0; tab < history->count(); ++tab) {
            history->setCurrentIndex(tab);
            QTest::qWait(20);
        }
        QSignalSpy loaded(history, &HistoryPanel::loaded);
        history->reload();
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(history->orders()->rowCount() > 0);
        QVERIFY(history->dailyPnl()->rowCount() > 0);
        SettingsDialog *dialog = window.openSettings();
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(readerIdle(window.windowModel()->reader()));
        QCOMPARE(Database::forbiddenQueries(), 0);
    }

    void theBandShowsTheEnginesEquity()
    {
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const QString data = autocoin::test::hourlySubset(dir, 800); // three round trips
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config = replayConfig(dir);
        config.replaySources = {{QString(), data}};
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone::utc());
        window.setDatabase(ui.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto band = [&](const char *name) { return window.findChild<QLabel *>(QLatin1StringView(name))->text(); };
        QCOMPARE(band("totalBandValue"), formatWon(config.paperBalance)); // the paper balance before a run
        QCOMPARE(band("modeBandValue"), QStringLiteral("PAPER"));
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QVERIFY(runToEnd(engine));
        QVERIFY(trades.count() >= 2); // bought (and sold)
        QVERIFY(!equity.isEmpty());
        const EquityPoint last = equity.last().first().value<EquityPoint>();

        // The band shows the engine's own numbers: total equity, cash, coins, the PnL since start.
        QTRY_COMPARE(window.windowModel()->account().total, last.total);
        const AccountSummary account = window.windowModel()->account();
        QCOMPARE(account.cash, last.cash);
        QCOMPARE(account.coins, last.positionsValue);
        QCOMPARE(account.unrealised, last.unrealizedPnl);
        QCOMPARE(account.sinceStart, last.realizedPnl + last.unrealizedPnl);
        QTRY_COMPARE(band("totalBandValue"), formatWon(last.total));
        QVERIFY2(band("totalBandValue").contains(u','), qPrintable(band("totalBandValue"))); // 10,000,000 KRW…
        QCOMPARE(band("cashBandValue"), formatWon(last.cash));
        QCOMPARE(band("coinsBandValue"), formatWon(last.positionsValue));
        QVERIFY(band("sinceStartBandValue").startsWith(formatWon(last.realizedPnl + last.unrealizedPnl, true)));
        // Today's realised PnL is pnl_daily's row of the replay's last day. The model reads it at
        // most once a second after a sale, so it may first show an earlier day's (or the initial 0).
        StorageError error;
        const QDate day = last.time.toTimeZone(QTimeZone(config.timeZone.toUtf8())).date();
        const QList<PnlDay> days = PnlRepository(*ui).range(day, day, &error);
        QCOMPARE(days.size(), 1);
        QTRY_COMPARE(window.windowModel()->account().todayRealised.value_or(Decimal(-1)),
                     days.constFirst().realizedPnl);
        // The details (iteration, thread, failures) are out of the main view, in a tooltip.
        const auto *iteration = window.findChild<QLabel *>(QStringLiteral("iterationValueLabel"));
        QVERIFY(iteration && !iteration->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusValueLabel"))
                    ->toolTip()
                    .contains(QString::number(engine.status().iteration)));
    }

    void theWatchlistFollowsThreeMarkets()
    {
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config = replayConfig(dir);
        config.markets.clear(); // not the default market: these three
        for (const QString &market : kMarkets) {
            const QString path = marketSubset(dir, market, 500);
            QVERIFY(!path.isEmpty());
            config.replaySources.append({market, path});
            config.markets.append(market);
        }
        config.strategyOverrides = busyParameters();
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone::utc());
        window.setDatabase(ui.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WatchlistView *view = window.watchlist();
        WatchlistModel *model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every price each market's row showed during the run.
        QHash<QString, QSet<QString>> prices;
        connect(window.windowModel(), &WindowModel::changed, this, [&] {
            for (int row = 0; row < model->rowCount(); ++row)
                prices[model->row(row).market].insert(model->index(row, WatchlistModel::PriceColumn).data().toString());
        });
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);
        QVERIFY(runToEnd(engine));
        QTest::qWait(300); // the model's 100 ms batch

        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QString &market = kMarkets[row];
            QCOMPARE(model->index(row, 0).data(WatchlistModel::MarketRole).toString(), market);
            QVERIFY2(prices.value(market).size() >= 2, qPrintable(market)); // the price moved
            if (market != u"KRW-XRP") // millions of won: separated (XRP is under a thousand)
                QVERIFY(model->index(row, WatchlistModel::PriceColumn).data().toString().contains(u','));
            QVERIFY(model->index(row, WatchlistModel::SignalColumn).data().toString() != u"—");
            QVERIFY(model->index(row, WatchlistModel::ChangeColumn).data().toString().endsWith(u'%'));
        }
        // The positions and their PnL are the engine's (its last equity point); no position: none shown.
        QVERIFY(trades.count() >= 2);
        const EquityPoint last = equity.last().first().value<EquityPoint>();
        for (int row = 0; row < 3; ++row) {
            const MarketView &v = model->row(row);
            const auto held = std::find_if(last.positions.cbegin(), last.positions.cend(),
                                           [&](const PositionValue &p) { return p.market == v.market; });
            if (held == last.positions.cend()) {
                QVERIFY(!v.quantity);
                QCOMPARE(model->index(row, WatchlistModel::PnlColumn).data().toString(), QStringLiteral("—"));
                continue;
            }
            QCOMPARE(v.quantity, std::optional(held->quantity));
            QCOMPARE(v.averagePrice, std::optional(held->averagePrice));
            QCOMPARE(v.unrealised, std::optional(held->unrealizedPnl));
        }

        // Korean names and the ⚠ of a 유의 market come from the market table (read off this thread).
        StorageError error;
        QList<MarketRecord> listed;
        const QList<std::pair<QString, QString>> names = {{kMarkets[0], QStringLiteral("비트코인")},
                                                          {kMarkets[1], QStringLiteral("이더리움")},
                                                          {kMarkets[2], QStringLiteral("리플")}};
        for (const auto &[code, name] : names) {
            MarketRecord m;
            m.exchange = Exchange::Replay;
            m.symbol = code;
            m.koreanName = name;
            m.warningLevel = code == kMarkets[2] ? QStringLiteral("CAUTION") : QStringLiteral("NONE");
            listed.append(m);
        }
        QVERIFY(MarketRepository(*ui).sync(Exchange::Replay, listed, QDateTime::currentDateTimeUtc(), &error));
        Q_EMIT engine.marketsSynced({}, {}, {kMarkets[2]});
        QTRY_VERIFY(model->index(0, 0).data().toString().contains(u"비트코인"));
        QVERIFY(model->index(2, 0).data().toString().contains(u"리플"));
        QVERIFY(model->index(2, 0).data().toString().contains(u"⚠"));
        QVERIFY(!model->index(0, 0).data().toString().contains(u"⚠"));
        QVERIFY(
            model->index(2, 0).data(Qt::ToolTipRole).toString().contains(marketWarningText(QStringLiteral("CAUTION"))));

        // The why hook: a text set for a market is its row's tooltip.
        model->setWhy(kMarkets[1], QStringLiteral("no entry: the daily loss limit is reached"));
        QVERIFY(model->index(1, 3).data(Qt::ToolTipRole).toString().contains(u"daily loss limit"));
        QCOMPARE(model->index(1, 0).data(WatchlistModel::WhyRole).toString(),
                 QStringLiteral("no entry: the daily loss limit is reached"));

        // A click on a row shows its market on the chart.
        QCOMPARE(window.selectedMarket(), kMarkets[0]);
        window.historyPanel()->setCurrentWidget(view);
        QTableView *table = view->table();
        const QRect cell = table->visualRect(table->model()->index(2, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.selectedMarket(), kMarkets[2]);
        QVERIFY2(window.priceChart()->title().startsWith(kMarkets[2]), qPrintable(window.priceChart()->title()));
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("marketSelector"))->currentData().toString(),
                 kMarkets[2]);
        QTRY_VERIFY(window.priceChart()->data().size() >= 400);

        // Screenshots for the eye (AUTOCOIN_SHOTS_DIR): the band and the watchlist, English and Korean.
        const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR");
        if (!shots.isEmpty()) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 600)}) {
                window.resize(size);
                for (const char *language : {"en", "ko"}) {
                    applyLanguage(QLatin1StringView(language), QStringLiteral(AUTOCOIN_QM_DIR));
                    QTest::qWait(300);
                    QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("model-watchlist-%1-%2x%3.png")
                                                                        .arg(QLatin1StringView(language))
                                                                        .arg(size.width())
                                                                        .arg(size.height()))));
                }
            }
            applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        }
    }

    void aStorageErrorIsShownNotAnEmptyTable()
    {
        QTemporaryDir dir;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        StorageError error;
        QVERIFY(ui->execute(QStringLiteral("DROP TABLE trades"), &error)); // a damaged database
        EngineController engine(EngineConfig{});
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        QSignalSpy loaded(window.historyPanel(), &HistoryPanel::loaded);
        window.setDatabase(ui.get());
        window.show();
        QTRY_COMPARE(loaded.count(), 1);
        HistoryView *trades = window.historyPanel()->view(1);
        QVERIFY2(trades->error().contains(u"trades"), qPrintable(trades->error()));
        const auto *message = trades->findChild<QLabel *>(QStringLiteral("storageErrorLabel"));
        QVERIFY(message && !message->isHidden() && message->text().contains(u"trades"));
        QVERIFY(trades->table()->isHidden()); // not an empty table
    }
};

QTEST_MAIN(TestWindowModel)
#include "tst_windowmodel.moc"
