#include "core/Clock.h"

namespace autocoin {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace autocoin
