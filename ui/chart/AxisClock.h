#pragma once

#include <QTimeZone>

namespace autocoin {

/// axisTime() for many times in a row. The shift it adds (the zone shown against the local zone
/// a QDateTimeAxis reads in) is constant between the two zones' transitions, so it is found once
/// per such span — forever in Korea, twice a year in a zone with summer time — instead of once per
/// candle and marker, where each call converts a QDateTime to local time and, through the C
/// library, stat()s /etc/localtime: that was most of a redraw with 100,000 candles in view.
class AxisClock
{
public:
    explicit AxisClock(const QTimeZone &zone = QTimeZone::utc());

    qint64 operator()(qint64 utcMs);

private:
    QTimeZone m_zone;
    QTimeZone m_local;
    qint64 m_from = 1; ///< [m_from, m_to): where m_shift holds (empty at first)
    qint64 m_to = 0;
    qint64 m_shift = 0;
};

} // namespace autocoin
