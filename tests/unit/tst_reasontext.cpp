// Structured reasons: the engine's English wording kept (events, the reason column, the logs), the
// Korean rendering, the stored form, and the one set of engine words the window and the
// notifications share.
#include "core/Amount.h"
#include "logging/LogEntry.h"
#include "notify/NotifyText.h"
#include "strategy/ReasonText.h"
#include "strategy/SignalGenerator.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace autocoin;

namespace {

const ReasonText en(TextLanguage::English);
const ReasonText ko(TextLanguage::Korean);

Reason crossUp()
{
    return Reason(ReasonCode::CrossUp)
        .set(QStringLiteral("fast"), 101.4)
        .set(QStringLiteral("slow"), 100.2)
        .set(QStringLiteral("rsi"), 55.123)
        .set(QStringLiteral("volume"), 1.5);
}

Reason maxPositions()
{
    return Reason(ReasonCode::MaxPositions).set(QStringLiteral("limit"), 3.0).set(QStringLiteral("signal"), crossUp());
}

Reason negativeExpectancy()
{
    const Reason limit =
        Reason(ReasonCode::LimitNoEdge).set(QStringLiteral("fraction"), -0.25).set(QStringLiteral("lookback"), 20.0);
    const Reason below = Reason(ReasonCode::BelowMinimum)
                             .set(QStringLiteral("size"), QStringLiteral("4000.5"))
                             .set(QStringLiteral("limit"), limit)
                             .set(QStringLiteral("minimum"), QStringLiteral("5000"));
    return Reason(ReasonCode::RiskVeto).set(QStringLiteral("veto"), below).set(QStringLiteral("signal"), crossUp());
}

Reason dailyLoss()
{
    return Reason(ReasonCode::DailyLossLimit).set(QStringLiteral("zone"), QStringLiteral("Asia/Seoul"));
}

/// Latin words in a Korean text other than the indicator names, market codes, HTTP, ID and the
/// app's name (the window's Korean says 주문 ID and autocoin).
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    static const QStringList allowed = {QStringLiteral("EMA"),     QStringLiteral("RSI"),  QStringLiteral("ATR"),
                                        QStringLiteral("KRW"),     QStringLiteral("HTTP"), QStringLiteral("ID"),
                                        QStringLiteral("autocoin")};
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            out.append(w);
    }
    return out;
}

} // namespace

