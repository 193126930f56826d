// The last English words in Korean screens, and amounts with thousands separators (issue 18): the
// replay's end and the fills of a real replay run as the log view shows them, a real failing
// request and its exchange error as the log and the ERROR cause show them, the backtest report of
// the window's backtest tab, the engine's refusal of a command, the engine's notices in the status
// bar and the log view, and the settings' money fields.
#include "FakeExchange.h"
#include "TestData.h"
#include "WindowSession.h"
#include "backtest/BacktestView.h"
#include "backtest/Report.h"
#include "core/EngineController.h"
#include "log/LogModel.h"
#include "logging/Logger.h"
#include "main/MainWindow.h"
#include "platform/Language.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "status/EngineText.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::FakeUpbitServer;
using autocoin::test::Fault;

namespace {

/// The English words in `text`, leaving out what a Korean screen may show: market codes, units,
/// the indicators' names and ID (the window's Korean says 주문 ID).
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_-]+"));
    static const QStringList allowed = {QStringLiteral("KRW"), QStringLiteral("HTTP"), QStringLiteral("EMA"),
                                        QStringLiteral("RSI"), QStringLiteral("ATR"),  QStringLiteral("ID")};
    QStringList found;
    QString rest = text;
    rest.remove(QRegularExpression(QStringLiteral("KRW-[A-Z0-9]+")));
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            found.append(w);
    }
    return found;
}

/// Every log line logged while the object lives.
class LogCapture
{
public:
    LogCapture()
    {
        // Lines from the engine's thread arrive queued; they die with the receiver (no late call).
        QObject::connect(&Logger::instance(), &Logger::entryLogged, &m_receiver,
                         [this](const LogEntry &entry) { m_entries.append(entry); });
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QList<LogEntry> withSource(const char *source) const
    {
        QList<LogEntry> out;
        for (const LogEntry &entry : m_entries) {
            if (entry.source && qstrcmp(entry.source, source) == 0)
                out.append(entry);
        }
        return out;
    }

private:
    QList<LogEntry> m_entries;
    QObject m_receiver; // last: destroyed first
};

/// Whether every number in `text` of more than three integer digits has its thousands separated.
bool grouped(const QString &text)
{
    static const QRegularExpression ungrouped(QStringLiteral("(^|[^0-9.,])[0-9]{4,}"));
    return !ungrouped.match(text).hasMatch();
}

} // namespace

