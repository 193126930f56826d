// Safe when unattended (issue 18): closing and quitting while RUNNING ask, the kill switch holds
// entries while it asks and then reads as its own state, the keychain's failures are shown, the
// settings hold only valid zones and numbers in range (with presets), a backtest that lost to
// buy-and-hold asks before it is applied, start with the system, and the first-launch hint.

#include "FakeExchange.h"
#include "TestData.h"
#include "backtest/BacktestView.h"
#include "backtest/Report.h"
#include "core/EngineController.h"
#include "main/MainWindow.h"
#include "platform/Autostart.h"
#include "platform/DesktopIntegration.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "settings/TimeZoneBox.h"
#include "status/Format.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;

namespace {

EngineConfig configFor(const FakeUpbitServer &server)
{
    EngineConfig config;
    config.baseUrl = server.url();
    config.markets = {QStringLiteral("KRW-BTC")};
    config.interval = std::chrono::milliseconds(50);
    config.requestTimeout = std::chrono::milliseconds(2000);
    return config;
}

/// A keychain that cannot be asked at all: reads and writes fail, asynchronously.
class BrokenKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] {
            done(std::nullopt, QStringLiteral("The name org.freedesktop.secrets was not provided"));
        });
    }
    void write(const QString &, const QString &, WriteDone done) override
    {
        QTimer::singleShot(
            0, [done = std::move(done)] { done(QStringLiteral("The name org.freedesktop.secrets was not provided")); });
    }
    QString location() const override { return QStringLiteral("nowhere"); }
};

SettingsDialog::Context dialogContext(const QTemporaryDir &dir)
{
    SettingsDialog::Context context;
    context.dataDir = dir.path();
    return context;
}

QString labelText(const QWidget &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

} // namespace

