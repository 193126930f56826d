// The notify module: message texts in both languages, the settings, the outbox and its senders
// against a fake Telegram Bot API and Discord webhook over loopback (429s, network errors, a bad
// token, a restart), and the Telegram commands through a real EngineController.

#include "FakeTelegram.h"
#include "core/EngineController.h"
#include "logging/Logger.h"
#include "notify/Notifier.h"
#include "notify/NotifyText.h"
#include "notify/Outbox.h"
#include "notify/TelegramCommands.h"
#include "settings/AppSettings.h"
#include "storage/DatabaseUrl.h"
#include "storage/Storage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace autocoin;
using autocoin::test::FakeTelegram;
using autocoin::test::Fault;

namespace {

const QString kToken = QStringLiteral("123456789:made-up-token-for-tests_0000");
const QString kChat = QStringLiteral("1001");
const QString kOtherChat = QStringLiteral("1002");
const QString kStranger = QStringLiteral("666");
// Three of the engine's notices as LiveExecution and the engine write them (tst_reasontext pins every wording).
const QString kLostAnswer = QStringLiteral(
    "order ac-1: no answer (timeout: no answer within 800 ms); it will be looked up by its client order id");
const QString kUniverse = QStringLiteral("universe top:3 by 24-hour traded value: KRW-BTC, KRW-ETH, KRW-XRP");
const QString kBalanceDiffers =
    QStringLiteral("balance differs: the exchange holds 0.5 BTC, the recorded fills 0.2; nothing is traded to fix it "
                   "— check for trades made outside autocoin");

// The same notices as the engine sends them: reasons, rendered in the message's language.
Reason lostAnswer()
{
    return Reason(ReasonCode::OrderNoAnswer)
        .set(QStringLiteral("order"), QStringLiteral("ac-1"))
        .set(QStringLiteral("error"), QStringLiteral("timeout: no answer within 800 ms"));
}

Reason universe()
{
    return Reason(ReasonCode::UniverseChosen)
        .set(QStringLiteral("top"), 3.0)
        .set(QStringLiteral("markets"), QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP"));
}

Reason balanceDiffers()
{
    return Reason(ReasonCode::BalanceDiffers)
        .set(QStringLiteral("exchange"), QStringLiteral("0.5"))
        .set(QStringLiteral("coin"), QStringLiteral("BTC"))
        .set(QStringLiteral("recorded"), QStringLiteral("0.2"));
}

Reason adopted()
{
    return Reason(ReasonCode::OrderAdopted)
        .set(QStringLiteral("order"), QStringLiteral("ac-1"))
        .set(QStringLiteral("side"), QStringLiteral("sell"))
        .set(QStringLiteral("market"), QStringLiteral("KRW-ETH"));
}

NotifyConfig configFor(const FakeTelegram &fake, const QTemporaryDir &dir, bool discord = false)
{
    NotifyConfig c;
    c.telegramToken = kToken;
    c.telegramChatIds = {kChat, kOtherChat};
    c.telegramApiUrl = fake.url();
    if (discord)
        c.discordWebhookUrl = fake.webhookUrl();
    c.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("autocoin.db"));
    c.dataDir = dir.path();
    c.dailySummaryAt = std::nullopt;
    c.minGap = std::chrono::milliseconds(20);
    c.retryBase = std::chrono::milliseconds(50);
    c.retryMax = std::chrono::milliseconds(200);
    c.requestTimeout = std::chrono::milliseconds(1000);
    c.pollTimeoutSec = 1;
    c.pollRetry = std::chrono::milliseconds(100);
    c.drainTimeout = std::chrono::milliseconds(3000);
    return c;
}

QList<OutboxMessage> outboxRows(const QTemporaryDir &dir)
{
    StorageError error;
    auto db = Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("check"), dir.path(),
                            QTimeZone("Asia/Seoul"), &error);
    return db ? Outbox(*db).all(&error) : QList<OutboxMessage>();
}

bool logged(const QString &needle)
{
    for (const LogEntry &entry : Logger::instance().recentEntries()) {
        if (entry.message.contains(needle))
            return true;
    }
    return false;
}

int loggedCount(const QString &needle)
{
    int n = 0;
    for (const LogEntry &entry : Logger::instance().recentEntries())
        n += entry.message.contains(needle) ? 1 : 0;
    return n;
}

