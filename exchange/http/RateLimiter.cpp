#include "http/RateLimiter.h"

#include <algorithm>

namespace autocoin {

namespace {

constexpr qint64 kBackoffBaseMs = 1000;
constexpr qint64 kBackoffCapMs = 60000;

} // namespace

RateLimiter::RateLimiter()
    : m_random(std::random_device{}())
{}

void RateLimiter::setLimit(const QString &group, Limit limit)
{
    m_limits.insert(group, limit);
    state(group).limit = limit;
}

RateLimiter::Limit RateLimiter::limit(const QString &group) const
{
    return m_limits.value(group, Limit{});
}

RateLimiter::State &RateLimiter::state(const QString &group)
{
    auto it = m_groups.find(group);
    if (it == m_groups.end()) {
        State fresh;
        fresh.limit = limit(group);
        it = m_groups.insert(group, fresh);
    }
    return it.value();
}

qint64 RateLimiter::delayFor(const QString &group, qint64 nowMs)
{
    State &s = state(group);
    while (!s.sent.empty() && s.sent.front() <= nowMs - s.limit.windowMs)
        s.sent.pop_front();
    qint64 delay = std::max<qint64>({0, s.blockedUntil - nowMs, m_bannedUntil - nowMs});
    if (static_cast<int>(s.sent.size()) >= s.limit.requests) {
        const qint64 freeAt = s.sent[s.sent.size() - static_cast<std::size_t>(s.limit.requests)] + s.limit.windowMs;
        delay = std::max(delay, freeAt - nowMs);
    }
    return delay;
}

void RateLimiter::recordSend(const QString &group, qint64 nowMs)
{
    state(group).sent.push_back(nowMs);
}

void RateLimiter::recordRemaining(const QString &group, int remaining, qint64 nowMs)
{
    if (remaining <= 0) {
        State &s = state(group);
        s.blockedUntil = std::max(s.blockedUntil, nowMs + 1000);
    }
}

qint64 RateLimiter::recordTooManyRequests(const QString &group, qint64 nowMs)
{
    State &s = state(group);
    const qint64 base = std::min(kBackoffCapMs, kBackoffBaseMs << std::min(s.strikes, 6));
    ++s.strikes;
    // Jitter in [50 %, 100 %] of the step, so several clients do not come back in lockstep.
    std::uniform_int_distribution<qint64> jitter(base / 2, base);
    const qint64 backoff = jitter(m_random);
    s.blockedUntil = std::max(s.blockedUntil, nowMs + backoff);
    return backoff;
}

void RateLimiter::recordSuccess(const QString &group)
{
    state(group).strikes = 0;
}

void RateLimiter::recordBan(qint64 nowMs, qint64 durationMs)
{
    m_bannedUntil = std::max(m_bannedUntil, nowMs + durationMs);
}

qint64 RateLimiter::banRemaining(qint64 nowMs) const
{
    return std::max<qint64>(0, m_bannedUntil - nowMs);
}

} // namespace autocoin
