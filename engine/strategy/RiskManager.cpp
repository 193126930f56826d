#include "strategy/RiskManager.h"

#include <algorithm>
#include <cmath>

namespace autocoin {

namespace {

Decimal fromDouble(double value, int scale = 8)
{
    return Decimal::fromDouble(value).value_or(Decimal()).rounded(scale, Decimal::Rounding::Down);
}

} // namespace

RiskManager::RiskManager(StrategyParameters parameters, MarketRules rules, const QTimeZone &zone)
    : m_rules(std::move(rules))
    , m_zone(zone)
{
    setParameters(parameters);
}

void RiskManager::setParameters(const StrategyParameters &parameters)
{
    m_parameters = parameters;
    m_orderCapKrw = fromDouble(parameters.orderCapKrw, 0);
    m_maxExposure = fromDouble(parameters.maxExposure);
    m_riskPerTrade = fromDouble(parameters.riskPerTrade);
    m_dailyLossPct = fromDouble(parameters.dailyLossPct);
    m_dailyLossKrw = fromDouble(parameters.dailyLossKrw, 0);
}

Decimal RiskManager::initialStop(const QString &market, const Decimal &entry, double atr) const
{
    const Decimal stop = entry - fromDouble(m_parameters.stopAtr * atr);
    return stop.isPositive() ? m_rules.roundPriceDown(market, stop) : Decimal();
}

Decimal RiskManager::trailingStop(const QString &market, const Decimal &entry, const Decimal &highestClose, double atr,
                                  const Decimal &currentStop) const
{
    const double activationAtr = m_parameters.trailingActivationAtr * atr;
    // The activation's exact decimal is within 10^-8 and a rounding of the double: a gain clearly
    // short of the double (the common candle of a held position) or clearly past it is decided
    // without converting it, the gain taken from the prices' doubles (each within an ulp). Only
    // where the conversion cannot fail (it refuses more than 18 fractional digits: a tiny double
    // is converted as 0).
    bool activated = false;
    if (activationAtr >= 0.1 && activationAtr < 1e18) {
        const double high = highestClose.toDouble();
        const double paid = entry.toDouble();
        const double gain = high - paid;
        const double margin = 1e-8 + 1e-12 * (activationAtr + std::abs(high) + std::abs(paid));
        if (gain < activationAtr - margin)
            return currentStop;
        activated = gain > activationAtr + margin;
    }
    if (!activated && highestClose - entry < fromDouble(activationAtr))
        return currentStop;
    // The same for the new stop: highest close − trailing distance, rounded down to the tick,
    // clearly below the current stop keeps it (an ATR that widened, a stop already raised).
    const double distance = m_parameters.trailingAtr * atr;
    if (distance >= 0.1 && distance < 1e18) {
        const double high = highestClose.toDouble();
        const double stop = currentStop.toDouble();
        const double margin = 1e-8 + 1e-12 * (distance + std::abs(high) + std::abs(stop));
        if (high - distance < stop - margin)
            return currentStop;
    }
    const Decimal candidate = m_rules.roundPriceDown(market, highestClose - fromDouble(m_parameters.trailingAtr * atr));
    return std::max(currentStop, candidate);
}

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;
// Far enough for any candle, near enough that adding an offset cannot overflow.
constexpr qint64 kFarMs = qint64(1) << 52;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

QDate dateAt(qint64 localMs)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + floorDiv(localMs, kDayMs));
}

} // namespace

QDate RiskManager::dayOf(const QDateTime &now)
{
    if (now.isValid()) {
        const qint64 ms = now.toMSecsSinceEpoch();
        if (ms >= m_steadyFromMs && ms < m_steadyToMs)
            return dateAt(ms + m_steadyOffsetMs);
    }
    const QDate today = now.toTimeZone(m_zone).date();
    learnSteadySpan(now, today);
    return today;
}

void RiskManager::learnSteadySpan(const QDateTime &now, const QDate &day)
{
    m_steadyFromMs = m_steadyToMs = 0;
    if (!m_zone.isValid() || !now.isValid() || !day.isValid())
        return;
    const qint64 ms = now.toMSecsSinceEpoch();
    if (ms <= -kFarMs || ms >= kFarMs)
        return;
    const qint64 offsetMs = qint64(m_zone.offsetFromUtc(now)) * 1000;
    if (dateAt(ms + offsetMs) != day)
        return; // not the zone's own arithmetic: convert every time
    qint64 from = -kFarMs;
    qint64 to = kFarMs;
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData previous = m_zone.previousTransition(now.addMSecs(1));
        if (previous.atUtc.isValid()) {
            if (qint64(previous.offsetFromUtc) * 1000 != offsetMs)
                return;
            from = std::max(from, previous.atUtc.toMSecsSinceEpoch());
        }
        const QTimeZone::OffsetData next = m_zone.nextTransition(now);
        if (next.atUtc.isValid())
            to = std::min(to, next.atUtc.toMSecsSinceEpoch());
    } else if (m_zone.hasDaylightTime()) {
        return;
    }
    if (from <= ms && ms < to) {
        m_steadyFromMs = from;
        m_steadyToMs = to;
        m_steadyOffsetMs = offsetMs;
    }
}

