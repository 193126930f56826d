// The desktop experience on the offscreen platform: charts and money tables filled by a real replay
// run, every table model under QAbstractItemModelTester, the settings dialog (validation, keys in
// the secret store only, live confirmation, market picker), tray alerts, and the language switch.

#include "FakeExchange.h"
#include "TestData.h"
#include "backtest/BacktestView.h"
#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryView.h"
#include "log/LogModel.h"
#include "main/MainWindow.h"
#include "platform/DesktopIntegration.h"
#include "platform/Language.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace autocoin;

namespace {

const QTimeZone kSeoul("Asia/Seoul");

EngineConfig replayConfig(const QTemporaryDir &dir, const QString &data)
{
    EngineConfig config;
    config.exchange = QStringLiteral("replay");
    config.replaySources = {{QString(), data}};
    config.replaySpeed = 0;
    config.interval = std::chrono::milliseconds(0);
    config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
    config.dataDir = dir.path();
    return config;
}

/// A machine without a secret service: every write fails, asynchronously like the real keychain.
class NoKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] { done(std::nullopt, QString()); });
    }
    void write(const QString &, const QString &, WriteDone done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] {
            done(QStringLiteral("keychain: The name org.freedesktop.secrets was not provided by any .service files"));
        });
    }
    QString location() const override { return QStringLiteral("nowhere"); }
};

/// A keychain that answers, but only after `delayMs`.
class SlowKeychain final : public SecretStore
{
public:
    explicit SlowKeychain(int delayMs)
        : m_delayMs(delayMs)
    {}
    void read(const QString &key, ReadDone done) override
    {
        QTimer::singleShot(m_delayMs, [key, done = std::move(done)] {
            done(QString(QStringLiteral("late-value-of-") + key), QString());
        });
    }
    void write(const QString &, const QString &, WriteDone done) override
    {
        QTimer::singleShot(m_delayMs, [done = std::move(done)] { done(QString()); });
    }
    QString location() const override { return QStringLiteral("a slow keychain"); }

private:
    int m_delayMs;
};

SettingsDialog::Context dialogContext(const QTemporaryDir &dir, Database *db = nullptr)
{
    SettingsDialog::Context context;
    context.dataDir = dir.path();
    context.database = db;
    return context;
}

