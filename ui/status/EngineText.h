#pragma once

#include "core/Domain.h"
#include "core/EngineState.h"
#include "core/Exchange.h"
#include "core/Timeframe.h"
#include "storage/Records.h"
#include "strategy/ReasonText.h"
#include "stream/Stream.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace autocoin {

/// The engine's words in the window's language. The engine records states, signals and reasons in
/// English (they are data: the database, the JSON events, the logs and the backtest reports keep
/// them so); these map its known wordings to translated text and leave anything unknown as the
/// engine wrote it.

/// Whether the window is in Korean now (the installed catalogue says so).
bool uiKorean();
/// The engine's words (engine/strategy/ReasonText) in the window's language: the one renderer
/// the window, the notifications and the reports share.
ReasonText uiWords();

/// A decision's reason in the window's language: its code and values when it has them, else (a row
/// from before reason codes) its stored text through signalReasonText.
QString signalReasonText(const SignalRecord &signal);

/// An order's state as the user reads it: a filled market buy that Upbit ended as cancel is
/// "filled" / 체결 (`hasFills`: fills were recorded for it).
QString orderStateText(OrderStatus status, OrderType type, bool hasFills);

/// "IDLE" / "대기", "RUNNING" / "실행 중", …
QString stateText(EngineState state);
/// Upbit → "Upbit" / "업비트", Bithumb and the replay market likewise.
QString exchangeText(Exchange exchange);
/// "60 min" / "60분", "1 day" / "1일".
QString timeframeText(const Timeframe &timeframe);

/// An order's status in the user's language ("cancelling" as stored).
QString orderStateText(OrderStatus status);
/// An order's type in the user's language ("limit", "market buy", "market sell").
QString orderTypeText(OrderType type);

/// BUY → "BUY" / "매수"; SELL, HOLD likewise.
QString signalTypeText(SignalType type);

/// A signal's reason in the UI's language: the portfolio's "BUY not taken: …" reasons (warning,
/// caution, delisted, max-positions), the risk veto and the strategy's own reasons, nested ones
/// included ("BUY not taken: max-positions 2 reached (EMA 12 crossed above 26; …)").
QString signalReasonText(const QString &reason);

/// What the engine trades: "KRW-BTC, KRW-ETH" for a list, "top 3 by traded value — KRW-BTC, …"
/// for a universe ("top:3"), "—" for nothing.
QString marketsSummary(const QStringList &markets, const QString &universe);

/// The exchange's flags of a market as the market table and the status carry them ("CAUTION" is
/// 유의, anything else a list of 주의 flags): "warning (유의)" / "caution (주의): …"; empty for none.
QString marketWarningText(const QString &warning);

/// Whether the feed is plain REST polling by choice (`MARKET_DATA=rest`, or a market with no
/// stream such as the replay), not the stream's fallback: REST and disconnected, with no reason or
/// the engine's wording for that choice.
bool feedIsPolling(FeedSource source, FeedState state, const QString &reason);

/// Where the prices come from, in words: "Live — connected" / "실시간 연결됨", "실시간 지연 — 재연결
/// 중", "실시간 끊김 — REST 조회로 대체", or "REST 조회 (5초마다)" with `pollEvery`, the pause
/// between polls.
QString feedText(FeedSource source, FeedState state, const QString &reason, std::chrono::milliseconds pollEvery);

/// Why the feed is where it is, in the UI's language: the stream's known wordings translated; in
/// Korean, any other reason is a phrase pointing to the log (no English); in English, as the
/// engine wrote it.
QString feedReasonText(const QString &reason);
/// Why the engine went to ERROR (EngineStatus::lastError when the state is ERROR: "kill switch",
/// "database: …", "N consecutive failures (…), last: …", …) in the window's language; the
/// failing request is named in the window's language ("ticker" is 시세 조회) and an exchange's
/// error is told by its kind, HTTP status or error name (ReasonText::exchangeError: in Korean,
/// "서버 오류 (HTTP 500)"); a bare failure (the last error while RUNNING) likewise. Other details
/// the engine quotes (a database's own message) stay as they are.
QString errorCauseText(const QString &cause);
/// The engine's refusal of Start, Stop or Reset (a click racing a change of state, or a Telegram or
/// control-API command while the window is open) in the window's language; another text as
/// errorCauseText shows it.
QString commandRefusalText(const QString &reason);
/// What the engine reports as it goes (TradingEngine::executionNotice: an order whose answer was
/// lost, one cancelled after the timeout or by the kill switch, one adopted or found after all, a
/// balance that differs, a delisted market, the universe chosen) in the window's language, its
/// ids, markets and amounts as the engine wrote them.
QString executionNoticeText(const Reason &notice);

} // namespace autocoin