class TestUnattended final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingWhileRunningAsksAndDecliningKeepsTrading()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        MainWindow window(&engine, &settings);
        QStringList asked;
        bool answer = false;
        window.setConfirmation([&](const QString &title, const QString &) {
            asked.append(title);
            return answer;
        });
        window.show();
        // Idle: closing asks nothing (there is no trading to stop).
        QVERIFY(window.close());
        QVERIFY(asked.isEmpty());
        window.show();

        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);
        // The offscreen platform has no tray: close-to-tray (the default) cannot hide, so it asks.
        QVERIFY(!window.desktopIntegration()->hasTray());
        window.setCloseToTray(true);
        QVERIFY(!window.close());
        QCOMPARE(asked.size(), 1);
        QVERIFY(window.isVisible());
        QTest::qWait(100);
        QCOMPARE(engine.state(), EngineState::Running); // declining keeps trading

        // The tray turned off: closing asks too; yes closes the window.
        window.setCloseToTray(false);
        answer = true;
        QVERIFY(window.close());
        QCOMPARE(asked.size(), 2);
        QVERIFY(!window.isVisible());
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void quitWhileRunningAsks()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        MainWindow window(&engine, &settings);
        int asked = 0;
        window.setConfirmation([&](const QString &, const QString &text) {
            ++asked;
            return !text.contains(u"RUNNING"); // declines the quit question
        });
        QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        quit->trigger();
        QCOMPARE(asked, 1);
        QTest::qWait(100);
        QCOMPARE(quitting.size(), 0);
        QCOMPARE(engine.state(), EngineState::Running);
        QVERIFY(window.statusBar()->currentMessage().contains(u"Still trading"));

        // Confirmed: Qt then closes every window before it quits; the window neither asks again
        // nor hides in the tray (that would cancel the quit).
        window.setConfirmation([&](const QString &, const QString &) {
            ++asked;
            return true;
        });
        window.setCloseToTray(true);
        window.show();
        quit->trigger();
        QCOMPARE(asked, 2);
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        QVERIFY(!window.isVisible());
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }

    void theKillSwitchHoldsEntriesWhileAskingThenShowsItsOwnState()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        MainWindow window(&engine, &settings);
        QList<bool> heldWhileAsking;
        bool answer = false;
        window.setConfirmation([&](const QString &, const QString &) {
            heldWhileAsking.append(engine.entriesHeld());
            return answer;
        });
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);

        window.requestKillSwitch(); // declined
        QCOMPARE(heldWhileAsking, QList<bool>{true});
        QVERIFY(!engine.entriesHeld());
        QTest::qWait(100);
        QCOMPARE(engine.state(), EngineState::Running);

        answer = true;
        window.requestKillSwitch();
        QCOMPARE(heldWhileAsking, (QList<bool>{true, true}));
        QTRY_COMPARE(engine.state(), EngineState::Error);
        QTRY_VERIFY(engine.status().killed);
        // Its own label and colour, in the status bar and the state label — not "ERROR".
        QTRY_VERIFY2(labelText(window, QStringLiteral("stateStatusLabel")).contains(u"KILL SWITCH ON"),
                     qPrintable(labelText(window, QStringLiteral("stateStatusLabel"))));
        QVERIFY(!labelText(window, QStringLiteral("stateStatusLabel")).contains(u"ERROR"));
        QVERIFY(labelText(window, QStringLiteral("stateStatusLabel")).contains(u"#7c3aed"));
        QTRY_COMPARE(labelText(window, QStringLiteral("statusValueLabel")), QStringLiteral("KILL SWITCH ON"));
        QVERIFY(window.windowTitle().contains(u"KILL SWITCH ON"));

        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
        QTRY_COMPARE(labelText(window, QStringLiteral("statusValueLabel")), QStringLiteral("IDLE"));
    }

    void aKillSwitchPulledWhileIdleIsLeftByTheToolbarsReset()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        MainWindow window(&engine, &settings);
        window.setConfirmation([](const QString &, const QString &) { return true; });
        auto *start = window.findChild<QAction *>(QStringLiteral("startEngineAction"));
        auto *reset = window.findChild<QAction *>(QStringLiteral("resetEngineAction"));
        QVERIFY(start && reset);
        QTRY_VERIFY(engine.status().threadAlive);
        QVERIFY(start->isEnabled());
        QVERIFY(!reset->isEnabled());
        auto *hint = window.findChild<QLabel *>(QStringLiteral("firstLaunchHint"));
        QVERIFY(hint);
        QTRY_VERIFY(!hint->isHidden()); // "press Start" on a first launch

        window.requestKillSwitch(); // while IDLE: no state change
        QTRY_VERIFY(engine.status().killed);
        QTRY_VERIFY(reset->isEnabled()); // the way out, as from ERROR
        QVERIFY(!start->isEnabled());    // no run with every entry blocked
        QVERIFY(hint->isHidden());       // and no hint to press it
        QTRY_VERIFY2(labelText(window, QStringLiteral("stateStatusLabel")).contains(u"IDLE · kill switch on"),
                     qPrintable(labelText(window, QStringLiteral("stateStatusLabel"))));

        reset->trigger();
        QTRY_VERIFY(!engine.status().killed);
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(!hint->isHidden());
        QVERIFY(!reset->isEnabled());
        QCOMPARE(engine.state(), EngineState::Idle);
        QTRY_COMPARE(labelText(window, QStringLiteral("statusValueLabel")), QStringLiteral("IDLE"));
    }

    void aKeychainFailureIsShownWhereTheUserLooks()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        BrokenKeychain keychain;
        window.setSettingsContext(dialogContext(dir), &keychain);
        SettingsDialog *dialog = window.openSettings();
        QVERIFY(dialog);
        // At once, before a key is typed: the keychain cannot be read.
        QTRY_VERIFY2(dialog->keyState(QStringLiteral("upbitAccessKey")).contains(u"could not be read"),
                     qPrintable(dialog->keyState(QStringLiteral("upbitAccessKey"))));
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("upbitAccessKey")))
            ->setText(QStringLiteral("made-up-access-1234"));
        QVERIFY(!dialog->save());
        QVERIFY(dialog->isVisible()); // stays open with the message
        QVERIFY2(dialog->keyState(QStringLiteral("upbitAccessKey")).contains(u"NOT stored"),
                 qPrintable(dialog->keyState(QStringLiteral("upbitAccessKey"))));
        // The window does not say "Settings saved" as if all went well.
        QVERIFY2(window.statusBar()->currentMessage().contains(u"NOT stored"),
                 qPrintable(window.statusBar()->currentMessage()));
        dialog->close();

        // A keychain that works: the fields say whether each key is stored.
        MemorySecretStore memory;
        memory.entries.insert(QStringLiteral("upbitSecretKey"), QStringLiteral("made-up-secret-5678"));
        SettingsDialog shown(dialogContext(dir), &settings, &memory);
        QCOMPARE(shown.keyState(QStringLiteral("upbitSecretKey")), QStringLiteral("✓ Stored in the keychain"));
        QCOMPARE(shown.keyState(QStringLiteral("upbitAccessKey")), QStringLiteral("Not stored"));
        qobject_cast<QLineEdit *>(shown.editor(QStringLiteral("upbitAccessKey")))
            ->setText(QStringLiteral("made-up-access-1234"));
        QVERIFY2(shown.save(), qPrintable(shown.problems().join(u'\n')));
        QCOMPARE(shown.keyState(QStringLiteral("upbitAccessKey")), QStringLiteral("✓ Stored in the keychain"));
    }

    void theTimeZonePickerCannotHoldAnInvalidZone()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        auto *zone = qobject_cast<TimeZoneBox *>(dialog.editor(QStringLiteral("timeZone")));
        QVERIFY(zone);
        QCOMPARE(zone->zone(), QStringLiteral("Asia/Seoul"));
        QVERIFY(!zone->setZone(QStringLiteral("Seoul"))); // a POSIX rule QTimeZone would take: refused
        QVERIFY(!zone->setZone(QStringLiteral("Mars/Olympus")));
        QCOMPARE(zone->zone(), QStringLiteral("Asia/Seoul"));

        // Typed: what no zone contains is refused keystroke by keystroke.
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Olympus"));
        QVERIFY2(!zone->currentText().contains(u"Olympus"), qPrintable(zone->currentText()));
        QCOMPARE(zone->zone(), QStringLiteral("Asia/Seoul"));
        QVERIFY(dialog.save());
        QCOMPARE(saved.value(QStringLiteral("app/timeZone")).toString(), QStringLiteral("Asia/Seoul"));

        // Any case, completed: "asia/tokyo" then Enter is Asia/Tokyo.
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("asia/tokyo"));
        QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
        QCOMPARE(zone->zone(), QStringLiteral("Asia/Tokyo"));
        QVERIFY(dialog.save());
        QCOMPARE(saved.value(QStringLiteral("app/timeZone")).toString(), QStringLiteral("Asia/Tokyo"));
    }

    void numbersAreSpinBoxesInRangeAndPercentagesReadAsPercent()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        auto *loss = qobject_cast<QDoubleSpinBox *>(dialog.editor(QStringLiteral("daily-loss-pct")));
        QVERIFY(loss);
        QCOMPARE(loss->value(), 3.0); // 0.03 shown as 3 %
        QVERIFY(loss->suffix().contains(u'%'));
        QCOMPARE(loss->minimum(), 0.0);
        QCOMPARE(loss->maximum(), 100.0);
        auto *fast = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("ema-fast")));
        QVERIFY(fast);
        QCOMPARE(fast->minimum(), 2);
        QCOMPARE(fast->maximum(), 1000);
        QVERIFY(qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("block-caution")))->isChecked());
        auto *failures = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("maxFailures")));
        auto *recover = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("autoRecoverMinutes")));
        QVERIFY(failures && recover);
        QCOMPARE(failures->value(), 3);
        QCOMPARE(recover->value(), 0); // off by default
        QCOMPARE(failures->minimum(), 1);
        QCOMPARE(recover->maximum(), 1440);

        loss->setValue(5);
        failures->setValue(7);
        recover->setValue(15);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        using Values = QHash<QString, QString>;
        QCOMPARE(applied.first().at(1).value<Values>().value(QStringLiteral("daily-loss-pct")), QStringLiteral("0.05"));
        const auto settings = applied.first().at(0).value<AppSettings>();
        QCOMPARE(settings.maxConsecutiveFailures, 7);
        QCOMPARE(settings.autoRecoverMinutes, 15);
        QCOMPARE(saved.value(QStringLiteral("engine/maxConsecutiveFailures")).toInt(), 7);
        QCOMPARE(saved.value(QStringLiteral("engine/autoRecoverMinutes")).toInt(), 15);
    }

    void presetsSetTheRiskKnobs()
    {
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        using Values = QHash<QString, QString>;

        dialog.findChild<QPushButton *>(QStringLiteral("presetConservativeButton"))->click();
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(dialog.editor(QStringLiteral("daily-loss-pct")))->value(), 2.0);
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        Values values = applied.last().at(1).value<Values>();
        QCOMPARE(values.value(QStringLiteral("risk-per-trade")), QStringLiteral("0.005"));
        QCOMPARE(values.value(QStringLiteral("max-positions")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("exit-on-warning")), QStringLiteral("1"));
        QCOMPARE(values.value(QStringLiteral("ema-fast")), QStringLiteral("12")); // the signal is left alone

        dialog.findChild<QPushButton *>(QStringLiteral("presetAggressiveButton"))->click();
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        values = applied.last().at(1).value<Values>();
        QCOMPARE(values.value(QStringLiteral("max-positions")), QStringLiteral("5"));
        QCOMPARE(values.value(QStringLiteral("daily-loss-pct")), QStringLiteral("0.05"));

        dialog.findChild<QPushButton *>(QStringLiteral("presetDefaultButton"))->click();
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        values = applied.last().at(1).value<Values>();
        const Values defaults = StrategyParameters{}.toMap();
        for (const char *name : {"risk-per-trade", "kelly-cap", "default-fraction", "daily-loss-pct", "max-exposure",
                                 "max-positions", "stop-atr"})
            QCOMPARE(values.value(QLatin1StringView(name)), defaults.value(QLatin1StringView(name)));
    }

    void aBacktestThatLostToBuyAndHoldAsksBeforeItIsApplied()
    {
        QTemporaryDir dir;
        const QString data = autocoin::test::hourlySubset(dir, 3000);
        EngineController engine(EngineConfig{});
        BacktestView view(&engine);
        QStringList asked;
        view.setConfirmation([&](const QString &title, const QString &) {
            asked.append(title);
            return false;
        });
        QSignalSpy finished(&view, &BacktestView::finished);
        view.setDataFile(data);
        view.setParameters(QStringLiteral("ema-fast=9 ema-slow=21"));
        QVERIFY(view.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const BacktestReport report = BacktestReport::of(view.result());
        QVERIFY2(report.totalReturn < report.buyAndHoldReturn,
                 qPrintable(QStringLiteral("%1 vs %2").arg(report.totalReturn).arg(report.buyAndHoldReturn)));
        QSignalSpy appliedParameters(&engine, &EngineController::parametersApplied);
        QVERIFY(!view.applyToLive()); // declined: nothing sent
        QCOMPARE(asked.size(), 1);
        QVERIFY(view.message().contains(u"not applied"));
        QTest::qWait(100);
        QCOMPARE(appliedParameters.size(), 0);
        view.setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(view.applyToLive());
        QTRY_COMPARE(appliedParameters.size(), 1);
    }

    void startWithTheSystemWritesAnXdgAutostartEntry()
    {
#if defined(Q_OS_LINUX)
        QTemporaryDir dir;
        const QByteArray before = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        const QString entry = dir.filePath(QStringLiteral("autostart/app.autocoin.autocoin.desktop"));
        QCOMPARE(Autostart::location(), entry);
        QVERIFY(!Autostart::isEnabled());
        QCOMPARE(Autostart::setEnabled(true, QStringLiteral("/opt/auto coin/autocoin")), QString());
        QVERIFY(Autostart::isEnabled());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(u"[Desktop Entry]\n"), qPrintable(text));
        QVERIFY2(text.contains(u"Exec=\"/opt/auto coin/autocoin\"\n"), qPrintable(text));
        QVERIFY(text.contains(u"Type=Application\n"));
        file.close();

        // The settings' check box shows it and takes it away.
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        {
            SettingsDialog dialog(dialogContext(dir), &saved, &secrets);
            auto *box = qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("autostart")));
            QVERIFY(box && box->isChecked());
            box->setChecked(false);
            QVERIFY(dialog.save());
            QVERIFY(!QFile::exists(entry));
            box->setChecked(true);
            QVERIFY(dialog.save());
            QVERIFY(QFile::exists(entry));
        }
        QCOMPARE(Autostart::setEnabled(false, QString()), QString());
        QVERIFY(!Autostart::isEnabled());
        if (before.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", before);
#else
        QSKIP("the XDG autostart entry is Linux's");
#endif
    }

    void theFirstLaunchShowsThePaperBalanceAndWhatToPress()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(configFor(server));
        {
            MainWindow window(&engine, &settings);
            window.show();
            auto *hint = window.findChild<QLabel *>(QStringLiteral("firstLaunchHint"));
            QVERIFY(hint);
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(formatAmount(engine.config().paperBalance) + QStringLiteral(" KRW")),
                     qPrintable(hint->text()));
            QVERIFY(hint->text().contains(u"Start"));
            engine.start();
            QTRY_COMPARE(engine.state(), EngineState::Running);
            QTRY_VERIFY(!hint->isVisible());
            engine.stop();
            QTRY_COMPARE(engine.state(), EngineState::Idle);
            QVERIFY(!hint->isVisible()); // once started, never again
        }
        MainWindow again(&engine, &settings);
        again.show();
        QVERIFY(!again.findChild<QLabel *>(QStringLiteral("firstLaunchHint"))->isVisible());
    }
};

QTEST_MAIN(TestUnattended)
#include "tst_unattended.moc"
