// The screenshot set of issue 18's "Done when", made reproducible: the real MainWindow on the
// offscreen platform, in Korean and English, light and dark, at 1920×1080, 1280×720 and 1024×600 —
// the first launch, a three-market replay run (the main view, every bottom tab, every chart tab),
// the settings pages, the kill switch and an ERROR. Each function skips unless AUTOCOIN_SHOTS_DIR
// names the folder to write to (docs/screenshots/), so CI pays only the build:
//   AUTOCOIN_SHOTS_DIR=$PWD/docs/screenshots QT_QPA_PLATFORM=offscreen build/tests/tst_screenshots
// Files: window-<state>-<lang>-<theme>-<width>x<height>.png.

#include "FakeExchange.h"
#include "TestData.h"
#include "WindowSession.h"
#include "backtest/BacktestView.h"
#include "core/EngineController.h"
#include "history/HistoryPanel.h"
#include "main/MainWindow.h"
#include "model/WindowModel.h"
#include "platform/Language.h"
#include "portfolio/WatchlistView.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::busyParameters;
using autocoin::test::FakeUpbitServer;
using autocoin::test::marketSubset;
using autocoin::test::openUi;

namespace {

const QStringList kMarkets{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
const QSize kMain(1280, 720);

QString shotsDir()
{
    return qEnvironmentVariable("AUTOCOIN_SHOTS_DIR");
}

/// A keychain with nothing in it, answering at once.
class EmptyKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override { done(std::nullopt, QString()); }
    void write(const QString &, const QString &, WriteDone done) override { done(QString()); }
    QString location() const override { return QStringLiteral("nowhere"); }
};

/// The language and theme of the shots being taken (the language is the test row's, applied before
/// the window is made, as a Korean user starts the app in Korean).
struct Look
{
    QString language;
    bool dark = false;

