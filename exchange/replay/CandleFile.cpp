#include "replay/CandleFile.h"

#include "replay/CandleCache.h"
#include "replay/LargeVectors.h"
#include "rest/RestParsers.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <map>
#include <string_view>
#include <variant>
#include <vector>

namespace autocoin {

namespace {

ExchangeError bad(const QString &message)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Malformed;
    error.message = message;
    return error;
}

/// The most common spacing between consecutive candles, as a supported timeframe; `times` are the
/// candles' open times in milliseconds since the epoch, in any order.
Timeframe detectTimeframe(const std::vector<qint64> &unordered)
{
    std::vector<qint64> sorted; // only when the times are not in order already (recorded files are)
    if (!std::is_sorted(unordered.cbegin(), unordered.cend())) {
        sorted = unordered;
        std::sort(sorted.begin(), sorted.end());
    }
    const std::vector<qint64> &times = sorted.empty() ? unordered : sorted;
    std::map<qint64, int> steps;
    for (std::size_t i = 1; i < times.size(); ++i) {
        const qint64 step = (times[i] - times[i - 1]) / 1000; // what QDateTime::secsTo gives
        if (step > 0)
            ++steps[step];
    }
    qint64 best = 3600;
    int bestCount = 0;
    for (const auto &[step, count] : steps) {
        if (count > bestCount) {
            best = step;
            bestCount = count;
        }
    }
    if (best >= 86400)
        return Timeframe::day();
    return Timeframe::parse(QString::number(best / 60)).value_or(Timeframe::minutes(60));
}

bool sameValues(const Candle &a, const Candle &b)
{
    return a.open == b.open && a.high == b.high && a.low == b.low && a.close == b.close && a.volume == b.volume;
}

/// Checks every candle, refuses a time given twice with different values (`where(i)` names the
/// i-th candle's place in the file) and builds the series. `times` are the candles' open times (ms).
Result<CandleFile> finish(QList<Candle> candles, std::vector<qint64> times,
                          const std::function<QString(qsizetype)> &where)
{
    if (candles.isEmpty())
        return bad(QStringLiteral("no candles"));
    const QList<Candle> &list = candles; // read only: a list shared with the caller is not copied
    if (std::adjacent_find(times.cbegin(), times.cend(), std::greater_equal<>()) == times.cend()) {
        // Strictly oldest first, as recorded files are: no time can repeat, so no lookup per candle.
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const QString why = CandleFile::checkCandle(list[i]);
            if (!why.isEmpty())
                return bad(QStringLiteral("%1: %2").arg(where(i), why));
        }
    } else {
        QHash<qint64, qsizetype> firstAt; // open time (ms) -> index of its first candle
        firstAt.reserve(candles.size());
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const QString why = CandleFile::checkCandle(list[i]);
            if (!why.isEmpty())
                return bad(QStringLiteral("%1: %2").arg(where(i), why));
            const qint64 key = times[static_cast<std::size_t>(i)];
            const auto it = firstAt.constFind(key);
            if (it == firstAt.constEnd()) {
                firstAt.insert(key, i);
            } else if (!sameValues(list[*it], list[i])) {
                // An identical repeat is a recording artefact and dropped; a different one means the
                // file does not say what the market did.
                return bad(QStringLiteral("%1: the candle of %2 differs from the one given before (%3)")
                               .arg(where(i), list[i].openTime.toString(Qt::ISODate), where(*it)));
            }
        }
    }
    CandleFile file;
    file.timeframe = detectTimeframe(times);
    file.series = CandleSeries::normalize(std::move(candles), file.timeframe);
    return file;
}

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // what QByteArray::trimmed removes
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

QByteArray bytesOf(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

/// A decimal from Latin-1 bytes, exactly as Decimal::fromString(QString::fromLatin1(text)) but
/// without a QString: short fields (every real price and volume) are widened on the stack.
std::optional<Decimal> decimalOf(std::string_view text)
{
    std::array<char16_t, 64> wide{};
    if (text.size() > wide.size())
        return Decimal::fromString(QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())));
    for (std::size_t i = 0; i < text.size(); ++i)
        wide[i] = static_cast<unsigned char>(text[i]);
    return Decimal::fromString(QStringView(wide.data(), static_cast<qsizetype>(text.size())));
}

/// Lines of a device cut exactly as QIODevice::readLine(kMaxLineBytes + 1) cuts them (at most
/// kMaxLineBytes bytes, the '\n' included), but read a megabyte at a time: no QByteArray per line,
/// and a huge "cell" still costs no more than the buffer.
class LineReader
{
public:
    explicit LineReader(QIODevice &device)
        : m_device(device)
        , m_buffer(bufferFor(device))
    {}

