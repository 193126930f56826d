#pragma once

#include "core/Domain.h"
#include "core/EngineState.h"
#include "core/ExchangeError.h"
#include "core/Order.h"
#include "strategy/Reason.h"

#include <QString>

namespace autocoin {

enum class TextLanguage
{
    English,
    Korean
};

/// Whether `text` holds an English word (two Latin letters or more): what the Korean texts check
/// before they show words they did not write (an exchange's message, an engine's notice).
bool hasEnglishWords(const QString &text);

/// The engine's words in one language: reasons, states, signals and order states. The one
/// renderer behind the window (ui/status/EngineText picks the window's language), the
/// notifications (NotifyText, NOTIFY_LANGUAGE) and the backtest report. English is the engine's
/// historical wording (ReasonText(English).render(r) == r.english()); Korean is written as a
/// Korean trader reads it. Pure: tested alone (tests/unit/tst_reasontext.cpp).
class ReasonText
{
public:
    explicit ReasonText(TextLanguage language)
        : m_ko(language == TextLanguage::Korean)
    {}

    /// The whole reason, nested ones included ("신규 매수 중단: 최대 보유 종목 수 3개 도달 (…)").
    QString render(const Reason &reason) const;
    /// The condition alone, in a few words, without the signal it refused ("일일 손실 한도 도달",
    /// "RSI 과열 (78.20 ≥ 70)"): the why panel's line and the watchlist's tooltip.
    QString headline(const Reason &reason) const;
    /// Whether the reason is a BUY that was not taken (a veto or a block), so the reader is told
    /// "no new entries: …".
    static bool blocksEntry(const Reason &reason);
    /// "No new entries" / "신규 매수 중단".
    QString entriesStopped() const;

    QString state(EngineState state) const;
    QString signal(SignalType type) const;
    /// An order's state as the user reads it: an order with fills that ended as cancel (Upbit
    /// ends a filled market buy so: the unspent KRW is returned) or done is "filled" / 체결; one
    /// cancelled part-way is "partly filled" / 부분 체결.
    QString orderState(OrderStatus status, OrderType type, bool hasFills) const;

    /// The round trip's exit, in one word: signal, stop, trailing stop, kill switch, warning.
    enum class Exit
    {
        Signal,
        Stop,
        TrailingStop,
        KillSwitch,
        Warning
    };
    /// Which exit `reason` is (the order's recorded detail, read by Reason::fromEnglish).
    static Exit exitKind(const Reason &reason);
    QString exit(Exit kind) const;

    /// The engine's name of a request that failed (TradingEngine::recordFailure: "ticker",
    /// "candles", "universe", "orders", "market sync"): 시세 조회, 캔들 조회, … in Korean; English
    /// (and any name not known) as the engine wrote it.
    QString request(const QString &what) const;
    /// An exchange's error. English: ExchangeError::describe(), as the logs have it. Korean: what
    /// went wrong, by the exchange's error name when known (Upbit, Bithumb 2.0 and 1.0), else by
    /// kind and HTTP status ("서버 오류 (HTTP 500)", an unknown name with its code); the exchange's
    /// own message follows only when it has no English words (Upbit writes Korean ones).
    QString exchangeError(const ExchangeError &error) const;

    /// An exchange by the engine's name ("upbit"): 업비트, 빗썸, 리플레이 in Korean; English as named.
    QString exchange(const QString &name) const;

    /// A time zone id for the reader: "Asia/Seoul" is 한국 시간 in Korean; others as their id.
    QString zoneName(const QString &zone) const;

    /// 1234567 → "1,234,567" (rounded down to the won); a price keeps its decimals.
    static QString grouped(const QString &decimal, bool roundToWon);

private:
    QString tr(const char16_t *english, const char16_t *korean) const
    {
        return QString::fromUtf16(m_ko ? korean : english);
    }
    /// The same words as a view, for .arg(): a signal's reason is formatted for every exit of a
    /// backtest, and copying its pattern first cost as much as filling it in.
    QStringView words(const char16_t *english, const char16_t *korean) const { return m_ko ? korean : english; }
    QString krw(const QString &amount) const;
    /// An error as ExchangeError::describe() wrote it, told in Korean as exchangeError() tells it.
    QString describedError(const QString &description) const;
    QString sub(const Reason &reason, const QString &name) const { return render(reason.nested(name)); }
    bool m_ko;
};

} // namespace autocoin
