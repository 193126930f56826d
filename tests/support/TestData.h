#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace autocoin::test {

/// A temporary directory in memory where the system has one (/dev/shm). The engine commits and
/// syncs its database on every candle: a replay test on disk takes its pace from the disk's
/// fsync, which on a busy machine made a 10-second test take 90 (issue 13).
inline std::unique_ptr<QTemporaryDir> memoryDir()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable()) {
        auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/autocoin-test-XXXXXX"));
        if (dir->isValid())
            return dir;
    }
    return std::make_unique<QTemporaryDir>();
}

/// The shared four years of hourly KRW-BTC candles (../shared/data).
inline QString hourlyCandles()
{
    return QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv");
}

/// The header and the first `rows` candles of the CSV file `source`, written to `target`; the
/// path, or empty when it could not be read or written.
inline QString csvHead(const QString &source, QString target, int rows)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i <= rows && !in.atEnd(); ++i)
        out.write(in.readLine());
    return target;
}

/// The header and the first `rows` candles of the shared hourly file, written into `dir`; the
/// path, or empty when it could not be written. (Three round trips happen in the first 800.)
inline QString hourlySubset(const QTemporaryDir &dir, int rows)
{
    return csvHead(hourlyCandles(), dir.filePath(QStringLiteral("subset.csv")), rows);
}

/// The first `rows` hourly candles of `market` in the shared six-market data (one clock for all),
/// written into `dir`.
inline QString marketSubset(const QTemporaryDir &dir, const QString &market, int rows)
{
    return csvHead(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h/") + market + QStringLiteral(".csv"),
                   dir.filePath(market + QStringLiteral(".csv")), rows);
}

} // namespace autocoin::test
