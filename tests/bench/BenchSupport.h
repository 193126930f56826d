#pragma once
// What the benchmarks share: the process's memory figures and one-minute candles made from the
// recorded hourly data.

#include "core/Candle.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QTimeZone>

#include <algorithm>
#include <ctime>

namespace autocoin::bench {

/// A field of /proc/self/status in KiB ("VmHWM:" = peak resident memory), or -1.
inline long statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/// The calling thread's CPU time in ns: what it was busy with, which on a machine shared with
/// other work is the figure that does not also count the time it waited for a core.
inline qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// `count` one-minute candles walking through each recorded hour from its open through its low
/// (minute 20) and high (minute 40) to its close (minute 59), on a grid of `scale` KRW per 1,000
/// of the recorded price, starting `offset` hours into `hours`: with different offsets and
/// scales, distinct markets on one clock.
inline QList<Candle> minuteCandles(const QList<Candle> &hours, qsizetype count, qsizetype offset = 0,
                                   qint64 scale = 1000)
{
    QList<Candle> out;
    out.reserve(count);
    QDateTime t = hours.first().openTime;
    for (qsizetype h = offset; out.size() < count; ++h) {
        const Candle &hour = hours[h % hours.size()];
        const double o = hour.open.toDouble(), hi = hour.high.toDouble(), lo = hour.low.toDouble(),
                     c = hour.close.toDouble();
        const auto at = [&](int m) {
            if (m <= 20)
                return o + (lo - o) * m / 20.0;
            if (m <= 40)
                return lo + (hi - lo) * (m - 20) / 20.0;
            return hi + (c - hi) * (m - 40) / 19.0;
        };
        const Decimal volume = hour.volume.divided(Decimal(60), 8);
        for (int m = 0; m < 60 && out.size() < count; ++m) {
            const auto price = [scale](double v) { return Decimal(static_cast<qint64>(v / 1000) * scale); };
            Candle candle;
            candle.openTime = t;
            candle.open = price(at(m));
            candle.close = price(at(std::min(59, m + 1)));
            candle.high = std::max(candle.open, candle.close);
            candle.low = std::min(candle.open, candle.close);
            candle.volume = volume;
            out.append(candle);
            t = t.addSecs(60);
        }
    }
    return out;
}

/// `candles` as a CSV in the shared data's format (KST wall times), for timing the command line.
inline bool writeCsv(const QString &path, const QList<Candle> &candles)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    out.write("candle_date_time_kst,opening_price,high_price,low_price,trade_price,candle_acc_trade_volume\n");
    const QTimeZone kst("Asia/Seoul");
    for (const Candle &c : candles) {
        out.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                      .arg(c.openTime.toTimeZone(kst).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                           c.open.toString(), c.high.toString(), c.low.toString(), c.close.toString(),
                           c.volume.toString())
                      .toLatin1());
    }
    return out.error() == QFileDevice::NoError;
}

} // namespace autocoin::bench
