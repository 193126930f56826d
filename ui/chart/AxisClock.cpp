#include "chart/AxisClock.h"

#include "chart/ChartData.h"

#include <algorithm>
#include <limits>

namespace autocoin {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// The first transition of `zone` after `utcMs` (kNever when none).
qint64 nextTransition(const QTimeZone &zone, qint64 utcMs)
{
    if (!zone.hasTransitions())
        return kNever;
    const QTimeZone::OffsetData next = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
    return next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : kNever;
}

/// The last transition of `zone` at or before `utcMs` (the lowest time when none).
qint64 lastTransition(const QTimeZone &zone, qint64 utcMs)
{
    if (!zone.hasTransitions())
        return std::numeric_limits<qint64>::min();
    const QTimeZone::OffsetData last =
        zone.previousTransition(QDateTime::fromMSecsSinceEpoch(utcMs + 1, QTimeZone::utc()));
    return last.atUtc.isValid() ? last.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

AxisClock::AxisClock(const QTimeZone &zone)
    : m_zone(zone)
    , m_local(QTimeZone::systemTimeZone())
{}

qint64 AxisClock::operator()(qint64 utcMs)
{
    if (utcMs < m_from || utcMs >= m_to) {
        m_shift = axisTime(utcMs, m_zone) - utcMs;
        m_from = std::max(lastTransition(m_zone, utcMs), lastTransition(m_local, utcMs));
        m_to = std::min(nextTransition(m_zone, utcMs), nextTransition(m_local, utcMs));
        if (m_from > utcMs || m_to <= utcMs) { // the zones disagree with the C library: no span
            m_from = utcMs;
            m_to = utcMs + 1;
        }
    }
    return utcMs + m_shift;
}

} // namespace autocoin
