#include "core/CandleColumns.h"

#include <algorithm>
#include <limits>

namespace autocoin {

void DecimalColumn::reserve(qsizetype count)
{
    if (m_wide)
        m_decimals.reserve(std::size_t(count));
    else
        m_units.reserve(std::size_t(count));
}

void DecimalColumn::append(const Decimal &value)
{
    if (!m_wide) {
        if (value.scale() > m_scale && !rescale(value.scale())) {
            widen();
        } else if (const auto units = value.unitsAt(m_scale)) {
            m_units.push_back(*units);
            return;
        } else {
            widen();
        }
    }
    m_decimals.push_back(value);
}

void DecimalColumn::removeLast()
{
    // The scale stays as it grew: every value left is still exact at it.
    if (m_wide)
        m_decimals.pop_back();
    else
        m_units.pop_back();
}

void DecimalColumn::appendUnitsSlowly(std::int64_t units, int scale)
{
    // A wider scale than the column's, a value that does not fit at its scale, or a wide column:
    // exactly what append() does with the same value.
    append(Decimal::fromUnits(units, scale));
}

DecimalColumn DecimalColumn::fromUnits(std::vector<std::int64_t> units, int scale)
{
    DecimalColumn column;
    column.m_scale = std::clamp(scale, 0, Decimal::kMaxScale);
    column.m_units = Int64Store(std::move(units));
    return column;
}

DecimalColumn DecimalColumn::fromUnits(Int64Store units, int scale)
{
    DecimalColumn column;
    column.m_scale = std::clamp(scale, 0, Decimal::kMaxScale);
    column.m_units = std::move(units);
    return column;
}

bool DecimalColumn::rescale(int scale)
{
    const std::int64_t factor = kPowersOfTen[scale - m_scale];
    const std::int64_t limit = std::numeric_limits<std::int64_t>::max() / factor;
    if (std::any_of(m_units.begin(), m_units.end(),
                    [limit](std::int64_t units) { return units > limit || units < -limit; }))
        return false;
    m_units.multiplyAll(factor);
    m_scale = scale;
    return true;
}

void DecimalColumn::widen()
{
    m_decimals.reserve(std::max(m_units.capacity(), m_units.size() + 1));
    for (std::size_t i = 0; i < m_units.size(); ++i)
        m_decimals.push_back(Decimal::fromUnits(m_units[i], m_scale));
    m_units.clear();
    m_wide = true;
}

Decimal DecimalColumn::at(qsizetype i) const
{
    return m_wide ? m_decimals[std::size_t(i)] : Decimal::fromUnits(m_units[std::size_t(i)], m_scale);
}

qsizetype DecimalColumn::bytes() const
{
    return m_wide ? qsizetype(m_decimals.capacity()) * qsizetype(sizeof(Decimal))
                  : qsizetype(m_units.capacity()) * qsizetype(sizeof(std::int64_t));
}

CandleColumns CandleColumns::fromList(const QList<Candle> &candles)
{
    CandleColumns columns;
    columns.reserve(candles.size());
    for (const Candle &candle : candles)
        columns.append(candle);
    return columns;
}

std::optional<CandleColumns> CandleColumns::fromColumns(std::vector<qint64> times, std::array<DecimalColumn, 6> fields)
{
    return fromStores(ColumnStore<qint64>(std::move(times)), std::move(fields));
}

std::optional<CandleColumns> CandleColumns::fromStores(ColumnStore<qint64> times, std::array<DecimalColumn, 6> fields)
{
    const qsizetype count = qsizetype(times.size());
    if (std::any_of(fields.cbegin(), fields.cend(), [count](const DecimalColumn &f) { return f.size() != count; }))
        return std::nullopt;
    CandleColumns columns;
    if (count == 0)
        return columns;
    columns.m_data = std::make_shared<Data>(Data{std::move(times), std::move(fields)});
    columns.m_count = count;
    return columns;
}

std::span<const qint64> CandleColumns::openTimesMs() const
{
    if (!m_data)
        return {};
    return std::span<const qint64>(m_data->times.data(), m_data->times.size())
        .subspan(std::size_t(m_begin), std::size_t(m_count));
}

std::span<const std::int64_t> CandleColumns::units(Field field) const
{
    if (!m_data || column(field).isWide())
        return {};
    return column(field).units().subspan(std::size_t(m_begin), std::size_t(m_count));
}

QList<Candle> CandleColumns::toList() const
{
    QList<Candle> candles;
    candles.reserve(m_count);
    for (qsizetype i = 0; i < m_count; ++i)
        candles.append(at(i));
    return candles;
}

CandleColumns::Data &CandleColumns::writable()
{
    if (!m_data) {
        m_data = std::make_shared<Data>();
    } else if (m_data.use_count() > 1 || m_begin != 0 || qsizetype(m_data->times.size()) != m_count ||
               m_data->times.isView()) {
        // Shared or a part: this view gets its own copy of its candles.
        auto copy = std::make_shared<Data>();
        copy->times = ColumnStore<qint64>(
            std::vector<qint64>(m_data->times.begin() + m_begin, m_data->times.begin() + m_begin + m_count));
        for (std::size_t f = 0; f < copy->fields.size(); ++f) {
            copy->fields[f].reserve(m_count);
            for (qsizetype i = 0; i < m_count; ++i)
                copy->fields[f].append(m_data->fields[f].at(m_begin + i));
        }
        m_data = std::move(copy);
        m_begin = 0;
    }
    return *m_data;
}

void CandleColumns::reserve(qsizetype count)
{
    Data &data = writable();
    data.times.reserve(std::size_t(count));
    for (DecimalColumn &field : data.fields)
        field.reserve(count);
}

void CandleColumns::append(const Candle &candle)
{
    Data &data = writable();
    data.times.push_back(candle.openTime.toMSecsSinceEpoch());
    data.fields[std::size_t(Field::Open)].append(candle.open);
    data.fields[std::size_t(Field::High)].append(candle.high);
    data.fields[std::size_t(Field::Low)].append(candle.low);
    data.fields[std::size_t(Field::Close)].append(candle.close);
    data.fields[std::size_t(Field::Volume)].append(candle.volume);
    data.fields[std::size_t(Field::QuoteVolume)].append(candle.quoteVolume);
    ++m_count;
}

QDateTime CandleColumns::utcTime(qint64 ms)
{
    static const QDateTime utc = QDateTime::currentDateTimeUtc();
    QDateTime time = utc;
    time.setMSecsSinceEpoch(ms);
    return time;
}

Candle CandleColumns::at(qsizetype i) const
{
    Candle candle;
    candle.openTime = openTime(i);
    candle.open = value(Field::Open, i);
    candle.high = value(Field::High, i);
    candle.low = value(Field::Low, i);
    candle.close = value(Field::Close, i);
    candle.volume = value(Field::Volume, i);
    candle.quoteVolume = value(Field::QuoteVolume, i);
    return candle;
}

void CandleColumns::removeLast()
{
    Data &data = writable();
    data.times.pop_back();
    for (DecimalColumn &field : data.fields)
        field.removeLast();
    --m_count;
}

CandleColumns CandleColumns::mid(qsizetype pos, qsizetype length) const
{
    CandleColumns view = *this;
    pos = std::clamp<qsizetype>(pos, 0, m_count);
    view.m_begin = m_begin + pos;
    view.m_count = length < 0 ? m_count - pos : std::min(length, m_count - pos);
    return view;
}

CandleColumns CandleColumns::between(const QDateTime &from, const QDateTime &to) const
{
    if (isEmpty())
        return *this;
    const auto begin = m_data->times.begin() + m_begin;
    const auto end = begin + m_count;
    const auto first = from.isValid() ? std::lower_bound(begin, end, from.toMSecsSinceEpoch()) : begin;
    const auto last = to.isValid() ? std::lower_bound(first, end, to.toMSecsSinceEpoch()) : end;
    return mid(first - begin, last - first);
}

qsizetype CandleColumns::bytes() const
{
    if (!m_data)
        return 0;
    qsizetype total = qsizetype(m_data->times.capacity()) * qsizetype(sizeof(qint64));
    for (const DecimalColumn &field : m_data->fields)
        total += field.bytes();
    return total;
}

bool CandleColumns::operator==(const CandleColumns &other) const
{
    if (m_count != other.m_count)
        return false;
    for (qsizetype i = 0; i < m_count; ++i) {
        if (!(at(i) == other.at(i)))
            return false;
    }
    return true;
}

} // namespace autocoin
