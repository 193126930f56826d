#include "status/EngineText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace autocoin {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("autocoin::EngineText", source);
}

/// One wording of the engine's: its pattern, the same wording with %1… for lupdate, and which
/// captures are themselves reasons (translated in turn).
struct Wording
{
    QRegularExpression pattern;
    const char *source;
    QList<int> nested;
    int cautions = 0; ///< the capture holding 주의 flags, if any
    int risk = 0;     ///< the capture holding the risk manager's sizing or veto
    int limit = 0;    ///< the capture naming what limited a size
    int request = 0;  ///< the capture naming the engine's request that failed ("ticker")
    int failure = 0;  ///< the capture holding an exchange's error (ExchangeError::describe)
};

QString exchangeErrorText(const QString &line);

QString riskText(const QString &reason);

const QList<Wording> &wordings()
{
    // The sources are the engine's own wordings (engine/portfolio/Portfolio.cpp,
    // engine/core/TradingEngine.cpp entryBlock, engine/strategy/SignalGenerator.cpp), so the
    // English UI shows exactly what the engine wrote.
    static const QList<Wording> list = {
        {QRegularExpression(
             QStringLiteral("^BUY not taken: (\\S+) is designated warning \\(유의\\) by the exchange \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText",
                           "BUY not taken: %1 is designated warning (유의) by the exchange (%2)"),
         {2}},
        {QRegularExpression(QStringLiteral(
             "^BUY not taken: (\\S+) has a caution flag \\(주의: ([^)]*)\\) and block-caution is on \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText",
                           "BUY not taken: %1 has a caution flag (주의: %2) and block-caution is on (%3)"),
         {3},
         2},
        {QRegularExpression(
             QStringLiteral("^BUY not taken: (\\S+) is not listed by the exchange \\(delisted\\) \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "BUY not taken: %1 is not listed by the exchange (delisted) (%2)"),
         {2}},
        {QRegularExpression(QStringLiteral("^BUY not taken: max-positions (\\d+) reached \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "BUY not taken: max-positions %1 reached (%2)"),
         {2}},
        {QRegularExpression(QStringLiteral("^BUY vetoed by risk: (.*) \\((EMA \\S+ crossed above .*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "BUY vetoed by risk: %1 (%2)"),
         {2},
         0,
         1},
        {QRegularExpression(QStringLiteral("^already holding a position \\((.*)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "already holding a position (%1)"),
         {1}},
        {QRegularExpression(QStringLiteral("^warming up the indicators$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "warming up the indicators"),
         {}},
        {QRegularExpression(QStringLiteral("^no crossover \\(fast EMA above slow\\); RSI (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "no crossover (fast EMA above slow); RSI %1"),
         {}},
        {QRegularExpression(QStringLiteral("^no crossover \\(fast EMA below slow\\); RSI (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "no crossover (fast EMA below slow); RSI %1"),
         {}},
        {QRegularExpression(QStringLiteral("^EMA (\\S+) crossed above (\\S+); RSI (\\S+); volume (\\S+)x average$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA %1 crossed above %2; RSI %3; volume %4x average"),
         {}},
        {QRegularExpression(
             QStringLiteral("^EMA (\\S+) crossed above (\\S+); RSI (\\S+); volume (\\S+)x average; size (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA %1 crossed above %2; RSI %3; volume %4x average; size %5"),
         {},
         0,
         5},
        {QRegularExpression(QStringLiteral("^EMA (\\S+) crossed below (\\S+); RSI (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA %1 crossed below %2; RSI %3"),
         {}},
        {QRegularExpression(QStringLiteral("^EMA crossed up, but RSI (\\S+) is at or above (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA crossed up, but RSI %1 is at or above %2"),
         {}},
        {QRegularExpression(QStringLiteral("^EMA crossed up, but RSI (\\S+) is at or below the floor (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA crossed up, but RSI %1 is at or below the floor %2"),
         {}},
        {QRegularExpression(QStringLiteral("^EMA crossed up, but volume is (\\S+)x its average \\(needs (\\S+)x\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "EMA crossed up, but volume is %1x its average (needs %2x)"),
         {}},
        {QRegularExpression(QStringLiteral("^RSI (\\S+) rose above the exit bound (\\S+)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "RSI %1 rose above the exit bound %2"),
         {}},
    };
    return list;
}

/// The risk manager's words (engine/strategy/RiskManager.cpp): a size and what limited it, or why
/// no entry was sized.
const QList<Wording> &riskWordings()
{
    static const QList<Wording> list = {
        {QRegularExpression(QStringLiteral("^(\\S+) KRW limited by (.*); stop (\\S+), risk (\\S+) KRW$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "%1 KRW limited by %2; stop %3, risk %4 KRW"),
         {},
         0,
         0,
         2},
        {QRegularExpression(
             QStringLiteral("^size (\\S+) KRW \\(limited by (.*)\\) is below the minimum order of (\\S+) KRW$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "size %1 KRW (limited by %2) is below the minimum order of %3 KRW"),
         {},
         0,
         0,
         2},
        {QRegularExpression(QStringLiteral("^kill switch$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "kill switch"),
         {}},
        {QRegularExpression(QStringLiteral("^daily loss limit reached; no new entries until 00:00 (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "daily loss limit reached; no new entries until 00:00 %1"),
         {}},
        {QRegularExpression(QStringLiteral("^no price or ATR to size against$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "no price or ATR to size against"),
         {}},
    };
    return list;
}

/// What limited an entry's size.
QString limitText(const QString &limit)
{
    static const QRegularExpression kelly(QStringLiteral("^Kelly (\\S+)$"));
    static const QRegularExpression fraction(QStringLiteral("^default fraction (\\S+)$"));
    static const QRegularExpression probe(
        QStringLiteral("^no edge to size \\(Kelly fraction (\\S+)\\): a probe of twice the minimum order$"));
    if (const auto m = kelly.match(limit); m.hasMatch())
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Kelly %1")).arg(m.captured(1));
    if (const auto m = fraction.match(limit); m.hasMatch())
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "default fraction %1")).arg(m.captured(1));
    if (const auto m = probe.match(limit); m.hasMatch())
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText",
                                      "no edge to size (Kelly fraction %1): a probe of twice the minimum order"))
            .arg(m.captured(1));
    if (limit == u"per-order cap")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "per-order cap"));
    if (limit == u"cash available")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "cash available"));
    if (limit == u"maximum exposure")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "maximum exposure"));
    if (limit == u"risk per trade")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "risk per trade"));
    return limit;
}

/// The Upbit caution flags (주의) by their API names.
QString cautionName(const QString &flag)
{
    if (flag == u"PRICE_FLUCTUATIONS")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "price swings"));
    if (flag == u"TRADING_VOLUME_SOARING")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "trading volume soaring"));
    if (flag == u"DEPOSIT_AMOUNT_SOARING")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "deposits soaring"));
    if (flag == u"GLOBAL_PRICE_DIFFERENCES")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "price gap with foreign exchanges"));
    if (flag == u"CONCENTRATION_OF_SMALL_ACCOUNTS")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "trading concentrated in few accounts"));
    return flag;
}

QString cautionList(const QString &flags)
{
    QStringList names;
    for (const QString &flag : flags.split(u',', Qt::SkipEmptyParts))
        names.append(cautionName(flag.trimmed()));
    return names.join(QStringLiteral(", "));
}

/// `reason` in the first of `list`'s wordings that matches it; nullopt when none does.
std::optional<QString> translated(const QList<Wording> &list, const QString &reason)
{
    for (const Wording &wording : list) {
        const QRegularExpressionMatch match = wording.pattern.match(reason);
        if (!match.hasMatch())
            continue;
        QString out = text(wording.source);
        QStringList args;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i) {
            QString captured = match.captured(i);
            if (wording.nested.contains(i))
                captured = signalReasonText(captured);
            else if (i == wording.cautions)
                captured = cautionList(captured);
            else if (i == wording.risk)
                captured = riskText(captured);
            else if (i == wording.limit)
                captured = limitText(captured);
            else if (i == wording.request)
                captured = uiWords().request(captured);
            else if (i == wording.failure)
                captured = exchangeErrorText(captured);
            args.append(captured);
        }
        // One pass over the placeholders: a captured value containing "%2" stays as it is.
        switch (args.size()) {
        case 0:
            return out;
        case 1:
            return out.arg(args[0]);
        case 2:
            return out.arg(args[0], args[1]);
        case 3:
            return out.arg(args[0], args[1], args[2]);
        case 4:
            return out.arg(args[0], args[1], args[2], args[3]);
        default:
            return out.arg(args[0], args[1], args[2], args[3], args[4]);
        }
    }
    return std::nullopt;
}

/// An exchange's error as the engine describes it, in the window's words; other text as it is.
QString exchangeErrorText(const QString &line)
{
    const auto error = ExchangeError::fromDescription(line);
    return error ? uiWords().exchangeError(*error) : line;
}

QString riskText(const QString &reason)
{
    return translated(riskWordings(), reason).value_or(reason);
}

const QList<Wording> &errorWordings()
{
    static const QList<Wording> list = {
        {QRegularExpression(QStringLiteral("^kill switch$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Kill switch pulled: open orders cancelled, positions sold"),
         {}},
        {QRegularExpression(QStringLiteral("^database: (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Database error: %1"),
         {}},
        {QRegularExpression(QStringLiteral("^(\\d+) consecutive failures \\((.*)\\), last: (.*)$"),
                            QRegularExpression::DotMatchesEverythingOption),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "%1 consecutive failures (%2); the last: %3"),
         {},
         0,
         0,
         0,
         2,
         3},
        {QRegularExpression(QStringLiteral("^internal error in (.*)$"), QRegularExpression::DotMatchesEverythingOption),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Internal error in %1"),
         {}},
        {QRegularExpression(QStringLiteral("^exchange \"(.*)\" is not supported$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Exchange \"%1\" is not supported"),
         {}},
        {QRegularExpression(QStringLiteral("^live trading needs explicit confirmation")),
         QT_TRANSLATE_NOOP("autocoin::EngineText",
                           "Live trading needs explicit confirmation: confirm it in the dialog, or pass "
                           "--i-understand-live-trading with PAPER_MODE=false"),
         {}},
    };
    return list;
}

} // namespace

bool uiKorean()
{
    return QCoreApplication::translate("autocoin::EngineText", "en",
                                       "the language code of this translation: ko in the Korean one") == u"ko";
}

ReasonText uiWords()
{
    return ReasonText(uiKorean() ? TextLanguage::Korean : TextLanguage::English);
}

QString signalReasonText(const SignalRecord &signal)
{
    if (!signal.cause.isEmpty())
        return uiWords().render(signal.cause);
    return signalReasonText(signal.reason);
}

QString orderStateText(OrderStatus status, OrderType type, bool hasFills)
{
    return uiWords().orderState(status, type, hasFills);
}

QString stateText(EngineState state)
{
    return uiWords().state(state);
}

QString exchangeText(Exchange exchange)
{
    switch (exchange) {
    case Exchange::Upbit:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Upbit"));
    case Exchange::Bithumb:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Bithumb"));
    case Exchange::Replay:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Replay"));
    }
    return exchangeName(exchange);
}

QString timeframeText(const Timeframe &timeframe)
{
    if (timeframe.isDay())
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "1 day"));
    return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "%1 min")).arg(timeframe.minutes());
}

QString orderStateText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Intent:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "intent"));
    case OrderStatus::Wait:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "wait"));
    case OrderStatus::Watch:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "watch"));
    case OrderStatus::Done:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "done"));
    case OrderStatus::Cancel:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "cancel"));
    case OrderStatus::Failed:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "failed"));
    case OrderStatus::Unknown:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "unknown"));
    case OrderStatus::Cancelling:
        break; // shown as stored, as before
    }
    return orderStatusName(status);
}

