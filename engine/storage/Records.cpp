#include "storage/Records.h"

#include <QTimeZone>
#include <QVariant>

namespace autocoin {

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime loadTime(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

Decimal loadMoney(const QVariant &value)
{
    // QPSQL hands NUMERIC over as a string (high precision); SQLite TEXT is a string anyway.
    return Decimal::fromString(value.toString()).value_or(Decimal());
}

} // namespace autocoin
