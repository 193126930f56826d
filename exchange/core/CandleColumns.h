#pragma once

#include "core/Candle.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace autocoin {

/// 10^0 … 10^18: every power of ten an int64 holds (the fixed-point scales of DecimalColumn).
inline constexpr std::int64_t kPowersOfTen[] = {1,
                                                10,
                                                100,
                                                1000,
                                                10000,
                                                100000,
                                                1000000,
                                                10000000,
                                                100000000,
                                                1000000000,
                                                10000000000,
                                                100000000000,
                                                1000000000000,
                                                10000000000000,
                                                100000000000000,
                                                1000000000000000,
                                                10000000000000000,
                                                100000000000000000,
                                                1000000000000000000};

/// The 64-bit integers of a column: in a vector of their own, or a view of memory another owner keeps
/// alive (the candle cache's mapped file, read without a copy). A view becomes a vector of its own
/// before its first change, so a caller never sees the difference.
template<typename T> class ColumnStore
{
public:
    ColumnStore() = default;
    explicit ColumnStore(std::vector<T> values)
        : m_own(std::move(values))
    {
        sync();
    }
    /// `values`, read where they are for as long as `keeper` lives.
    static ColumnStore view(std::span<const T> values, const std::shared_ptr<const void> &keeper)
    {
        ColumnStore store;
        store.m_keeper = keeper;
        store.m_data = values.data();
        store.m_size = values.size();
        return store;
    }
    ColumnStore(const ColumnStore &other)
        : m_own(other.m_own)
        , m_keeper(other.m_keeper)
    {
        if (m_keeper) {
            m_data = other.m_data;
            m_size = other.m_size;
        } else {
            sync();
        }
    }
    ColumnStore(ColumnStore &&other) noexcept { *this = std::move(other); }
    ColumnStore &operator=(const ColumnStore &other)
    {
        if (this != &other)
            *this = ColumnStore(other);
        return *this;
    }
    ColumnStore &operator=(ColumnStore &&other) noexcept
    {
        if (this != &other) {
            m_own = std::move(other.m_own);
            m_keeper = std::move(other.m_keeper);
            m_data = other.m_data;
            m_size = other.m_size;
            other.m_own.clear();
            other.m_keeper.reset();
            other.sync();
        }
        return *this;
    }
    ~ColumnStore() = default;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T *data() const { return m_data; }
    T operator[](std::size_t i) const { return m_data[i]; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    operator std::span<const T>() const { return {m_data, m_size}; }
    /// Bytes held: a vector's capacity, a view's size.
    std::size_t capacity() const { return m_keeper ? m_size : m_own.capacity(); }
    bool isView() const { return bool(m_keeper); }

    void reserve(std::size_t count)
    {
        own().reserve(count);
        sync();
    }
    void push_back(T value)
    {
        own().push_back(value);
        sync();
    }
    void pop_back()
    {
        own().pop_back();
        sync();
    }
    void multiplyAll(T factor)
    {
        for (T &value : own())
            value *= factor;
    }
    void clear()
    {
        m_keeper.reset();
        m_own = {};
        sync();
    }

private:
    /// The vector, the view copied into it first.
    std::vector<T> &own()
    {
        if (m_keeper) {
            m_own.assign(m_data, m_data + m_size);
            m_keeper.reset();
            sync();
        }
        return m_own;
    }
    void sync()
    {
        m_data = m_own.data();
        m_size = m_own.size();
    }

    std::vector<T> m_own;
    std::shared_ptr<const void> m_keeper; ///< set for a view
    const T *m_data = nullptr;
    std::size_t m_size = 0;
};

using Int64Store = ColumnStore<std::int64_t>;

/// Exact decimals of one kind in fixed point, 8 bytes each: value i is units(i) / 10^scale().
/// The column's scale grows to the most decimals appended (what is there is re-scaled, at most
/// Decimal::kMaxScale times in a column's life); a value that does not fit 64 bits at that scale
/// turns the column into whole Decimals (24 bytes each), which no real price or volume does.
class DecimalColumn
{
public:
    qsizetype size() const { return qsizetype(m_wide ? m_decimals.size() : m_units.size()); }
    void reserve(qsizetype count);
    void append(const Decimal &value);
    void removeLast();
    /// append(Decimal::fromUnits(units, scale)) (0 ≤ scale ≤ Decimal::kMaxScale), without building
    /// the Decimal when the value fits the column's scale: what a reader that parses digits
    /// straight into integers gives.
    void appendUnits(std::int64_t units, int scale);
    /// A column of `units` / 10^`scale` (0 ≤ scale ≤ Decimal::kMaxScale), taking the vector over.
    static DecimalColumn fromUnits(std::vector<std::int64_t> units, int scale);
    /// The same over units another owner keeps (Int64Store::view).
    static DecimalColumn fromUnits(Int64Store units, int scale);
    /// The fixed-point values (empty once the column is wide).
    std::span<const std::int64_t> units() const { return m_units; }
    Decimal at(qsizetype i) const;
    /// Exactly at(i).toDouble(), without building the Decimal: a mantissa below 2^53 over an exact
    /// power of ten is the correctly rounded quotient either way, whatever the scale it is kept at.
    double toDouble(qsizetype i) const;
    int scale() const { return m_scale; }
    bool isWide() const { return m_wide; }
    qsizetype bytes() const;

private:
    bool rescale(int scale);
    void widen();
    void appendUnitsSlowly(std::int64_t units, int scale);

    int m_scale = 0;
    bool m_wide = false;
    Int64Store m_units;
    std::vector<Decimal> m_decimals; ///< instead of m_units once wide
};

/// The candles of one market, oldest first, as columns: open times as UTC milliseconds and the
/// prices and volumes as fixed-point DecimalColumns — 56 bytes a candle instead of the 152 of a
/// QList<Candle>, with every value exact. Copies share the columns, and mid() is a view of them,
/// so a backtest, its sweep's windows and its threads read one copy. Appending to a shared or
/// partial view copies it first (like Qt's implicitly shared containers).
class CandleColumns
{
public:
    enum class Field
    {
        Open,
        High,
        Low,
        Close,
        Volume,
        QuoteVolume
    };

    CandleColumns() = default;
    static CandleColumns fromList(const QList<Candle> &candles);
    /// Candles from whole columns (open times in UTC ms, oldest first, and the six fields in the
    /// order of Field), taken over without a copy; nullopt when their lengths differ.
    static std::optional<CandleColumns> fromColumns(std::vector<qint64> times, std::array<DecimalColumn, 6> fields);
    static std::optional<CandleColumns> fromStores(ColumnStore<qint64> times, std::array<DecimalColumn, 6> fields);
    QList<Candle> toList() const;

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    void reserve(qsizetype count);
    /// Appends after the last candle (keeping the order is the caller's part).
    void append(const Candle &candle);
    /// Drops the last candle (to replace it: the chart's newest, sent again as it changes).
    void removeLast();

    Candle at(qsizetype i) const;
    Candle first() const { return at(0); }
    Candle last() const { return at(m_count - 1); }
    qint64 openMs(qsizetype i) const { return m_data->times[std::size_t(m_begin + i)]; }
    /// A UTC date-time, as the candle files and the exchanges' answers give.
    QDateTime openTime(qsizetype i) const { return utcTime(openMs(i)); }
    /// A Qt::UTC date-time at `ms` (as the parsers give), without the time-spec API newer Qt
    /// deprecates.
    static QDateTime utcTime(qint64 ms);
    Decimal value(Field field, qsizetype i) const { return column(field).at(m_begin + i); }
    double toDouble(Field field, qsizetype i) const { return column(field).toDouble(m_begin + i); }
    /// This view's open times (UTC ms), for writing them out whole.
    std::span<const qint64> openTimesMs() const;
    /// This view's fixed-point units of `field` at scale(field); empty when that column is wide.
    std::span<const std::int64_t> units(Field field) const;
    int scale(Field field) const { return column(field).scale(); }
    bool isWide(Field field) const { return m_data && column(field).isWide(); }

    /// The candles [pos, pos + length) (to the end when length < 0), sharing these columns.
    CandleColumns mid(qsizetype pos, qsizetype length = -1) const;
    /// The candles opening in [from, to) (an invalid bound is open), sharing these columns.
    CandleColumns between(const QDateTime &from, const QDateTime &to) const;
    /// Bytes of the columns this view reads (shared with every other view of them).
    qsizetype bytes() const;

    bool operator==(const CandleColumns &other) const;

private:
    struct Data
    {
        ColumnStore<qint64> times;
        std::array<DecimalColumn, 6> fields;
    };
    const DecimalColumn &column(Field field) const { return m_data->fields[std::size_t(field)]; }
    Data &writable();

    std::shared_ptr<Data> m_data;
    qsizetype m_begin = 0;
    qsizetype m_count = 0;
};

inline void DecimalColumn::appendUnits(std::int64_t units, int scale)
{
    // INT64_MAX / 10^k: the largest units that still fit after multiplying by 10^k.
    static constexpr std::int64_t kFits[] = {INT64_MAX,
                                             INT64_MAX / 10,
                                             INT64_MAX / 100,
                                             INT64_MAX / 1000,
                                             INT64_MAX / 10000,
                                             INT64_MAX / 100000,
                                             INT64_MAX / 1000000,
                                             INT64_MAX / 10000000,
                                             INT64_MAX / 100000000,
                                             INT64_MAX / 1000000000,
                                             INT64_MAX / 10000000000,
                                             INT64_MAX / 100000000000,
                                             INT64_MAX / 1000000000000,
                                             INT64_MAX / 10000000000000,
                                             INT64_MAX / 100000000000000,
                                             INT64_MAX / 1000000000000000,
                                             INT64_MAX / 10000000000000000,
                                             INT64_MAX / 100000000000000000,
                                             INT64_MAX / 1000000000000000000};
    // The common case inline (a reader calls this six times a candle): no wider scale, no overflow.
    if (!m_wide && scale <= m_scale) {
        const int shift = m_scale - scale;
        if (units <= kFits[shift] && units >= -kFits[shift]) {
            m_units.push_back(units * kPowersOfTen[shift]);
            return;
        }
    }
    appendUnitsSlowly(units, scale);
}

inline double DecimalColumn::toDouble(qsizetype i) const
{
    static constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    constexpr std::int64_t kLimit = std::int64_t(1) << 53;
    if (!m_wide) {
        const std::int64_t units = m_units[std::size_t(i)];
        if (units < kLimit && units > -kLimit) // the scale is at most Decimal::kMaxScale (18)
            return static_cast<double>(units) / kExact[m_scale];
    }
    return at(i).toDouble();
}

} // namespace autocoin
