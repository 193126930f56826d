#include "FakeExchange.h"
#include "core/EngineController.h"
#include "log/LogModel.h"
#include "main/MainWindow.h"
#include "platform/DesktopIntegration.h"
#include "status/StatusPanel.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;
using autocoin::test::Fault;

namespace {

EngineConfig configFor(const FakeUpbitServer &server)
{
    EngineConfig config;
    config.baseUrl = server.url();
    config.interval = std::chrono::milliseconds(30);
    config.requestTimeout = std::chrono::milliseconds(500);
    config.maxConsecutiveFailures = 3;
    config.retryBackoff = {std::chrono::milliseconds(10)}; // the 5 s of the default would slow the test
    return config;
}

/// The window on an engine of its own against a fake exchange, with a settings file of its own.
struct Desk
{
    FakeUpbitServer server;
    bool serving = server.start();
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat};
    EngineController engine{configFor(server)};
    MainWindow window{&engine, &settings};
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QString label(const MainWindow &window, const char *name)
    {
        auto *l = window.findChild<QLabel *>(QLatin1StringView(name));
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1StringView(name));
    }
    QToolButton *button(const MainWindow &window, const char *name)
    {
        return window.findChild<QToolButton *>(QLatin1StringView(name));
    }
    void verifyButtons(const MainWindow &window, bool start, bool stop, bool reset)
    {
        QCOMPARE(button(window, "startEngineButton")->isEnabled(), start);
        QCOMPARE(button(window, "stopEngineButton")->isEnabled(), stop);
        QCOMPARE(button(window, "resetEngineButton")->isEnabled(), reset);
    }