void RiskManager::observeEquity(const Decimal &equity, const QDateTime &now)
{
    const QDate today = dayOf(now);
    if (today != m_day) {
        m_day = today;
        m_dayStartEquity = equity;
        m_dailyLimitHit = false;
    }
    const Decimal loss = m_dayStartEquity - equity;
    Decimal limit;
    if (m_parameters.dailyLossPct > 0)
        limit = m_dayStartEquity * m_dailyLossPct;
    if (m_parameters.dailyLossKrw > 0) {
        const Decimal &fixed = m_dailyLossKrw;
        limit = limit.isPositive() ? std::min(limit, fixed) : fixed;
    }
    if (limit.isPositive() && loss >= limit)
        m_dailyLimitHit = true;
}

Reason RiskManager::blockCause() const
{
    if (m_killed)
        return Reason(ReasonCode::KillSwitch);
    if (m_dailyLimitHit)
        return Reason(ReasonCode::DailyLossLimit).set(QStringLiteral("zone"), QString::fromUtf8(m_zone.id()));
    return {};
}

RiskDecision RiskManager::sizeEntry(const QString &market, const Decimal &price, double atr, const AccountView &account,
                                    const PerformanceTracker &tracker, const QDateTime &now, bool explain)
{
    observeEquity(account.equity, now);
    RiskDecision decision;
    if (entriesBlocked()) {
        decision.cause = blockCause();
        decision.reason = decision.cause.english();
        return decision;
    }
    if (!price.isPositive() || !(atr > 0)) {
        decision.cause = Reason(ReasonCode::NoPriceOrAtr);
        decision.reason = decision.cause.english();
        return decision;
    }
    const StrategyParameters &p = m_parameters;
    const bool kellyReady = tracker.closedTrades() >= p.kellyMinTrades;
    const double fraction =
        kellyReady ? std::clamp(tracker.kellyFraction(), 0.0, p.kellyCap) : std::min(p.defaultFraction, p.kellyCap);
    // No edge in the latest kelly-lookback closed trades. Vetoing the entry would be for good:
    // without trades the window never moves. So the entry becomes a probe of twice the
    // exchange's minimum order (still sellable after a 50 % fall): the record stays current at a
    // negligible risk, and full sizing returns once the window shows an edge (docs/DECISIONS.md).
    // The same holds for an edge so small that its size falls below that probe.
    const Decimal minimum = m_rules.minTotal(market, OrderSide::Buy);
    const Decimal sized = account.equity * fromDouble(fraction);
    const bool probe = kellyReady && (fraction <= 0 || sized < minimum * Decimal(2));
    decision.stopPrice = initialStop(market, price, atr);
    const Decimal stopDistance = price - decision.stopPrice;
    // The limits in the order they are reported; the smallest wins (the first of equals). Their
    // descriptions are formatted only for the one that wins, and only when asked for.
    enum Limit
    {
        Sizing,
        OrderCap,
        Cash,
        Exposure,
        RiskPerTrade
    };
    Decimal amounts[5] = {probe ? minimum * Decimal(2) : sized, m_orderCapKrw, account.cash,
                          std::max(Decimal(), account.equity * m_maxExposure - account.positionsValue), Decimal()};
    int count = 4;
    if (stopDistance.isPositive()) {
        // Volume at which hitting the stop loses risk-per-trade of equity, in KRW at this price.
        const Decimal riskBudget = account.equity * m_riskPerTrade;
        amounts[count++] = riskBudget.divided(stopDistance, 8, Decimal::Rounding::Down) * price;
    }
    int smallest = 0;
    for (int i = 1; i < count; ++i) {
        if (amounts[i] < amounts[smallest])
            smallest = i;
    }
    const auto why = [&]() -> Reason {
        const QString fractionName = QStringLiteral("fraction");
        switch (smallest) {
        case Sizing:
            if (probe)
                return Reason(ReasonCode::LimitNoEdge)
                    .set(fractionName, tracker.kellyFraction())
                    .set(QStringLiteral("lookback"), static_cast<double>(p.kellyLookback));
            return Reason(kellyReady ? ReasonCode::LimitKelly : ReasonCode::LimitDefaultFraction)
                .set(fractionName, fraction);
        case OrderCap:
            return Reason(ReasonCode::LimitOrderCap);
        case Cash:
            return Reason(ReasonCode::LimitCash);
        case Exposure:
            return Reason(ReasonCode::LimitExposure);
        default:
            return Reason(ReasonCode::LimitRiskPerTrade);
        }
    };
    decision.volume = m_rules.truncateVolume(amounts[smallest].divided(price, 12, Decimal::Rounding::Down));
    decision.amount = decision.volume * price;
    decision.riskAmount = decision.volume * stopDistance;
    if (decision.amount < minimum) {
        if (explain) {
            decision.cause = Reason(ReasonCode::BelowMinimum)
                                 .set(QStringLiteral("size"), decision.amount.toString())
                                 .set(QStringLiteral("limit"), why())
                                 .set(QStringLiteral("minimum"), minimum.toString());
            decision.reason = decision.cause.english();
        }
        return decision;
    }
    decision.allowed = true;
    if (explain) {
        decision.cause = Reason(ReasonCode::Sized)
                             .set(QStringLiteral("amount"), decision.amount.toString())
                             .set(QStringLiteral("limit"), why())
                             .set(QStringLiteral("stop"), decision.stopPrice.toString())
                             .set(QStringLiteral("risk"), decision.riskAmount.toString());
        decision.reason = decision.cause.english();
    }
    return decision;
}

} // namespace autocoin