    /// Sets the theme on the whole application (and waits for the model's batch and the repaint).
    void apply() const
    {
        QApplication::setPalette(dark ? autocoin::test::darkPalette() : QPalette());
        QTest::qWait(300);
    }
    QString fileName(const QString &state, QSize size) const
    {
        return QDir(shotsDir())
            .filePath(QStringLiteral("window-%1-%2-%3-%4x%5.png")
                          .arg(state, language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                          .arg(size.width())
                          .arg(size.height()));
    }
};

/// Saves the window as the user sees it at `size` (with `over`, a dialog, drawn centred on it).
bool save(MainWindow &window, const Look &look, const QString &state, QSize size = kMain, QWidget *over = nullptr)
{
    window.resize(size);
    QTest::qWait(150);
    QPixmap shot = window.grab();
    if (over) {
        const QPixmap dialog = over->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((shot.width() - dialog.width()) / 2, std::max(0, (shot.height() - dialog.height()) / 2),
                           dialog);
    }
    const QString path = look.fileName(state, size);
    if (!shot.save(path))
        return false;
    qInfo("%s  %dx%d (window minimum %dx%d)", qPrintable(QFileInfo(path).fileName()), shot.width(), shot.height(),
          window.minimumSizeHint().width(), window.minimumSizeHint().height());
    return true;
}

/// The name a bottom tab's file carries: its widget's object name without "View".
QString tabName(const QWidget *widget)
{
    QString name = widget->objectName();
    name.remove(QStringLiteral("View"));
    return name;
}

EngineConfig fakeConfig(const FakeUpbitServer &server)
{
    EngineConfig config;
    config.baseUrl = server.url();
    config.markets = {QStringLiteral("KRW-BTC")};
    config.interval = std::chrono::milliseconds(50);
    config.requestTimeout = std::chrono::milliseconds(2000);
    config.maxConsecutiveFailures = 3;
    config.retryBackoff = {std::chrono::milliseconds(10)};
    return config;
}

} // namespace

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (shotsDir().isEmpty())
            QSKIP("AUTOCOIN_SHOTS_DIR is not set: no screenshots taken");
        QFETCH_GLOBAL(QString, language);
        QCOMPARE(applyLanguage(language, QStringLiteral(AUTOCOIN_QM_DIR)), language);
    }
    void cleanup()
    {
        QApplication::setPalette(QPalette());
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
    }
    /// Every function once in Korean, once in English.
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << QStringLiteral("ko");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void firstLaunch()
    {
        QFETCH_GLOBAL(QString, language);
        QTemporaryDir dir;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.dataDir = dir.path();
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        EngineController engine(config);
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone("Asia/Seoul")); // as the app sets it from APP_TIMEZONE
        window.setDatabase(ui.get());
        window.resize(kMain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Look look{language};
        look.apply();
        QVERIFY(save(window, look, QStringLiteral("first-launch")));
        if (language == u"ko")
            QVERIFY(save(window, look, QStringLiteral("first-launch"), QSize(1024, 600)));
    }

    void replayRun()
    {
        QFETCH_GLOBAL(QString, language);
        const auto memory = autocoin::test::memoryDir();
        const QTemporaryDir &dir = *memory;
        const auto ui = openUi(dir);
        QVERIFY(ui);
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySpeed = 0;
        config.interval = std::chrono::milliseconds(0);
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        config.dataDir = dir.path();
        config.marketSyncInterval = std::chrono::hours(1);
        config.timeZone = QStringLiteral("Asia/Seoul");
        config.markets.clear();
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
        window.setTimeZone(QTimeZone("Asia/Seoul"));
        window.setDatabase(ui.get());
        SettingsDialog::Context context;
        context.dataDir = dir.path();
        context.database = ui.get();
        EmptyKeychain keychain;
        window.setSettingsContext(context, &keychain);
        window.resize(kMain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
        engine.start();
        QVERIFY(QTest::qWaitFor([&] { return !exhausted.isEmpty(); }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return engine.state() == EngineState::Idle; }, 60000));
        // The market table as the exchange lists it (after the run: the replay lists its own names):
        // Korean names, XRP under 유의 (its ⚠).
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
            m.englishName = code.mid(4);
            m.warningLevel = code == kMarkets[2] ? QStringLiteral("CAUTION") : QStringLiteral("NONE");
            listed.append(m);
        }
        QVERIFY(MarketRepository(*ui).sync(Exchange::Replay, listed, QDateTime::currentDateTimeUtc(), &error));
        Q_EMIT engine.marketsSynced({}, {}, {kMarkets[2]});
        QTRY_VERIFY(window.historyPanel()->trades()->rowCount() > 0);

        // The backtest of the first market, for its tab.
        BacktestView *backtest = window.backtestView();
        QSignalSpy finished(backtest, &BacktestView::finished);
        backtest->setDataFile(config.replaySources.constFirst().path);
        QVERIFY(backtest->run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QTest::qWait(500);

        // The main view (the watchlist below the price chart): every size, light and dark.
        HistoryPanel *history = window.historyPanel();
        auto *charts = window.findChild<QTabWidget *>(QStringLiteral("chartTabs"));
        QVERIFY(charts);
        history->setCurrentWidget(window.watchlist());
        charts->setCurrentIndex(0);
        for (const bool dark : {false, true}) {
            const Look look{language, dark};
            look.apply();
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(1024, 600)})
                QVERIFY(save(window, look, QStringLiteral("replay"), size));
        }

        // Each bottom tab, each chart tab and each settings page at 1280×720, light.
        const Look look{language};
        look.apply();
        for (int tab = 0; tab < history->count(); ++tab) {
            history->setCurrentIndex(tab);
            QTest::qWait(300);
            QVERIFY(save(window, look, QStringLiteral("tab-") + tabName(history->widget(tab))));
        }
        history->setCurrentWidget(window.watchlist());
        const QStringList chartNames{QStringLiteral("price"), QStringLiteral("equity"), QStringLiteral("backtest")};
        for (int tab = 0; tab < charts->count(); ++tab) {
            charts->setCurrentIndex(tab);
            QTest::qWait(300);
            QVERIFY(save(window, look, QStringLiteral("chart-") + chartNames.value(tab)));
        }
        charts->setCurrentIndex(0);
        SettingsDialog *dialog = window.openSettings();
        QVERIFY(dialog);
        QTest::qWait(300);
        auto *pages = dialog->findChild<QTabWidget *>();
        QVERIFY(pages);
        const QStringList pageNames{QStringLiteral("general"), QStringLiteral("strategy"), QStringLiteral("keys"),
                                    QStringLiteral("notifications")};
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QTest::qWait(150);
            QVERIFY(save(window, look, QStringLiteral("settings-") + pageNames.value(page), kMain, dialog));
        }
        dialog->reject();
    }

    void killSwitch()
    {
        QFETCH_GLOBAL(QString, language);
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(fakeConfig(server));
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone("Asia/Seoul")); // as the app sets it from APP_TIMEZONE
        window.setConfirmation([](const QString &, const QString &) { return true; });
        window.resize(kMain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);
        QTest::qWait(500);
        window.requestKillSwitch();
        QTRY_VERIFY(engine.status().killed);
        const Look look{language};
        look.apply();
        QVERIFY(save(window, look, QStringLiteral("kill-switch")));
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void errorState()
    {
        QFETCH_GLOBAL(QString, language);
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(autocoin::test::Fault::httpStatus(500), 3);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(fakeConfig(server));
        MainWindow window(&engine, &settings);
        window.setTimeZone(QTimeZone("Asia/Seoul")); // as the app sets it from APP_TIMEZONE
        window.resize(kMain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Error, 10000);
        const Look look{language};
        look.apply();
        QVERIFY(save(window, look, QStringLiteral("error")));
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
