#include "chart/ChartScale.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace autocoin {

namespace {

/// `value` with up to three significant digits and no trailing zeros after the point.
QString significant(double value, const QLocale &locale)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QString compactNumber(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QString();
    const double magnitude = std::fabs(value);
    struct Unit
    {
        double size;
        const char16_t *suffix;
    };
    // Korean counts in 만 (10⁴) and 억 (10⁸); English in thousands.
    static constexpr std::array<Unit, 2> korean{{{1e8, u"억"}, {1e4, u"만"}}};
    static constexpr std::array<Unit, 3> english{{{1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}}};
    const bool inKorean = locale.language() == QLocale::Korean;
    const auto pick = [&](const auto &units) -> QString {
        for (const Unit &unit : units) {
            // Rounded to three digits first: 999,950 reads 1M, not 1,000K.
            if (magnitude >= unit.size * 0.9995)
                return significant(value / unit.size, locale) + QString::fromUtf16(unit.suffix);
        }
        return significant(value, locale);
    };
    return inKorean ? pick(korean) : pick(english);
}

QList<TimeTick> timeTicks(qreal from, qreal to, int maxTicks)
{
    QList<TimeTick> ticks;
    if (!(to > from) || maxTicks < 1)
        return ticks;
    // Axis times read as local time; the wall clock shown is that local time, so the rounding is
    // done on it (the local zone's offset at the start of the view; a change of summer time inside
    // the view moves later ticks by an hour, as the axis itself reads them).
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(qint64(from)).offsetFromUtc()) * 1000;
    const qint64 wallFrom = qint64(std::ceil(from)) + offset;
    const qint64 wallTo = qint64(std::floor(to)) + offset;
    const qint64 span = wallTo - wallFrom;
    const auto wall = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); };
    const auto add = [&](qint64 wallMs, const QString &label) {
        ticks.append({static_cast<qreal>(wallMs - offset), label});
    };

    static constexpr std::array<qint64, 15> fixed{kMinute,      2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute,
                                                  30 * kMinute, kHour,       2 * kHour,   3 * kHour,    4 * kHour,
                                                  6 * kHour,    12 * kHour,  kDay,        2 * kDay,     7 * kDay};
    for (const qint64 step : fixed) {
        if (span / step + 1 > maxTicks)
            continue;
        // Weeks start on Monday: 1970-01-01 was a Thursday, four days before the grid's origin.
        const qint64 origin = step == 7 * kDay ? -3 * kDay : 0;
        qint64 t = wallFrom - origin;
        t = (t % step == 0 ? t : (t / step + (t > 0 ? 1 : 0)) * step) + origin;
        int year = -1;
        bool first = true;
        for (; t <= wallTo; t += step) {
            const QDateTime at = wall(t);
            QString label;
            if (step < kDay) {
                const bool midnight = at.time() == QTime(0, 0);
                label = first      ? at.toString(QStringLiteral("MM-dd HH:mm"))
                        : midnight ? at.toString(QStringLiteral("MM-dd"))
                                   : at.toString(QStringLiteral("HH:mm"));
            } else {
                label = first || at.date().year() != year ? at.toString(QStringLiteral("yyyy-MM-dd"))
                                                          : at.toString(QStringLiteral("MM-dd"));
            }
            year = at.date().year();
            first = false;
            add(t, label);
        }
        return ticks;
    }
    // Months and years, on the calendar.
    static constexpr std::array<int, 8> months{1, 2, 3, 6, 12, 24, 60, 120};
    const QDate start = wall(wallFrom).date();
    for (const int step : months) {
        if ((span / (30 * kDay)) / step + 1 > maxTicks && step != months.back())
            continue;
        QDate d(start.year(), start.month(), 1);
        if (d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() < wallFrom)
            d = d.addMonths(1);
        const int index = d.year() * 12 + d.month() - 1;
        d = d.addMonths((step - index % step) % step);
        for (; d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() <= wallTo; d = d.addMonths(step))
            add(d.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(),
                d.toString(step >= 12 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM")));
        return ticks;
    }
    return ticks;
}

} // namespace autocoin