    bool atEnd()
    {
        fill(1);
        return m_begin == m_end;
    }

    /// The next line, its '\n' included when it has one; `cut` when the line is longer than the
    /// limit (bytes follow the first kMaxLineBytes without a line end among them).
    std::string_view next(bool *cut)
    {
        fill(CandleFile::kMaxLineBytes + 1);
        const std::size_t available = m_end - m_begin;
        const std::size_t window = std::min<std::size_t>(available, CandleFile::kMaxLineBytes);
        const char *start = m_buffer.data() + m_begin;
        const void *end = std::memchr(start, '\n', window);
        const std::size_t length = end ? std::size_t(static_cast<const char *>(end) - start) + 1 : window;
        // fill() stopped short of kMaxLineBytes + 1 only at the end of the device.
        *cut = !end && available > window;
        m_begin += length;
        return {start, length};
    }

    /// A megabyte, or less for a smaller file (no megabyte zeroed to read a few lines); always
    /// more than a line's limit, which is all the cutting needs.
    static std::size_t bufferFor(const QIODevice &device)
    {
        constexpr qint64 kLeast = 2 * (CandleFile::kMaxLineBytes + 1);
        if (device.isSequential())
            return kChunk;
        return std::size_t(std::clamp(device.size() - device.pos() + 1, kLeast, qint64(kChunk)));
    }

private:
    static constexpr std::size_t kChunk = 1 << 20;
    static_assert(kChunk > std::size_t(CandleFile::kMaxLineBytes));

    /// At least `wanted` bytes buffered, unless the device ends first.
    void fill(std::size_t wanted)
    {
        if (m_end - m_begin >= wanted || m_ended)
            return;
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
        while (m_end < wanted) {
            const qint64 got = m_device.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
            if (got <= 0) {
                m_ended = true;
                return;
            }
            m_end += std::size_t(got);
        }
    }

    QIODevice &m_device;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_ended = false;
};