private Q_SLOTS:
    void liveTradingStartsOnlyAfterConfirmation()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineConfig config = configFor(server);
        config.paperMode = false;
        config.maxOrderKrw = Decimal(250000);
        config.credentials = {QString::fromLatin1(autocoin::test::FakeExchange::kAccessKey),
                              QString::fromLatin1(autocoin::test::FakeExchange::kSecretKey)};
        EngineController engine(config);
        MainWindow window(&engine, &settings);
        QStringList asked;
        bool answer = false;
        window.setConfirmation([&](const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::mouseClick(button(window, "startEngineButton"), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].contains(u"250,000 KRW"), qPrintable(asked[0])); // the cap is shown
        QTest::qWait(100);
        QCOMPARE(engine.state(), EngineState::Idle); // declined: nothing started
        QCOMPARE(server.requestCount(), 0);

        answer = true;
        QTest::mouseClick(button(window, "startEngineButton"), Qt::LeftButton);
        QTRY_COMPARE(engine.state(), EngineState::Running);
        QVERIFY(engine.config().liveConfirmed);
        QTRY_VERIFY(engine.status().price(QStringLiteral("KRW-BTC")).has_value());
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void startAndStopDriveTheLabelsAndButtons()
    {
        Desk desk;
        QVERIFY(desk.serving);
        MainWindow &window = desk.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_COMPARE(label(window, "statusValueLabel"), QStringLiteral("IDLE"));
        QCOMPARE(label(window, "signalValueLabel"), QStringLiteral("—"));
        QCOMPARE(label(window, "lastPriceValueLabel"), QStringLiteral("—"));
        QCOMPARE(label(window, "marketValueLabel"), QStringLiteral("KRW-BTC"));
        QCOMPARE(label(window, "exchangeValueLabel"), QStringLiteral("Upbit"));
        QVERIFY(label(window, "paperModeValueLabel").startsWith(QStringLiteral("Yes")));
        QCOMPARE(label(window, "threadAliveValueLabel"), QStringLiteral("Yes"));
        verifyButtons(window, true, false, false);

        QTest::mouseClick(button(window, "startEngineButton"), Qt::LeftButton);
        QTRY_COMPARE(label(window, "statusValueLabel"), QStringLiteral("RUNNING"));
        QTRY_COMPARE(label(window, "lastPriceValueLabel"), QStringLiteral("63,570,000 KRW"));
        verifyButtons(window, false, true, false);
        QVERIFY(label(window, "iterationValueLabel").toInt() >= 1);
        QCOMPARE(label(window, "failuresValueLabel"), QStringLiteral("0 / 3"));
        QVERIFY(label(window, "stateStatusLabel").contains(QStringLiteral("RUNNING")));

        QTest::mouseClick(button(window, "stopEngineButton"), Qt::LeftButton);
        QTRY_COMPARE(label(window, "statusValueLabel"), QStringLiteral("IDLE"));
        verifyButtons(window, true, false, false);

        // The engine's log lines reach the live log view.
        window.logModel()->flush();
        QTRY_VERIFY(window.logModel()->rowCount() > 0);
    }

    void errorRaisesTheAlertAndResetRecovers()
    {
        Desk desk;
        QVERIFY(desk.serving);
        desk.server.injectFault(Fault::httpStatus(500), 3);
        MainWindow &window = desk.window;
        window.show();
        QSignalSpy alerts(window.desktopIntegration(), &DesktopIntegration::alertShown);

        QTest::mouseClick(button(window, "startEngineButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(label(window, "statusValueLabel"), QStringLiteral("ERROR"), 10000);
        verifyButtons(window, false, false, true);
        QCOMPARE(label(window, "failuresValueLabel"), QStringLiteral("3 / 3"));
        QVERIFY(label(window, "lastErrorValueLabel").contains(QStringLiteral("HTTP 500")));
        QTRY_COMPARE(alerts.count(), 1);
        QVERIFY(alerts.first().at(1).toString().contains(QStringLiteral("3 consecutive failures")));
        QVERIFY(label(window, "stateStatusLabel").contains(QStringLiteral("ERROR")));

        QTest::mouseClick(button(window, "resetEngineButton"), Qt::LeftButton);
        QTRY_COMPARE(label(window, "statusValueLabel"), QStringLiteral("IDLE"));
        QCOMPARE(label(window, "failuresValueLabel"), QStringLiteral("0 / 3"));
        QCOMPARE(label(window, "lastErrorValueLabel"), QStringLiteral("—"));
        verifyButtons(window, true, false, false);
    }

    void aKillSwitchPulledWhileIdleRaisesTheAlertToo()
    {
        // Pulled from Telegram or the control API while the window shows IDLE: nothing changes
        // state, but Start is refused until Reset, and the operator at the desk must know.
        Desk desk;
        QVERIFY(desk.serving);
        EngineController &engine = desk.engine;
        MainWindow &window = desk.window;
        window.show();
        QSignalSpy alerts(window.desktopIntegration(), &DesktopIntegration::alertShown);
        engine.killSwitch();
        QTRY_COMPARE(alerts.count(), 1);
        QCOMPARE(alerts.first().at(0).toString(), QStringLiteral("Kill switch pulled"));
        QCOMPARE(label(window, "statusValueLabel"), QStringLiteral("IDLE"));
        engine.reset(); // released: no second alert
        QTest::qWait(200);
        QCOMPARE(alerts.count(), 1);
    }

    void theStatusPanelShowsTheUniverseAndTheSelectedMarket()
    {
        EngineStatus status;
        status.state = EngineState::Running;
        status.exchange = Exchange::Upbit;
        status.universe = QStringLiteral("top:3");
        status.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-SOL")};
        MarketStatus btc{QStringLiteral("KRW-BTC"), Decimal(150000000), std::nullopt, false, false,
                         SignalType::Hold,          QString()};
        MarketStatus eth{QStringLiteral("KRW-ETH"), Decimal(5000000), Decimal(4800000), true, true,
                         SignalType::Buy,           QString()};
        MarketStatus doge{QStringLiteral("KRW-DOGE"), Decimal(300), Decimal(280), false, true, SignalType::Hold,
                          QStringLiteral("CAUTION")}; // left the universe, still held
        status.perMarket = {btc, eth, doge};
        StatusPanel panel;
        panel.setStatus(status);
        const auto text = [&](const char *name) { return panel.findChild<QLabel *>(QLatin1StringView(name))->text(); };
        QCOMPARE(text("marketValueLabel"), QStringLiteral("top 3 by traded value — KRW-BTC, KRW-ETH, KRW-SOL"));
        // The first market until one is selected.
        QCOMPARE(text("lastPriceValueLabel"), QStringLiteral("150,000,000 KRW"));
        QCOMPARE(text("signalValueLabel"), QStringLiteral("HOLD"));
        QCOMPARE(text("stopValueLabel"), QStringLiteral("—"));
        QVERIFY(text("lastPriceCaption").contains(u"KRW-BTC"));
        panel.setSelectedMarket(QStringLiteral("KRW-ETH"));
        QCOMPARE(text("lastPriceValueLabel"), QStringLiteral("5,000,000 KRW"));
        QCOMPARE(text("signalValueLabel"), QStringLiteral("BUY"));
        QCOMPARE(text("stopValueLabel"), QStringLiteral("4,800,000 KRW (trailing)"));
        QVERIFY(text("lastPriceCaption").contains(u"KRW-ETH"));
        panel.setSelectedMarket(QStringLiteral("KRW-DOGE"));
        QCOMPARE(text("lastPriceValueLabel"), QStringLiteral("300 KRW"));
        QCOMPARE(text("signalValueLabel"), QStringLiteral("HOLD  ⚠ warning (유의)"));
        QCOMPARE(text("stopValueLabel"), QStringLiteral("280 KRW"));
        status.universe.clear();
        panel.setStatus(status); // the selection is kept
        QCOMPARE(text("lastPriceValueLabel"), QStringLiteral("300 KRW"));
        QCOMPARE(text("marketValueLabel"), QStringLiteral("KRW-BTC, KRW-ETH, KRW-SOL"));
    }

    void geometryIsRemembered()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        {
            MainWindow window(&engine, &settings);
            window.show();
            window.resize(1111, 707);
            QTRY_COMPARE(window.size(), QSize(1111, 707));
            window.close();
        }
        MainWindow again(&engine, &settings);
        again.show();
        QTRY_COMPARE(again.size(), QSize(1111, 707));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
