#include "notify/NotifyText.h"

#include "core/Amount.h"
#include "core/ExchangeError.h"
#include "strategy/ReasonText.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace autocoin {

namespace {

/// A Korean or an English text, whichever the language is.
inline QString pick(bool ko, const QString &english, const QString &korean)
{
    return ko ? korean : english;
}

} // namespace

QString NotifyText::krw(const Decimal &amount, bool sign) const
{
    const Decimal won = amount.rounded(0, Decimal::Rounding::HalfUp);
    QString text = formatAmount(won);
    if (sign && won.isPositive())
        text.prepend(u'+');
    return m_ko ? text + QStringLiteral("원") : text + QStringLiteral(" KRW");
}

QString NotifyText::price(const Decimal &value) const
{
    return m_ko ? formatAmount(value) + QStringLiteral("원") : formatAmount(value) + QStringLiteral(" KRW");
}

QString NotifyText::stateName(EngineState state) const
{
    // The window's words (one set: ReasonText), so a message and the window never disagree.
    return ReasonText(m_ko ? TextLanguage::Korean : TextLanguage::English).state(state);
}

QString NotifyText::reasonText(const QString &reason) const
{
    // The engine's fixed wordings (kill switch, daily loss limit, stops) in the message's language.
    // An exchange's error as ExchangeError::describe() wrote it: in Korean by its name or kind.
    const ReasonText words(m_ko ? TextLanguage::Korean : TextLanguage::English);
    const Reason known = Reason::fromEnglish(reason);
    if (!known.isEmpty())
        return words.render(known);
    const auto error = m_ko ? ExchangeError::fromDescription(reason.trimmed()) : std::nullopt;
    return error ? words.exchangeError(*error) : reason;
}

QString NotifyText::exchangeName(Exchange exchange) const
{
    switch (exchange) {
    case Exchange::Upbit:
        return pick(m_ko, QStringLiteral("Upbit"), QStringLiteral("업비트"));
    case Exchange::Bithumb:
        return pick(m_ko, QStringLiteral("Bithumb"), QStringLiteral("빗썸"));
    case Exchange::Replay:
        return pick(m_ko, QStringLiteral("replay"), QStringLiteral("리플레이"));
    }
    return {};
}

QString NotifyText::stateChanged(EngineState from, EngineState to, const QString &reason,
                                 const EngineStatus &status) const
{
    const QString mode = status.paperMode ? pick(m_ko, QStringLiteral("paper"), QStringLiteral("모의투자"))
                                          : pick(m_ko, QStringLiteral("LIVE"), QStringLiteral("실전"));
    switch (to) {
    case EngineState::Running:
        return pick(m_ko, QStringLiteral("▶️ autocoin started (%1, %2: %3)"),
                    QStringLiteral("▶️ 자동매매를 시작했습니다 (%1, %2: %3)"))
            .arg(mode, exchangeName(status.exchange), status.markets.join(QStringLiteral(", ")));
    case EngineState::Stopping:
        return {};
    case EngineState::Idle:
        if (from == EngineState::Error)
            return pick(
                m_ko, QStringLiteral("↩️ autocoin was reset and is idle; /start trades again."),
                QStringLiteral(
                    "↩️ 오류 상태를 리셋했습니다. 대기 중이며 /start 로 다시 시작할 수 "
                    "있습니다."));
        if (reason.isEmpty())
            return pick(m_ko, QStringLiteral("⏹ autocoin stopped."),
                        QStringLiteral("⏹ 자동매매를 중지했습니다."));
        return pick(m_ko, QStringLiteral("⏹ autocoin stopped (%1)."),
                    QStringLiteral("⏹ 자동매매를 중지했습니다 (%1)."))
            .arg(reasonText(reason));
    case EngineState::Error:
        if (reason == u"kill switch")
            return pick(
                m_ko,
                QStringLiteral("🛑 Kill switch: new entries blocked, open orders cancelled, positions being "
                               "closed. The engine is in ERROR; /reset after checking."),
                QStringLiteral(
                    "🛑 긴급 정지: 신규 진입 차단, 미체결 주문 취소, 보유 포지션 청산을 "
                    "진행합니다. "
                    "엔진은 오류 상태이며, 확인 후 /reset 하세요."));
        return pick(m_ko, QStringLiteral("🚨 ERROR: %1\nTrading has stopped. Check, then /reset."),
                    QStringLiteral("🚨 오류 발생: %1\n매매가 중단되었습니다. 원인을 확인한 뒤 /reset 하세요."))
            .arg(reason.isEmpty() ? pick(m_ko, QStringLiteral("(no cause given)"), QStringLiteral("(원인 미상)"))
                                  : reason);
    }
    return {};
}