/// Lines left in a device that can seek (an upper bound on its candles), read ahead and rewound;
/// -1 when it cannot tell. Reserving them spares the candle list its re-allocations.
qsizetype linesLeft(QIODevice &device)
{
    if (device.isSequential())
        return -1;
    const qint64 start = device.pos();
    qsizetype lines = 1;
    std::vector<char> chunk(LineReader::bufferFor(device));
    qint64 got = 0;
    while ((got = device.read(chunk.data(), qint64(chunk.size()))) > 0)
        lines += std::count(chunk.data(), chunk.data() + got, '\n');
    return device.seek(start) ? lines : -1;
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (QDate's), after
/// H. Hinnant's days_from_civil.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

/// "YYYY-MM-DDTHH:MM:SS" (or with a space for the T), the shape every recorded file has, as
/// milliseconds since 1970 of that wall time; nullopt for any other text, which then goes through
/// QDateTime::fromString so that what it accepts and how it reads it stay exactly the same.
std::optional<qint64> plainWallTime(std::string_view text)
{
    if (text.size() != 19 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') ||
        text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto number = [&text](std::size_t at, std::size_t digits, int *value) {
        *value = 0;
        for (std::size_t i = at; i < at + digits; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            *value = *value * 10 + (text[i] - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day) || !number(11, 2, &hour) ||
        !number(14, 2, &minute) || !number(17, 2, &second))
        return std::nullopt;
    if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    return (daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) * 1000;
}

constexpr std::array<const char *, 4> kPriceNames = {"opening_price", "high_price", "low_price", "trade_price"};

/// Where a CSV's header puts the columns a candle needs.
struct CsvHeader
{
    qsizetype size = 0; ///< columns named
    bool kst = false;   ///< times are candle_date_time_kst (else _utc)
    int timeColumn = -1;
    std::array<int, 4> priceColumns{}; ///< of kPriceNames
    int volumeColumn = -1;             ///< -1: none (volumes are zero)
};

/// The header of a candle CSV (its first line, as read), or why it is not one.
std::variant<CsvHeader, ExchangeError> readHeader(std::string_view firstLine)
{
    QByteArray headerLine = bytesOf(firstLine).trimmed();
    if (headerLine.startsWith("\xEF\xBB\xBF"))
        headerLine.remove(0, 3);
    if (headerLine.isEmpty())
        return bad(QStringLiteral("empty file"));
    const QList<QByteArray> names = headerLine.split(',');
    QHash<QByteArray, int> column;
    for (int i = 0; i < names.size(); ++i)
        column.insert(names[i].trimmed().toLower(), i);
    CsvHeader header;
    header.size = names.size();
    header.kst = column.contains("candle_date_time_kst");
    header.timeColumn = column.value(header.kst ? "candle_date_time_kst" : "candle_date_time_utc", -1);
    for (const char *name : kPriceNames) {
        if (!column.contains(name))
            return bad(QStringLiteral("CSV header has no %1 column (line 1 is %2)")
                           .arg(QLatin1StringView(name), CandleFile::quote(headerLine)));
    }
    if (header.timeColumn < 0)
        return bad(QStringLiteral("CSV header has no candle_date_time_kst or candle_date_time_utc column"));
    header.volumeColumn = column.value("candle_acc_trade_volume", -1);
    for (std::size_t i = 0; i < header.priceColumns.size(); ++i)
        header.priceColumns[i] = column.value(kPriceNames[i]);
    return header;
}

/// Wall times of one zone to UTC, exactly as QDateTime(date, time, zone).toUTC() but without a
/// time-zone lookup per candle: the zone's offset is remembered for a span of UTC time in which
/// it has no transition, and used for wall times that land more than two days inside that span —
/// which no offset change (at most ±14 h) can make ambiguous or skipped. Every other wall time
/// goes through Qt, which also renews the span.
class WallClock
{
public:
    explicit WallClock(const QTimeZone &zone)
        : m_zone(zone)
    {}

    /// `wallMs`: the wall time as if it were UTC.
    qint64 toUtc(qint64 wallMs)
    {
        constexpr qint64 kMargin = 2 * 86400 * 1000;
        constexpr qint64 kNone = std::numeric_limits<qint64>::min();
        if (m_offsetMs != kNone) {
            const qint64 utc = wallMs - m_offsetMs;
            if ((m_from == kNone || utc - m_from >= kMargin) && (m_until == kNone || m_until - utc > kMargin))
                return utc;
        }
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(wallMs, QTimeZone::utc());
        return learn(QDateTime(wall.date(), wall.time(), m_zone).toUTC());
    }

    /// Qt's conversion of a wall time (any text QDateTime::fromString read), remembered likewise.
    qint64 toUtc(const QDateTime &local) { return learn(QDateTime(local.date(), local.time(), m_zone).toUTC()); }

private:
    qint64 learn(const QDateTime &utc)
    {
        const qint64 ms = utc.toMSecsSinceEpoch();
        if (!utc.isValid())
            return ms;
        constexpr qint64 kNone = std::numeric_limits<qint64>::min();
        m_offsetMs = qint64(m_zone.offsetFromUtc(utc)) * 1000;
        // Constant from the transition before (when it led to this offset) or from here, up to the next.
        const QTimeZone::OffsetData before = m_zone.previousTransition(utc);
        m_from = !before.atUtc.isValid()                             ? kNone
                 : qint64(before.offsetFromUtc) * 1000 == m_offsetMs ? before.atUtc.toMSecsSinceEpoch()
                                                                     : ms;
        const QTimeZone::OffsetData after = m_zone.nextTransition(utc);
        m_until = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() : kNone;
        return ms;
    }

    QTimeZone m_zone;
    qint64 m_offsetMs = std::numeric_limits<qint64>::min(); ///< none learnt yet
    qint64 m_from = 0;                                      ///< UTC ms; min: since ever
    qint64 m_until = 0;                                     ///< UTC ms, exclusive; min: for ever
};

/// A plain decimal of a candle file — digits and at most one point, 1 to 18 digits, exactly the
/// text Decimal::fromString reads natively — as units / 10^scale without trailing zeros (the
/// normalized Decimal's mantissa and scale); false for any other text.
bool plainUnits(std::string_view text, std::int64_t *units, int *scale)
{
    std::uint64_t value = 0;
    int digits = 0;
    int fractional = 0;
    bool point = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + std::uint64_t(c - '0');
            ++digits;
            fractional += point ? 1 : 0;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            return false;
        }
        if (digits > 18)
            return false;
    }
    if (digits == 0)
        return false;
    while (fractional > 0 && value % 10 == 0) {
        value /= 10;
        --fractional;
    }
    *units = std::int64_t(value);
    *scale = fractional;
    return true;
}

/// A price CandleFile::checkCandle lets through (positive, below 10^kMaxPriceDigits, at most
/// kMaxPriceDecimals decimals), as its whole part and its fraction in units of 10^-8 — which
/// compare exactly as the prices do; false for any other.
bool tradablePrice(std::int64_t units, int scale, std::pair<std::int64_t, std::int64_t> *value)
{
    static_assert(CandleFile::kMaxPriceDecimals == 8 && CandleFile::kMaxPriceDigits == 12);
    if (units <= 0 || scale > CandleFile::kMaxPriceDecimals)
        return false;
    if (scale == 0) {
        *value = {units, 0};
    } else {
        const std::int64_t unit = kPowersOfTen[scale];
        *value = {units / unit, (units % unit) * kPowersOfTen[CandleFile::kMaxPriceDecimals - scale]};
    }
    return value->first < kPowersOfTen[CandleFile::kMaxPriceDigits];
}

/// One row's values as the scanner read them: units and scale of open, high, low, close, volume.
struct ScannedRow
{
    std::array<std::int64_t, 5> units{};
    std::array<int, 5> scales{};
    bool operator==(const ScannedRow &other) const = default;
};

/// A column of fixed-point units being read: its scale grows to the most decimals seen (what is
/// there is re-scaled), as DecimalColumn::append does; false where DecimalColumn would turn to
/// whole Decimals (a value beyond 64 bits at the column's scale, which no real price or volume
/// is), and the scanner leaves the file to the general reader.
struct UnitsBuilder
{
    std::vector<std::int64_t> units;
    int scale = 0;

    bool append(std::int64_t value, int valueScale)
    {
        if (valueScale > scale) {
            const std::int64_t factor = kPowersOfTen[valueScale - scale];
            const std::int64_t limit = std::numeric_limits<std::int64_t>::max() / factor;
            if (std::any_of(units.cbegin(), units.cend(), [limit](std::int64_t u) { return u > limit || u < -limit; }))
                return false;
            for (std::int64_t &u : units)
                u *= factor;
            scale = valueScale;
        }
        const int shift = scale - valueScale;
        if (shift > 0) {
            if (value > std::numeric_limits<std::int64_t>::max() / kPowersOfTen[shift] ||
                value < -(std::numeric_limits<std::int64_t>::max() / kPowersOfTen[shift]))
                return false;
            value *= kPowersOfTen[shift];
        }
        units.push_back(value);
        return true;
    }
};

/// plainWallTime for a run of rows: the date is read (and checked) only when it differs from the
/// row before's — once a day of minute candles — and the time of day by three pairs of digits.
class PlainTimes
{
public:
    std::optional<qint64> read(std::string_view text)
    {
        if (text.size() != 19)
            return std::nullopt;
        const char *c = text.data();
        if (!m_haveDate || std::memcmp(c, m_date.data(), m_date.size()) != 0) {
            std::array<char, 19> midnight{};
            std::memcpy(midnight.data(), c, m_date.size());
            std::memcpy(midnight.data() + m_date.size(), "T00:00:00", 9);
            const auto dayMs = plainWallTime(std::string_view(midnight.data(), midnight.size()));
            if (!dayMs)
                return std::nullopt;
            std::memcpy(m_date.data(), c, m_date.size());
            m_dayMs = *dayMs;
            m_haveDate = true;
        }
        const auto digit = [c](int at) { return unsigned(c[at] - '0'); };
        if ((c[10] != 'T' && c[10] != ' ') || c[13] != ':' || c[16] != ':' || digit(11) > 9 || digit(12) > 9 ||
            digit(14) > 9 || digit(15) > 9 || digit(17) > 9 || digit(18) > 9)
            return std::nullopt;
        const unsigned hour = digit(11) * 10 + digit(12);
        const unsigned minute = digit(14) * 10 + digit(15);
        const unsigned second = digit(17) * 10 + digit(18);
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        return m_dayMs + qint64(hour * 3600 + minute * 60 + second) * 1000;
    }

private:
    std::array<char, 10> m_date{}; ///< "YYYY-MM-DD" of m_dayMs
    qint64 m_dayMs = 0;
    bool m_haveDate = false;
};

/// Splits a trimmed line at its commas into exactly `cells.size()` trimmed cells, as parseCsv
/// does with find(',') and trimmed() (in one loop over the bytes); false for another count.
Q_ALWAYS_INLINE bool splitCells(std::string_view line, std::vector<std::string_view> &cells)
{
    const char *begin = line.data();
    const char *const end = begin + line.size();
    std::size_t count = 0;
    for (const char *at = begin;; ++at) {
        if (at != end && *at != ',')
            continue;
        if (count == cells.size())
            return false;
        const char *first = begin;
        const char *last = at;
        while (first != last && isSpace(*first))
            ++first;
        while (last != first && isSpace(last[-1]))
            --last;
        cells[count++] = std::string_view(first, std::size_t(last - first));
        if (at == end)
            break;
        begin = at + 1;
    }
    return count == cells.size();
}

/// A row of the recorded files' shape — `time,open,high,low,close,volume`, a plain wall time and
/// plain decimals, no blank in it — read in one pass over its bytes; false for any other row,
/// which is then split into cells and read cell by cell. What it reads is what that gives.
bool readRecordedRow(std::string_view line, PlainTimes &times, std::optional<qint64> *wall, ScannedRow *row)
{
    if (line.size() < 20 || line[19] != ',')
        return false;
    *wall = times.read(line.substr(0, 19));
    if (!*wall)
        return false;
    const char *at = line.data() + 20;
    const char *const end = line.data() + line.size();
    for (std::size_t i = 0; i < row->units.size(); ++i) {
        std::uint64_t value = 0;
        int digits = 0;
        int fractional = 0;
        bool point = false;
        for (; at != end && *at != ','; ++at) {
            const unsigned digit = unsigned(*at - '0');
            if (digit <= 9) {
                value = value * 10 + digit; // past 19 digits it wraps, but is refused below
                ++digits;
                fractional += point ? 1 : 0;
            } else if (*at == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 18)
            return false;
        while (fractional > 0 && value % 10 == 0) {
            value /= 10;
            --fractional;
        }
        row->units[i] = std::int64_t(value);
        row->scales[i] = fractional;
        if (i + 1 < row->units.size()) {
            if (at == end)
                return false;
            ++at; // the comma
        }
    }
    return at == end;
}

/// The fast reading of a candle CSV for CandleFile::loadColumns: the shape every recorded file has
/// (the header as parseCsv reads it, plain wall times, plain decimals, rows oldest first — an
/// identical repeat of the row before is dropped as normalize() drops it) read straight into
/// columns. Lines are cut exactly as parseCsv cuts them (LineReader), and every check of
/// checkCandle is made on the integers. Anything else — another shape, a refusal, a repeat that
/// differs, a row out of order — gives nullopt, and the caller reads the file with parseCsv, whose
/// result and messages are then the ones given.
std::optional<CandleColumnsFile> scanCsv(QIODevice &device)
{
    // The columns are reserved for the rows the file's size suggests once a thousand rows tell
    // their length (no counting pass over the file, as parseCsv makes); a file whose later rows
    // are much shorter only makes them grow.
    const qint64 fileBytes = device.isSequential() ? -1 : device.size() - device.pos();
    LineReader reader(device);
    bool cut = false;
    const std::string_view firstLine = reader.next(&cut);
    qint64 readBytes = qint64(firstLine.size());
    if (cut)
        return std::nullopt;
    const auto read = readHeader(firstLine);
    const CsvHeader *header = std::get_if<CsvHeader>(&read);
    if (!header)
        return std::nullopt;
    WallClock clock(header->kst ? QTimeZone("Asia/Seoul") : QTimeZone::utc());

    std::vector<qint64> times;
    std::array<UnitsBuilder, 5> values; // open, high, low, close, volume
    constexpr std::size_t kSampleRows = 1024;
    const auto reserve = [&](std::size_t rows) {
        reserveLarge(times, rows);
        for (UnitsBuilder &value : values)
            reserveLarge(value.units, rows);
    };
    reserve(kSampleRows);
    PlainTimes plainTimes;
    const std::array<int, 5> valueColumns = {header->priceColumns[0], header->priceColumns[1], header->priceColumns[2],
                                             header->priceColumns[3], header->volumeColumn};
    std::vector<std::string_view> cells(std::size_t(header->size));
    // The recorded files' own column order, whose rows are read in one go (readRecordedRow).
    const bool recordedOrder =
        header->size == 6 && header->timeColumn == 0 && valueColumns == std::array{1, 2, 3, 4, 5};
    ScannedRow row;
    ScannedRow previous;
    int duplicates = 0;
    while (!reader.atEnd()) {
        const std::string_view raw = reader.next(&cut);
        if (cut)
            return std::nullopt;
        readBytes += qint64(raw.size());
        const std::string_view line = trimmed(raw);
        if (line.empty())
            continue;
        std::optional<qint64> wall;
        if (!recordedOrder || !readRecordedRow(line, plainTimes, &wall, &row)) {
            if (!splitCells(line, cells)) // the cells, trimmed, exactly as many as the header names
                return std::nullopt;
            wall = plainTimes.read(cells[std::size_t(header->timeColumn)]);
            if (!wall)
                return std::nullopt;
            for (std::size_t i = 0; i < valueColumns.size(); ++i) {
                if (valueColumns[i] < 0) { // no volume column: zero, as parseCsv leaves it
                    row.units[i] = 0;
                    row.scales[i] = 0;
                } else if (const std::string_view text = cells[std::size_t(valueColumns[i])];
                           !plainUnits(text, &row.units[i], &row.scales[i])) {
                    // Any other text (an exponent: Upbit writes small volumes as 6.968e-05) as the
                    // general reader reads it; refused, or beyond 64 bits, it is left to that reader.
                    const auto value = decimalOf(text);
                    const auto units = value ? value->unitsAt(value->scale()) : std::nullopt;
                    if (!units)
                        return std::nullopt;
                    row.units[i] = *units;
                    row.scales[i] = value->scale();
                }
            }
        }
        const qint64 openMs = clock.toUtc(*wall);
        if (!times.empty() && openMs <= times.back()) {
            // An identical repeat of the row before is what normalize() drops; anything else
            // (a repeat that differs, a row out of order) is left to parseCsv.
            if (openMs == times.back() && row == previous) {
                ++duplicates;
                continue;
            }
            return std::nullopt;
        }
        // checkCandle, on the integers.
        std::array<std::pair<std::int64_t, std::int64_t>, 4> prices;
        for (std::size_t i = 0; i < prices.size(); ++i) {
            if (!tradablePrice(row.units[i], row.scales[i], &prices[i]))
                return std::nullopt;
        }
        const auto &[open, high, low, close] = prices;
        if (high < low || open < low || open > high || close < low || close > high)
            return std::nullopt;
        // The volume not negative and below 10^15: only 10^(15 + scale) units need checking.
        if (row.units[4] < 0 || (row.scales[4] < 4 && row.units[4] >= kPowersOfTen[15 + row.scales[4]]))
            return std::nullopt;
        if (times.size() == kSampleRows && fileBytes > readBytes) {
            const double rowBytes = double(readBytes) / double(kSampleRows + 1); // the header about a row
            reserve(kSampleRows + std::size_t(double(fileBytes - readBytes) / rowBytes * 1.02) + 16);
        }
        times.push_back(openMs);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!values[i].append(row.units[i], row.scales[i]))
                return std::nullopt;
        }
        previous = row;
    }
    if (times.empty())
        return std::nullopt; // parseCsv says "no candles"

    CandleColumnsFile file;
    file.readBy = CandleColumnsFile::ReadBy::Scanner;
    file.timeframe = detectTimeframe(times);
    file.duplicatesDropped = duplicates;
    // The gaps as CandleSeries::normalize lists them (QDateTime::secsTo truncates).
    const qint64 step = file.timeframe.seconds();
    for (std::size_t i = 1; i < times.size(); ++i) {
        const qint64 secs = (times[i] - times[i - 1]) / 1000;
        if (secs > step) {
            file.gaps.append({QDateTime::fromMSecsSinceEpoch(times[i - 1], QTimeZone::utc()).addSecs(step),
                              static_cast<int>(secs / step) - 1});
        }
    }
    std::array<DecimalColumn, 6> fields;
    for (std::size_t i = 0; i < values.size(); ++i)
        fields[i] = DecimalColumn::fromUnits(std::move(values[i].units), values[i].scale);
    std::vector<std::int64_t> noQuoteVolume; // CSVs have none: zero
    reserveLarge(noQuoteVolume, times.size());
    noQuoteVolume.resize(times.size());
    fields[std::size_t(CandleColumns::Field::QuoteVolume)] = DecimalColumn::fromUnits(std::move(noQuoteVolume), 0);
    file.candles = *CandleColumns::fromColumns(std::move(times), std::move(fields));
    return file;
}

} // namespace

