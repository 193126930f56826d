#pragma once

#include <QDateTime>

namespace autocoin {

/// The one place the application asks for the current time. Candles, schedules, order expiry,
/// daily limits, log rotation and backups all depend on it, so tests replace it with a steerable
/// clock (tests/support/ManualClock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    virtual QDateTime nowUtc() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    /// A process-wide instance for code that is not handed a clock explicitly.
    static const Clock &instance();
};

} // namespace autocoin
