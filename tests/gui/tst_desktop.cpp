// The desktop experience on the offscreen platform: charts and money tables filled by a real replay
// run, every table model under QAbstractItemModelTester, the settings dialog (validation, keys in
// the secret store only, live confirmation, market picker), tray alerts, and the language switch.

#include "FakeExchange.h"
#include "FakeTelegram.h"
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
#include "replay/CandleFile.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
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
    config.exchange = Exchange::Replay;
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

/// The newest `count` hourly candles of `market` in the shared six-market data, moved so the last
/// one is the last closed hour, its last two candles made a dip and a jump (with EMA 2/3: a BUY on
/// the newest closed candle).
QList<Candle> recentBuy(const QString &market, int count)
{
    QFile file(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h/") + market + QStringLiteral(".csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const QByteArray header = lines.takeFirst();
    lines = lines.mid(lines.size() - count);
    const auto parsed = CandleFile::parseCsv(header + '\n' + lines.join('\n'));
    if (!parsed.ok())
        return {};
    QList<Candle> candles = parsed.value().series.candles;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    const qint64 shift = candles.constLast().openTime.secsTo(hour.addSecs(-3600));
    for (Candle &c : candles)
        c.openTime = c.openTime.addSecs(shift);
    const auto scaled = [](const Decimal &price, const char *factor) {
        return (price * *Decimal::fromString(QString::fromLatin1(factor)))
            .rounded(price < Decimal(100) ? 2 : 0, Decimal::Rounding::HalfUp);
    };
    Candle &dip = candles[candles.size() - 2];
    dip.close = scaled(dip.open, "0.97");
    dip.low = std::min(dip.low, dip.close);
    Candle &jump = candles.last();
    jump.open = dip.close;
    jump.close = scaled(dip.close, "1.05");
    jump.high = std::max(jump.high, jump.close);
    jump.low = std::min(jump.low, jump.open);
    return candles;
}

/// The strategy of the portfolio tests: EMA 2/3 without RSI or volume filters, two positions at most.
QHash<QString, QString> portfolioParameters()
{
    return {{QStringLiteral("ema-fast"), QStringLiteral("2")},
            {QStringLiteral("ema-slow"), QStringLiteral("3")},
            {QStringLiteral("rsi-overbought"), QStringLiteral("100")},
            {QStringLiteral("rsi-floor"), QStringLiteral("0")},
            {QStringLiteral("volume-multiple"), QStringLiteral("0")},
            {QStringLiteral("max-positions"), QStringLiteral("2")},
            {QStringLiteral("max-exposure"), QStringLiteral("0.15")}};
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
    void thePositionsTableKeepsUpWithAFastRun()
    {
        // A fast run writes many position rows between two refreshes of the table, and closes one
        // opened long before: every row is shown, each in its state now (the refresh read the 20
        // newest rows and the open ones, losing the rest and leaving the old one "open").
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        StorageError error;
        auto ui = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(), kSeoul, &error);
        QVERIFY2(ui, qPrintable(error.describe()));
        EngineConfig config;
        config.dataDir = dir.path();
        EngineController engine(config); // idle: the test writes the rows and emits the signal
        MainWindow window(&engine, &settings);
        window.setTimeZone(kSeoul);
        window.setDatabase(ui.get());
        HistoryPanel *history = window.historyPanel();
        QSignalSpy loaded(history, &HistoryPanel::loaded);
        history->reload(); // the tables as stored (empty) first, as at start
        QTRY_VERIFY(!loaded.isEmpty());
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764547200000, QTimeZone::utc());
        PositionRecord position;
        position.symbol = QStringLiteral("KRW-BTC");
        position.quantity = Decimal(1);
        position.avgPrice = Decimal(50000000);
        position.entryTime = now;
        position.id = PositionRepository(*ui).save(position, now, &error);
        QVERIFY(position.id > 0);
        Q_EMIT engine.equityUpdated(EquityPoint{});
        QTRY_COMPARE(history->positions()->rowCount(), 1);
        for (int i = 0; i < 30; ++i) {
            PositionRecord other = position;
            other.id = 0;
            other.symbol = QStringLiteral("KRW-ETH");
            other.status = QStringLiteral("closed");
            QVERIFY(PositionRepository(*ui).save(other, now.addSecs(i + 1), &error) > 0);
        }
        position.status = QStringLiteral("closed");
        QCOMPARE(PositionRepository(*ui).save(position, now.addSecs(60), &error), position.id);
        Q_EMIT engine.equityUpdated(EquityPoint{});
        QTRY_COMPARE(history->positions()->rowCount(), 31);
        QTest::qWait(300);
        QCOMPARE(history->positions()->rowCount(), 31);
        for (int row = 0; row < 31; ++row)
            QCOMPARE(history->positions()->index(row, 2).data().toString(), QStringLiteral("closed"));
    }

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
        qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("ema-fast")))->setValue(30);
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("maxOrderKrw")))->setText(QStringLiteral("lots"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(!dialog.save());
        const QString problems = dialog.problems().join(u'\n');
        QVERIFY2(problems.contains(u"ema-fast (30) must be below ema-slow (26)"), qPrintable(problems));
        QVERIFY2(problems.contains(u"maxOrderKrw: must be a number"), qPrintable(problems));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("maxOrderKrwMessage"))->isVisibleTo(&dialog));
        QCOMPARE(applied.count(), 0);
        QVERIFY(saved.allKeys().isEmpty()); // nothing invalid is saved

        qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("ema-fast")))->setValue(9);
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

    void theNotificationsPageTestsTheDestinationsAndKeepsItsSecretsInTheKeychain()
    {
        const QString token = QStringLiteral("123456:made-up-bot-token");
        autocoin::test::FakeTelegram telegram(token);
        QVERIFY(telegram.start());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("autocoin.ini"));
        QSettings saved(file, QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog::Context context = dialogContext(dir);
        context.sources.environment.insert(QStringLiteral("TELEGRAM_API_URL"), telegram.url().toString());
        SettingsDialog dialog(context, &saved, &secrets);
        const auto edit = [&](const char *key) {
            return qobject_cast<QLineEdit *>(dialog.editor(QLatin1StringView(key)));
        };
        QSignalSpy tested(&dialog, &SettingsDialog::notifyTested);

        // Nothing configured: the button says what is missing.
        dialog.testNotifications();
        QCOMPARE(tested.size(), 1);
        QVERIFY(!tested.last().first().toBool());
        QVERIFY2(dialog.notifyReport().contains(u"bot token"), qPrintable(dialog.notifyReport()));

        // A wrong token: Telegram's refusal is shown, the token never.
        edit("telegramBotToken")->setText(QStringLiteral("999:made-up-wrong-token"));
        edit("telegramChatIds")->setText(QStringLiteral("42"));
        dialog.testNotifications();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 10000);
        QVERIFY(!tested.last().first().toBool());
        QVERIFY2(dialog.notifyReport().contains(u"401"), qPrintable(dialog.notifyReport()));
        QVERIFY(!dialog.notifyReport().contains(u"made-up-wrong-token"));

        // The right token and a webhook: one message to each, each reported sent.
        edit("telegramBotToken")->setText(token);
        edit("discordWebhookUrl")->setText(telegram.webhookUrl());
        dialog.testNotifications();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 10000);
        QVERIFY2(tested.last().first().toBool(), qPrintable(dialog.notifyReport()));
        QVERIFY(dialog.notifyReport().contains(u"Telegram chat 42"));
        QVERIFY(dialog.notifyReport().contains(u"Discord"));
        QCOMPARE(telegram.textsTo(QStringLiteral("42")).size(), 1);
        QCOMPARE(telegram.discord().size(), 1);

        // The local API's token: generated (256 bits as hex) and copied.
        auto *generate = dialog.findChild<QPushButton *>(QStringLiteral("generateApiTokenButton"));
        QVERIFY(generate);
        generate->click();
        const QString apiToken = edit("apiToken")->text();
        QCOMPARE(apiToken.size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(apiToken).hasMatch());
        dialog.findChild<QPushButton *>(QStringLiteral("copyApiTokenButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), apiToken);
        qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("apiPort")))->setValue(8765);

        // Saved: the secrets in the keychain, the rest in the file, never a secret in it.
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(secrets.entries.value(QStringLiteral("telegramBotToken")), token);
        QCOMPARE(secrets.entries.value(QStringLiteral("discordWebhookUrl")), telegram.webhookUrl());
        QCOMPARE(secrets.entries.value(QStringLiteral("apiToken")), apiToken);
        saved.sync();
        QCOMPARE(saved.value(QStringLiteral("notify/telegramChatIds")).toString(), QStringLiteral("42"));
        QCOMPARE(saved.value(QStringLiteral("api/port")).toString(), QStringLiteral("8765"));
        QVERIFY(saved.value(QStringLiteral("notify/discordInKeychain")).toBool());
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.contains("made-up-bot-token"));
        QVERIFY(!text.contains("made-up-webhook-token"));
        QVERIFY(!text.contains(apiToken.toLatin1()));

        // Emptied optional fields are removed, not saved empty (the default stands: API off).
        qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("apiPort")))->setValue(0);
        edit("telegramChatIds")->clear();
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(!saved.contains(QStringLiteral("api/port")));
        QVERIFY(!saved.contains(QStringLiteral("notify/telegramChatIds")));

        // A bad chat id is refused beside its field.
        edit("telegramChatIds")->setText(QStringLiteral("42, @someone"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.problems().join(u'\n').contains(u"telegramChatIds"), qPrintable(dialog.problems().join(u'\n')));
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
        MarketRecord btc{Exchange::Upbit,           QStringLiteral("KRW-BTC"), QStringLiteral("비트코인"),
                         QStringLiteral("Bitcoin"), QStringLiteral("NONE"),    true};
        MarketRecord risky{Exchange::Upbit,         QStringLiteral("KRW-XYZ"), QStringLiteral("위험코인"),
                           QStringLiteral("Risky"), QStringLiteral("CAUTION"), true};
        QVERIFY(MarketRepository(*db).sync(Exchange::Upbit, {btc, risky}, QDateTime::currentDateTimeUtc(), &error));
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir, db.get()), &saved, &secrets);
        auto *picker = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("marketPicker")));
        auto *markets = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("markets")));
        QVERIFY(picker && markets);
        const int b = picker->findData(QStringLiteral("KRW-BTC"));
        const int x = picker->findData(QStringLiteral("KRW-XYZ"));
        QVERIFY(b >= 0 && x >= 0);
        QVERIFY(picker->itemText(b).contains(u"비트코인"));
        QVERIFY(!picker->itemText(b).contains(u"⚠"));
        QVERIFY(picker->itemText(x).contains(u"⚠"));
        // Picking adds to the list (once).
        QCOMPARE(markets->text(), QStringLiteral("KRW-BTC"));
        Q_EMIT picker->activated(x);
        Q_EMIT picker->activated(x);
        QCOMPARE(markets->text(), QStringLiteral("KRW-BTC, KRW-XYZ"));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY(dialog.save());
        QCOMPARE(applied.first().first().value<AppSettings>().markets,
                 (QStringList{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-XYZ")}));

        // A market the exchange does not list is refused by name.
        markets->setText(QStringLiteral("KRW-BTC, KRW-NOPE"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.problems().join(u'\n').contains(u"not a KRW market of Upbit: KRW-NOPE"),
                 qPrintable(dialog.problems().join(u'\n')));
        // Screenshots for the eye (AUTOCOIN_SHOTS_DIR), in both languages.
        if (const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR"); !shots.isEmpty()) {
            for (const char *language : {"en", "ko"}) {
                applyLanguage(QLatin1StringView(language), QStringLiteral(AUTOCOIN_QM_DIR));
                SettingsDialog shown(dialogContext(dir, db.get()), &saved, &secrets);
                qobject_cast<QLineEdit *>(shown.editor(QStringLiteral("markets")))
                    ->setText(QStringLiteral("KRW-BTC, BTC"));
                QVERIFY(!shown.save());
                shown.show();
                QTest::qWait(200);
                QVERIFY(shown.grab().save(
                    QDir(shots).filePath(QStringLiteral("settings-%1.png").arg(QLatin1StringView(language)))));
                shown.findChild<QTabWidget *>()->setCurrentIndex(1);
                QTest::qWait(200);
                QVERIFY(shown.grab().save(
                    QDir(shots).filePath(QStringLiteral("settings-strategy-%1.png").arg(QLatin1StringView(language)))));
            }
            applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        }
    }

    void settingsSaveAMarketListOrAUniverse()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        saved.setValue(QStringLiteral("engine/market"), QStringLiteral("KRW-XRP")); // from before the list
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        auto *markets = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("markets")));
        QVERIFY(markets);
        QCOMPARE(markets->text(), QStringLiteral("KRW-XRP")); // the saved market is the list of one
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        markets->setText(QStringLiteral("KRW-BTC,BTC"));
        QVERIFY(!dialog.save());
        const QString problems = dialog.problems().join(u'\n');
        QVERIFY2(problems.contains(u"markets: entry 2 \"BTC\" is not a KRW market code such as KRW-BTC"),
                 qPrintable(problems));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("marketsMessage"))->isVisibleTo(&dialog));
        QCOMPARE(applied.count(), 0);
        QVERIFY(!saved.contains(QStringLiteral("engine/markets")));

        markets->setText(QStringLiteral("KRW-BTC, krw-eth ,KRW-XRP"));
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(saved.value(QStringLiteral("engine/markets")).toString(), QStringLiteral("KRW-BTC,KRW-ETH,KRW-XRP"));
        QVERIFY(!saved.contains(QStringLiteral("engine/market"))); // never a stale single market beside it
        AppSettings settings = applied.last().first().value<AppSettings>();
        QCOMPARE(settings.markets,
                 (QStringList{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")}));
        QCOMPARE(settings.engineConfig().markets, settings.markets);
        QCOMPARE(settings.engineConfig().universeTop, 0);

        // The universe: top 3, chosen again every 30 minutes; the list is kept but not editable.
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("universeModeBox"));
        auto *top = dialog.findChild<QSpinBox *>(QStringLiteral("universeTopBox"));
        auto *refresh = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("universeRefreshMinutes")));
        QVERIFY(mode && top && refresh);
        QVERIFY(!top->isEnabled() && !refresh->isEnabled());
        mode->setCurrentIndex(mode->findData(QStringLiteral("top")));
        QVERIFY(top->isEnabled() && refresh->isEnabled() && !markets->isEnabled());
        top->setValue(3);
        refresh->setValue(30);
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(saved.value(QStringLiteral("engine/universe")).toString(), QStringLiteral("top:3"));
        QCOMPARE(saved.value(QStringLiteral("engine/universeRefreshMinutes")).toString(), QStringLiteral("30"));
        settings = applied.last().first().value<AppSettings>();
        QCOMPARE(settings.universe, QStringLiteral("top:3"));
        QCOMPARE(settings.engineConfig().universeTop, 3);
        QCOMPARE(settings.engineConfig().universeRefresh, std::chrono::minutes(30));

        // A new dialog shows what was saved; off again clears the universe.
        SettingsDialog again(dialogContext(dir), &saved, &secrets);
        auto *modeAgain = again.findChild<QComboBox *>(QStringLiteral("universeModeBox"));
        QCOMPARE(modeAgain->currentData().toString(), QStringLiteral("top"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("universeTopBox"))->value(), 3);
        QCOMPARE(qobject_cast<QSpinBox *>(again.editor(QStringLiteral("universeRefreshMinutes")))->value(), 30);
        QCOMPARE(qobject_cast<QLineEdit *>(again.editor(QStringLiteral("markets")))->text(),
                 QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP"));
        modeAgain->setCurrentIndex(modeAgain->findData(QStringLiteral("off")));
        QSignalSpy appliedAgain(&again, &SettingsDialog::applied);
        QVERIFY(again.save());
        QVERIFY(appliedAgain.first().first().value<AppSettings>().universe.isEmpty());

        // TRADING_MARKET sets the list too: the field is locked and says so; nothing of it is saved.
        QSettings other(dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        SettingsDialog::Context fromEnvironment = dialogContext(dir);
        fromEnvironment.sources.environment.insert(QStringLiteral("TRADING_MARKET"), QStringLiteral("KRW-ETH"));
        SettingsDialog locked(fromEnvironment, &other, &secrets);
        auto *lockedMarkets = qobject_cast<QLineEdit *>(locked.editor(QStringLiteral("markets")));
        QVERIFY(!lockedMarkets->isEnabled());
        QVERIFY(!locked.editor(QStringLiteral("marketPicker"))->isEnabled());
        QCOMPARE(lockedMarkets->text(), QStringLiteral("KRW-ETH"));
        QVERIFY(locked.findChild<QLabel *>(QStringLiteral("marketsMessage"))->text().contains(u"TRADING_MARKET"));
        QVERIFY(locked.save());
        QVERIFY(!other.contains(QStringLiteral("engine/markets")));

        // The portfolio's parameters are edited with the others.
        QVERIFY(qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("max-positions"))));
        for (const char *name : {"exit-on-warning", "block-caution"})
            QVERIFY2(qobject_cast<QCheckBox *>(dialog.editor(QLatin1StringView(name))), name);
    }

    void aPortfolioShowsEveryMarketInTheSelectorTheChartAndThePositions()
    {
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        autocoin::test::FakeUpbitServer server;
        QVERIFY(server.start());
        const QStringList codes{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
        QHash<QString, QList<Candle>> candles;
        for (const QString &code : codes) {
            candles.insert(code, recentBuy(code, 260));
            QCOMPARE(candles.value(code).size(), 260);
            server.exchange().setCandles(code, Timeframe::minutes(60), candles.value(code));
            server.exchange().setPrice(code, candles.value(code).constLast().close.toString());
        } // KRW-XRP is designated 유의 by the fake exchange: its BUY is not taken
        StorageError error;
        auto ui = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(), kSeoul, &error);
        QVERIFY2(ui, qPrintable(error.describe()));
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = codes;
        config.interval = std::chrono::milliseconds(50);
        config.requestTimeout = std::chrono::milliseconds(2000);
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        config.dataDir = dir.path();
        config.strategyOverrides = portfolioParameters();
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setTimeZone(kSeoul);
        window.setDatabase(ui.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy equity(&engine, &EngineController::equityUpdated);
        QSignalSpy trades(&engine, &EngineController::tradeRecorded);

        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(trades.count(), 2, 30000);
        const int seen = equity.count();
        QTRY_VERIFY_WITH_TIMEOUT(equity.count() >= seen + 2, 30000);
        QTest::qWait(400); // the window's 50 ms status and 200 ms table batches

        // The selector: every market, with its Korean name, the warned one marked; the first shown.
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("marketSelector"));
        QVERIFY(selector);
        QCOMPARE(selector->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(selector->itemData(i).toString(), codes[i]);
        QVERIFY2(selector->itemText(0).contains(u"비트코인"), qPrintable(selector->itemText(0)));
        QVERIFY(selector->itemText(1).contains(u"이더리움"));
        QVERIFY(selector->itemText(2).contains(u"리플") && selector->itemText(2).contains(u"⚠"));
        QVERIFY(!selector->itemText(0).contains(u"⚠"));
        QCOMPARE(window.selectedMarket(), QStringLiteral("KRW-BTC"));
        PriceChart *chart = window.priceChart();
        QVERIFY2(chart->title().startsWith(u"KRW-BTC"), qPrintable(chart->title()));
        QTRY_VERIFY(chart->data().size() >= 200);
        QCOMPARE(chart->data().closeAt(chart->data().size() - 1),
                 candles.value(QStringLiteral("KRW-BTC")).constLast().close.toDouble());

        // Switching shows that market: candles, trade marker, stop; the status panel follows.
        selector->setCurrentIndex(1);
        QCOMPARE(window.selectedMarket(), QStringLiteral("KRW-ETH"));
        QVERIFY2(chart->title().startsWith(u"KRW-ETH"), qPrintable(chart->title()));
        QTRY_VERIFY(chart->data().size() >= 200);
        QCOMPARE(chart->data().closeAt(chart->data().size() - 1),
                 candles.value(QStringLiteral("KRW-ETH")).constLast().close.toDouble());
        QCOMPARE(chart->markerCount(), 1); // ETH's buy, not BTC's
        QTRY_VERIFY(chart->drawnStopPoints() > 0);
        const auto label = [&](const char *name) {
            return window.findChild<QLabel *>(QLatin1StringView(name))->text();
        };
        QTRY_COMPARE(label("lastPriceValueLabel"),
                     formatAmount(candles.value(QStringLiteral("KRW-ETH")).constLast().close) + QStringLiteral(" KRW"));
        QVERIFY(label("stopValueLabel").endsWith(u" KRW"));
        QCOMPARE(label("marketValueLabel"), QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP"));
        // Kept across status updates.
        const int before = equity.count();
        QTRY_VERIFY_WITH_TIMEOUT(equity.count() >= before + 2, 30000);
        QTest::qWait(100);
        QCOMPARE(selector->currentIndex(), 1);
        QCOMPARE(window.selectedMarket(), QStringLiteral("KRW-ETH"));
        selector->setCurrentIndex(2);
        QTRY_VERIFY(label("signalValueLabel").contains(u"⚠"));
        QCOMPARE(label("stopValueLabel"), QStringLiteral("—")); // not held

        // The positions table: both markets' open positions valued as the equity point has them.
        QTest::qWait(300);
        const EquityPoint last = equity.last().first().value<EquityPoint>();
        QCOMPARE(last.positions.size(), 2);
        HistoryModel *positions = window.historyPanel()->positions();
        QHash<QString, int> openRows;
        for (int row = 0; row < positions->rowCount(); ++row) {
            if (positions->index(row, 2).data().toString() == u"open")
                openRows.insert(positions->index(row, 1).data().toString(), row);
        }
        QCOMPARE(openRows.size(), 2);
        for (const PositionValue &p : last.positions) {
            QVERIFY2(openRows.contains(p.market), qPrintable(p.market));
            const int row = openRows.value(p.market);
            QCOMPARE(positions->index(row, 3).data(HistoryModel::ExportRole).toString(), p.quantity.toString());
            QCOMPARE(positions->index(row, 4).data(HistoryModel::ExportRole).toString(), p.averagePrice.toString());
            QCOMPARE(positions->index(row, 6).data(HistoryModel::ExportRole).toString(), p.value.toString());
            QCOMPARE(positions->index(row, 7).data(HistoryModel::ExportRole).toString(), p.unrealizedPnl.toString());
        }
        QVERIFY(!openRows.contains(QStringLiteral("KRW-XRP")));

        // The warned market's HOLD says why; in Korean, with 유의.
        HistoryModel *signalRows = window.historyPanel()->signalsModel();
        QString reason;
        for (int row = 0; row < signalRows->rowCount(); ++row) {
            if (signalRows->index(row, 1).data().toString() == u"KRW-XRP" &&
                signalRows->index(row, 10).data().toString().startsWith(u"BUY not taken"))
                reason = signalRows->index(row, 10).data().toString();
        }
        QVERIFY2(reason.contains(u"warning"), qPrintable(reason));
        // Screenshots for the eye (AUTOCOIN_SHOTS_DIR): English with the warned market and the
        // signals, Korean with the positions and, apart, the signals.
        const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR");
        const auto shoot = [&](int tab, const char *name) {
            if (shots.isEmpty())
                return;
            window.historyPanel()->setCurrentIndex(tab);
            QTest::qWait(300);
            QVERIFY(window.grab().save(QDir(shots).filePath(QLatin1StringView(name))));
        };
        shoot(4, "portfolio-en.png");
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QSignalSpy reloaded(window.historyPanel(), &HistoryPanel::loaded);
        window.historyPanel()->reload();    // rows are translated when made (read off the GUI thread)
        QTRY_VERIFY(reloaded.count() >= 1); // the language change reloads the tables too
        QString korean;
        for (int row = 0; row < signalRows->rowCount(); ++row) {
            if (signalRows->index(row, 1).data().toString() == u"KRW-XRP" &&
                signalRows->index(row, 2).data().toString() == u"관망")
                korean = signalRows->index(row, 10).data().toString();
        }
        QVERIFY2(korean.contains(u"유의") && !korean.contains(u"BUY not taken"), qPrintable(korean));
        QVERIFY2(label("marketValueLabel") == QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP"),
                 qPrintable(label("marketValueLabel")));
        shoot(4, "portfolio-ko-signals.png");
        selector->setCurrentIndex(0);
        shoot(3, "portfolio-ko.png");
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 10000);

        // The table shows the equity event's valuation, not one of its own.
        EquityPoint point = equity.last().first().value<EquityPoint>();
        point.positions[0].value = Decimal(12345);
        point.positions[0].unrealizedPnl = Decimal(-7);
        Q_EMIT engine.equityUpdated(point);
        const auto cell = [&](const QString &market, int column) {
            for (int row = 0; row < positions->rowCount(); ++row) {
                if (positions->index(row, 1).data().toString() == market &&
                    positions->index(row, 2).data().toString() == u"open")
                    return positions->index(row, column).data(HistoryModel::ExportRole).toString();
            }
            return QString();
        };
        QTRY_COMPARE(cell(point.positions[0].market, 6), QStringLiteral("12345"));
        QCOMPARE(cell(point.positions[0].market, 7), QStringLiteral("-7"));
    }

    void signalReasonsAndTheUniverseReadInKorean()
    {
        const QString warned = QStringLiteral("BUY not taken: KRW-X is designated warning (유의) by the exchange "
                                              "(EMA 100 crossed above 99; RSI 55.0; volume 1.20x average)");
        const QString full = QStringLiteral("BUY not taken: max-positions 2 reached (EMA 100 crossed above 99; RSI "
                                            "55.0; volume 1.20x average)");
        QCOMPARE(signalReasonText(warned), warned); // English: as the engine wrote it
        QCOMPARE(signalReasonText(full), full);
        QCOMPARE(marketsSummary({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")}, QStringLiteral("top:2")),
                 QStringLiteral("top 2 by traded value — KRW-BTC, KRW-ETH"));
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
        const auto englishWords = [&](QString text) {
            // Market codes, parameter names and indicator names are the same in both languages.
            for (const char *same : {"KRW-X", "max-positions", "EMA", "RSI"})
                text.remove(QLatin1StringView(same));
            return text.contains(english);
        };
        const QString warnedKo = signalReasonText(warned);
        QVERIFY2(warnedKo.contains(u"유의") && warnedKo.contains(u"KRW-X") && !englishWords(warnedKo),
                 qPrintable(warnedKo));
        const QString fullKo = signalReasonText(full);
        QVERIFY2(fullKo.contains(u"2") && !englishWords(fullKo), qPrintable(fullKo));
        const QString sized = QStringLiteral("EMA 163868099 crossed above 163220232; RSI 66.22; volume 0.83x average; "
                                             "size 99998 KRW limited by default fraction 0.1; stop 163193000, risk "
                                             "1665 KRW");
        QString sizedKo = signalReasonText(sized);
        QVERIFY2(sizedKo.contains(u"163193000") && !englishWords(sizedKo.remove(QStringLiteral("KRW"))),
                 qPrintable(sizedKo));
        QCOMPARE(signalTypeText(SignalType::Hold), QStringLiteral("관망"));
        QString universe = marketsSummary({QStringLiteral("KRW-BTC")}, QStringLiteral("top:3"));
        QVERIFY2(universe.startsWith(u"상위 3") && !englishWords(universe.remove(QStringLiteral("KRW-BTC"))),
                 qPrintable(universe));
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
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
        fill.side = OrderSide::Buy;
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
        // The engine's own wording (RiskManager::blockReason) reads in the window's language.
        const QString daily = QStringLiteral("daily loss limit reached; no new entries until 00:00 Asia/Seoul");
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        Q_EMIT engine.dailyLossLimitReached(daily);
        QCOMPARE(alerts.size(), 4);
        QCOMPARE(alerts.last().at(0).toString(), QStringLiteral("일일 손실 한도 도달"));
        QCOMPARE(alerts.last().at(1).toString(),
                 QStringLiteral("일일 손실 한도 도달; 한국 시간 기준 0시까지 신규 매수 없음"));
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        Q_EMIT engine.dailyLossLimitReached(daily);
        QCOMPARE(alerts.last().at(1).toString(), uiWords().render(Reason::fromEnglish(daily)));
        QVERIFY(alerts.last().at(1).toString().startsWith(u"daily loss limit reached; no new entries until 00:00"));
    }

    void theBacktestViewRunsOffTheGuiThreadAndAppliesItsParameters()
    {
        QTemporaryDir dir;
        const QString data = autocoin::test::hourlySubset(dir, 3000);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        window.setConfirmation([](const QString &, const QString &) { return true; }); // lost to buy-and-hold
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
        window.setConfirmation([](const QString &, const QString &) { return true; }); // lost to buy-and-hold
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