QString CandleFile::quote(const QByteArray &text)
{
    constexpr qsizetype kShown = 40;
    QString shown = QString::fromUtf8(text.left(kShown));
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() <= kShown)
        return u'"' + shown + u'"';
    return QStringLiteral("\"%1…\" (%2 bytes)").arg(shown).arg(text.size());
}

QString CandleFile::checkCandle(const Candle &candle)
{
    static const Decimal maxPrice = *Decimal::fromString(QString(QStringLiteral("1") + QString(kMaxPriceDigits, u'0')));
    static const Decimal maxVolume = *Decimal::fromString(QStringLiteral("1000000000000000"));
    const std::pair<const char *, const Decimal *> prices[] = {
        {"open", &candle.open}, {"high", &candle.high}, {"low", &candle.low}, {"close", &candle.close}};
    for (const auto &[name, price] : prices) {
        if (!price->isPositive())
            return QStringLiteral("the %1 price %2 is not positive").arg(QLatin1StringView(name), price->toString());
        if (*price >= maxPrice || price->rounded(kMaxPriceDecimals, Decimal::Rounding::Down) != *price)
            return QStringLiteral("the %1 price %2 has more than %3 digits before or %4 after the point")
                .arg(QLatin1StringView(name), quote(price->toString().toLatin1()))
                .arg(kMaxPriceDigits)
                .arg(kMaxPriceDecimals);
    }
    if (candle.high < candle.low)
        return QStringLiteral("the high %1 is below the low %2").arg(candle.high.toString(), candle.low.toString());
    for (const auto &[name, price] : {prices[0], prices[3]}) {
        if (*price < candle.low || *price > candle.high)
            return QStringLiteral("the %1 %2 is outside the low-high range [%3, %4]")
                .arg(QLatin1StringView(name), price->toString(), candle.low.toString(), candle.high.toString());
    }
    if (candle.volume.isNegative() || candle.volume >= maxVolume)
        return QStringLiteral("the volume %1 is negative or too large").arg(quote(candle.volume.toString().toLatin1()));
    return {};
}