QString NotifyText::killSwitchChanged(bool engaged, EngineState state) const
{
    if (engaged)
        return pick(m_ko,
                    QStringLiteral("🛑 Kill switch: new entries blocked, open orders cancelled, positions being "
                                   "closed. The engine stays %1 and cannot start until /reset."),
                    QStringLiteral(
                        "🛑 긴급 정지: 신규 진입 차단, 미체결 주문 취소, 보유 포지션 청산을 "
                        "진행합니다. 엔진은 '%1' 상태이며, /reset 으로 해제하기 전에는 시작할 수 "
                        "없습니다."))
            .arg(stateName(state));
    return pick(
        m_ko, QStringLiteral("↩️ Kill switch released by Reset; autocoin is idle and /start trades again."),
        QStringLiteral(
            "↩️ 리셋으로 긴급 정지를 해제했습니다. 대기 중이며 /start 로 다시 시작할 수 "
            "있습니다."));
}

QString NotifyText::fill(const TradeRecord &trade) const
{
    const bool buy = trade.side == OrderSide::Buy;
    const QString paper = trade.paper ? pick(m_ko, QStringLiteral(" [paper]"), QStringLiteral("[모의] ")) : QString();
    const Decimal amount = trade.price * trade.quantity;
    if (m_ko)
        return QStringLiteral("✅ %1%2 %3 체결\n수량 %4 · 가격 %5 · 금액 %6 (수수료 %7)")
            .arg(paper, trade.symbol, buy ? QStringLiteral("매수") : QStringLiteral("매도"), trade.quantity.toString(),
                 price(trade.price), krw(amount), krw(trade.fee));
    return QStringLiteral("✅ %1 filled%2: %3\n%4 @ %5 = %6 (fee %7)")
        .arg(buy ? QStringLiteral("BUY") : QStringLiteral("SELL"), paper, trade.symbol, trade.quantity.toString(),
             price(trade.price), krw(amount), krw(trade.fee));
}

QString NotifyText::dailyLossLimit(const QString &reason) const
{
    return pick(m_ko, QStringLiteral("⛔ Daily loss limit reached: %1\nNo new entries until tomorrow."),
                QStringLiteral("⛔ 일일 손실 한도에 도달했습니다: %1\n오늘은 더 이상 신규 진입을 하지 않습니다."))
        .arg(reasonText(reason));
}

QString NotifyText::executionNotice(const Reason &notice) const
{
    // The engine's notice in the message's language, its ids, markets and amounts as written.
    const QString text = ReasonText(m_ko ? TextLanguage::Korean : TextLanguage::English).render(notice);
    // The engine's own notices about its markets are not reconciliation findings: their own heading.
    const bool markets = notice.code() == ReasonCode::MarketNotListed || notice.code() == ReasonCode::UniverseChosen;
    if (markets)
        return pick(m_ko, QStringLiteral("ℹ️ Markets: %1"), QStringLiteral("ℹ️ 거래 종목 알림: %1"))
            .arg(text);
    return pick(m_ko, QStringLiteral("ℹ️ Reconciliation: %1"),
                QStringLiteral("ℹ️ 주문·잔고 대조 알림: %1"))
        .arg(text);
}

QString NotifyText::marketWarning(const QString &market, const QString &warning) const
{
    if (m_ko) {
        const QString level =
            warning == u"CAUTION" ? QStringLiteral("투자유의") : QStringLiteral("투자주의(%1)").arg(warning);
        return QStringLiteral(
                   "⚠️ 보유 중인 %1 종목이 거래소 %2 종목으로 지정되었습니다. 확인해 "
                   "보세요.")
            .arg(market, level);
    }
    return QStringLiteral("⚠️ %1, which you hold, is now under an exchange warning (%2). Have a look.")
        .arg(market, warning);
}

QString NotifyText::keyExpiring(Exchange exchange, const QDateTime &expireAt, const QDateTime &now,
                                const QString &timeZone) const
{
    const QString when = expireAt.toTimeZone(QTimeZone(timeZone.toUtf8())).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (expireAt <= now)
        return pick(m_ko,
                    QStringLiteral("🔑 The %1 API key expired (%2): trading with it fails. Issue a new key and "
                                   "enter it in autocoin."),
                    QStringLiteral("🔑 %1 API 키가 만료되었습니다(%2). 이 키로는 주문할 수 없습니다. 새 키를 "
                                   "발급받아 autocoin에 입력하세요."))
            .arg(exchangeName(exchange), when);
    const qint64 days = now.secsTo(expireAt) / 86400;
    if (m_ko)
        return QStringLiteral("🔑 %1 API 키가 %2일 후(%3) 만료됩니다. 새 키를 발급받아 autocoin에 입력하세요.")
            .arg(exchangeName(exchange))
            .arg(days)
            .arg(when);
    return QStringLiteral("🔑 The %1 API key expires in %2 day(s) (%3). Issue a new key and enter it in autocoin.")
        .arg(exchangeName(exchange))
        .arg(days)
        .arg(when);
}

