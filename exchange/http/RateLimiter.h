#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <random>

namespace autocoin {

/// Per-group request budgets, kept before the exchange has to refuse anything. Pure: the caller
/// passes a monotonic time in milliseconds, so tests replay any schedule exactly.
///
/// Each group allows `requests` per sliding `windowMs` (a sliding window also keeps every
/// aligned second within the limit). The exchange's own `Remaining-Req: …; sec=0` blocks the group
/// until the second is over; a 429 blocks it for an exponential, jittered back-off; a 418 ban
/// blocks every group until it runs out.
class RateLimiter
{
public:
    struct Limit
    {
        int requests = 10;
        qint64 windowMs = 1000;
    };

    RateLimiter();

    void setLimit(const QString &group, Limit limit);
    Limit limit(const QString &group) const;

    /// Milliseconds until a request of `group` may be sent (0: now).
    qint64 delayFor(const QString &group, qint64 nowMs);
    void recordSend(const QString &group, qint64 nowMs);
    /// The exchange said `remaining` requests are left in the current second.
    void recordRemaining(const QString &group, int remaining, qint64 nowMs);
    /// A 429: returns the back-off now applied to the group.
    qint64 recordTooManyRequests(const QString &group, qint64 nowMs);
    void recordSuccess(const QString &group);
    /// A 418: nothing is sent before nowMs + durationMs.
    void recordBan(qint64 nowMs, qint64 durationMs);
    /// Milliseconds of ban left (0: not banned).
    qint64 banRemaining(qint64 nowMs) const;

private:
    struct State
    {
        Limit limit;
        std::deque<qint64> sent;
        qint64 blockedUntil = 0;
        int strikes = 0;
    };
    State &state(const QString &group);

    QHash<QString, State> m_groups;
    QHash<QString, Limit> m_limits;
    qint64 m_bannedUntil = 0;
    std::minstd_rand m_random;
};

} // namespace autocoin