Result<CandleFile> CandleFile::load(const QString &path)
{
    QFile file(path);
    const auto withPath = [&path](Result<CandleFile> result) {
        if (!result.ok()) {
            ExchangeError error = result.error();
            error.message = path + QStringLiteral(": ") + error.message;
            return Result<CandleFile>(error);
        }
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read candle file %1: %2").arg(path, file.errorString()));
    // JSON or CSV, by the first character that is not white space (nor a byte-order mark).
    const QByteArray head = file.peek(kMaxLineBytes);
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed().left(1);
    if (start == "[" || start == "{") {
        if (file.size() > kMaxJsonBytes)
            return withPath(bad(QStringLiteral("a JSON candle file may hold at most %1 MB; this one has %2 bytes")
                                    .arg(kMaxJsonBytes / (1024 * 1024))
                                    .arg(file.size())));
        return withPath(parseJson(file.readAll()));
    }
    return withPath(parseCsv(file));
}

Result<CandleColumnsFile> CandleFile::loadColumns(const QString &path)
{
    // The cache's key (the file's size and time) is taken before the file is read: a file changed
    // while being read is then read again next time instead of being served from the cache.
    const CandleCache cache(path);
    if (auto cached = cache.read())
        return *std::move(cached);
    std::optional<CandleColumnsFile> columns;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        // JSON (as load() tells it) is left to load(); the rest is tried as a plain CSV.
        QByteArray start = file.peek(kMaxLineBytes);
        if (start.startsWith("\xEF\xBB\xBF"))
            start.remove(0, 3);
        start = start.trimmed().left(1);
        if (start != "[" && start != "{")
            columns = scanCsv(file);
        file.close();
    }
    if (!columns) {
        const auto loaded = load(path);
        if (!loaded.ok())
            return loaded.error();
        const CandleFile &candles = loaded.value();
        columns.emplace();
        columns->market = candles.market;
        columns->timeframe = candles.timeframe;
        columns->candles = CandleColumns::fromList(candles.series.candles);
        columns->gaps = candles.series.gaps;
        columns->duplicatesDropped = candles.series.duplicatesDropped;
        columns->readBy = CandleColumnsFile::ReadBy::GeneralReader;
    }
    cache.write(*columns);
    return *std::move(columns);
}

