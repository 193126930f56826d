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

/// The header and the first `rows` candles of the shared hourly file, written into `dir`; the
/// path, or empty when it could not be written. (Three round trips happen in the first 800.)
inline QString hourlySubset(const QTemporaryDir &dir, int rows)
{
    QFile in(hourlyCandles());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(QStringLiteral("subset.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i <= rows && !in.atEnd(); ++i)
        out.write(in.readLine());
    return path;
}

} // namespace autocoin::test
