#include "core/Timeframe.h"

#include <array>

namespace autocoin {

namespace {

constexpr std::array<int, 8> kMinuteUnits = {1, 3, 5, 10, 15, 30, 60, 240};

} // namespace

Timeframe Timeframe::minutes(int unit)
{
    return Timeframe(unit);
}

Timeframe Timeframe::day()
{
    return Timeframe(1440);
}

std::optional<Timeframe> Timeframe::parse(QStringView text)
{
    QString t = text.trimmed().toString().toLower();
    if (t == u"day" || t == u"1d" || t == u"d" || t == u"days")
        return day();
    int factor = 1;
    if (t.endsWith(u'h')) {
        factor = 60;
        t.chop(1);
    } else if (t.endsWith(u'm')) {
        t.chop(1);
    }
    bool ok = false;
    const int value = t.toInt(&ok) * factor;
    if (!ok)
        return std::nullopt;
    for (int unit : kMinuteUnits) {
        if (unit == value)
            return minutes(value);
    }
    return std::nullopt;
}

QString Timeframe::toString() const
{
    return isDay() ? QStringLiteral("day") : QString::number(m_minutes);
}

} // namespace autocoin