Result<CandleFile> CandleFile::parseCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parseCsv(buffer);
}

Result<CandleFile> CandleFile::parseCsv(QIODevice &device)
{
    // One pass over the bytes, a megabyte at a time, with no QByteArray or QString per line or
    // field; what is accepted and every refusal (and its line number) are those of reading it line
    // by line with QIODevice::readLine and QByteArray::split.
    const qsizetype lines = linesLeft(device); // before the reader buffers any of them
    LineReader reader(device);
    int lineNumber = 0;
    const auto nextLine = [&reader, &lineNumber](std::string_view *line) -> std::optional<ExchangeError> {
        bool cut = false;
        *line = reader.next(&cut);
        ++lineNumber;
        if (cut) // cut at the limit, not at a line end
            return bad(QStringLiteral("line %1 is longer than %2 bytes: not a candle file")
                           .arg(lineNumber)
                           .arg(kMaxLineBytes));
        return std::nullopt;
    };
    std::string_view firstLine;
    if (auto error = nextLine(&firstLine))
        return *error;
    const auto read = readHeader(firstLine);
    if (const auto *error = std::get_if<ExchangeError>(&read))
        return *error;
    const CsvHeader &header = std::get<CsvHeader>(read);
    const bool kst = header.kst;
    const int timeColumn = header.timeColumn;
    const int volumeColumn = header.volumeColumn;
    const std::array<int, 4> &priceColumns = header.priceColumns;
    const auto &priceNames = kPriceNames;
    WallClock clock(kst ? QTimeZone("Asia/Seoul") : QTimeZone::utc());
    // A UTC date-time (Qt::UTC, as toUTC() gives) whose instant each candle sets: no zone object.
    const QDateTime utc = QDateTime::currentDateTimeUtc();

    QList<Candle> candles;
    std::vector<qint64> times; // the candles' open times (ms), for the checks without QDateTime
    std::vector<int> lineOf;   // the line each candle came from, for messages
    if (lines > 0) {
        candles.reserve(lines);
        times.reserve(std::size_t(lines));
        lineOf.reserve(std::size_t(lines));
    }
    std::vector<std::string_view> cells;
    cells.reserve(std::size_t(header.size));
    while (!reader.atEnd()) {
        std::string_view raw;
        if (auto error = nextLine(&raw))
            return *error;
        const std::string_view line = trimmed(raw);
        if (line.empty())
            continue;
        cells.clear();
        for (std::size_t from = 0;;) {
            const std::size_t comma = line.find(',', from);
            cells.push_back(trimmed(line.substr(from, comma == std::string_view::npos ? line.npos : comma - from)));
            if (comma == std::string_view::npos)
                break;
            from = comma + 1;
        }
        if (qsizetype(cells.size()) != header.size)
            return bad(QStringLiteral("line %1: %2 fields where the header names %3")
                           .arg(lineNumber)
                           .arg(cells.size())
                           .arg(header.size));
        const auto cell = [&cells](int index) { return cells[std::size_t(index)]; };
        Candle candle;
        qint64 openMs = 0;
        if (const auto wall = plainWallTime(cell(timeColumn))) {
            openMs = clock.toUtc(*wall);
        } else {
            const QDateTime local =
                QDateTime::fromString(QString::fromLatin1(bytesOf(cell(timeColumn))).replace(u' ', u'T'), Qt::ISODate);
            if (!local.isValid())
                return bad(
                    QStringLiteral("line %1: bad time %2").arg(lineNumber).arg(quote(bytesOf(cell(timeColumn)))));
            openMs = clock.toUtc(local);
        }
        candle.openTime = utc;
        candle.openTime.setMSecsSinceEpoch(openMs);
        std::optional<Decimal> values[4];
        for (std::size_t i = 0; i < 4; ++i) {
            const std::string_view text = cell(priceColumns[i]);
            values[i] = decimalOf(text);
            if (!values[i])
                return bad(QStringLiteral("line %1: bad %2 %3")
                               .arg(lineNumber)
                               .arg(QLatin1StringView(priceNames[i]), quote(bytesOf(text))));
        }
        candle.open = *values[0];
        candle.high = *values[1];
        candle.low = *values[2];
        candle.close = *values[3];
        if (volumeColumn >= 0) {
            const std::string_view text = cell(volumeColumn);
            const auto volume = decimalOf(text);
            if (!volume)
                return bad(QStringLiteral("line %1: bad candle_acc_trade_volume %2")
                               .arg(lineNumber)
                               .arg(quote(bytesOf(text))));
            candle.volume = *volume;
        }
        candles.append(std::move(candle));
        times.push_back(openMs);
        lineOf.push_back(lineNumber);
    }
    return finish(std::move(candles), std::move(times),
                  [&lineOf](qsizetype i) { return QStringLiteral("line %1").arg(lineOf[std::size_t(i)]); });
}

Result<CandleFile> CandleFile::parseJson(const QByteArray &bytes)
{
    const auto candles = rest::parseCandles(bytes);
    if (!candles.ok())
        return candles.error();
    const QList<Candle> &list = candles.value();
    std::vector<qint64> times;
    times.reserve(std::size_t(list.size()));
    for (const Candle &candle : list)
        times.push_back(candle.openTime.toMSecsSinceEpoch());
    auto result = finish(list, std::move(times), [&list](qsizetype i) {
        return QStringLiteral("candle %1 (%2)").arg(i + 1).arg(list.at(i).openTime.toString(Qt::ISODate));
    });
    if (!result.ok())
        return result;
    CandleFile file = result.value();
    file.market =
        QJsonDocument::fromJson(bytes).array().first().toObject().value(QLatin1StringView("market")).toString();
    return file;
}

} // namespace autocoin
