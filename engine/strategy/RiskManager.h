#pragma once

#include "core/Decimal.h"
#include "rules/MarketRules.h"
#include "strategy/PerformanceTracker.h"
#include "strategy/Reason.h"
#include "strategy/StrategyParameters.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace autocoin {

/// What the account looks like when a decision is made. Money is exact.
struct AccountView
{
    Decimal equity;         ///< cash + positions at market
    Decimal cash;           ///< KRW available
    Decimal positionsValue; ///< KRW in positions at market
};

/// The answer to "may I buy, and how much".
struct RiskDecision
{
    bool allowed = false;
    QString reason; ///< why not, or how the size was chosen: cause.english()
    Reason cause;
    Decimal amount; ///< KRW to spend (price × volume)
    Decimal volume; ///< base currency, on the exchange's precision
    Decimal stopPrice;
    Decimal riskAmount; ///< KRW lost if the stop is hit
};

/// Turns a BUY into a size and protective levels, and vetoes entries: capped Kelly sizing (a
/// default fraction until enough closed trades), the per-order cap, the size at which the ATR stop
/// loses at most risk-per-trade of equity, maximum exposure and the cash at hand; the daily loss
/// limit (day boundary at 00:00 in the app's time zone) and the kill switch block entries.
class RiskManager
{
public:
    RiskManager(StrategyParameters parameters, MarketRules rules, const QTimeZone &zone);

    void setParameters(const StrategyParameters &parameters);
    const StrategyParameters &parameters() const { return m_parameters; }

    /// `explain` = false leaves the decision's reason empty (a backtest does not report it).
    RiskDecision sizeEntry(const QString &market, const Decimal &price, double atr, const AccountView &account,
                           const PerformanceTracker &tracker, const QDateTime &now, bool explain = true);

    /// Entry − stop-atr × ATR, on the tick grid (rounded down).
    Decimal initialStop(const QString &market, const Decimal &entry, double atr) const;
    /// Highest close − trailing-atr × ATR once the gain reached trailing-activation-atr × ATR;
    /// never below `currentStop` (it only ratchets up).
    Decimal trailingStop(const QString &market, const Decimal &entry, const Decimal &highestClose, double atr,
                         const Decimal &currentStop) const;

    /// Tracks the day's starting equity and blocks entries once the loss limit is reached; the
    /// block lifts at the next local midnight. Call on every evaluation.
    void observeEquity(const Decimal &equity, const QDateTime &now);
    bool entriesBlocked() const { return m_killed || m_dailyLimitHit; }
    bool dailyLimitHit() const { return m_dailyLimitHit; }
    QString blockReason() const { return blockCause().english(); }
    /// Why entries are blocked (kill switch, daily loss limit), or an empty Reason.
    Reason blockCause() const;

    /// Blocks new entries for good (until reset); the engine then asks to close positions and
    /// enters ERROR with the reason "kill switch".
    void kill() { m_killed = true; }

private:
    /// `now`'s date in the app's time zone.
    QDate dayOf(const QDateTime &now);
    void learnSteadySpan(const QDateTime &now, const QDate &day);

    StrategyParameters m_parameters;
    // The parameters sizing reads as exact decimals, converted once (each conversion formats
    // the double: it cost a backtest more than the sizing itself).
    Decimal m_orderCapKrw;
    Decimal m_maxExposure;
    Decimal m_riskPerTrade;
    Decimal m_dailyLossPct;
    Decimal m_dailyLossKrw;
    MarketRules m_rules;
    QTimeZone m_zone;
    QDate m_day;
    /// The UTC milliseconds [from, to) between two transitions of m_zone around the last `now`
    /// converted, and its offset there: a date inside is arithmetic, not a conversion per call.
    qint64 m_steadyFromMs = 0;
    qint64 m_steadyToMs = 0;
    qint64 m_steadyOffsetMs = 0;
    Decimal m_dayStartEquity;
    bool m_dailyLimitHit = false;
    bool m_killed = false;
};

} // namespace autocoin
