// What the issue-18 screenshots found in a Korean window, kept fixed: the history tables render
// their cells again on a language change, the log filter names its levels in the window's
// language, and the kill switch's last error reads as the window's words.

#include "FakeExchange.h"
#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;

class TestWindowLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR)); }

    void theHistoryCellsAndTheLogLevelsFollowTheLanguage()
    {
        QTemporaryDir dir;
        StorageError error;
        const auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(),
                                      QTimeZone::utc(), &error);
        QVERIFY2(db, qPrintable(error.describe()));
        OrderRecord order;
        order.clientOrderId = QStringLiteral("c-1");
        order.symbol = QStringLiteral("KRW-BTC");
        order.side = OrderSide::Sell;
        order.orderType = OrderType::MarketSell;
        order.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());
        order.updatedAt = order.createdAt;
        QVERIFY(OrderRepository(*db).insertIntent(order, &error));
        EngineController engine(EngineConfig{});
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MainWindow window(&engine, &settings);
        QSignalSpy loaded(window.historyPanel(), &HistoryPanel::loaded);
        window.setDatabase(db.get());
        window.show();
        QTRY_VERIFY(loaded.count() >= 1);
        HistoryModel *orders = window.historyPanel()->orders();
        QCOMPARE(orders->rowCount(), 1);
        QCOMPARE(orders->index(0, 2).data().toString(), QStringLiteral("sell"));
        auto *levels = window.findChild<QComboBox *>(QStringLiteral("logLevelFilterCombo"));
        QVERIFY(levels);
        QCOMPARE(levels->currentText(), QStringLiteral("INFO"));

        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTRY_COMPARE(orders->index(0, 2).data().toString(), QStringLiteral("매도"));
        QCOMPARE(orders->index(0, 3).data().toString(), QStringLiteral("시장가 매도"));
        QCOMPARE(levels->currentText(), QStringLiteral("정보"));
    }

    void theKillSwitchsLastErrorIsInTheWindowsWords()
    {
        FakeUpbitServer server;
        QVERIFY(server.start());
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        EngineConfig config;
        config.baseUrl = server.url();
        config.interval = std::chrono::milliseconds(50);
        config.requestTimeout = std::chrono::milliseconds(2000);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(config);
        MainWindow window(&engine, &settings);
        window.setConfirmation([](const QString &, const QString &) { return true; });
        engine.start();
        QTRY_COMPARE(engine.state(), EngineState::Running);
        // The price in won as the account band writes amounts, not "KRW".
        const auto *price = window.findChild<QLabel *>(QStringLiteral("lastPriceValueLabel"));
        QVERIFY(price);
        QTRY_COMPARE(price->text(), QStringLiteral("63,570,000원"));
        window.requestKillSwitch();
        QTRY_VERIFY(engine.status().killed);
        const auto *lastError = window.findChild<QLabel *>(QStringLiteral("lastErrorValueLabel"));
        QVERIFY(lastError);
        QTRY_COMPARE(lastError->text(), QStringLiteral("긴급 정지"));
        // The operator's own stop, not a failure: its caption says so.
        const auto captioned = [&window](const QString &text) {
            const QList<QLabel *> labels = window.findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text() == text; });
        };
        QVERIFY(captioned(QStringLiteral("정지 사유:")));
        QVERIFY(!captioned(QStringLiteral("최근 오류:")));
        // One Korean name for the kill switch everywhere in the window: 긴급 정지 (not 킬 스위치).
        const auto *state = window.findChild<QLabel *>(QStringLiteral("statusValueLabel"));
        const auto *stateBar = window.findChild<QLabel *>(QStringLiteral("stateStatusLabel"));
        QVERIFY(state && stateBar);
        QTRY_COMPARE(state->text(), QStringLiteral("긴급 정지됨"));
        QVERIFY2(stateBar->text().contains(u"긴급 정지됨"), qPrintable(stateBar->text()));
        QVERIFY(window.windowTitle().contains(u"긴급 정지됨"));
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(u"킬"), qPrintable(label->text()));
        engine.reset();
        QTRY_COMPARE(engine.state(), EngineState::Idle);
    }
};

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
