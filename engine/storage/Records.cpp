#include "storage/Records.h"

#include <QTimeZone>
#include <QVariant>

namespace autocoin {

QString storedTime(const QDateTime &time)
{
    // "2026-11-22T04:31:05.123Z", written directly: QDateTime::toString was a fifth of the cost
    // of storing a signal (callgrind on tests/bench/bench_storage).
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const int msOfDay = static_cast<int>(ms - days * 86400000);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[24];
    const auto put = [&buffer](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, date.year(), 4);
    buffer[4] = '-';
    put(5, date.month(), 2);
    buffer[7] = '-';
    put(8, date.day(), 2);
    buffer[10] = 'T';
    put(11, msOfDay / 3600000, 2);
    buffer[13] = ':';
    put(14, msOfDay / 60000 % 60, 2);
    buffer[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    buffer[19] = '.';
    put(20, msOfDay % 1000, 3);
    buffer[23] = 'Z';
    return QString::fromLatin1(buffer, 24);
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
