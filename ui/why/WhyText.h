#pragma once

#include "storage/Records.h"

#include <QString>
#include <QTimeZone>

namespace autocoin {

/// The parts of "why no trade?" for one market's last decision, in the window's language.
struct WhyLines
{
    QString headline; ///< "신규 매수 중단: 최대 보유 종목 수 도달 (2개)", "관망: 신호 없음: EMA 교차 없음"
    QString detail;       ///< the whole reason, nested ones included
    QString timing;       ///< "마지막 판단 14:00 · 다음 판단 15:00 (Asia/Seoul)"
    bool blocked = false; ///< a BUY was refused (a veto or a block)
};

/// `signal` (a market's last decision) in plain words; `accountBlock` (the kill switch, the daily
/// loss limit: Reason::fromEnglish of the engine's words) is put first when set. The next decision
/// is at the close of the candle after the decided one, shown in `zone`, while the engine is
/// `running` (stopped, there is no next decision to promise).
WhyLines whyLines(const SignalRecord &signal, const QTimeZone &zone, const Reason &accountBlock = {},
                  bool running = true);

/// The same as one plain text (lines joined with '\n'): the watchlist's tooltip for a market.
QString whyText(const SignalRecord &signal, const QTimeZone &zone = QTimeZone::utc(), const Reason &accountBlock = {},
                bool running = true);

} // namespace autocoin