QString NotifyText::positionLines(const QList<PositionValue> &positions) const
{
    QStringList lines;
    for (const PositionValue &p : positions) {
        if (m_ko)
            lines.append(QStringLiteral("• %1 %2개 · 평균 %3 · 평가 %4 (손익 %5)")
                             .arg(p.market, p.quantity.toString(), price(p.averagePrice), krw(p.value),
                                  krw(p.unrealizedPnl, true)));
        else
            lines.append(QStringLiteral("• %1 %2 @ avg %3 · value %4 (unrealised %5)")
                             .arg(p.market, p.quantity.toString(), price(p.averagePrice), krw(p.value),
                                  krw(p.unrealizedPnl, true)));
    }
    return lines.join(u'\n');
}

QString NotifyText::dailySummary(const DailySummary &s) const
{
    const QString date = s.date.toString(Qt::ISODate);
    QStringList lines;
    lines.append(pick(m_ko, QStringLiteral("📊 Daily summary %1"), QStringLiteral("📊 %1 일일 요약")).arg(date));
    lines.append(
        pick(m_ko, QStringLiteral("Realised PnL: %1"), QStringLiteral("실현 손익: %1")).arg(krw(s.realizedPnl, true)));
    if (s.equity)
        lines.append(
            pick(m_ko, QStringLiteral("Equity: %1"), QStringLiteral("총 평가 자산: %1")).arg(krw(s.equity->total)));
    lines.append(pick(m_ko, QStringLiteral("Trades: %1"), QStringLiteral("체결: %1건")).arg(s.trades));
    if (!s.equity || s.equity->positions.isEmpty()) {
        lines.append(pick(m_ko, QStringLiteral("Open positions: none"), QStringLiteral("보유 종목: 없음")));
    } else {
        lines.append(pick(m_ko, QStringLiteral("Open positions:"), QStringLiteral("보유 종목:")));
        lines.append(positionLines(s.equity->positions));
    }
    return lines.join(u'\n');
}

QString NotifyText::status(const EngineStatus &st) const
{
    QStringList lines;
    const QString mode = st.paperMode ? pick(m_ko, QStringLiteral("paper"), QStringLiteral("모의투자"))
                                      : pick(m_ko, QStringLiteral("LIVE"), QStringLiteral("실전"));
    lines.append(
        pick(m_ko, QStringLiteral("State: %1 (%2)"), QStringLiteral("상태: %1 (%2)")).arg(stateName(st.state), mode));
    if (st.killed)
        lines.append(pick(
            m_ko, QStringLiteral("🛑 Kill switch engaged: no new entries, no start until /reset."),
            QStringLiteral(
                "🛑 긴급 정지됨: 신규 진입 없음, /reset 으로 해제하기 전에는 시작 불가.")));
    lines.append(pick(m_ko, QStringLiteral("Exchange: %1 · %2"), QStringLiteral("거래소: %1 · %2"))
                     .arg(exchangeName(st.exchange), st.markets.join(QStringLiteral(", "))));
    lines.append(
        pick(m_ko, QStringLiteral("Iterations: %1 · failures %2/%3"), QStringLiteral("반복: %1회 · 연속 실패 %2/%3"))
            .arg(st.iteration)
            .arg(st.failures)
            .arg(st.maxFailures));
    if (!st.lastError.isEmpty())
        lines.append(pick(m_ko, QStringLiteral("Last error: %1"), QStringLiteral("최근 오류: %1"))
                         .arg(reasonText(st.lastError)));
    QStringList prices;
    for (const MarketStatus &m : st.perMarket) {
        if (m.lastPrice)
            prices.append(QStringLiteral("%1 %2%3").arg(
                m.market, price(*m.lastPrice),
                m.held ? pick(m_ko, QStringLiteral(" (held)"), QStringLiteral(" (보유)")) : QString()));
    }
    if (!prices.isEmpty())
        lines.append(pick(m_ko, QStringLiteral("Prices: %1"), QStringLiteral("현재가: %1"))
                         .arg(prices.join(QStringLiteral(", "))));
    return lines.join(u'\n');
}

