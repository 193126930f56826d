#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace autocoin {

/// A number in a few characters for an axis or a readout: 1.2K, 3.4M, 5.6B in English, 1.2만 and
/// 3.4억 in Korean (the units Korean readers count in), up to three significant digits. The full
/// figure with thousands separators did not fit a short pane's axis: Qt Charts elided it to "…".
QString compactNumber(double value, const QLocale &locale = QLocale());

/// One label on the time axis: where (on the axis' time, see axisTime()) and what it reads.
struct TimeTick
{
    qreal at;
    QString label;
};

/// Ticks on round times between `from` and `to` (axis times: the wall clock of the zone shown, as
/// a QDateTimeAxis reads them) at most `maxTicks` of them: every 1, 2, 5, 10, 15 or 30 minutes, 1,
/// 2, 3, 4, 6 or 12 hours, 1 or 2 days, a week (Mondays), 1, 2, 3 or 6 months, or 1, 2, 5 or 10
/// years — the smallest step that fits. Labels read HH:mm within a day, MM-dd at midnight and on
/// day steps, yyyy-MM on month steps and yyyy on year steps; the first label and the first of a
/// new year carry the date or the year in full, so the reader always knows where the view is.
QList<TimeTick> timeTicks(qreal from, qreal to, int maxTicks);

} // namespace autocoin
