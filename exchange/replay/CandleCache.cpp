#include "replay/CandleCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>

namespace autocoin {

namespace {

// The entry's layout, in this machine's byte order (the cache never leaves it; the order mark
// refuses an entry from another):
//   0  "ACCANDLE"  8 u32 version  12 u32 order mark  16 u64 header bytes (a multiple of 8)
//  24 i64 source size  32 i64 source time (UTC ms)  40 i64 candles  48 i32 timeframe (minutes)
//  52 i32 duplicates dropped  56 6 × i32 scales of the fields  80 u32 path bytes  84 u32 market
//  bytes  88 u32 gaps  92 u32 zero  96 path (UTF-8), market (UTF-8), zeros to a multiple of 8,
//  gaps (i64 first missing open time, i64 candles missing), zeros to the header's end;
//  then the open times and the six fields' units (i64 each, a column after another), and a
//  checksum (u64) of every byte before it (the header's, then each column's by columnChecksum).
constexpr char kMagic[8] = {'A', 'C', 'C', 'A', 'N', 'D', 'L', 'E'};
constexpr quint32 kOrderMark = 0x01020304;
constexpr qint64 kFixedBytes = 96;
constexpr std::size_t kFields = 6;

template<typename T> void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

template<typename T> T take(const char *data)
{
    T value;
    std::memcpy(&value, data, sizeof(T));
    return value;
}

void padTo8(QByteArray &out)
{
    while (out.size() % 8 != 0)
        out.append('\0');
}

/// A 64-bit checksum in the manner of XXH64 (four independent lanes of multiply-rotate rounds,
/// so it runs at several GB/s), chained from `seed`: against damage, not against an adversary —
/// the entry lives in the user's own cache directory.
quint64 checksum(quint64 seed, const void *data, std::size_t size)
{
    constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL;
    constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4FULL;
    const auto rotl = [](quint64 x, int r) { return (x << r) | (x >> (64 - r)); };
    const auto round = [&rotl](quint64 lane, quint64 word) { return rotl(lane + word * kP2, 31) * kP1; };
    const char *bytes = static_cast<const char *>(data);
    quint64 lanes[4] = {seed + kP1 + kP2, seed + kP2, seed, seed - kP1};
    std::size_t at = 0;
    for (; at + 32 <= size; at += 32) {
        for (int k = 0; k < 4; ++k)
            lanes[k] = round(lanes[k], take<quint64>(bytes + at + 8 * k));
    }
    for (; at + 8 <= size; at += 8)
        lanes[0] = round(lanes[0], take<quint64>(bytes + at));
    quint64 tail = 0;
    std::memcpy(&tail, bytes + at, size - at);
    lanes[1] = round(lanes[1], tail);
    quint64 hash = quint64(size);
    for (const quint64 lane : lanes)
        hash = rotl(hash ^ round(0, lane), 27) * kP1 + 0x85EBCA77C2B2AE63ULL;
    hash ^= hash >> 33;
    hash *= kP2;
    hash ^= hash >> 29;
    return hash;
}

/// Reads exactly `bytes` bytes into `data`.
bool readExactly(QFile &file, void *data, qint64 bytes)
{
    char *out = static_cast<char *>(data);
    while (bytes > 0) {
        const qint64 got = file.read(out, bytes);
        if (got <= 0)
            return false;
        out += got;
        bytes -= got;
    }
    return true;
}

/// The checksum of a column: chained over pieces of kPiece bytes (the format's; an earlier reader
/// summed each piece as it read it).
constexpr std::size_t kPiece = 1 << 20;

quint64 columnChecksum(quint64 sum, const void *data, std::size_t bytes)
{
    for (std::size_t at = 0; at < bytes; at += kPiece)
        sum = checksum(sum, static_cast<const char *>(data) + at, std::min(kPiece, bytes - at));
    return sum;
}

std::optional<Timeframe> timeframeOf(qint32 minutes)
{
    if (minutes == Timeframe::day().minutes())
        return Timeframe::day();
    const auto timeframe = Timeframe::parse(QString::number(minutes));
    if (!timeframe || timeframe->minutes() != minutes)
        return std::nullopt;
    return timeframe;
}

/// Renames the written `file` over `target` in one step (POSIX rename replaces atomically; elsewhere
/// the old entry is removed first, and a reader in between just finds none).
bool replaceWith(QTemporaryFile &file, const QString &target)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    file.setAutoRemove(false);
    return true;
#else
    QFile::remove(target);
    if (!file.rename(target))
        return false;
    file.setAutoRemove(false);
    return true;
#endif
}

} // namespace