QString NotifyText::balance(const std::optional<EquityPoint> &e) const
{
    if (!e)
        return pick(m_ko, QStringLiteral("No balance yet: the engine has not reported one since autocoin started."),
                    QStringLiteral("아직 잔고 정보가 없습니다. autocoin 시작 후 엔진이 잔고를 보고하지 않았습니다."));
    return pick(m_ko, QStringLiteral("💰 Equity %1\nCash %2\nPositions %3"),
                QStringLiteral("💰 총 평가 자산 %1\n보유 현금 %2\n코인 평가액 %3"))
        .arg(krw(e->total), krw(e->cash), krw(e->positionsValue));
}

QString NotifyText::positions(const std::optional<EquityPoint> &e) const
{
    if (!e)
        return balance(e);
    if (e->positions.isEmpty())
        return pick(m_ko, QStringLiteral("No open positions."), QStringLiteral("보유 중인 종목이 없습니다."));
    return positionLines(e->positions);
}

QString NotifyText::pnl(const std::optional<EquityPoint> &e) const
{
    if (!e)
        return balance(e);
    return pick(m_ko, QStringLiteral("📈 Realised PnL %1\nUnrealised PnL %2\nEquity %3"),
                QStringLiteral("📈 실현 손익 %1\n평가 손익 %2\n총 평가 자산 %3"))
        .arg(krw(e->realizedPnl, true), krw(e->unrealizedPnl, true), krw(e->total));
}

QString NotifyText::commandSent(EngineCommand command) const
{
    switch (command) {
    case EngineCommand::Start:
        return pick(m_ko, QStringLiteral("Start sent to the engine."), QStringLiteral("시작 명령을 보냈습니다."));
    case EngineCommand::Stop:
        return pick(m_ko, QStringLiteral("Stop sent to the engine."), QStringLiteral("중지 명령을 보냈습니다."));
    case EngineCommand::Reset:
        return pick(m_ko, QStringLiteral("Reset sent to the engine."), QStringLiteral("리셋 명령을 보냈습니다."));
    }
    return {};
}

QString NotifyText::refused(const QString &command, const QString &reason, EngineState state, bool killed) const
{
    if (!m_ko)
        return QStringLiteral("❌ Refused: %1").arg(reason);
    if (command == u"Start" && killed && state == EngineState::Idle)
        return QStringLiteral("❌ 거부됨: 긴급 정지 중에는 시작할 수 없습니다. /reset 으로 해제한 뒤 /start 하세요.");
    const QString what = command == u"Start"   ? QStringLiteral("시작")
                         : command == u"Stop"  ? QStringLiteral("중지")
                         : command == u"Reset" ? QStringLiteral("리셋")
                                               : command;
    QString text = QStringLiteral("❌ 거부됨: 엔진이 '%1' 상태라서 %2할 수 없습니다.").arg(stateName(state), what);
    if (command == u"Reset")
        text += QStringLiteral(" 리셋은 오류 상태나 긴급 정지된 대기 상태에서만 가능합니다.");
    return text;
}

QString NotifyText::killAsk() const
{
    return pick(
        m_ko,
        QStringLiteral("⚠️ Send /kill confirm within 60 s to block new entries, cancel open orders and close "
                       "every position."),
        QStringLiteral(
            "⚠️ 60초 안에 /kill confirm 을 보내면 신규 진입 차단, 미체결 주문 취소, 전 종목 "
            "청산을 "
            "실행합니다."));
}

QString NotifyText::killNothingToConfirm() const
{
    return pick(m_ko, QStringLiteral("Nothing to confirm (or the 60 s passed): send /kill first."),
                QStringLiteral("확인할 /kill 요청이 없거나 60초가 지났습니다. /kill 부터 다시 보내세요."));
}

QString NotifyText::killDone() const
{
    return pick(m_ko, QStringLiteral("🛑 Kill switch pressed."),
                QStringLiteral("🛑 긴급 정지를 실행했습니다."));
}

QString NotifyText::help() const
{
    return pick(
        m_ko,
        QStringLiteral(
            "/status – state, markets, prices\n/balance – equity and cash\n/positions – open "
            "positions\n/pnl – profit and loss\n/start – start trading\n/stop – stop trading\n/reset "
            "– leave ERROR or release the kill switch\n/kill – kill switch (asks /kill confirm)\n/help – this list"),
        QStringLiteral(
            "/status – 상태, 종목, 현재가\n/balance – 평가 자산과 현금\n/positions – 보유 종목\n/pnl "
            "– 손익\n/start – 매매 시작\n/stop – 매매 중지\n/reset – 오류 상태 또는 긴급 정지 해제\n/kill – 긴급 정지 "
            "(/kill confirm 으로 확인)\n/help – 이 목록"));
}

QString NotifyText::unknownCommand() const
{
    return pick(m_ko, QStringLiteral("Unknown command. /help lists the commands."),
                QStringLiteral("알 수 없는 명령입니다. /help 로 명령 목록을 확인하세요."));
}

} // namespace autocoin