class TestReasonText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishIsTheEnginesWording()
    {
        QCOMPARE(maxPositions().english(), QStringLiteral("BUY not taken: max-positions 3 reached (EMA 101 crossed "
                                                          "above 100; RSI 55.12; volume 1.50x average)"));
        QCOMPARE(negativeExpectancy().english(),
                 QStringLiteral("BUY vetoed by risk: size 4000 KRW (limited by no edge to size (Kelly fraction "
                                "-0.250): a probe of twice the minimum order) is below the minimum order of 5000 KRW "
                                "(EMA 101 crossed above 100; RSI 55.12; volume 1.50x average)"));
        QCOMPARE(Reason(ReasonCode::RiskVeto).set(QStringLiteral("veto"), dailyLoss()).english(),
                 QStringLiteral("BUY vetoed by risk: daily loss limit reached; no new entries until 00:00 Asia/Seoul"));
        QCOMPARE(Reason(ReasonCode::WarningMarket)
                     .set(QStringLiteral("market"), QStringLiteral("KRW-SHIB"))
                     .set(QStringLiteral("signal"), crossUp())
                     .english(),
                 QStringLiteral("BUY not taken: KRW-SHIB is designated warning (유의) by the exchange (EMA 101 "
                                "crossed above 100; RSI 55.12; volume 1.50x average)"));
        QCOMPARE(Reason(ReasonCode::WarningMarket).set(QStringLiteral("market"), QStringLiteral("KRW-SHIB")).english(),
                 QStringLiteral("KRW-SHIB is designated warning (유의) by the exchange"));
        Reason sized = crossUp();
        sized.set(
            QStringLiteral("size"),
            Reason(ReasonCode::Sized)
                .set(QStringLiteral("amount"), QStringLiteral("150000.9"))
                .set(QStringLiteral("limit"), Reason(ReasonCode::LimitKelly).set(QStringLiteral("fraction"), 0.1234))
                .set(QStringLiteral("stop"), QStringLiteral("95000000"))
                .set(QStringLiteral("risk"), QStringLiteral("2999.99")));
        QCOMPARE(sized.english(), QStringLiteral("EMA 101 crossed above 100; RSI 55.12; volume 1.50x average; size "
                                                 "150000 KRW limited by Kelly 0.123; stop 95000000, risk 2999 KRW"));
        // The engine's own decision carries the code and writes the same English as before.
        StrategyParameters p;
        p.rsiOverbought = 70;
        IndicatorSnapshot previous;
        previous.emaFast = 99;
        previous.emaSlow = 100;
        IndicatorSnapshot current;
        current.emaFast = 101;
        current.emaSlow = 100;
        current.rsi = 78.2;
        current.atr = 1;
        current.volume = 10;
        current.volumeAverage = 5;
        const Signal signal = evaluateSignal(previous, current, p, false);
        QCOMPARE(signal.cause.code(), ReasonCode::CrossUpOverbought);
        QCOMPARE(signal.cause.number(QStringLiteral("rsi")), 78.2);
        QCOMPARE(signal.cause.number(QStringLiteral("limit")), 70.0);
        QCOMPARE(signal.reason, QStringLiteral("EMA crossed up, but RSI 78.20 is at or above 70"));
    }

    void koreanReadsAsKorean()
    {
        QCOMPARE(ko.render(maxPositions()),
                 QStringLiteral("신규 매수 중단: 최대 보유 종목 수 3개 도달 (단기 EMA(101)가 장기 EMA(100)를 상향 "
                                "돌파; RSI 55.12; 거래량 평균의 1.50배)"));
        QCOMPARE(ko.headline(maxPositions()), QStringLiteral("최대 보유 종목 수 도달 (3개)"));
        QCOMPARE(ko.headline(negativeExpectancy()), QStringLiteral("최근 20회 기대값 음수"));
        QCOMPARE(ko.render(negativeExpectancy()),
                 QStringLiteral("신규 매수 중단: 주문 규모 4,000원 (최근 20회 기대값 음수 (켈리 -0.250): 최소 주문의 "
                                "2배로 시험 매수 기준)이(가) 최소 주문 5,000원 미만 (단기 EMA(101)가 장기 EMA(100)를 "
                                "상향 돌파; RSI 55.12; 거래량 평균의 1.50배)"));
        QCOMPARE(ko.headline(Reason(ReasonCode::RiskVeto).set(QStringLiteral("veto"), dailyLoss())),
                 QStringLiteral("일일 손실 한도 도달"));
        QCOMPARE(ko.headline(Reason(ReasonCode::CrossUpOverbought)
                                 .set(QStringLiteral("rsi"), 78.2)
                                 .set(QStringLiteral("limit"), 70.0)),
                 QStringLiteral("RSI 과열 (78.2 ≥ 70)"));
        QCOMPARE(ko.headline(Reason(ReasonCode::WarningMarket).set(QStringLiteral("market"), QStringLiteral("KRW-X"))),
                 QStringLiteral("유의 종목"));
        QCOMPARE(en.headline(maxPositions()), QStringLiteral("maximum positions held (3)"));
        QVERIFY(ReasonText::blocksEntry(maxPositions()));
        QVERIFY(ReasonText::blocksEntry(negativeExpectancy()));
        QVERIFY(!ReasonText::blocksEntry(crossUp()));
        // Every code in Korean: no English word but the indicator names (and market codes).
        for (int code = static_cast<int>(ReasonCode::WarmingUp); code <= static_cast<int>(ReasonCode::UniverseChosen);
             ++code) {
            Reason r(static_cast<ReasonCode>(code));
            r.set(QStringLiteral("market"), QStringLiteral("KRW-BTC"))
                .set(QStringLiteral("zone"), QStringLiteral("서울"))
                .set(QStringLiteral("flags"), QStringLiteral("급등"))
                .set(QStringLiteral("price"), QStringLiteral("95000000"))
                .set(QStringLiteral("amount"), QStringLiteral("1"))
                .set(QStringLiteral("size"), QStringLiteral("1"))
                .set(QStringLiteral("minimum"), QStringLiteral("5000"))
                .set(QStringLiteral("stop"), QStringLiteral("1"))
                .set(QStringLiteral("risk"), QStringLiteral("1"))
                .set(QStringLiteral("signal"), crossUp())
                .set(QStringLiteral("veto"), dailyLoss());
            if (r.code() != ReasonCode::BelowMinimum && r.code() != ReasonCode::Sized)
                r.set(QStringLiteral("limit"), 3.0);
            else
                r.set(QStringLiteral("limit"), Reason(ReasonCode::LimitCash));
            QString text = ko.render(r) + u' ' + ko.headline(r);
            QVERIFY2(!ko.render(r).isEmpty(), qPrintable(Reason::codeName(r.code())));
            QVERIFY2(englishWords(text.replace(QStringLiteral("KRW-BTC"), QString())).isEmpty(),
                     qPrintable(Reason::codeName(r.code()) + QStringLiteral(": ") + text));
            // English is the same sentence the engine writes.
            QCOMPARE(en.render(r), r.english());
        }
    }

    void storedFormComesBack()
    {
        const Reason r = negativeExpectancy();
        const Reason back = Reason::load(Reason::codeName(r.code()), r.dataJson());
        QCOMPARE(back, r);
        QCOMPARE(back.nested(QStringLiteral("veto")).nested(QStringLiteral("limit")).code(), ReasonCode::LimitNoEdge);
        QCOMPARE(Reason::codeName(ReasonCode::LimitNoEdge), QStringLiteral("expectancy_negative"));
        QVERIFY(Reason::load(QStringLiteral("a_code_from_a_newer_autocoin"), QStringLiteral("{}")).isEmpty());
        // Every code has a stored name, each name its code.
        for (int code = static_cast<int>(ReasonCode::WarmingUp); code <= static_cast<int>(ReasonCode::UniverseChosen);
             ++code) {
            const QString name = Reason::codeName(static_cast<ReasonCode>(code));
            QVERIFY(!name.isEmpty());
            QCOMPARE(Reason::codeFromName(name), std::optional(static_cast<ReasonCode>(code)));
        }
    }

    void valuesAsSetReadAsStored()
    {
        // A reason keeps its values as they were set and writes JSON only when asked: what it
        // says and stores is what the same reason read back from its JSON says and stores.
        for (const Reason &r : {crossUp(), maxPositions(), negativeExpectancy(), dailyLoss()}) {
            const Reason back = Reason::load(Reason::codeName(r.code()), r.dataJson());
            QCOMPARE(back.english(), r.english());
            QCOMPARE(ko.render(back), ko.render(r));
            QCOMPARE(ko.headline(back), ko.headline(r));
            QCOMPARE(back.dataJson(), r.dataJson());
            QCOMPARE(back.toJson(), r.toJson());
            QCOMPARE(reasonDataJson(back), reasonDataJson(r));
        }
        // The keys come out sorted, as a JSON object has them.
        QCOMPARE(crossUp().dataJson(), QStringLiteral(R"({"fast":101.4,"rsi":55.123,"slow":100.2,"volume":1.5})"));
        // A value read as another kind is nothing, as JSON reads it.
        const Reason mixed = Reason(ReasonCode::Sized)
                                 .set(QStringLiteral("amount"), QStringLiteral("5000"))
                                 .set(QStringLiteral("limit"), Reason(ReasonCode::LimitCash))
                                 .set(QStringLiteral("risk"), 12.5);
        const Reason stored = Reason::load(QStringLiteral("sized"), mixed.dataJson());
        for (const Reason &r : {mixed, stored}) {
            QCOMPARE(r.number(u"amount"), 0.0);
            QCOMPARE(r.text(u"risk"), QString());
            QCOMPARE(r.number(u"limit"), 0.0);
            QCOMPARE(r.text(u"limit"), QString());
            QCOMPARE(r.nested(u"risk"), Reason());
            QCOMPARE(r.nested(u"limit").code(), ReasonCode::LimitCash);
            QCOMPARE(r.number(u"missing"), 0.0);
            QVERIFY(!r.has(u"missing"));
        }
        // A name set again keeps its last value; an empty nested reason is not set.
        Reason again = Reason(ReasonCode::RsiExit).set(QStringLiteral("rsi"), 71.0).set(QStringLiteral("limit"), 70.0);
        again.set(QStringLiteral("rsi"), 72.5).set(QStringLiteral("signal"), Reason());
        QCOMPARE(again.dataJson(), QStringLiteral(R"({"limit":70,"rsi":72.5})"));
        QVERIFY(!again.has(u"signal"));
        QCOMPARE(again.english(), QStringLiteral("RSI 72.50 rose above the exit bound 70"));
    }

    void numbersAreWrittenAsQtWritesThem()
    {
        // The reasons' numbers are QString::number(value, 'f', decimals) digit for digit: exact
        // halves (0.125, 2.5), values just beside them, ones whose decimal text misleads (0.145 is
        // a little below), zero, negative, huge and not finite ones, and many at random.
        QList<double> values = {0.125, 0.375, 2.5,   0.5,   1.005, 0.145, 2.675, 99.995, 70.0,
                                0.0,   -0.0,  -1.25, -3.14, 1e-9,  1e15,  1e20,  qInf(), qQNaN()};
        for (const double v : {0.125, 2.5, 99.995, 1234.5})
            values << std::nextafter(v, 0.0) << std::nextafter(v, 1e300);
        quint64 state = 1;
        for (int i = 0; i < 20000; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const double r = double(state >> 11) / double(1ULL << 53);
            values << r * 100 << r * 2e8 << double(state % 100000000) / 200.0;
        }
        for (const double v : std::as_const(values)) {
            const Reason r = Reason(ReasonCode::CrossDown)
                                 .set(QStringLiteral("fast"), v)
                                 .set(QStringLiteral("slow"), v / 3)
                                 .set(QStringLiteral("rsi"), v);
            QCOMPARE(r.english(),
                     QStringLiteral("EMA %1 crossed below %2; RSI %3")
                         .arg(QString::number(v, 'f', 0), QString::number(v / 3, 'f', 0), QString::number(v, 'f', 2)));
            QCOMPARE(ko.headline(Reason(ReasonCode::CrossUpOverbought)
                                     .set(QStringLiteral("rsi"), v)
                                     .set(QStringLiteral("limit"), v)),
                     QStringLiteral("RSI 과열 (%1 ≥ %2)").arg(QString::number(v, 'f', 1), QString::number(v, 'f', 0)));
        }
    }

    void theEnginesFixedWordingsAreRecognised()
    {
        QCOMPARE(ReasonText::exitKind(Reason::fromEnglish(QStringLiteral("stop 95000000"))), ReasonText::Exit::Stop);
        QCOMPARE(ReasonText::exitKind(Reason::fromEnglish(QStringLiteral("trailing stop 96000000.5"))),
                 ReasonText::Exit::TrailingStop);
        QCOMPARE(ReasonText::exitKind(Reason::fromEnglish(QStringLiteral("kill switch"))),
                 ReasonText::Exit::KillSwitch);
        QCOMPARE(ReasonText::exitKind(Reason::fromEnglish(QStringLiteral("exchange warning (유의) on KRW-X"))),
                 ReasonText::Exit::Warning);
        QVERIFY(Reason::fromEnglish(QStringLiteral("stop requested")).isEmpty()); // a state change's reason
        QCOMPARE(ReasonText::exitKind(Reason::fromEnglish(QStringLiteral("EMA 1 crossed below 2; RSI 40.00"))),
                 ReasonText::Exit::Signal);
        QCOMPARE(ko.render(Reason::fromEnglish(QStringLiteral("trailing stop 96000000.5"))),
                 QStringLiteral("추적 손절 96,000,000.5"));
        QCOMPARE(ko.exit(ReasonText::Exit::TrailingStop), QStringLiteral("추적 손절"));
        QCOMPARE(en.exit(ReasonText::Exit::KillSwitch), QStringLiteral("kill switch"));
        const Reason daily = Reason::fromEnglish(dailyLoss().english());
        QCOMPARE(daily, dailyLoss());
    }

    void theExecutionNoticesKeepTheirEnglishAndReadInKorean()
    {
        // Each notice the engine reports (LiveExecution's reconciliation, TradingEngine's own): its
        // English exactly as it was written before notices had codes (the log, the events and
        // tst_execution read it), read back from that English, and its Korean.
        const QString id = QStringLiteral("ac-0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QString order = QStringLiteral("order");
        struct Notice
        {
            Reason reason;
            QString english;
            QString korean;
        };
        const QList<Notice> notices = {
            {Reason(ReasonCode::OrderNoAnswer)
                 .set(order, id)
                 .set(QStringLiteral("error"), QStringLiteral("timeout: no answer within 10000 ms")),
             QStringLiteral("order %1: no answer (timeout: no answer within 10000 ms); it will be looked up by its "
                            "client order id")
                 .arg(id),
             QStringLiteral("주문 %1: 거래소 응답 없음 (응답 시간 초과). 클라이언트 주문 ID로 조회해 결과를 "
                            "확인합니다")
                 .arg(id)},
            {Reason(ReasonCode::OrderNoAnswer)
                 .set(order, id)
                 .set(QStringLiteral("error"),
                      QStringLiteral("rate_limited (HTTP 429) [too_many_requests]: 요청 수 제한을 초과했습니다")),
             QStringLiteral("order %1: no answer (rate_limited (HTTP 429) [too_many_requests]: 요청 수 제한을 "
                            "초과했습니다); it will be looked up by its client order id")
                 .arg(id),
             QStringLiteral("주문 %1: 거래소 응답 없음 (요청 한도 초과 (HTTP 429): 요청 수 제한을 초과했습니다). "
                            "클라이언트 주문 ID로 조회해 결과를 확인합니다")
                 .arg(id)},
            {Reason(ReasonCode::OrderTimedOut).set(order, id),
             QStringLiteral("order %1 cancelled after the timeout").arg(id),
             QStringLiteral("주문 %1: 미체결 주문 취소 시간이 지나 취소했습니다").arg(id)},
            {Reason(ReasonCode::OrderAdopted)
                 .set(order, id)
                 .set(QStringLiteral("side"), QStringLiteral("buy"))
                 .set(QStringLiteral("market"), QStringLiteral("KRW-BTC")),
             QStringLiteral("adopted order %1 (buy KRW-BTC) found on the exchange but missing from the database")
                 .arg(id),
             QStringLiteral("주문 %1 (KRW-BTC 매수): 거래소에는 있지만 데이터베이스에 없던 주문이어서 기록에 "
                            "추가했습니다")
                 .arg(id)},
            {Reason(ReasonCode::FailedOrderFound).set(order, id).set(QStringLiteral("state"), QStringLiteral("done")),
             QStringLiteral("order %1 recorded as failed exists on the exchange (done): recorded as it is there")
                 .arg(id),
             QStringLiteral("주문 %1: 실패로 기록했지만 거래소에 있는 주문입니다 (거래소 상태: 체결). 거래소 상태대로 "
                            "기록했습니다")
                 .arg(id)},
            {Reason(ReasonCode::BalanceDiffers)
                 .set(QStringLiteral("exchange"), QStringLiteral("0.5"))
                 .set(QStringLiteral("coin"), QStringLiteral("BTC"))
                 .set(QStringLiteral("recorded"), QStringLiteral("0.00123")),
             QStringLiteral("balance differs: the exchange holds 0.5 BTC, the recorded fills 0.00123; nothing is "
                            "traded to fix it — check for trades made outside autocoin"),
             QStringLiteral("잔고 불일치: 거래소 보유 0.5 BTC, 체결 기록 0.00123 BTC. 맞추기 위한 매매는 하지 "
                            "않습니다. autocoin 밖에서 한 거래가 있는지 확인하세요")},
            {Reason(ReasonCode::OrderCancelled).set(order, id), QStringLiteral("cancelled order %1").arg(id),
             QStringLiteral("긴급 정지: 미체결 주문 %1을(를) 취소했습니다").arg(id)},
            {Reason(ReasonCode::MarketNotListed)
                 .set(QStringLiteral("market"), QStringLiteral("KRW-SOL"))
                 .set(QStringLiteral("exchange"), QStringLiteral("upbit"))
                 .set(QStringLiteral("held"), 1.0),
             QStringLiteral("KRW-SOL is not listed by upbit (delisted or unknown): no new entries there; the position "
                            "is still managed by its stops and signals"),
             QStringLiteral("KRW-SOL: 업비트 종목 목록에 없습니다 (상장 폐지 또는 알 수 없는 종목). 이 종목은 신규 "
                            "매수하지 않습니다. 보유 포지션은 손절과 매도 신호로 계속 관리합니다")},
            {Reason(ReasonCode::MarketNotListed)
                 .set(QStringLiteral("market"), QStringLiteral("KRW-SOL"))
                 .set(QStringLiteral("exchange"), QStringLiteral("bithumb"))
                 .set(QStringLiteral("held"), 0.0),
             QStringLiteral("KRW-SOL is not listed by bithumb (delisted or unknown): no new entries there"),
             QStringLiteral("KRW-SOL: 빗썸 종목 목록에 없습니다 (상장 폐지 또는 알 수 없는 종목). 이 종목은 신규 "
                            "매수하지 않습니다")},
            {Reason(ReasonCode::UniverseChosen)
                 .set(QStringLiteral("top"), 3.0)
                 .set(QStringLiteral("markets"), QStringLiteral("KRW-BTC, KRW-ETH, KRW-XRP")),
             QStringLiteral("universe top:3 by 24-hour traded value: KRW-BTC, KRW-ETH, KRW-XRP"),
             QStringLiteral("자동 선정: 24시간 거래대금 상위 3개 종목 — KRW-BTC, KRW-ETH, KRW-XRP")},
        };
        for (const Notice &notice : notices) {
            QCOMPARE(notice.reason.english(), notice.english);
            QCOMPARE(ko.render(notice.reason), notice.korean);
            QString rest = notice.korean;
            // The ids, market codes and the coin (as the balances name it) stay as written.
            rest.remove(id).remove(QRegularExpression(QStringLiteral("KRW-[A-Z0-9]+"))).remove(QStringLiteral(" BTC"));
            QVERIFY2(englishWords(rest).isEmpty(), qPrintable(notice.korean));
            // Not a fixed wording of an exit or a block, nor one of them a notice.
            QVERIFY(Reason::fromEnglish(notice.english).isEmpty());
        }
        // An error the engine did not describe: no English in its place.
        const Reason odd =
            Reason(ReasonCode::OrderNoAnswer).set(order, id).set(QStringLiteral("error"), QStringLiteral("odd words"));
        QVERIFY2(!ko.render(odd).contains(u"odd"), qPrintable(ko.render(odd)));
    }

    void oneSetOfEngineWords()
    {
        // The notifications and the window say the same word for each state.
        for (const EngineState state :
             {EngineState::Idle, EngineState::Running, EngineState::Stopping, EngineState::Error}) {
            QCOMPARE(NotifyText(NotifyLanguage::Korean).stateName(state), ko.state(state));
            QCOMPARE(NotifyText(NotifyLanguage::English).stateName(state), en.state(state));
        }
        QCOMPARE(ko.state(EngineState::Stopping), QStringLiteral("정지 중"));
        // Upbit ends a filled market buy as cancel: it was filled.
        QCOMPARE(ko.orderState(OrderStatus::Cancel, OrderType::MarketBuy, true), QStringLiteral("체결"));
        QCOMPARE(en.orderState(OrderStatus::Cancel, OrderType::MarketBuy, true), QStringLiteral("filled"));
        QCOMPARE(ko.orderState(OrderStatus::Cancel, OrderType::MarketBuy, false), QStringLiteral("취소"));
        QCOMPARE(ko.orderState(OrderStatus::Cancel, OrderType::Limit, true), QStringLiteral("부분 체결 후 취소"));
        QCOMPARE(ko.orderState(OrderStatus::Done, OrderType::MarketSell, true), QStringLiteral("체결"));
        QCOMPARE(ko.signal(SignalType::Hold), QStringLiteral("관망"));
        // A notification renders the engine's fixed reasons in its language.
        const QString message = NotifyText(NotifyLanguage::Korean).dailyLossLimit(dailyLoss().english());
        QVERIFY2(message.contains(QStringLiteral("한국 시간 기준 0시까지")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("daily loss")), qPrintable(message));
    }

    void exchangeErrorsAndRequestsReadInKorean()
    {
        // describe()'s line comes back whole, so English renders exactly what the log file has.
        for (const QString &line :
             {QStringLiteral("server (HTTP 500): server error"), QStringLiteral("timeout"),
              QStringLiteral("authentication (HTTP 401) [invalid_access_key]: 잘못된 엑세스 키입니다."),
              QStringLiteral("rejected [5600]: Please try again")}) {
            const auto error = ExchangeError::fromDescription(line);
            QVERIFY2(error, qPrintable(line));
            QCOMPARE(error->describe(), line);
            QCOMPARE(en.exchangeError(*error), line);
        }
        QVERIFY(!ExchangeError::fromDescription(QStringLiteral("3 consecutive failures (ticker), last: x")));
        const auto korean = [](const char *line) {
            return ko.exchangeError(*ExchangeError::fromDescription(QString::fromUtf8(line)));
        };
        // By HTTP status and kind; an English message stays out of the Korean text.
        QCOMPARE(korean("server (HTTP 500): server error"), QStringLiteral("서버 오류 (HTTP 500)"));
        QCOMPARE(korean("rate_limited (HTTP 429): Too many requests"), QStringLiteral("요청 한도 초과 (HTTP 429)"));
        QCOMPARE(korean("network: Connection refused"), QStringLiteral("네트워크 오류"));
        // By the exchange's error name, the exchange's Korean message after it.
        QCOMPARE(korean("authentication (HTTP 401) [invalid_access_key]: 잘못된 엑세스 키입니다."),
                 QStringLiteral("인증 실패: 잘못된 API 키 (HTTP 401): 잘못된 엑세스 키입니다."));
        QCOMPARE(korean("insufficient_funds (HTTP 400) [insufficient_funds_bid]: 주문가능한 금액(KRW)이 부족합니다."),
                 QStringLiteral("잔고 부족 (매수 가능 금액 부족) (HTTP 400): 주문가능한 금액(KRW)이 부족합니다."));
        QCOMPARE(korean("authentication (HTTP 401) [NotAllowIP]: not allowed"),
                 QStringLiteral("인증 실패: 허용되지 않은 IP (HTTP 401)"));
        QCOMPARE(korean("rejected [5300]: Invalid Apikey"), QStringLiteral("인증 실패: 잘못된 API 키"));
        // An unknown name: a generic Korean text with its code.
        QCOMPARE(korean("rejected (HTTP 400) [brand_new_error]: something"),
                 QStringLiteral("거래소 거부 (코드 brand_new_error, HTTP 400)"));

        QCOMPARE(ko.request(QStringLiteral("ticker")), QStringLiteral("시세 조회"));
        QCOMPARE(ko.request(QStringLiteral("candles")), QStringLiteral("캔들 조회"));
        QCOMPARE(ko.request(QStringLiteral("orders")), QStringLiteral("주문"));
        QCOMPARE(en.request(QStringLiteral("market sync")), QStringLiteral("market sync"));

        // As log values: the file's English unchanged, the window's Korean.
        ExchangeError error;
        error.kind = ExchangeError::Kind::Server;
        error.httpStatus = 503;
        error.message = QStringLiteral("server error");
        const QVariantList args = {logRequest(QStringLiteral("ticker")), QStringLiteral("1"), QStringLiteral("3"),
                                   logError(error)};
        QCOMPARE(fillLogText(QStringLiteral("%1 failed (%2/%3): %4"), args, en),
                 QStringLiteral("ticker failed (1/3): server (HTTP 503): server error"));
        QCOMPARE(fillLogText(QStringLiteral("%1 실패 (%2/%3): %4"), args, ko),
                 QStringLiteral("시세 조회 실패 (1/3): 서버 오류 (HTTP 503)"));
        // A reason whose values are named like the other log values (its refused "signal", an
        // order's "state") is the reason, whole.
        const Reason found = Reason(ReasonCode::FailedOrderFound)
                                 .set(QStringLiteral("order"), QStringLiteral("ac-1"))
                                 .set(QStringLiteral("state"), QStringLiteral("done"));
        for (const Reason &reason : {maxPositions(), found}) {
            QCOMPARE(fillLogText(QStringLiteral("%1"), {logReason(reason)}, en), reason.english());
            QCOMPARE(fillLogText(QStringLiteral("%1"), {logReason(reason)}, ko), ko.render(reason));
        }
    }

    void amountsAreGroupedWithSensibleDecimals()
    {
        const auto d = [](const char *text) { return *Decimal::fromString(QString::fromLatin1(text)); };
        QCOMPARE(formatAmount(d("1234567.891")), QStringLiteral("1,234,567.891"));
        QCOMPARE(formatAmount(d("-1234")), QStringLiteral("-1,234"));
        QCOMPARE(formatPrice(d("63570123.456")), QStringLiteral("63,570,123"));
        QCOMPARE(formatPrice(d("512.345")), QStringLiteral("512.3"));
        QCOMPARE(formatPrice(d("12.34567")), QStringLiteral("12.35"));
        QCOMPARE(formatPrice(d("0.00123456789")), QStringLiteral("0.001235"));
        QCOMPARE(withoutGrouping(QStringLiteral(" 1,234,567.5 ")), std::optional(QStringLiteral("1234567.5")));
        QCOMPARE(withoutGrouping(QStringLiteral("1234567")), std::optional(QStringLiteral("1234567")));
        QCOMPARE(withoutGrouping(QStringLiteral("12,34,567")), std::nullopt);
        QCOMPARE(withoutGrouping(QStringLiteral("1,00")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReasonText)
#include "tst_reasontext.moc"