class TestWording final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR)); }

    void theReplaysEndAndItsFillsReadInKorean()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.replaySpeed = 0;
        config.interval = std::chrono::milliseconds(0);
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        config.dataDir = dir.path();
        config.marketSyncInterval = std::chrono::hours(1);
        config.replaySources = {{QString(), autocoin::test::hourlySubset(dir, 400)}};
        config.strategyOverrides = autocoin::test::busyParameters();
        LogCapture log;
        EngineController engine(config);
        QSignalSpy exhausted(&engine, &EngineController::dataExhausted);
        engine.start();
        QVERIFY(QTest::qWaitFor([&] { return !exhausted.isEmpty(); }, 120000)); // the limit is for a hang
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::Idle, 60000);

        // RUNNING -> STOPPING because the data is exhausted: the reason in Korean too.
        QString end;
        for (const LogEntry &entry : log.withSource("%1 -> %2 (%3)")) {
            if (entry.message.contains(u"exhausted"))
                end = LogModel::messageText(entry);
        }
        QCOMPARE(end, QStringLiteral("실행 중 → 정지 중 (리플레이 데이터를 모두 사용함)"));

        // The fills: amounts grouped, in the file's English and in the window's Korean.
        const QList<LogEntry> bought = log.withSource("bought %1 %2 for %3 KRW (average %4, fee %5, order %6)");
        QVERIFY(!bought.isEmpty());
        for (const LogEntry &entry : bought) {
            const QString order = entry.args.constLast().toString();
            const QString english = QString(entry.message).remove(order);
            QVERIFY2(grouped(english), qPrintable(english));
            QVERIFY2(english.contains(QRegularExpression(QStringLiteral(" for [0-9]{1,3}(,[0-9]{3})+ KRW"))),
                     qPrintable(english));
            const QString korean = LogModel::messageText(entry).remove(order);
            QVERIFY2(grouped(korean), qPrintable(korean));
            QVERIFY2(korean.contains(QRegularExpression(QStringLiteral(
                         "매수 체결: [0-9]{1,3}(,[0-9]{3})+원 \\(평균가 [0-9,.]+원, 수수료 [0-9,.]+원"))),
                     qPrintable(korean));
            QVERIFY2(englishWords(korean).isEmpty(), qPrintable(korean));
        }
    }

    void aFailingRequestAndTheExchangesErrorReadInKorean()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        FakeUpbitServer server;
        QVERIFY(server.start());
        server.injectFault(Fault::httpStatus(500).on("GET /v1/ticker"), 2);
        EngineConfig config;
        config.baseUrl = server.url();
        config.markets = {QStringLiteral("KRW-BTC")};
        config.interval = std::chrono::milliseconds(20);
        config.requestTimeout = std::chrono::milliseconds(2000);
        config.maxConsecutiveFailures = 2;
        config.retryBackoff = {std::chrono::milliseconds(10)};
        LogCapture log;
        EngineController engine(config);
        QSignalSpy errors(&engine, &EngineController::errorRaised);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 20000);

        const QList<LogEntry> failed = log.withSource("%1 failed (%2/%3): %4");
        QCOMPARE(failed.size(), 2);
        // The file keeps the engine's English, the exchange's words included.
        QVERIFY2(failed[0].message.startsWith(u"ticker failed (1/2): server (HTTP 500)"),
                 qPrintable(failed[0].message));
        const QString line = LogModel::messageText(failed[0]);
        QVERIFY2(line.startsWith(QStringLiteral("시세 조회 실패 (1/2): 서버 오류 (HTTP 500)")), qPrintable(line));
        QVERIFY2(englishWords(line).isEmpty(), qPrintable(line));

        // The ERROR's cause, as the status panel, the alert and the log show it.
        const QString cause = errorCauseText(engine.status().lastError);
        QVERIFY2(cause.startsWith(QStringLiteral("연속 2회 실패 (시세 조회), 마지막 오류: 서버 오류 (HTTP 500)")),
                 qPrintable(cause));
        QVERIFY2(englishWords(cause).isEmpty(), qPrintable(cause));
        for (const LogEntry &entry : log.withSource("engine error: %1")) {
            const QString shown = LogModel::messageText(entry);
            QVERIFY2(englishWords(shown).isEmpty(), qPrintable(shown));
        }

        // In English the window shows the engine's words.
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QCOMPARE(LogModel::messageText(failed[0]), failed[0].message);
        QCOMPARE(errorCauseText(engine.status().lastError),
                 QStringLiteral("2 consecutive failures (ticker); the last: ") +
                     engine.status().lastError.section(QStringLiteral(", last: "), 1));
        engine.stop();
    }

    void aRefusedCommandReadsInKorean()
    {
        // The engine's refusals as the status bar shows them (a Telegram or control-API command the
        // state does not allow, while the window is open).
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.databaseUrl = DatabaseUrl::defaultFor(dir.path()).redacted();
        config.dataDir = dir.path();
        config.replaySources = {{QString(), autocoin::test::hourlySubset(dir, 50)}};
        EngineController engine(config);
        QSignalSpy refused(&engine, &EngineController::commandRefused);
        engine.stop(); // IDLE: nothing to stop
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        const QString idle = refused.at(0).at(1).toString();
        QCOMPARE(idle, QStringLiteral("Stop is not allowed while the engine is IDLE"));
        QCOMPARE(commandRefusalText(idle), QStringLiteral("엔진이 대기 상태여서 중지할 수 없습니다"));
        engine.killSwitch();
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 10000);
        const QString killed = refused.at(1).at(1).toString();
        QCOMPARE(commandRefusalText(killed),
                 QStringLiteral("긴급 정지가 켜져 있어 시작할 수 없습니다. 먼저 리셋하세요"));
        for (const QString &shown : {commandRefusalText(idle), commandRefusalText(killed)})
            QVERIFY2(englishWords(shown).isEmpty(), qPrintable(shown));

        // In English the window shows the engine's words.
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        QCOMPARE(commandRefusalText(idle), idle);
        QCOMPARE(commandRefusalText(killed), killed);
    }

    void theEnginesNoticesReadInKoreanInTheStatusBarAndTheLog()
    {
        // Each notice as the engine writes it (LiveExecution's reconciliation, TradingEngine's own;
        // tst_reasontext pins the wordings), as the window's status bar shows it.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        EngineController engine(EngineConfig{});
        MainWindow window(&engine, &settings);
        const QString id = QStringLiteral("ac-0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString order = QStringLiteral("order");
        const QString market = QStringLiteral("market");
        const QList<Reason> notices = {
            Reason(ReasonCode::OrderNoAnswer)
                .set(order, id)
                .set(QStringLiteral("error"), QStringLiteral("network: Connection refused")),
            Reason(ReasonCode::OrderTimedOut).set(order, id),
            Reason(ReasonCode::OrderAdopted)
                .set(order, id)
                .set(QStringLiteral("side"), QStringLiteral("sell"))
                .set(market, QStringLiteral("KRW-ETH")),
            Reason(ReasonCode::FailedOrderFound).set(order, id).set(QStringLiteral("state"), QStringLiteral("wait")),
            Reason(ReasonCode::BalanceDiffers)
                .set(QStringLiteral("exchange"), QStringLiteral("0.7"))
                .set(QStringLiteral("coin"), QStringLiteral("BTC"))
                .set(QStringLiteral("recorded"), QStringLiteral("0.5")),
            Reason(ReasonCode::OrderCancelled).set(order, id),
            Reason(ReasonCode::MarketNotListed)
                .set(market, QStringLiteral("KRW-SOL"))
                .set(QStringLiteral("exchange"), QStringLiteral("upbit"))
                .set(QStringLiteral("held"), 1.0),
            Reason(ReasonCode::UniverseChosen)
                .set(QStringLiteral("top"), 3.0)
                .set(QStringLiteral("markets"), QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP")),
        };
        const auto shown = [&](const Reason &notice) {
            Q_EMIT engine.executionNotice(notice);
            return window.statusBar()->currentMessage();
        };
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        for (const Reason &notice : notices) {
            const QString korean = shown(notice);
            QVERIFY2(!korean.isEmpty() && korean != notice.english(), qPrintable(korean));
            // The ids, the coin and the app's name stay as written; no other English word.
            QString rest = korean;
            rest.remove(id).remove(QStringLiteral(" BTC")).remove(QStringLiteral("autocoin"));
            QVERIFY2(englishWords(rest).isEmpty(), qPrintable(korean));
        }
        QCOMPARE(shown(notices[0]),
                 QStringLiteral("주문 %1: 거래소 응답 없음 (네트워크 오류). 클라이언트 주문 ID로 조회해 "
                                "결과를 확인합니다")
                     .arg(id));
        QCOMPARE(shown(notices[2]),
                 QStringLiteral("주문 %1 (KRW-ETH 매도): 거래소에는 있지만 데이터베이스에 없던 주문이어서 "
                                "기록에 추가했습니다")
                     .arg(id));
        QCOMPARE(shown(notices[4]),
                 QStringLiteral("잔고 불일치: 거래소 보유 0.7 BTC, 체결 기록 0.5 BTC. 맞추기 위한 매매는 "
                                "하지 않습니다. autocoin 밖에서 한 거래가 있는지 확인하세요"));

        // The log view: each notice logged as TradingEngine::publishExecution logs it, its reason
        // beside the file's English.
        LogCapture log;
        for (const Reason &notice : notices)
            Logger::warning(QStringLiteral("live"), "%1", {logReason(notice)});
        const QList<LogEntry> lines = log.withSource("%1");
        QCOMPARE(lines.size(), notices.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i].message, notices[i].english()); // the file's words
            QCOMPARE(LogModel::messageText(lines[i]), shown(notices[i]));
        }
        // A secret quoted in an exchange's error is redacted there as in any line.
        Logger::instance().addSecret(QStringLiteral("made-up-secret-5678"));
        const Reason quoted = Reason(ReasonCode::OrderNoAnswer)
                                  .set(order, id)
                                  .set(QStringLiteral("error"), QStringLiteral("rejected: key made-up-secret-5678"));
        Logger::warning(QStringLiteral("live"), "%1", {logReason(quoted)});
        const LogEntry secret = log.withSource("%1").constLast();
        QVERIFY2(!secret.message.contains(u"made-up-secret"), qPrintable(secret.message));

        // In English the window shows the engine's words.
        applyLanguage(QStringLiteral("en"), QStringLiteral(AUTOCOIN_QM_DIR));
        for (const Reason &notice : notices)
            QCOMPARE(shown(notice), notice.english());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(LogModel::messageText(lines[i]), notices[i].english());
        QVERIFY2(!LogModel::messageText(secret).contains(u"made-up-secret"), qPrintable(LogModel::messageText(secret)));
    }

    void theBacktestTabsReportReadsInKorean()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        EngineConfig config;
        config.exchange = Exchange::Replay;
        config.timeZone = QStringLiteral("Asia/Seoul");
        EngineController engine(config);
        BacktestView view(&engine);
        view.setDataFile(autocoin::test::hourlySubset(dir, 600));
        view.setParameters(QStringLiteral("ema-fast=9 daily-loss-pct=0.03"));
        QSignalSpy finished(&view, &BacktestView::finished);
        QVERIFY(view.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QString report = view.reportText();
        const QString header = report.section(u'\n', 0, 0);
        // The app's time zone, readable, and not ISO's "2017-10-05T00:00:00Z".
        QVERIFY2(header.startsWith(QStringLiteral("백테스트 2017-")) &&
                     header.contains(QStringLiteral("(한국 시간, 캔들 ")),
                 qPrintable(header));
        QVERIFY2(!header.contains(u'T') && !header.contains(u'Z'), qPrintable(header));
        // The parameters by the settings' Korean labels, a fraction in %.
        QVERIFY2(report.contains(QStringLiteral("전략 설정:")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("일일 손실 한도: 3 %")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("ema-fast")) && !report.contains(QStringLiteral("daily-loss-pct")),
                 qPrintable(report));
        QVERIFY2(englishWords(report).isEmpty(), qPrintable(englishWords(report).join(u' ')));
    }

    void moneyFieldsShowGroupedDigitsAndStoreTheExactValue()
    {
        QCOMPARE(applyLanguage(QStringLiteral("ko"), QStringLiteral(AUTOCOIN_QM_DIR)), QStringLiteral("ko"));
        QTemporaryDir dir;
        QSettings saved(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        SettingsDialog::Context context;
        context.dataDir = dir.path();
        SettingsDialog dialog(context, &saved, &secrets);
        auto *balance = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("paperBalance")));
        auto *order = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("maxOrderKrw")));
        QVERIFY(balance && order);
        QVERIFY2(balance->text().contains(u','), qPrintable(balance->text())); // the default, grouped

        // Typed without commas: grouped once the field is left; stored exact.
        balance->setText(QStringLiteral("2500000.5"));
        Q_EMIT balance->editingFinished();
        QCOMPARE(balance->text(), QStringLiteral("2,500,000.5"));
        order->setText(QStringLiteral("1,234,567"));
        QVERIFY2(dialog.save(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(saved.value(QStringLiteral("engine/paperBalance")).toString(), QStringLiteral("2500000.5"));
        QCOMPARE(saved.value(QStringLiteral("engine/maxOrderKrw")).toString(), QStringLiteral("1234567"));

        // A comma that is not a thousands separator is refused, in Korean.
        order->setText(QStringLiteral("12,34,567"));
        QVERIFY(!dialog.save());
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("maxOrderKrwMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("5,000")) && englishWords(message).isEmpty(), qPrintable(message));
        QCOMPARE(saved.value(QStringLiteral("engine/maxOrderKrw")).toString(), QStringLiteral("1234567"));
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