QString orderTypeText(OrderType type)
{
    switch (type) {
    case OrderType::Limit:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "limit"));
    case OrderType::MarketBuy:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "market buy"));
    case OrderType::MarketSell:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "market sell"));
    }
    return orderTypeName(type);
}

QString signalTypeText(SignalType type)
{
    return uiWords().signal(type);
}

QString signalReasonText(const QString &reason)
{
    return translated(wordings(), reason).value_or(reason);
}

QString marketsSummary(const QStringList &markets, const QString &universe)
{
    QString list = markets.isEmpty() ? QStringLiteral("—") : markets.join(QStringLiteral(", "));
    if (!universe.startsWith(u"top:"))
        return list;
    const QString top = text(QT_TRANSLATE_NOOP("autocoin::EngineText", "top %1 by traded value")).arg(universe.mid(4));
    return top + QStringLiteral(" — ") + list;
}

QString marketWarningText(const QString &warning)
{
    if (warning.isEmpty() || warning == u"NONE")
        return {};
    if (warning == u"CAUTION")
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "warning (유의)"));
    return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "caution (주의): %1")).arg(cautionList(warning));
}

namespace {

/// The stream's and the engine's feed reasons (exchange/stream/StreamConnection.cpp,
/// engine/core/TradingEngine.cpp). The capture is %1 (a translation may leave out a server's own
/// words, which can be anything in any language); a count of milliseconds is also %2 in seconds.
struct FeedWording
{
    QRegularExpression pattern;
    const char *source;
};

const QList<FeedWording> &feedWordings()
{
    static const QList<FeedWording> list = {
        {QRegularExpression(QStringLiteral("^streaming from (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "streaming from %1")},
        {QRegularExpression(QStringLiteral("^connected to (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "connected to %1")},
        {QRegularExpression(QStringLiteral("^no message for (\\d+) ms; replacing the connection$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "no message for %1 ms; replacing the connection")},
        {QRegularExpression(QStringLiteral("^no message for (\\d+) ms$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "no message for %1 ms")},
        {QRegularExpression(QStringLiteral("^connection closed \\(code (\\d+)\\)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "connection closed (code %1)")},
        {QRegularExpression(QStringLiteral("^connection closed: (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "connection closed: %1")},
        {QRegularExpression(QStringLiteral("^authentication refused: (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "authentication refused: %1")},
        {QRegularExpression(QStringLiteral("^the server answered (.*)$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "the server answered %1")},
        {QRegularExpression(QStringLiteral("^unreadable message$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "unreadable message")},
        {QRegularExpression(QStringLiteral("^reconnecting in (\\d+) ms$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "reconnecting in %1 ms")},
        {QRegularExpression(QStringLiteral("^stopped$")), QT_TRANSLATE_NOOP("autocoin::EngineText", "stopped")},
        {QRegularExpression(QStringLiteral("^engine stopped$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "engine stopped")},
        {QRegularExpression(QStringLiteral("^engine error$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "engine error")},
        {QRegularExpression(QStringLiteral("^application is closing$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "application is closing")},
        // Qt's socket errors (QAbstractSocket::errorString), the common ones.
        {QRegularExpression(QStringLiteral("^Connection refused$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Connection refused")},
        {QRegularExpression(QStringLiteral("^Host (\\S+) not found$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Host %1 not found")},
        {QRegularExpression(QStringLiteral("^The remote host closed the connection$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "The remote host closed the connection")},
        {QRegularExpression(QStringLiteral("^(Socket operation|Connection) timed out$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "%1 timed out")},
        {QRegularExpression(QStringLiteral("^Network unreachable$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "Network unreachable")},
        {QRegularExpression(QStringLiteral("^SSL handshake failed.*$")),
         QT_TRANSLATE_NOOP("autocoin::EngineText", "SSL handshake failed")},
    };
    return list;
}

/// The engine's words for polling by choice.
bool pollingReason(const QString &reason)
{
    static const QRegularExpression choice(QStringLiteral("MARKET_DATA=rest|market[- ]data[ =:]+rest|no stream"),
                                           QRegularExpression::CaseInsensitiveOption);
    return choice.match(reason).hasMatch();
}

std::optional<QString> feedReasonPart(const QString &reason)
{
    for (const FeedWording &wording : feedWordings()) {
        const QRegularExpressionMatch match = wording.pattern.match(reason);
        if (!match.hasMatch())
            continue;
        QString out = text(wording.source);
        // Replaced one by one: a translation may use either placeholder, or none.
        const QString captured = match.captured(1);
        bool number = false;
        const qint64 ms = captured.toLongLong(&number);
        if (number)
            out.replace(QStringLiteral("%2"), QString::number(static_cast<double>(ms) / 1000.0, 'g', 6));
        return out.replace(QStringLiteral("%1"), captured);
    }
    return std::nullopt;
}

QString seconds(std::chrono::milliseconds every)
{
    return QString::number(static_cast<double>(every.count()) / 1000.0, 'g', 4);
}

} // namespace

bool feedIsPolling(FeedSource source, FeedState state, const QString &reason)
{
    return source == FeedSource::Rest && state == FeedState::Disconnected &&
           (reason.trimmed().isEmpty() || pollingReason(reason));
}

QString feedText(FeedSource source, FeedState state, const QString &reason, std::chrono::milliseconds pollEvery)
{
    if (feedIsPolling(source, state, reason)) {
        if (pollEvery.count() <= 0)
            return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "REST polling (continuously)"));
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "REST polling (every %1 s)")).arg(seconds(pollEvery));
    }
    switch (state) {
    case FeedState::Connected:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Live — connected"));
    case FeedState::Stale:
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Live — delayed, reconnecting"));
    case FeedState::Disconnected:
        break;
    }
    return source == FeedSource::Rest
               ? text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Live — disconnected, polling REST instead"))
               : text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Live — connecting"));
}

QString errorCauseText(const QString &cause)
{
    // A cause the window knows, else one failure as the engine describes it (the last error while
    // still RUNNING), else the engine's words.
    const QString trimmed = cause.trimmed();
    if (const auto known = translated(errorWordings(), trimmed))
        return *known;
    const auto error = ExchangeError::fromDescription(trimmed);
    return error ? uiWords().exchangeError(*error) : cause;
}

QString commandRefusalText(const QString &reason)
{
    // TradingEngine::handleCommand's two wordings.
    static const QRegularExpression killSwitch(
        QStringLiteral("^Start is not allowed while the kill switch is on: Reset first$"));
    static const QRegularExpression wrongState(
        QStringLiteral("^(Start|Stop|Reset) is not allowed while the engine is ([A-Z]+)$"));
    const QString trimmed = reason.trimmed();
    if (killSwitch.match(trimmed).hasMatch())
        return text(
            QT_TRANSLATE_NOOP("autocoin::EngineText", "Start is not allowed while the kill switch is on: Reset first"));
    const QRegularExpressionMatch match = wrongState.match(trimmed);
    std::optional<EngineState> state;
    for (const EngineState s : {EngineState::Idle, EngineState::Running, EngineState::Stopping, EngineState::Error}) {
        if (match.hasMatch() && match.captured(2) == stateName(s))
            state = s;
    }
    if (!state)
        return errorCauseText(trimmed);
    const QString command = match.captured(1);
    // The toolbar's words for the three commands.
    const QString verb = command == u"Start"  ? text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Start"))
                         : command == u"Stop" ? text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Stop"))
                                              : text(QT_TRANSLATE_NOOP("autocoin::EngineText", "Reset"));
    return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "%1 is not allowed while the engine is %2"))
        .arg(verb, stateText(*state));
}

namespace {

/// Engine words this window does not know: as they are when they hold no English (Qt's socket
/// errors come translated when the window is in Korean), else `phrase` — the words themselves
/// in the English window ("%1"), a phrase in their place in the Korean one.
QString inPlaceOfEnglish(const QString &words, const QString &phrase)
{
    if (!hasEnglishWords(words))
        return words;
    return phrase.contains(u"%1") ? phrase.arg(words) : phrase;
}

} // namespace

QString executionNoticeText(const Reason &notice)
{
    return uiWords().render(notice);
}

QString feedReasonText(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (pollingReason(trimmed))
        return text(QT_TRANSLATE_NOOP("autocoin::EngineText", "polling chosen in the settings"));
    if (const auto whole = feedReasonPart(trimmed))
        return *whole;
    // A reason this window does not know: in English the engine's words; in Korean a phrase in
    // their place, so no English shows.
    const QString unknown = QCoreApplication::translate(
        "autocoin::EngineText", "%1",
        "a feed reason the window does not know: the engine's English words as they are, or a phrase in their place");
    const auto unknownText = [&](const QString &words) { return inPlaceOfEnglish(words, unknown); };
    // Several reasons joined ("…; reconnecting in 2000 ms"): each on its own.
    QStringList parts;
    for (const QString &part : trimmed.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString one = feedReasonPart(part).value_or(unknownText(part));
        if (!parts.contains(one))
            parts.append(one);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace autocoin
