#pragma once

#include "replay/CandleColumnsFile.h"

#include <QString>

#include <optional>

namespace autocoin {

/// The binary candle cache: a candle file once read (CandleFile::loadColumns) kept as its columns
/// in `<GenericCacheLocation>/autocoin/candles/<sha1 of the path>.candles`, so a second backtest or
/// a sweep on the same file reads 56 bytes a candle instead of parsing text.
///
/// An entry is keyed by the source's absolute path, size and modification time and the format's
/// version, and carries a checksum of all it holds. It is only ever a shortcut: an entry that is
/// missing, for another version or another state of the file, truncated or damaged is ignored
/// (and replaced by the next load), never trusted and never an error; a cache directory that
/// cannot be written means no cache. `AUTOCOIN_CANDLE_CACHE=off` turns it off.
class CandleCache
{
public:
    /// The entry of the file at `sourcePath` as it is now (size and time taken here); none when
    /// the cache is off or the file cannot be looked at.
    explicit CandleCache(const QString &sourcePath);

    /// Whether the environment allows the cache (AUTOCOIN_CANDLE_CACHE is not off, 0 or false).
    static bool enabled();
    /// The folder of the entries (under the user's cache directory).
    static QString directory();

    bool isValid() const { return !m_entryPath.isEmpty(); }
    /// Where this file's entry is (empty when there is none to have).
    QString entryPath() const { return m_entryPath; }

    /// The file's candles when the entry holds them for exactly this file as it was when this
    /// object was made, checked whole; nullopt otherwise.
    std::optional<CandleColumnsFile> read() const;
    /// Writes the entry (atomically: readers see the old entry or the new one); false when it
    /// could not (the cache off, a directory that cannot be written, a column of whole Decimals).
    bool write(const CandleColumnsFile &file) const;

    static constexpr quint32 kVersion = 1;

private:
    QString m_sourcePath; ///< absolute
    qint64 m_size = -1;
    qint64 m_modifiedMs = 0;
    QString m_entryPath;
};

} // namespace autocoin