TradeRecord trade(bool paper)
{
    TradeRecord t;
    t.symbol = QStringLiteral("KRW-BTC");
    t.side = OrderSide::Buy;
    t.price = *Decimal::fromString(u"63570000");
    t.quantity = *Decimal::fromString(u"0.0015");
    t.fee = *Decimal::fromString(u"47.6775");
    t.paper = paper;
    return t;
}

} // namespace

class TestNotify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishTexts()
    {
        const NotifyText t(NotifyLanguage::English);
        QCOMPARE(t.krw(*Decimal::fromString(u"1234567.5")), QStringLiteral("1,234,568 KRW"));
        QCOMPARE(t.krw(*Decimal::fromString(u"-9876.4"), true), QStringLiteral("-9,876 KRW"));
        QCOMPARE(t.krw(Decimal(12345), true), QStringLiteral("+12,345 KRW"));
        QCOMPARE(t.price(*Decimal::fromString(u"0.5123")), QStringLiteral("0.5123 KRW"));
        QCOMPARE(t.fill(trade(true)), QStringLiteral("✅ BUY filled [paper]: KRW-BTC\n0.0015 @ 63,570,000 KRW = "
                                                     "95,355 KRW (fee 48 KRW)"));
        EngineStatus status;
        status.markets = {QStringLiteral("KRW-BTC")};
        QCOMPARE(t.stateChanged(EngineState::Idle, EngineState::Running, {}, status),
                 QStringLiteral("▶️ autocoin started (paper, Upbit: KRW-BTC)"));
        QVERIFY(t.stateChanged(EngineState::Running, EngineState::Stopping, {}, status).isEmpty());
        QCOMPARE(t.stateChanged(EngineState::Stopping, EngineState::Idle, QStringLiteral("stop requested"), status),
                 QStringLiteral("⏹ autocoin stopped (stop requested)."));
        QVERIFY(
            t.stateChanged(EngineState::Running, EngineState::Error, QStringLiteral("5 consecutive failures"), status)
                .contains(QStringLiteral("ERROR: 5 consecutive failures")));
        QVERIFY(t.refused(QStringLiteral("Reset"), QStringLiteral("Reset is not allowed while the engine is IDLE"),
                          EngineState::Idle)
                    .contains(QStringLiteral("Reset is not allowed while the engine is IDLE")));
        DailySummary summary;
        summary.date = QDate(2026, 11, 30);
        summary.realizedPnl = Decimal(12345);
        summary.trades = 4;
        QCOMPARE(t.dailySummary(summary), QStringLiteral("📊 Daily summary 2026-11-30\nRealised PnL: +12,345 KRW\n"
                                                         "Trades: 4\nOpen positions: none"));
        // The engine's notices in its English words.
        QCOMPARE(t.executionNotice(lostAnswer()), QStringLiteral("ℹ️ Reconciliation: ") + kLostAnswer);
        QCOMPARE(t.executionNotice(balanceDiffers()), QStringLiteral("ℹ️ Reconciliation: ") + kBalanceDiffers);
        // The engine's notices about its markets under their own heading.
        QCOMPARE(t.executionNotice(universe()), QStringLiteral("ℹ️ Markets: ") + kUniverse);
    }

    void koreanTexts()
    {
        const NotifyText t(NotifyLanguage::Korean);
        QCOMPARE(t.krw(*Decimal::fromString(u"1234567.5")), QStringLiteral("1,234,568원"));
        QCOMPARE(t.fill(trade(true)), QStringLiteral("✅ [모의] KRW-BTC 매수 체결\n수량 0.0015 · 가격 63,570,000원 · "
                                                     "금액 95,355원 (수수료 48원)"));
        QVERIFY(t.fill(trade(false)).startsWith(QStringLiteral("✅ KRW-BTC 매수 체결\n수량 0.0015")));
        EngineStatus status;
        status.markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")};
        status.paperMode = false;
        QCOMPARE(t.stateChanged(EngineState::Idle, EngineState::Running, {}, status),
                 QStringLiteral("▶️ 자동매매를 시작했습니다 (실전, 업비트: KRW-BTC, KRW-ETH)"));
        QVERIFY(t.stateChanged(EngineState::Running, EngineState::Error, QStringLiteral("kill switch"), status)
                    .contains(QStringLiteral("긴급 정지")));
        QCOMPARE(t.refused(QStringLiteral("Reset"), QStringLiteral("Reset is not allowed while the engine is IDLE"),
                           EngineState::Idle),
                 QStringLiteral("❌ 거부됨: 엔진이 '대기' 상태라서 리셋할 수 없습니다. 리셋은 오류 상태나 긴급 "
                                "정지된 대기 상태에서만 가능합니다."));
        // One name for the kill switch in Korean: 긴급 정지, never 킬 스위치.
        QCOMPARE(t.refused(QStringLiteral("Start"),
                           QStringLiteral("Start is not allowed while the kill switch is on: Reset first"),
                           EngineState::Idle, true),
                 QStringLiteral("❌ 거부됨: 긴급 정지 중에는 시작할 수 없습니다. /reset 으로 해제한 뒤 /start 하세요."));
        EngineStatus killed = status;
        killed.state = EngineState::Error;
        killed.killed = true;
        killed.lastError = QStringLiteral("kill switch");
        const QStringList killTexts{
            t.stateChanged(EngineState::Running, EngineState::Error, QStringLiteral("kill switch"), status),
            t.killSwitchChanged(true, EngineState::Idle), t.killSwitchChanged(false, EngineState::Idle),
            t.status(killed), t.help()};
        for (const QString &text : killTexts) {
            QVERIFY2(!text.contains(u"킬") && !text.contains(u"kill switch", Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(text.contains(u"긴급 정지"), qPrintable(text));
        }
        QVERIFY(t.status(killed).contains(QStringLiteral("🛑 긴급 정지됨: 신규 진입 없음")));
        QVERIFY(t.status(killed).contains(QStringLiteral("최근 오류: 긴급 정지"))); // not the engine's English
        // An exchange's error as the engine describes it, in Korean words too.
        EngineStatus failing = status;
        failing.lastError = QStringLiteral("server (HTTP 500): server error");
        QVERIFY2(t.status(failing).contains(QStringLiteral("최근 오류: 서버 오류 (HTTP 500)")),
                 qPrintable(t.status(failing)));
        QVERIFY(t.killSwitchChanged(true, EngineState::Idle).contains(QStringLiteral("'대기' 상태")));
        QVERIFY(
            t.marketWarning(QStringLiteral("KRW-XRP"), QStringLiteral("CAUTION")).contains(QStringLiteral("투자유의")));
        const QDateTime now(QDate(2026, 11, 30), QTime(3, 0), QTimeZone::utc());
        QCOMPARE(t.keyExpiring(Exchange::Upbit, now.addDays(5), now, QStringLiteral("Asia/Seoul")),
                 QStringLiteral("🔑 업비트 API 키가 5일 후(2026-12-05 12:00) 만료됩니다. 새 키를 발급받아 autocoin에 "
                                "입력하세요."));
        QVERIFY(t.keyExpiring(Exchange::Upbit, now.addSecs(-60), now, QStringLiteral("Asia/Seoul"))
                    .startsWith(QStringLiteral("🔑 업비트 API 키가 만료되었습니다(2026-11-30 11:59)")));
        EquityPoint equity;
        equity.total = Decimal(1012345);
        equity.positions.append({QStringLiteral("KRW-BTC"), *Decimal::fromString(u"0.001"), Decimal(63000000),
                                 Decimal(64000), Decimal(1000)});
        DailySummary summary;
        summary.date = QDate(2026, 11, 30);
        summary.realizedPnl = Decimal(-5000);
        summary.equity = equity;
        summary.trades = 2;
        QCOMPARE(t.dailySummary(summary),
                 QStringLiteral("📊 2026-11-30 일일 요약\n실현 손익: -5,000원\n총 평가 자산: 1,012,345원\n체결: 2건\n"
                                "보유 종목:\n• KRW-BTC 0.001개 · 평균 63,000,000원 · 평가 64,000원 (손익 +1,000원)"));
        // The engine's notices in Korean words, its ids and amounts as written.
        const QString prefix = QStringLiteral("ℹ️ 주문·잔고 대조 알림: ");
        QCOMPARE(t.executionNotice(lostAnswer()),
                 prefix + QStringLiteral("주문 ac-1: 거래소 응답 없음 (응답 시간 초과). "
                                         "클라이언트 주문 ID로 조회해 결과를 확인합니다"));
        QCOMPARE(t.executionNotice(adopted()),
                 prefix + QStringLiteral("주문 ac-1 (KRW-ETH 매도): 거래소에는 있지만 데이터베이스에 없던 주문이어서 "
                                         "기록에 추가했습니다"));
        QCOMPARE(t.executionNotice(universe()),
                 QStringLiteral("ℹ️ 거래 종목 알림: 자동 선정: 24시간 거래대금 상위 "
                                "3개 종목 — KRW-BTC, KRW-ETH, KRW-XRP"));
    }

    void settingsAreValidatedWithClearMessages()
    {
        SettingSources sources;
        sources.environment = {{QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("not a token")},
                               {QStringLiteral("TELEGRAM_CHAT_ID"), QStringLiteral("1001, @someone")},
                               {QStringLiteral("TELEGRAM_API_URL"), QStringLiteral("ftp://x")},
                               {QStringLiteral("DISCORD_WEBHOOK_URL"), QStringLiteral("discord")},
                               {QStringLiteral("NOTIFY_PAPER_FILLS"), QStringLiteral("maybe")},
                               {QStringLiteral("DAILY_SUMMARY_AT"), QStringLiteral("25:00")}};
        const ResolvedSettings bad = resolveSettings(sources, QDir::tempPath());
        QStringList described;
        for (const SettingError &e : bad.errors)
            described.append(e.describe());
        const QString all = described.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("TELEGRAM_BOT_TOKEN=***: must be a bot token")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("TELEGRAM_CHAT_ID=1001, @someone: entry 2 \"@someone\" is not a numeric "
                                             "chat id")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("TELEGRAM_API_URL=ftp://x: must be an http")));
        QVERIFY(all.contains(QStringLiteral("DISCORD_WEBHOOK_URL=***: must be an http")));
        QVERIFY(all.contains(QStringLiteral("NOTIFY_PAPER_FILLS=maybe: must be true or false")));
        QVERIFY(all.contains(QStringLiteral("DAILY_SUMMARY_AT=25:00: must be a time of day")));
        QVERIFY(!all.contains(QStringLiteral("not a token")));

        sources.environment = {{QStringLiteral("TELEGRAM_BOT_TOKEN"), kToken},
                               {QStringLiteral("TELEGRAM_CHAT_ID"), QStringLiteral("1001,-100200300")},
                               {QStringLiteral("DAILY_SUMMARY_AT"), QStringLiteral("9:05")},
                               {QStringLiteral("AUTOCOIN_LANGUAGE"), QStringLiteral("ko")}};
        const ResolvedSettings good = resolveSettings(sources, QDir::tempPath());
        QVERIFY(good.ok());
        QVERIFY(good.settings.secrets().contains(kToken));
        const NotifyConfig config = NotifyConfig::fromSettings(good.settings);
        QVERIFY(config.telegramEnabled());
        QVERIFY(!config.discordEnabled());
        QCOMPARE(config.destinations(),
                 (QStringList{QStringLiteral("telegram:1001"), QStringLiteral("telegram:-100200300")}));
        QCOMPARE(config.telegramApiUrl, QUrl(QStringLiteral("https://api.telegram.org")));
        QCOMPARE(config.dailySummaryAt, std::optional<QTime>(QTime(9, 5)));
        QCOMPARE(config.language, NotifyLanguage::Korean);
        QVERIFY(config.paperFills);
        // Neither a token without chats nor nothing at all turns notifications on.
        QVERIFY(!NotifyConfig::fromSettings(resolveSettings({}, QDir::tempPath()).settings).enabled());
    }

    void outboxOnSqliteAndPostgres_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        if (!qEnvironmentVariableIsEmpty("AUTOCOIN_TEST_PG_URL"))
            QTest::newRow("postgres") << true;
        else
            qWarning("AUTOCOIN_TEST_PG_URL is not set: the PostgreSQL row is left out");
    }
    void outboxOnSqliteAndPostgres()
    {
        QFETCH(bool, postgres);
        QTemporaryDir dir;
        QString why;
        const DatabaseUrl url =
            postgres ? *DatabaseUrl::parse(qEnvironmentVariable("AUTOCOIN_TEST_PG_URL"), dir.path(), &why)
                     : DatabaseUrl::defaultFor(dir.path());
        StorageError error;
        if (postgres) { // an empty schema, as tst_storage leaves it or not
            auto raw = Database::open(url, QStringLiteral("wipe"), QString(), &error);
            QVERIFY2(raw, qPrintable(error.describe()));
            QVERIFY(raw->execute(QStringLiteral("DROP SCHEMA public CASCADE"), &error));
            QVERIFY(raw->execute(QStringLiteral("CREATE SCHEMA public"), &error));
        }
        auto db = Storage::open(url, QStringLiteral("test"), dir.path(), QTimeZone("Asia/Seoul"), &error);
        QVERIFY2(db, qPrintable(error.describe()));
        Outbox outbox(*db);
        const QDateTime now(QDate(2026, 11, 30), QTime(3, 0), QTimeZone::utc());
        QVERIFY(outbox.add({QStringLiteral("telegram:1001"), QStringLiteral("discord")}, QStringLiteral("첫 번째"), now,
                           &error));
        QVERIFY(outbox.add({QStringLiteral("telegram:1001")}, QStringLiteral("second"), now.addSecs(1), &error));
        QCOMPARE(outbox.pendingCount(&error), 3);
        auto head = outbox.head(QStringLiteral("telegram:1001"), &error);
        QVERIFY2(head, qPrintable(error.describe()));
        QCOMPARE(head->text, QStringLiteral("첫 번째"));
        QCOMPARE(head->createdAt, now);
        QVERIFY(outbox.markAttempt(head->id, QStringLiteral("HTTP 502"), &error));
        QVERIFY(outbox.markSent(head->id, now, &error));
        head = outbox.head(QStringLiteral("telegram:1001"), &error);
        QCOMPARE(head->text, QStringLiteral("second"));
        QVERIFY(outbox.markDropped(head->id, QStringLiteral("failed"), QStringLiteral("HTTP 400"), &error));
        QVERIFY(!outbox.head(QStringLiteral("telegram:1001"), &error));
        QCOMPARE(outbox.pendingCount(&error), 1);
        const QList<OutboxMessage> rows = outbox.all(&error);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).status, QStringLiteral("sent"));
        QCOMPARE(rows.at(0).attempts, 2);
        QCOMPARE(rows.at(2).status, QStringLiteral("failed"));
        QVERIFY(!outbox.telegramOffset(&error));
        QVERIFY(outbox.setTelegramOffset(123456789012LL, now, &error));
        QCOMPARE(outbox.telegramOffset(&error), std::optional<qint64>(123456789012LL));
        QCOMPARE(outbox.tradesBetween(now.addDays(-1), now, &error), 0);
        QCOMPARE(outbox.realizedOn(QDate(2026, 11, 30), &error), Decimal());
        QVERIFY2(error.message.isEmpty(), qPrintable(error.describe()));
    }

    void messagesArriveOnceInOrderAtMostOneASecondPerChat()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        NotifyConfig config = configFor(fake, dir, true);
        config.minGap = std::chrono::milliseconds(1000); // the real pace
        Notifier notifier(config);
        for (int i = 1; i <= 3; ++i)
            notifier.notify(QStringLiteral("message %1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kOtherChat).size(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fake.discord().size(), 3, 15000);
        const QStringList expected{QStringLiteral("message 1"), QStringLiteral("message 2"),
                                   QStringLiteral("message 3")};
        QCOMPARE(fake.textsTo(kChat), expected);
        QCOMPARE(fake.textsTo(kOtherChat), expected);
        QList<qint64> times;
        for (const auto &m : fake.telegram()) {
            if (m.chatId == kChat)
                times.append(m.atMs);
        }
        QCOMPARE(autocoin::test::peakPerSecond(times), 1);
        notifier.shutdown();
        const QList<OutboxMessage> rows = outboxRows(dir);
        QCOMPARE(rows.size(), 9);
        for (const OutboxMessage &row : rows)
            QCOMPARE(row.status, QStringLiteral("sent"));
    }

    void a429IsHonouredAndNetworkErrorsAreRetriedEachMessageOnce()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        NotifyConfig config = configFor(fake, dir, true);
        config.telegramChatIds = {kChat};
        fake.server().injectFault(
            Fault::httpStatus(429, R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1",)"
                                   R"("parameters":{"retry_after":1}})")
                .on(fake.sendRoute()));
        fake.server().injectFault(Fault::close().on(fake.sendRoute()));
        fake.server().injectFault(Fault::hang().on(fake.sendRoute())); // the request timeout fires
        Fault discord429 =
            Fault::httpStatus(429, R"({"message":"You are being rate limited.","retry_after":0.4,"global":false})")
                .on("POST /api/webhooks/");
        fake.server().injectFault(discord429, 2);
        Notifier notifier(config);
        QElapsedTimer clock;
        clock.start();
        notifier.notify(QStringLiteral("first"));
        notifier.notify(QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(fake.discord().size(), 2, 15000);
        QVERIFY(clock.elapsed() >= 1000); // retry_after honoured (a lower bound, never flaky)
        QCOMPARE(fake.textsTo(kChat), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(fake.discord().at(0).text, QStringLiteral("first"));
        QCOMPARE(fake.discord().at(1).text, QStringLiteral("second"));
        notifier.shutdown();
        const QList<OutboxMessage> rows = outboxRows(dir);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).status, QStringLiteral("sent"));
        // 429, closed, timed out, sent (Qt itself may resend a request whose connection closed
        // before any answer, which then meets the next fault).
        QVERIFY(rows.at(0).attempts >= 3);
    }

    void aBadTokenIsOneClearErrorNotARetryLoop()
    {
        FakeTelegram fake(QStringLiteral("999:the-real-one"));
        QVERIFY(fake.start());
        QTemporaryDir dir;
        Notifier notifier(configFor(fake, dir));
        notifier.notify(QStringLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("Telegram refused the bot token (HTTP 401 Unauthorized)")),
                                 10000);
        // Requests already on their way when the 401 came (getUpdates, the other chat's first send)
        // may arrive after the line is logged; a retry loop would go on sending.
        QTest::qWait(500); // ten back-offs' worth
        const int requests = fake.server().requestCount();
        QVERIFY2(requests <= 3, qPrintable(QString::number(requests))); // getUpdates and the first send of each chat
        QCOMPARE(loggedCount(QStringLiteral("Telegram refused the bot token")), 1);
        notifier.shutdown();
        for (const OutboxMessage &row : outboxRows(dir))
            QCOMPARE(row.status, QStringLiteral("pending")); // kept for a restart with a working token
        for (const LogEntry &entry : Logger::instance().recentEntries())
            QVERIFY2(!entry.message.contains(kToken), qPrintable(entry.message));
    }

    void pendingMessagesSurviveARestartAndAreSentOnce()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        NotifyConfig config = configFor(fake, dir);
        config.telegramChatIds = {kChat};
        config.drainTimeout = std::chrono::milliseconds(300);
        config.retryBase = std::chrono::milliseconds(5000); // still failing when the exit comes
        config.retryMax = std::chrono::milliseconds(5000);
        // Answered failures: nothing is in flight at the exit. (A request still unanswered then
        // may have reached Telegram: it stays pending and may arrive twice — the documented case.)
        fake.server().injectFault(Fault::httpStatus(502).on(fake.sendRoute()), 1000);
        {
            Notifier notifier(config);
            notifier.notify(QStringLiteral("before the restart 1"));
            notifier.notify(QStringLiteral("before the restart 2"));
            QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("not sent (HTTP 502): again in 5 s")), 10000);
            notifier.shutdown();
        }
        QCOMPARE(fake.textsTo(kChat).size(), 0);
        fake.server().clearFaults();
        {
            Notifier notifier(config);
            notifier.notify(QStringLiteral("after the restart"));
            QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 3, 10000);
            notifier.shutdown();
        }
        // A clean third start sends nothing again.
        {
            Notifier notifier(config);
            QTest::qWait(300);
            notifier.shutdown();
        }
        QCOMPARE(fake.textsTo(kChat),
                 (QStringList{QStringLiteral("before the restart 1"), QStringLiteral("before the restart 2"),
                              QStringLiteral("after the restart")}));
    }

    void commandsFromAllowedChatsOnlyThroughTheController()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        EngineConfig engineConfig;
        engineConfig.exchange = Exchange::Replay;
        // Its own file: two connections migrating one new file at once is not what the app does
        // (the session migrates before either starts).
        engineConfig.databaseUrl = QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("engine.db"));
        engineConfig.dataDir = dir.path();
        EngineController controller(engineConfig);
        NotifyConfig config = configFor(fake, dir);
        config.language = NotifyLanguage::English;
        auto notifier = std::make_unique<Notifier>(config);
        notifier->attach(&controller);
        auto commands = std::make_unique<TelegramCommands>(notifier.get(), &controller);

        fake.pushUpdate(kStranger, QStringLiteral("/status"));
        fake.pushUpdate(kStranger, QStringLiteral("/stop"));
        fake.pushUpdate(kChat, QStringLiteral("/status"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 1, 10000);
        QVERIFY2(fake.textsTo(kChat).at(0).startsWith(QStringLiteral("State: IDLE (paper)")),
                 qPrintable(fake.textsTo(kChat).at(0)));
        QCOMPARE(fake.textsTo(kStranger).size(), 0);
        QCOMPARE(loggedCount(QStringLiteral("a message from chat 666, which is not in TELEGRAM_CHAT_ID")), 1);

        fake.pushUpdate(kChat, QStringLiteral("/reset"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 3, 10000);
        QCOMPARE(fake.textsTo(kChat).at(1), QStringLiteral("Reset sent to the engine."));
        QCOMPARE(fake.textsTo(kChat).at(2), QStringLiteral("❌ Refused: Reset is not allowed while the engine is IDLE"));

        fake.pushUpdate(kChat, QStringLiteral("/kill confirm"));
        fake.pushUpdate(kChat, QStringLiteral("/kill@autocoin_bot"));
        fake.pushUpdate(kOtherChat, QStringLiteral("/kill confirm")); // another chat's /kill is its own
        fake.pushUpdate(kChat, QStringLiteral("/kill confirm"));
        fake.pushUpdate(kChat, QStringLiteral("/whatever"));
        // An old command (sent before a long outage) is not executed.
        fake.pushUpdate(kChat, QStringLiteral("/help"), QDateTime::currentSecsSinceEpoch() - 3600);
        // Pulled while IDLE: no state change, so the switch has its own message (to every chat).
        const QString engaged =
            QStringLiteral("🛑 Kill switch: new entries blocked, open orders cancelled, positions "
                           "being closed. The engine stays IDLE and cannot start until /reset.");
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 8, 10000);
        QStringList replies = fake.textsTo(kChat).mid(3);
        QCOMPARE(replies.removeAll(engaged), 1); // it comes when the engine has done it, among the replies
        QVERIFY(replies.at(0).startsWith(QStringLiteral("Nothing to confirm")));
        QVERIFY(replies.at(1).contains(QStringLiteral("/kill confirm within 60 s")));
        QCOMPARE(replies.at(2), QStringLiteral("🛑 Kill switch pressed."));
        QCOMPARE(replies.at(3), QStringLiteral("Unknown command. /help lists the commands."));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kOtherChat).size(), 2, 10000);
        QVERIFY(fake.textsTo(kOtherChat).at(0).startsWith(QStringLiteral("Nothing to confirm")));
        QCOMPARE(fake.textsTo(kOtherChat).at(1), engaged);
        QVERIFY(logged(QStringLiteral("kill switch pressed from Telegram chat 1001")));
        QTRY_VERIFY(controller.status().killed);

        // The /status says so, /start is refused, and /reset releases it while IDLE.
        fake.pushUpdate(kChat, QStringLiteral("/status"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 9, 10000);
        QVERIFY2(fake.textsTo(kChat).at(8).contains(
                     QStringLiteral("🛑 Kill switch engaged: no new entries, no start until /reset.")),
                 qPrintable(fake.textsTo(kChat).at(8)));
        fake.pushUpdate(kChat, QStringLiteral("/start"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 11, 10000);
        QCOMPARE(fake.textsTo(kChat).at(10),
                 QStringLiteral("❌ Refused: Start is not allowed while the kill switch is on: Reset first"));
        fake.pushUpdate(kChat, QStringLiteral("/reset"));
        const QString released =
            QStringLiteral("↩️ Kill switch released by Reset; autocoin is idle and /start trades again.");
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 13, 10000);
        QCOMPARE(fake.textsTo(kChat).at(11), QStringLiteral("Reset sent to the engine."));
        QCOMPARE(fake.textsTo(kChat).at(12), released);
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kOtherChat).size(), 3, 10000);
        QCOMPARE(fake.textsTo(kOtherChat).at(2), released);
        QVERIFY(!controller.status().killed);
        QCOMPARE(controller.state(), EngineState::Idle);

        // A restart reads on from the stored offset: nothing is executed twice.
        commands.reset();
        notifier->shutdown();
        const QList<qint64> offsetsBefore = fake.pollOffsets();
        notifier = std::make_unique<Notifier>(config);
        commands = std::make_unique<TelegramCommands>(notifier.get(), &controller);
        QTRY_VERIFY_WITH_TIMEOUT(fake.pollOffsets().size() > offsetsBefore.size(), 10000);
        QCOMPARE(fake.pollOffsets().at(offsetsBefore.size()), offsetsBefore.last());
        fake.pushUpdate(kChat, QStringLiteral("/help"));
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 14, 10000);
        QVERIFY(fake.textsTo(kChat).at(13).startsWith(QStringLiteral("/status")));
        QTest::qWait(200);
        QCOMPARE(fake.textsTo(kChat).size(), 14);
        commands.reset();
        notifier->shutdown();
        controller.shutdown();
    }

    void theControllersSignalsBecomeMessages()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        EngineConfig engineConfig;
        engineConfig.exchange = Exchange::Replay;
        EngineController controller(engineConfig); // idle: the test emits its signals itself
        NotifyConfig config = configFor(fake, dir);
        config.telegramChatIds = {kChat};
        config.paperFills = false;
        Notifier notifier(config);
        notifier.attach(&controller);
        Q_EMIT controller.tradeRecorded(trade(true)); // a paper fill: not sent (NOTIFY_PAPER_FILLS=false)
        Q_EMIT controller.tradeRecorded(trade(false));
        Q_EMIT controller.dailyLossLimitReached(
            QStringLiteral("daily loss 31,000 KRW reached the limit of 30,000 KRW"));
        Q_EMIT controller.executionNotice(adopted());
        // A sync flags two markets; only the held one is news.
        Q_EMIT controller.marketsSynced({}, {}, {QStringLiteral("KRW-XRP"), QStringLiteral("KRW-ETH")});
        EngineStatus status;
        MarketStatus xrp;
        xrp.market = QStringLiteral("KRW-XRP");
        xrp.held = true;
        xrp.warning = QStringLiteral("CAUTION");
        MarketStatus eth;
        eth.market = QStringLiteral("KRW-ETH");
        eth.warning = QStringLiteral("CAUTION");
        status.perMarket = {xrp, eth};
        Q_EMIT controller.statusChanged(status);
        Q_EMIT controller.statusChanged(status); // the flags are news once
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 4, 10000);
        QTest::qWait(200);
        const QStringList texts = fake.textsTo(kChat);
        QCOMPARE(texts.size(), 4);
        QVERIFY2(texts.at(0).startsWith(QStringLiteral("✅ BUY filled: KRW-BTC")), qPrintable(texts.at(0)));
        QCOMPARE(texts.at(1), QStringLiteral("⛔ Daily loss limit reached: daily loss 31,000 KRW reached the limit of "
                                             "30,000 KRW\nNo new entries until tomorrow."));
        QCOMPARE(texts.at(2), QStringLiteral("ℹ️ Reconciliation: adopted order ac-1 (sell KRW-ETH) found on the "
                                             "exchange but missing from the database"));
        QCOMPARE(texts.at(3),
                 QStringLiteral("⚠️ KRW-XRP, which you hold, is now under an exchange warning (CAUTION). "
                                "Have a look."));
        notifier.shutdown();
        controller.shutdown();
    }

    void aReconciliationNoticeReachesTelegramInKorean()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        EngineConfig engineConfig;
        engineConfig.exchange = Exchange::Replay;
        EngineController controller(engineConfig); // idle: the test emits its signal itself
        NotifyConfig config = configFor(fake, dir);
        config.telegramChatIds = {kChat};
        config.language = NotifyLanguage::Korean;
        Notifier notifier(config);
        notifier.attach(&controller);
        Q_EMIT controller.executionNotice(balanceDiffers());
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 1, 10000);
        QCOMPARE(fake.textsTo(kChat).at(0), QStringLiteral("ℹ️ 주문·잔고 대조 알림: ") +
                                                QStringLiteral("잔고 불일치: 거래소 보유 0.5 BTC, 체결 기록 0.2 BTC. "
                                                               "맞추기 위한 매매는 하지 않습니다. "
                                                               "autocoin 밖에서 한 거래가 있는지 확인하세요"));
        notifier.shutdown();
        controller.shutdown();
    }

    void eventsOfTheEngineAndTheKeyCheckBecomeMessages()
    {
        FakeTelegram fake(kToken);
        QVERIFY(fake.start());
        QTemporaryDir dir;
        NotifyConfig config = configFor(fake, dir);
        config.telegramChatIds = {kChat};
        config.paperFills = false;
        config.language = NotifyLanguage::Korean;
        Notifier notifier(config);
        // The entry point for the API key check (check-connection / the engine's key check).
        const QDateTime expireAt = QDateTime::currentDateTimeUtc().addDays(5).addSecs(60);
        notifier.keyExpiring(Exchange::Upbit, expireAt);
        notifier.keyExpiring(Exchange::Upbit, expireAt); // the same day: not again
        notifier.sendDailySummary();
        QTRY_COMPARE_WITH_TIMEOUT(fake.textsTo(kChat).size(), 2, 10000);
        QVERIFY2(fake.textsTo(kChat).at(0).startsWith(QStringLiteral("🔑 업비트 API 키가 5일 후")),
                 qPrintable(fake.textsTo(kChat).at(0)));
        QVERIFY(fake.textsTo(kChat).at(1).contains(QStringLiteral("일일 요약")));
        QVERIFY(fake.textsTo(kChat).at(1).contains(QStringLiteral("실현 손익: 0원")));
        notifier.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