template<typename T> T *find(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class TestDesktop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReplayRunFillsTheChartsAndEveryTable()
    {
        const auto memory = autocoin::test::memoryDir(); // the engine's fsyncs must not set the pace
        const QTemporaryDir &dir = *memory;
        const QString data = autocoin::test::hourlySubset(dir, 1200);
        QVERIFY(!data.isEmpty());
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        // Opened (and migrated) before the engine thread starts, as the app's session does: two
        // connections creating one new database at once race (seen under ASan).
        StorageError error;
        auto ui = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(), kSeoul, &error);
        QVERIFY2(ui, qPrintable(error.describe()));
        EngineController engine(replayConfig(dir, data));
        MainWindow window(&engine, &settings);
        window.setTimeZone(kSeoul);
        window.setDatabase(ui.get());
        HistoryPanel *history = window.historyPanel();
        // Every model checked on every change from here on.
        QList<QAbstractItemModel *> models = {history->orders(),       history->trades(),   history->positions(),
                                              history->signalsModel(), history->dailyPnl(), window.logModel()};
        for (int i = 0; i < 5; ++i)
            models.append(history->view(i)->filter());
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!exhausted.isEmpty(), 240000); // seconds; the limit is for a hang
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 60000);
        QTest::qWait(500); // the 200 ms batches

        QVERIFY(history->orders()->rowCount() >= 6);
        QCOMPARE(history->trades()->rowCount(), history->orders()->rowCount()); // one fill per paper market order
        QVERIFY(history->positions()->rowCount() >= 3);
        QVERIFY(history->signalsModel()->rowCount() > 500);
        QVERIFY(history->dailyPnl()->rowCount() > 20);
        // Amounts for the eye, exact for the export.
        const QModelIndex price = history->trades()->index(0, 3);
        QVERIFY(price.data().toString().contains(u','));
        QVERIFY(Decimal::fromString(price.data(HistoryModel::ExportRole).toString()).has_value());
        QVERIFY(!history->orders()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty()); // state history

        // Sorting by a column sorts by value; filtering by market and date narrows the rows.
        HistoryView *trades = history->view(1);
        trades->table()->sortByColumn(3, Qt::AscendingOrder);
        const double first = trades->filter()->index(0, 3).data(HistoryModel::SortRole).toDouble();
        const double last =
            trades->filter()->index(trades->filter()->rowCount() - 1, 3).data(HistoryModel::SortRole).toDouble();
        QVERIFY(first <= last);
        trades->filter()->setMarket(QStringLiteral("KRW-ETH"));
        QCOMPARE(trades->filter()->rowCount(), 0);
        trades->filter()->setMarket(QStringLiteral("KRW-BTC"));
        QCOMPARE(trades->filter()->rowCount(), history->trades()->rowCount());
        trades->filter()->setDateRange(QDate(2017, 10, 16), QDate(2017, 10, 17), kSeoul);
        QVERIFY(trades->filter()->rowCount() >= 1 && trades->filter()->rowCount() < history->trades()->rowCount());
        const QString csv = dir.filePath(QStringLiteral("trades.csv"));
        QString why;
        QVERIFY2(trades->exportCsv(csv, &why), qPrintable(why));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), trades->filter()->rowCount() + 1);
        QVERIFY(!lines[1].contains("\"")); // exact amounts, no thousands separators to quote

        // The chart: candles from the cache, both EMAs, RSI, a marker per fill, stops shown.
        PriceChart *chart = window.priceChart();
        QVERIFY(chart->data().size() >= 1000);
        chart->setFollowLatest(true);
        chart->zoom(100);
        chart->redraw();
        QVERIFY(chart->drawnCandles() > 50);
        QVERIFY(chart->drawnCandles() <= 400); // aggregated: never one item per candle
        QVERIFY(chart->drawnEmaPoints() > 50);
        QVERIFY(chart->drawnRsiPoints() > 50);
        QCOMPARE(chart->drawnMarkers(), history->trades()->rowCount());
        QVERIFY(chart->stopsShown() > 0);
        QVERIFY(window.equityChart()->pointCount() > 100);
        chart->pan(-100);
        QVERIFY(!chart->followLatest()); // looking back stops following
    }

    void settingsRefuseInvalidInputWithTheMessageShown()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("ema-fast")))->setText(QStringLiteral("30"));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("maxOrderKrw")))->setText(QStringLiteral("lots"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(!dialog.save());
        const QString problems = dialog.problems().join(u'\n');
        QVERIFY2(problems.contains(u"ema-fast (30) must be below ema-slow (26)"), qPrintable(problems));
        QVERIFY2(problems.contains(u"maxOrderKrw: must be a number"), qPrintable(problems));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("maxOrderKrwMessage"))->isVisibleTo(&dialog));
        QCOMPARE(applied.count(), 0);
        QVERIFY(saved.allKeys().isEmpty()); // nothing invalid is saved

        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("ema-fast")))->setText(QStringLiteral("9"));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("maxOrderKrw")))->setText(QStringLiteral("50000"));
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(applied.count(), 1);
        using Values = QHash<QString, QString>;
        const Values strategy = applied.first().at(1).value<Values>();
        QCOMPARE(strategy.value(QStringLiteral("ema-fast")), QStringLiteral("9"));
        QCOMPARE(saved.value(QStringLiteral("engine/maxOrderKrw")).toString(), QStringLiteral("50000"));
    }

    void keysGoToTheSecretStoreNeverToTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("autocoin.ini"));
        MemorySecretStore secrets;
        {
            QSettings saved(file, QSettings::IniFormat);
            SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
            qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitAccessKey")))
                ->setText(QStringLiteral("made-up-access-1234"));
            qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitSecretKey")))
                ->setText(QStringLiteral("made-up-secret-5678"));
            QSignalSpy applied(&dialog, &SettingsDialog::applied);
            QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
            QCOMPARE(applied.first().first().value<AppSettings>().upbitAccessKey,
                     QStringLiteral("made-up-access-1234"));
        }
        QCOMPARE(secrets.entries.value(QStringLiteral("upbitAccessKey")), QStringLiteral("made-up-access-1234"));
        QCOMPARE(secrets.entries.value(QStringLiteral("upbitSecretKey")), QStringLiteral("made-up-secret-5678"));
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("made-up-access-1234"));
        QVERIFY(!text.contains("made-up-secret-5678"));

        // A key from the environment wins: its field is locked and says so.
        SettingsDialog::Context context = dialogContext(dir);
        context.sources.environment.insert(QStringLiteral("UPBIT_ACCESS_KEY"), QStringLiteral("from-env"));
        QSettings saved(file, QSettings::IniFormat);
        SettingsDialog again(context, &saved, &secrets);
        auto *access = qobject_cast<QLineEdit *>(again.editor(QStringLiteral("upbitAccessKey")));
        QVERIFY(!access->isEnabled());
        auto *secret = qobject_cast<QLineEdit *>(again.editor(QStringLiteral("upbitSecretKey")));
        QTRY_COMPARE(secret->text(), QStringLiteral("made-up-secret-5678")); // read back from the store
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void aKeyTheKeychainCannotStoreIsReportedNotLost()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        NoKeychain keychain;
        SettingsDialog dialog(dialogContext(dir), &saved, &keychain);
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitAccessKey")))
            ->setText(QStringLiteral("made-up-access-1234"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(!dialog.save());     // the dialog stays open: the user must see this
        QCOMPARE(applied.size(), 1); // the other settings are saved and in force
        QVERIFY2(dialog.keyStatus().contains(QStringLiteral("NOT stored")), qPrintable(dialog.keyStatus()));
        QVERIFY(dialog.keyStatus().contains(QStringLiteral("org.freedesktop.secrets")));
        QVERIFY(dialog.keyStatus().contains(QStringLiteral("UPBIT_ACCESS_KEY")));
        QVERIFY(!dialog.keyStatus().contains(QStringLiteral("made-up-access-1234")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("keyStatus"))->isHidden());

        // With a keychain that works, the dialog says where the keys went.
        MemorySecretStore memory;
        SettingsDialog again(dialogContext(dir), &saved, &memory);
        qobject_cast<QLineEdit *>(again.editor(QStringLiteral("upbitAccessKey")))
            ->setText(QStringLiteral("made-up-access-1234"));
        QVERIFY(again.save());
        QVERIFY2(again.keyStatus().contains(memory.location()), qPrintable(again.keyStatus()));
        // Saving again without touching the keys does not write them again.
        memory.entries.clear();
        QVERIFY(again.save());
        QVERIFY(memory.entries.isEmpty());
    }

    void aLateKeychainAnswerIsDroppedSafely()
    {
        // readAll gives up after its timeout; the answers that come later must find live state
        // (they used to write into the returned call's stack frame).
        SlowKeychain keychain(300);
        QStringList errors;
        const QHash<QString, QString> keys = keychain.readAll(20, &errors);
        QVERIFY(keys.isEmpty());
        QCOMPARE(errors.size(), SecretStore::keys().size());
        QVERIFY(errors.first().contains(QStringLiteral("no answer")));
        QVector<int> canary(4096, 7); // the stack and heap the late answers would have hit
        QTest::qWait(600);            // the late answers arrive now
        QCOMPARE(canary.count(7), 4096);
        QStringList writeErrors = keychain.writeAll({{QStringLiteral("upbitAccessKey"), QStringLiteral("x")}}, 20);
        QCOMPARE(writeErrors.size(), 1);
        QVERIFY(writeErrors.first().contains(QStringLiteral("did not answer")));
        QTest::qWait(600);
    }

    void testConnectionShowsTheBalancesOrTheReason()
    {
        autocoin::test::FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog::Context context = dialogContext(dir);
        context.sources.environment.insert(QStringLiteral("UPBIT_API_URL"), server.url().toString());
        SettingsDialog dialog(context, &saved, &secrets);
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitAccessKey")))
            ->setText(QString::fromLatin1(autocoin::test::FakeExchange::kAccessKey));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitSecretKey")))
            ->setText(QStringLiteral("a-wrong-made-up-secret"));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(dialog.connectionReport().contains(u"what to do"), qPrintable(dialog.connectionReport()));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("upbitSecretKey")))
            ->setText(QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey));
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 10000);
        QVERIFY2(tested.last().first().toBool(), qPrintable(dialog.connectionReport()));
        QVERIFY(dialog.connectionReport().contains(u"KRW"));
        QVERIFY(!dialog.connectionReport().contains(QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey)));
    }

    void switchingToLiveNeedsConfirmation()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        QStringList asked;
        bool answer = false;
        dialog.setConfirmation([&](const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("paper")))->setChecked(false);
        QVERIFY(!dialog.save());
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(u"100,000 KRW"), qPrintable(asked[0])); // the per-order cap
        QVERIFY(qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("paper")))->isChecked());
        QVERIFY(!saved.contains(QStringLiteral("engine/paperMode")));

        answer = true;
        qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("paper")))->setChecked(false);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.save());
        QCOMPARE(saved.value(QStringLiteral("engine/paperMode")).toString(), QStringLiteral("false"));
        QVERIFY(!applied.first().first().value<AppSettings>().paperMode);
    }

    void theMarketPickerShowsKoreanNamesAndWarnings()
    {
        QTemporaryDir dir;
        StorageError error;
        auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(), kSeoul, &error);
        QVERIFY(db);
        MarketRecord btc{QStringLiteral("upbit"),   QStringLiteral("KRW-BTC"), QStringLiteral("비트코인"),
                         QStringLiteral("Bitcoin"), QStringLiteral("NONE"),    true};
        MarketRecord risky{QStringLiteral("upbit"), QStringLiteral("KRW-XYZ"), QStringLiteral("위험코인"),
                           QStringLiteral("Risky"), QStringLiteral("CAUTION"), true};
        QVERIFY(
            MarketRepository(*db).sync(QStringLiteral("upbit"), {btc, risky}, QDateTime::currentDateTimeUtc(), &error));
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir, db.get()), &saved, &secrets);
        auto *market = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("market")));
        const int b = market->findData(QStringLiteral("KRW-BTC"));
        const int x = market->findData(QStringLiteral("KRW-XYZ"));
        QVERIFY(b >= 0 && x >= 0);
        QVERIFY(market->itemText(b).contains(u"비트코인"));
        QVERIFY(!market->itemText(b).contains(u"⚠"));
        QVERIFY(market->itemText(x).contains(u"⚠"));
        market->setCurrentIndex(x);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.save());
        QCOMPARE(applied.first().first().value<AppSettings>().markets, QStringList{QStringLiteral("KRW-XYZ")});
    }

    void trayAlertsOnErrorLiveFillsAndTheDailyLimit()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: every poll fails
        config.interval = std::chrono::milliseconds(10);
        config.requestTimeout = std::chrono::milliseconds(300);
        config.maxConsecutiveFailures = 1;
        EngineController engine(config);
        MainWindow window(&engine, &settings);
        QSignalSpy alerts(window.desktopIntegration(), &DesktopIntegration::alertShown);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!alerts.isEmpty(), 10000);
        QVERIFY(alerts.last().at(0).toString().contains(u"error"));
        QTRY_VERIFY(window.desktopIntegration()->iconPath().endsWith(u"state-error.svg")); // the tray shows ERROR
        engine.reset();
        QTRY_VERIFY(window.desktopIntegration()->iconPath().endsWith(u"state-idle.svg"));

        TradeRecord fill;
        fill.symbol = QStringLiteral("KRW-BTC");
        fill.side = QStringLiteral("buy");
        fill.price = Decimal(50000000);
        fill.quantity = *Decimal::fromString(QStringLiteral("0.001"));
        fill.fee = Decimal(25);
        fill.paper = true;
        Q_EMIT engine.tradeRecorded(fill);
        QCOMPARE(alerts.size(), 1); // paper fills do not alert
        fill.paper = false;
        Q_EMIT engine.tradeRecorded(fill);
        QCOMPARE(alerts.size(), 2);
        QVERIFY(alerts.last().at(1).toString().contains(u"50,000,000"));
        Q_EMIT engine.dailyLossLimitReached(QStringLiteral("daily loss limit reached: 30,000 KRW"));
        QCOMPARE(alerts.size(), 3);
        QVERIFY(alerts.last().at(0).toString().contains(u"Daily loss limit"));
    }

    void theBacktestViewRunsOffTheGuiThreadAndAppliesItsParameters()
    {
        QTemporaryDir dir;
        const QString data = autocoin::test::hourlySubset(dir, 3000);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        BacktestView *view = window.backtestView();
        QVERIFY(view);
        QSignalSpy finished(view, &BacktestView::finished);

        view->setDataFile(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!view->run());
        QVERIFY(view->message().contains(u"missing.csv"));
        view->setDataFile(data);
        view->setParameters(QStringLiteral("ema-fast=30"));
        QVERIFY(!view->run());
        QVERIFY(view->message().contains(u"ema-fast (30) must be below ema-slow (26)"));

        view->setParameters(QStringLiteral("ema-fast=9 ema-slow=21"));
        QVERIFY(view->run());
        QVERIFY(view->running());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(view->reportText().contains(u"Sharpe"));
        QVERIFY(view->equityChart()->pointCount() > 100);
        view->priceChart()->zoom(1e6);
        view->priceChart()->redraw();
        QCOMPARE(view->priceChart()->drawnMarkers(), static_cast<int>(view->result().fills.size()));

        QSignalSpy applied(&engine, &EngineController::parametersApplied);
        view->applyToLive();
        QTRY_COMPARE(applied.size(), 1);
        QVERIFY(applied.first().first().toStringList().isEmpty()); // accepted by the parameter store

        // Cancel: a long run stops at its next progress report.
        view->setDataFile(
            QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
        QVERIFY(view->run());
        view->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(!view->running());
    }

    void aBacktestWhoseAmountsCannotBeHeldReportsItInsteadOfEndingTheProcess()
    {
        // 38-digit prices are exact Decimals, but the backtest's products of them are not: the
        // worker thread's exception ended the whole program (std::terminate).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
        // Swinging between 5·10^37 and 10^38, so the strategy trades.
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0));
        QByteArray previous;
        for (int i = 0; i < 300; ++i) {
            const auto head = static_cast<qint64>((1.5 + 0.5 * std::sin(i / 4.0)) * 5e17);
            const QByteArray price = QByteArray::number(head) + QByteArray(20, '0');
            const QByteArray open = previous.isEmpty() ? price : previous;
            const bool up = price.size() > open.size() || (price.size() == open.size() && price > open);
            file.write(start.addSecs(3600LL * i).toString(Qt::ISODate).toLatin1() + ',' + open + ',' +
                       (up ? price : open) + ',' + (up ? open : price) + ',' + price + ",1.5\n");
            previous = price;
        }
        file.close();
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        BacktestView *view = window.backtestView();
        QSignalSpy finished(view, &BacktestView::finished);
        view->setDataFile(path);
        if (view->run()) { // a loader may refuse such a file at once; the worker must not die either way
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(!view->running());
            QVERIFY2(view->message().contains(u"stopped"), qPrintable(view->message()));
        }
        QVERIFY2(!view->message().isEmpty(), qPrintable(view->message()));
    }

    void switchingTheLanguageChangesTheVisibleStrings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        auto *start = window.findChild<QAction *>(QStringLiteral("startEngineAction"));
        auto *tabs = window.historyPanel();
        QCOMPARE(start->text(), QStringLiteral("&Start"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Orders"));
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTRY_VERIFY(start->text() != u"&Start");
        QVERIFY2(start->text().contains(u"시작"), qPrintable(start->text()));
        QCOMPARE(tabs->tabText(1), QStringLiteral("주문"));
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QTRY_COMPARE(start->text(), QStringLiteral("&Start"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Orders"));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