bool CandleCache::enabled()
{
    const QString value = qEnvironmentVariable("AUTOCOIN_CANDLE_CACHE").trimmed().toLower();
    return value != u"off" && value != u"0" && value != u"false";
}

QString CandleCache::directory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/autocoin/candles");
}

CandleCache::CandleCache(const QString &sourcePath)
{
    if (!enabled())
        return;
    const QFileInfo info(sourcePath);
    const QString folder = directory();
    if (!info.isFile() || folder.isEmpty())
        return;
    m_sourcePath = info.absoluteFilePath();
    m_size = info.size();
    m_modifiedMs = info.lastModified().toMSecsSinceEpoch();
    const QByteArray name = QCryptographicHash::hash(m_sourcePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_entryPath = folder + u'/' + QString::fromLatin1(name) + QStringLiteral(".candles");
}

std::optional<CandleColumnsFile> CandleCache::read() const
{
    if (!isValid())
        return std::nullopt;
    const auto mapped = std::make_shared<QFile>(m_entryPath); // kept open while its mapping is read
    QFile &file = *mapped;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    const qint64 fileBytes = file.size();
    char fixed[kFixedBytes];
    if (fileBytes < kFixedBytes + 8 || !readExactly(file, fixed, kFixedBytes))
        return std::nullopt;
    const quint64 headerBytes = take<quint64>(fixed + 16);
    const qint64 count = take<qint64>(fixed + 40);
    const quint32 pathBytes = take<quint32>(fixed + 80);
    const quint32 marketBytes = take<quint32>(fixed + 84);
    const quint32 gapCount = take<quint32>(fixed + 88);
    // The key, then every length against the file's: nothing is allocated for a length not checked.
    if (std::memcmp(fixed, kMagic, sizeof kMagic) != 0 || take<quint32>(fixed + 8) != kVersion ||
        take<quint32>(fixed + 12) != kOrderMark || take<qint64>(fixed + 24) != m_size ||
        take<qint64>(fixed + 32) != m_modifiedMs)
        return std::nullopt;
    const quint64 columnBytes = quint64(fileBytes) - 8; // before the checksum
    if (headerBytes % 8 != 0 || headerBytes < quint64(kFixedBytes) || headerBytes > columnBytes || count <= 0 ||
        quint64(count) > (columnBytes - headerBytes) / (8 * (kFields + 1)) ||
        headerBytes + quint64(count) * 8 * (kFields + 1) != columnBytes ||
        quint64(kFixedBytes) + (quint64(pathBytes) + marketBytes + 7) / 8 * 8 + quint64(gapCount) * 16 > headerBytes)
        return std::nullopt;
    QByteArray header(qsizetype(headerBytes), Qt::Uninitialized);
    std::memcpy(header.data(), fixed, kFixedBytes);
    if (!readExactly(file, header.data() + kFixedBytes, qint64(headerBytes) - kFixedBytes))
        return std::nullopt;
    const char *at = header.constData() + kFixedBytes;
    if (QString::fromUtf8(at, pathBytes) != m_sourcePath) // another file with the same hash
        return std::nullopt;
    CandleColumnsFile loaded;
    loaded.market = QString::fromUtf8(at + pathBytes, marketBytes);
    const auto timeframe = timeframeOf(take<qint32>(fixed + 48));
    if (!timeframe)
        return std::nullopt;
    loaded.timeframe = *timeframe;
    loaded.duplicatesDropped = take<qint32>(fixed + 52);
    at += (quint64(pathBytes) + marketBytes + 7) / 8 * 8;
    loaded.gaps.reserve(gapCount);
    for (quint32 i = 0; i < gapCount; ++i, at += 16) {
        const qint64 missing = take<qint64>(at + 8);
        if (missing < 0 || missing > std::numeric_limits<int>::max()) // 0: a step between one and two periods
            return std::nullopt;
        loaded.gaps.append({QDateTime::fromMSecsSinceEpoch(take<qint64>(at), QTimeZone::utc()), int(missing)});
    }

    // The columns are read where they lie: the entry mapped into memory — no copy, and no memory
    // of the process's own to zero and fill (on a million candles that was most of a load) —,
    // checked whole before anything is taken from it. The mapping lives as long as a copy of
    // the candles does. The entry is only ever replaced by a rename, never changed in place, so
    // what is mapped stays as checked.
    const uchar *base = file.map(0, fileBytes);
    if (!base)
        return std::nullopt;
    const std::size_t columnSize = std::size_t(count) * 8;
    const char *columns = reinterpret_cast<const char *>(base) + headerBytes;
    quint64 sum = checksum(0, header.constData(), header.size());
    for (std::size_t c = 0; c <= kFields; ++c)
        sum = columnChecksum(sum, columns + c * columnSize, columnSize);
    if (take<quint64>(columns + (kFields + 1) * columnSize) != sum ||
        std::memcmp(base, header.constData(), std::size_t(header.size())) != 0)
        return std::nullopt;
    const std::shared_ptr<const void> keeper = mapped;
    const auto column = [&](std::size_t c) {
        // 8-aligned: a mapping starts on a page, and the header's length is a multiple of 8.
        return reinterpret_cast<const std::int64_t *>(columns + c * columnSize);
    };
    const std::span<const qint64> times(reinterpret_cast<const qint64 *>(column(0)), std::size_t(count));
    std::array<DecimalColumn, kFields> fields;
    for (std::size_t f = 0; f < kFields; ++f) {
        const qint32 scale = take<qint32>(fixed + 56 + 4 * f);
        if (scale < 0 || scale > Decimal::kMaxScale)
            return std::nullopt;
        fields[f] = DecimalColumn::fromUnits(Int64Store::view({column(f + 1), std::size_t(count)}, keeper), scale);
    }
    // What a load promises: candles strictly oldest first.
    if (std::adjacent_find(times.begin(), times.end(), std::greater_equal<>()) != times.end())
        return std::nullopt;
    auto candles = CandleColumns::fromStores(ColumnStore<qint64>::view(times, keeper), std::move(fields));
    if (!candles)
        return std::nullopt;
    loaded.candles = *std::move(candles);
    loaded.readBy = CandleColumnsFile::ReadBy::Cache;
    return loaded;
}

bool CandleCache::write(const CandleColumnsFile &file) const
{
    const CandleColumns &candles = file.candles;
    if (!isValid() || candles.isEmpty())
        return false;
    for (std::size_t f = 0; f < kFields; ++f) {
        if (candles.isWide(CandleColumns::Field(f))) // whole Decimals (no real price): not kept
            return false;
    }
    if (!QDir().mkpath(QFileInfo(m_entryPath).path()))
        return false;

    QByteArray header;
    const QByteArray path = m_sourcePath.toUtf8();
    const QByteArray market = file.market.toUtf8();
    header.append(kMagic, sizeof kMagic);
    put<quint32>(header, kVersion);
    put<quint32>(header, kOrderMark);
    put<quint64>(header, 0); // the header's length, set below
    put<qint64>(header, m_size);
    put<qint64>(header, m_modifiedMs);
    put<qint64>(header, candles.size());
    put<qint32>(header, file.timeframe.minutes());
    put<qint32>(header, file.duplicatesDropped);
    for (std::size_t f = 0; f < kFields; ++f)
        put<qint32>(header, candles.scale(CandleColumns::Field(f)));
    put<quint32>(header, quint32(path.size()));
    put<quint32>(header, quint32(market.size()));
    put<quint32>(header, quint32(file.gaps.size()));
    put<quint32>(header, 0);
    header.append(path);
    header.append(market);
    padTo8(header);
    for (const CandleGap &gap : file.gaps) {
        put<qint64>(header, gap.from.toMSecsSinceEpoch());
        put<qint64>(header, gap.missing);
    }
    const quint64 headerBytes = quint64(header.size());
    std::memcpy(header.data() + 16, &headerBytes, sizeof headerBytes);

    // Written beside the entry and renamed over it: a reader sees the old entry or the new one,
    // never half of one. Not synced to the disk (QSaveFile's fsync cost the first load a third
    // more on this machine): after a crash the entry may be short or zeros, which the checks
    // catch — a cache need not survive a crash, only never be trusted wrong.
    QTemporaryFile out(m_entryPath + QStringLiteral(".XXXXXX"));
    if (!out.open())
        return false;
    quint64 sum = checksum(0, header.constData(), header.size());
    bool ok = out.write(header) == header.size();
    const auto writeColumn = [&out, &sum, &ok](const void *data, std::size_t bytes) {
        sum = columnChecksum(sum, data, bytes);
        ok = ok && out.write(static_cast<const char *>(data), qint64(bytes)) == qint64(bytes);
    };
    const auto times = candles.openTimesMs();
    writeColumn(times.data(), times.size_bytes());
    for (std::size_t f = 0; f < kFields; ++f) {
        const auto units = candles.units(CandleColumns::Field(f));
        writeColumn(units.data(), units.size_bytes());
    }
    ok = ok && out.write(reinterpret_cast<const char *>(&sum), sizeof sum) == qint64(sizeof sum) && out.flush();
    if (!ok)
        return false; // the temporary file is removed
    return replaceWith(out, m_entryPath);
}

} // namespace autocoin
