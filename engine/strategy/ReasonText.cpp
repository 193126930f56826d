#include "strategy/ReasonText.h"

#include "core/Decimal.h"
#include "core/Exchange.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace autocoin {

namespace {

QString fixed(double value, int decimals)
{
    // QString::number(value, 'f', decimals) digit for digit, from the double's own bits: value ×
    // 10^decimals = mantissa × 5^decimals × 2^exponent, exact in 64 bits here, rounded half up as
    // Qt rounds. A fifth of the cost of Qt's conversion, and a backtest writes the values of every
    // exit's reason. Zero, negative, huge and not finite values, and more decimals, are Qt's.
    if (!(value > 0 && value < 1e12 && decimals >= 0 && decimals <= 3))
        return QString::number(value, 'f', decimals);
    const auto bits = std::bit_cast<std::uint64_t>(value);
    const int field = int(bits >> 52);
    const std::uint64_t fraction = bits & ((std::uint64_t(1) << 52) - 1);
    const std::uint64_t mantissa = field ? fraction | (std::uint64_t(1) << 52) : fraction;
    static constexpr std::uint64_t kPow5[] = {1, 5, 25, 125};
    const std::uint64_t scaled = mantissa * kPow5[decimals]; // < 2^60
    const int shift = (field ? field : 1) - 1075 + decimals;
    std::uint64_t units = 0; // value × 10^decimals, rounded
    if (shift >= 0) {
        units = scaled << shift; // < 10^15
    } else if (shift > -62) {
        const int s = -shift;
        const std::uint64_t rest = scaled & ((std::uint64_t(1) << s) - 1);
        units = (scaled >> s) + (rest >= std::uint64_t(1) << (s - 1) ? 1 : 0);
    }
    char16_t text[32];
    int at = 32;
    int written = 0;
    do {
        if (written == decimals && decimals > 0)
            text[--at] = u'.';
        text[--at] = char16_t(u'0' + units % 10);
        units /= 10;
        ++written;
    } while (units != 0 || written <= decimals);
    return QString(reinterpret_cast<const QChar *>(text + at), 32 - at);
}

/// `pattern` with %1, %2, … replaced by `args`, in one pass: QString::arg(a1, a2, …) for the
/// engine's own patterns, each naming every argument once; without arg's parse of the markers,
/// which cost as much as the rest of a signal's reason.
QString fill(QStringView pattern, std::initializer_list<QStringView> args)
{
    struct Marker
    {
        qsizetype at = 0;
        QStringView arg;
    };
    std::array<Marker, 9> markers{};
    std::size_t count = 0;
    const char16_t *text = pattern.utf16();
    qsizetype size = pattern.size();
    for (qsizetype i = 0; i + 1 < pattern.size() && count < markers.size(); ++i) {
        const auto n = std::size_t(text[i + 1]) - std::size_t(u'1'); // wraps below '1'
        if (text[i] == u'%' && n < args.size()) {
            markers[count++] = {i, args.begin()[n]};
            size += args.begin()[n].size() - 2;
            ++i;
        }
    }
    QString out(size, Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    qsizetype from = 0;
    for (std::size_t k = 0; k < count; ++k) {
        to = std::copy(text + from, text + markers[k].at, to);
        to = std::copy(markers[k].arg.utf16(), markers[k].arg.utf16() + markers[k].arg.size(), to);
        from = markers[k].at + 2;
    }
    std::copy(text + from, text + pattern.size(), to);
    return out;
}

const QString kSignal = QStringLiteral("signal");

} // namespace

QString ReasonText::grouped(const QString &decimal, bool roundToWon)
{
    QString digits = decimal;
    if (roundToWon) {
        if (const auto value = Decimal::fromString(decimal))
            digits = value->rounded(0, Decimal::Rounding::Down).toString();
    }
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const qsizetype point = digits.indexOf(u'.');
    QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction;
}

QString ReasonText::request(const QString &what) const
{
    if (!m_ko)
        return what;
    static const QHash<QString, QString> names = {
        {QStringLiteral("ticker"), QStringLiteral("시세 조회")},
        {QStringLiteral("candles"), QStringLiteral("캔들 조회")},
        {QStringLiteral("universe"), QStringLiteral("거래대금 상위 종목 조회")},
        {QStringLiteral("orders"), QStringLiteral("주문")},
        {QStringLiteral("market sync"), QStringLiteral("종목 정보 동기화")},
    };
    return names.value(what, what);
}

namespace {

/// The exchanges' error names (docs: Upbit 1.6, Bithumb 2.7) in Korean, as a trader reads them.
QString errorNameKorean(const QString &code)
{
    static const QHash<QString, QString> names = {
        // Orders.
        {QStringLiteral("insufficient_funds_bid"), QStringLiteral("잔고 부족 (매수 가능 금액 부족)")},
        {QStringLiteral("insufficient_funds_ask"), QStringLiteral("잔고 부족 (매도 가능 수량 부족)")},
        {QStringLiteral("withdraw_insufficient_balance"), QStringLiteral("잔고 부족")},
        {QStringLiteral("under_min_total_bid"), QStringLiteral("최소 주문 금액 미만")},
        {QStringLiteral("under_min_total_ask"), QStringLiteral("최소 주문 금액 미만")},
        {QStringLiteral("under_price_limit_bid"), QStringLiteral("주문 가격 한도 미만")},
        {QStringLiteral("under_price_limit_ask"), QStringLiteral("주문 가격 한도 미만")},
        {QStringLiteral("invalid_price"), QStringLiteral("호가 단위에 맞지 않는 가격")},
        {QStringLiteral("invalid_price_bid"), QStringLiteral("호가 단위에 맞지 않는 가격")},
        {QStringLiteral("invalid_price_ask"), QStringLiteral("호가 단위에 맞지 않는 가격")},
        {QStringLiteral("create_bid_error"), QStringLiteral("매수 주문 생성 실패")},
        {QStringLiteral("create_ask_error"), QStringLiteral("매도 주문 생성 실패")},
        {QStringLiteral("volume_too_large"), QStringLiteral("주문 수량 초과")},
        {QStringLiteral("invalid_funds"), QStringLiteral("잘못된 주문 금액")},
        {QStringLiteral("validation_error"), QStringLiteral("잘못된 요청 값")},
        {QStringLiteral("invalid_parameter"), QStringLiteral("잘못된 요청 값")},
        {QStringLiteral("cross_trading"), QStringLiteral("자전 거래 제한")},
        {QStringLiteral("order_not_found"), QStringLiteral("주문을 찾을 수 없음")},
        {QStringLiteral("order_not_ready"), QStringLiteral("주문 접수 중 (잠시 후 다시 시도)")},
        {QStringLiteral("too_many_requests"), QStringLiteral("요청 한도 초과")},
        // Keys and permissions.
        {QStringLiteral("invalid_query_payload"), QStringLiteral("인증 실패: 요청 서명 불일치")},
        {QStringLiteral("jwt_verification"), QStringLiteral("인증 실패: 서명 검증 실패")},
        {QStringLiteral("expired_jwt"), QStringLiteral("인증 실패: 인증 토큰 만료 (시계 확인)")},
        {QStringLiteral("expired_access_key"), QStringLiteral("인증 실패: 만료된 API 키")},
        {QStringLiteral("invalid_access_key"), QStringLiteral("인증 실패: 잘못된 API 키")},
        {QStringLiteral("nonce_used"), QStringLiteral("인증 실패: 이미 사용된 요청 번호")},
        {QStringLiteral("no_authorization_i_p"), QStringLiteral("인증 실패: 허용되지 않은 IP")},
        {QStringLiteral("NotAllowIP"), QStringLiteral("인증 실패: 허용되지 않은 IP")},
        {QStringLiteral("out_of_scope"), QStringLiteral("권한 없음: API 키에 이 기능의 권한이 없음")},
        {QStringLiteral("thirdparty_agreement_required"), QStringLiteral("거래소의 제3자 정보 제공 동의 필요")},
        {QStringLiteral("blocked_member_id"), QStringLiteral("거래소가 차단한 계정")},
        {QStringLiteral("bank_account_required"), QStringLiteral("실명 확인 입출금 계좌 필요")},
        {QStringLiteral("two_factor_auth_required"), QStringLiteral("2단계 인증 필요")},
        // Bithumb's API 1.0 status codes.
        {QStringLiteral("5100"), QStringLiteral("잘못된 요청")},
        {QStringLiteral("5200"), QStringLiteral("회원 정보 없음")},
        {QStringLiteral("5300"), QStringLiteral("인증 실패: 잘못된 API 키")},
        {QStringLiteral("5302"), QStringLiteral("허용되지 않은 요청 (접속 IP 또는 권한)")},
        {QStringLiteral("5400"), QStringLiteral("거래소 데이터베이스 오류")},
        {QStringLiteral("5500"), QStringLiteral("잘못된 요청 값")},
        {QStringLiteral("5600"), QStringLiteral("거래소 안내")},
        {QStringLiteral("5900"), QStringLiteral("거래소의 알 수 없는 오류")},
    };
    return names.value(code);
}

QString kindKorean(ExchangeError::Kind kind)
{
    using K = ExchangeError::Kind;
    switch (kind) {
    case K::Network:
        return QStringLiteral("네트워크 오류");
    case K::Timeout:
        return QStringLiteral("응답 시간 초과");
    case K::RateLimited:
        return QStringLiteral("요청 한도 초과");
    case K::Banned:
        return QStringLiteral("요청 한도 위반으로 일시 차단");
    case K::Authentication:
        return QStringLiteral("인증 실패");
    case K::InsufficientFunds:
        return QStringLiteral("잔고 부족");
    case K::InvalidOrder:
        return QStringLiteral("주문 조건 오류");
    case K::NotFound:
        return QStringLiteral("찾을 수 없음");
    case K::Server:
        return QStringLiteral("서버 오류");
    case K::Rejected:
        return QStringLiteral("거래소 거부");
    case K::Malformed:
        return QStringLiteral("알 수 없는 응답");
    case K::Unsupported:
        return QStringLiteral("지원하지 않는 요청");
    case K::EndOfData:
        return QStringLiteral("재생 데이터 끝");
    case K::Cancelled:
        return QStringLiteral("요청 취소");
    }
    return QStringLiteral("거래소 오류");
}

} // namespace

QString ReasonText::exchangeError(const ExchangeError &error) const
{
    if (!m_ko)
        return error.describe();
    const QString known = error.code.isEmpty() ? QString() : errorNameKorean(error.code);
    QString out = known.isEmpty() ? kindKorean(error.kind) : known;
    QStringList details;
    if (known.isEmpty() && !error.code.isEmpty())
        details.append(QStringLiteral("코드 %1").arg(error.code)); // a name this table does not know
    if (error.httpStatus > 0)
        details.append(QStringLiteral("HTTP %1").arg(error.httpStatus));
    if (!details.isEmpty())
        out += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    // Upbit's and Bithumb's messages are Korean: worth reading. English ones (Qt's socket errors,
    // the replay's own words) stay in the English window and the log file.
    static const QRegularExpression unit(QStringLiteral("\\bKRW(-[A-Z0-9]+)?\\b")); // a unit, a market code
    const QString message = error.message.trimmed();
    if (!message.isEmpty() && !hasEnglishWords(QString(message).remove(unit)))
        out += QStringLiteral(": ") + message;
    return out;
}

bool hasEnglishWords(const QString &text)
{
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{2,}"));
    return english.match(text).hasMatch();
}

QString ReasonText::zoneName(const QString &zone) const
{
    // The app's usual zone in words; any other is named by its id, as the settings name it.
    if (m_ko && (zone == u"Asia/Seoul" || zone == u"Asia/Tokyo" || zone == u"UTC+09:00"))
        return zone == u"Asia/Tokyo" ? QStringLiteral("일본 시간") : QStringLiteral("한국 시간");
    return zone;
}

QString ReasonText::krw(const QString &amount) const
{
    // English keeps the engine's historical "1234 KRW" (rounded down, no separators): it is data.
    if (!m_ko) {
        const auto value = Decimal::fromString(amount);
        return (value ? value->rounded(0, Decimal::Rounding::Down).toString() : amount) + QStringLiteral(" KRW");
    }
    return grouped(amount, true) + QStringLiteral("원");
}

QString ReasonText::render(const Reason &r) const
{
    const auto n = [&r](const char16_t *name, int decimals) { return fixed(r.number(QStringView(name)), decimals); };
    const auto t = [&r](const char16_t *name) { return r.text(QStringView(name)); };
    // A veto's refused signal, in parentheses, when the reason carries one.
    const auto withSignal = [&](const QString &head) {
        return r.has(kSignal) ? QStringLiteral("%1 (%2)").arg(head, sub(r, kSignal)) : head;
    };
    switch (r.code()) {
    case ReasonCode::None:
        return {};
    case ReasonCode::WarmingUp:
        return tr(u"warming up the indicators", u"지표 준비 중");
    case ReasonCode::NoCrossAbove:
        return fill(words(u"no crossover (fast EMA above slow); RSI %1", u"교차 없음 (단기 EMA가 장기 EMA 위); RSI %1"),
                    {n(u"rsi", 2)});
    case ReasonCode::NoCrossBelow:
        return fill(
            words(u"no crossover (fast EMA below slow); RSI %1", u"교차 없음 (단기 EMA가 장기 EMA 아래); RSI %1"),
            {n(u"rsi", 2)});
    case ReasonCode::CrossUp: {
        QString out = fill(words(u"EMA %1 crossed above %2; RSI %3; volume %4x average",
                                 u"단기 EMA(%1)가 장기 EMA(%2)를 상향 돌파; RSI %3; 거래량 평균의 %4배"),
                           {n(u"fast", 0), n(u"slow", 0), n(u"rsi", 2), n(u"volume", 2)});
        if (r.has(QStringLiteral("size")))
            out += tr(u"; size ", u"; 주문 ") + sub(r, QStringLiteral("size"));
        return out;
    }
    case ReasonCode::CrossUpOverbought:
        return fill(words(u"EMA crossed up, but RSI %1 is at or above %2", u"RSI 과열: 상향 돌파했지만 RSI %1 ≥ %2"),
                    {n(u"rsi", 2), n(u"limit", 0)});
    case ReasonCode::CrossUpFloor:
        return fill(words(u"EMA crossed up, but RSI %1 is at or below the floor %2",
                          u"RSI 하한: 상향 돌파했지만 RSI %1 ≤ 하한 %2"),
                    {n(u"rsi", 2), n(u"floor", 0)});
    case ReasonCode::CrossUpVolume:
        return fill(words(u"EMA crossed up, but volume is %1x its average (needs %2x)",
                          u"거래량 부족: 상향 돌파했지만 거래량이 평균의 %1배 (필요 %2배)"),
                    {n(u"volume", 2), n(u"needed", 2)});
    case ReasonCode::CrossDown:
        return fill(words(u"EMA %1 crossed below %2; RSI %3", u"단기 EMA(%1)가 장기 EMA(%2)를 하향 돌파; RSI %3"),
                    {n(u"fast", 0), n(u"slow", 0), n(u"rsi", 2)});
    case ReasonCode::RsiExit:
        return fill(words(u"RSI %1 rose above the exit bound %2", u"RSI %1이(가) 청산 기준 %2 초과"),
                    {n(u"rsi", 2), n(u"limit", 0)});
    case ReasonCode::AlreadyHolding:
        return tr(u"already holding a position (%1)", u"이미 보유 중 (%1)").arg(sub(r, kSignal));
    case ReasonCode::WarningMarket: {
        const QString head =
            tr(u"%1 is designated warning (유의) by the exchange", u"%1 거래소 유의 종목 지정").arg(t(u"market"));
        return r.has(kSignal) ? tr(u"BUY not taken: %1 (%2)", u"신규 매수 중단: %1 (%2)").arg(head, sub(r, kSignal))
                              : head;
    }
    case ReasonCode::CautionMarket: {
        const QString head = tr(u"%1 has a caution flag (주의: %2) and block-caution is on",
                                u"%1 거래소 주의 종목 (%2), 주의 종목 매수 차단 설정")
                                 .arg(t(u"market"), t(u"flags"));
        return r.has(kSignal) ? tr(u"BUY not taken: %1 (%2)", u"신규 매수 중단: %1 (%2)").arg(head, sub(r, kSignal))
                              : head;
    }
    case ReasonCode::Delisted: {
        const QString head =
            tr(u"%1 is not listed by the exchange (delisted)", u"%1 거래소 미상장 (상장 폐지)").arg(t(u"market"));
        return r.has(kSignal) ? tr(u"BUY not taken: %1 (%2)", u"신규 매수 중단: %1 (%2)").arg(head, sub(r, kSignal))
                              : head;
    }
    case ReasonCode::MaxPositions:
        return withSignal(tr(u"BUY not taken: max-positions %1 reached", u"신규 매수 중단: 최대 보유 종목 수 %1개 도달")
                              .arg(n(u"limit", 0)));
    case ReasonCode::RiskVeto:
        return withSignal(tr(u"BUY vetoed by risk: %1", u"신규 매수 중단: %1").arg(sub(r, QStringLiteral("veto"))));
    case ReasonCode::KillSwitch:
        return tr(u"kill switch", u"긴급 정지");
    case ReasonCode::DailyLossLimit:
        return tr(u"daily loss limit reached; no new entries until 00:00 %1",
                  u"일일 손실 한도 도달; %1 기준 0시까지 신규 매수 없음")
            .arg(zoneName(t(u"zone")));
    case ReasonCode::NoPriceOrAtr:
        return tr(u"no price or ATR to size against", u"주문 규모를 정할 가격 또는 ATR 없음");
    case ReasonCode::BelowMinimum:
        return tr(u"size %1 (limited by %2) is below the minimum order of %3",
                  u"주문 규모 %1 (%2 기준)이(가) 최소 주문 %3 미만")
            .arg(krw(t(u"size")), sub(r, QStringLiteral("limit")), krw(t(u"minimum")));
    case ReasonCode::Sized:
        return tr(u"%1 limited by %2; stop %3, risk %4", u"%1 (%2 기준); 손절가 %3, 위험 %4")
            .arg(krw(t(u"amount")), sub(r, QStringLiteral("limit")), m_ko ? grouped(t(u"stop"), false) : t(u"stop"),
                 krw(t(u"risk")));
    case ReasonCode::LimitKelly:
        return tr(u"Kelly %1", u"켈리 비율 %1").arg(r.number(QStringLiteral("fraction")), 0, 'f', 3);
    case ReasonCode::LimitDefaultFraction:
        return tr(u"default fraction %1", u"기본 비율 %1").arg(r.number(QStringLiteral("fraction")));
    case ReasonCode::LimitNoEdge: {
        const double fraction = r.number(QStringLiteral("fraction"));
        if (!m_ko)
            return QStringLiteral("no edge to size (Kelly fraction %1): a probe of twice the minimum order")
                .arg(fraction, 0, 'f', 3);
        return (fraction <= 0 ? QStringLiteral("최근 %1회 기대값 음수") : QStringLiteral("최근 %1회 기대값이 작음"))
                   .arg(n(u"lookback", 0)) +
               QStringLiteral(" (켈리 %1): 최소 주문의 2배로 시험 매수").arg(fraction, 0, 'f', 3);
    }
    case ReasonCode::LimitOrderCap:
        return tr(u"per-order cap", u"1회 주문 한도");
    case ReasonCode::LimitCash:
        return tr(u"cash available", u"가용 현금");
    case ReasonCode::LimitExposure:
        return tr(u"maximum exposure", u"최대 투자 비중");
    case ReasonCode::LimitRiskPerTrade:
        return tr(u"risk per trade", u"거래당 위험 한도");
    case ReasonCode::Stop:
        return tr(u"stop %1", u"손절 %1").arg(m_ko ? grouped(t(u"price"), false) : t(u"price"));
    case ReasonCode::TrailingStop:
        return tr(u"trailing stop %1", u"추적 손절 %1").arg(m_ko ? grouped(t(u"price"), false) : t(u"price"));
    case ReasonCode::WarningExit:
        return tr(u"exchange warning (유의) on %1", u"%1 거래소 유의 종목 지정으로 매도").arg(t(u"market"));
    case ReasonCode::OrderNoAnswer:
        return tr(u"order %1: no answer (%2); it will be looked up by its client order id",
                  u"주문 %1: 거래소 응답 없음 (%2). 클라이언트 주문 ID로 조회해 결과를 확인합니다")
            .arg(t(u"order"), describedError(t(u"error")));
    case ReasonCode::OrderTimedOut:
        return tr(u"order %1 cancelled after the timeout", u"주문 %1: 미체결 주문 취소 시간이 지나 취소했습니다")
            .arg(t(u"order"));
    case ReasonCode::OrderAdopted:
        // Korean names the market before the side ("KRW-BTC 매수"), as the fills' messages do.
        return tr(u"adopted order %1 (%2 %3) found on the exchange but missing from the database",
                  u"주문 %1 (%3 %2): 거래소에는 있지만 데이터베이스에 없던 주문이어서 기록에 추가했습니다")
            .arg(t(u"order"), m_ko ? signal(t(u"side") == u"sell" ? SignalType::Sell : SignalType::Buy) : t(u"side"),
                 t(u"market"));
    case ReasonCode::FailedOrderFound: {
        const auto status = parseOrderStatus(t(u"state"));
        return tr(u"order %1 recorded as failed exists on the exchange (%2): recorded as it is there",
                  u"주문 %1: 실패로 기록했지만 거래소에 있는 주문입니다 (거래소 상태: %2). 거래소 상태대로 "
                  u"기록했습니다")
            .arg(t(u"order"), m_ko && status ? orderState(*status, OrderType::Limit, false) : t(u"state"));
    }
    case ReasonCode::BalanceDiffers:
        return tr(u"balance differs: the exchange holds %1 %2, the recorded fills %3; nothing is traded to fix it — "
                  u"check for trades made outside autocoin",
                  u"잔고 불일치: 거래소 보유 %1 %2, 체결 기록 %3 %2. 맞추기 위한 매매는 하지 않습니다. autocoin 밖에서 "
                  u"한 거래가 있는지 확인하세요")
            .arg(t(u"exchange"), t(u"coin"), t(u"recorded"));
    case ReasonCode::OrderCancelled:
        return tr(u"cancelled order %1", u"긴급 정지: 미체결 주문 %1을(를) 취소했습니다").arg(t(u"order"));
    case ReasonCode::MarketNotListed: {
        const bool held = r.number(QStringLiteral("held")) != 0;
        return tr(u"%1 is not listed by %2 (delisted or unknown): no new entries there%3",
                  u"%1: %2 종목 목록에 없습니다 (상장 폐지 또는 알 수 없는 종목). 이 종목은 신규 매수하지 않습니다%3")
            .arg(t(u"market"), exchange(t(u"exchange")),
                 held ? tr(u"; the position is still managed by its stops and signals",
                           u". 보유 포지션은 손절과 매도 신호로 계속 관리합니다")
                      : QString());
    }
    case ReasonCode::UniverseChosen:
        return tr(u"universe top:%1 by 24-hour traded value: %2", u"자동 선정: 24시간 거래대금 상위 %1개 종목 — %2")
            .arg(n(u"top", 0), t(u"markets"));
    }
    return {};
}

QString ReasonText::describedError(const QString &description) const
{
    // The engine writes ExchangeError::describe(); English shows it as it is. Another text in
    // Korean: where to read it, in its place.
    if (!m_ko)
        return description;
    const auto error = ExchangeError::fromDescription(description.trimmed());
    return error ? exchangeError(*error) : QStringLiteral("원인은 로그 참고");
}

QString ReasonText::exchange(const QString &name) const
{
    const auto known = parseExchange(name);
    if (!m_ko || !known)
        return name;
    switch (*known) {
    case Exchange::Upbit:
        return QStringLiteral("업비트");
    case Exchange::Bithumb:
        return QStringLiteral("빗썸");
    case Exchange::Replay:
        return QStringLiteral("리플레이");
    }
    return name;
}

bool ReasonText::blocksEntry(const Reason &reason)
{
    switch (reason.code()) {
    case ReasonCode::WarningMarket:
    case ReasonCode::CautionMarket:
    case ReasonCode::Delisted:
    case ReasonCode::MaxPositions:
    case ReasonCode::RiskVeto:
    case ReasonCode::KillSwitch:
    case ReasonCode::DailyLossLimit:
        return true;
    default:
        return false;
    }
}

QString ReasonText::entriesStopped() const
{
    return tr(u"No new entries", u"신규 매수 중단");
}

QString ReasonText::headline(const Reason &r) const
{
    switch (r.code()) {
    case ReasonCode::None:
        return {};
    case ReasonCode::WarmingUp:
        return render(r);
    case ReasonCode::NoCrossAbove:
    case ReasonCode::NoCrossBelow:
        return tr(u"the EMAs did not cross", u"EMA 교차 없음"); // after "HOLD: " (WhyText)
    case ReasonCode::CrossUp:
        return tr(u"buy signal: EMA crossed up", u"매수 신호: EMA 상향 돌파");
    case ReasonCode::CrossUpOverbought:
        return tr(u"RSI overbought (%1 ≥ %2)", u"RSI 과열 (%1 ≥ %2)")
            .arg(fixed(r.number(QStringLiteral("rsi")), 1), fixed(r.number(QStringLiteral("limit")), 0));
    case ReasonCode::CrossUpFloor:
        return tr(u"RSI at or below its floor (%1 ≤ %2)", u"RSI 하한 이하 (%1 ≤ %2)")
            .arg(fixed(r.number(QStringLiteral("rsi")), 1), fixed(r.number(QStringLiteral("floor")), 0));
    case ReasonCode::CrossUpVolume:
        return tr(u"volume too low (%1x, needs %2x)", u"거래량 부족 (평균의 %1배, 필요 %2배)")
            .arg(fixed(r.number(QStringLiteral("volume")), 2), fixed(r.number(QStringLiteral("needed")), 2));
    case ReasonCode::CrossDown:
        return tr(u"sell signal: EMA crossed down", u"매도 신호: EMA 하향 돌파");
    case ReasonCode::RsiExit:
        return tr(u"sell signal: RSI above the exit bound", u"매도 신호: RSI 청산 기준 초과");
    case ReasonCode::AlreadyHolding:
        return tr(u"already holding a position", u"이미 보유 중");
    case ReasonCode::WarningMarket:
        return tr(u"warning market (유의)", u"유의 종목");
    case ReasonCode::CautionMarket:
        return tr(u"caution market (주의)", u"주의 종목");
    case ReasonCode::Delisted:
        return tr(u"not listed by the exchange", u"상장 폐지");
    case ReasonCode::MaxPositions:
        return tr(u"maximum positions held (%1)", u"최대 보유 종목 수 도달 (%1개)")
            .arg(fixed(r.number(QStringLiteral("limit")), 0));
    case ReasonCode::RiskVeto:
        return headline(r.nested(QStringLiteral("veto")));
    case ReasonCode::KillSwitch:
        return render(r);
    case ReasonCode::DailyLossLimit:
        return tr(u"daily loss limit reached", u"일일 손실 한도 도달");
    case ReasonCode::NoPriceOrAtr:
        return render(r);
    case ReasonCode::BelowMinimum: {
        const Reason limit = r.nested(QStringLiteral("limit"));
        if (limit.code() == ReasonCode::LimitNoEdge && limit.number(QStringLiteral("fraction")) <= 0)
            return tr(u"negative expectancy over the last %1 trades", u"최근 %1회 기대값 음수")
                .arg(fixed(limit.number(QStringLiteral("lookback")), 0));
        return tr(u"size below the minimum order (limited by %1)", u"주문 규모가 최소 주문 미만 (%1 기준)")
            .arg(render(limit));
    }
    case ReasonCode::Sized:
    case ReasonCode::LimitKelly:
    case ReasonCode::LimitDefaultFraction:
    case ReasonCode::LimitNoEdge:
    case ReasonCode::LimitOrderCap:
    case ReasonCode::LimitCash:
    case ReasonCode::LimitExposure:
    case ReasonCode::LimitRiskPerTrade:
    case ReasonCode::Stop:
    case ReasonCode::TrailingStop:
    case ReasonCode::WarningExit:
    case ReasonCode::OrderNoAnswer:
    case ReasonCode::OrderTimedOut:
    case ReasonCode::OrderAdopted:
    case ReasonCode::FailedOrderFound:
    case ReasonCode::BalanceDiffers:
    case ReasonCode::OrderCancelled:
    case ReasonCode::MarketNotListed:
    case ReasonCode::UniverseChosen:
        return render(r);
    }
    return {};
}

QString ReasonText::state(EngineState state) const
{
    switch (state) {
    case EngineState::Idle:
        return tr(u"IDLE", u"대기");
    case EngineState::Running:
        return tr(u"RUNNING", u"실행 중");
    case EngineState::Stopping:
        return tr(u"STOPPING", u"정지 중");
    case EngineState::Error:
        return tr(u"ERROR", u"오류");
    }
    return {};
}

QString ReasonText::signal(SignalType type) const
{
    switch (type) {
    case SignalType::Buy:
        return tr(u"BUY", u"매수");
    case SignalType::Sell:
        return tr(u"SELL", u"매도");
    case SignalType::Hold:
        return tr(u"HOLD", u"관망");
    }
    return {};
}

QString ReasonText::orderState(OrderStatus status, OrderType type, bool hasFills) const
{
    switch (status) {
    case OrderStatus::Intent:
        return tr(u"intent", u"전송 전");
    case OrderStatus::Unknown:
        return tr(u"unknown", u"확인 중");
    case OrderStatus::Wait:
        return hasFills ? tr(u"partly filled", u"부분 체결") : tr(u"wait", u"미체결");
    case OrderStatus::Watch:
        return tr(u"watch", u"감시");
    case OrderStatus::Done:
        return tr(u"filled", u"체결");
    case OrderStatus::Cancel:
        // Upbit ends a filled market buy as cancel (the unspent KRW goes back): it was filled.
        if (hasFills)
            return type == OrderType::MarketBuy ? tr(u"filled", u"체결")
                                                : tr(u"partly filled, cancelled", u"부분 체결 후 취소");
        return tr(u"cancelled", u"취소");
    case OrderStatus::Cancelling:
        return tr(u"cancelling", u"취소 중");
    case OrderStatus::Failed:
        return tr(u"failed", u"실패");
    }
    return {};
}

ReasonText::Exit ReasonText::exitKind(const Reason &reason)
{
    switch (reason.code()) {
    case ReasonCode::Stop:
        return Exit::Stop;
    case ReasonCode::TrailingStop:
        return Exit::TrailingStop;
    case ReasonCode::KillSwitch:
        return Exit::KillSwitch;
    case ReasonCode::WarningExit:
        return Exit::Warning;
    default:
        return Exit::Signal;
    }
}

QString ReasonText::exit(Exit kind) const
{
    switch (kind) {
    case Exit::Signal:
        return tr(u"signal", u"신호");
    case Exit::Stop:
        return tr(u"stop", u"손절");
    case Exit::TrailingStop:
        return tr(u"trailing stop", u"추적 손절");
    case Exit::KillSwitch:
        return tr(u"kill switch", u"긴급 정지");
    case Exit::Warning:
        return tr(u"warning", u"유의 종목");
    }
    return {};
}

} // namespace autocoin
