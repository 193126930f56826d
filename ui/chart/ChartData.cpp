#include "chart/ChartData.h"

#include "strategy/Indicators.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace autocoin {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

void ChartData::setPeriods(int fastPeriod, int slowPeriod, int rsiPeriod)
{
    m_emaFastPeriod = fastPeriod;
    m_emaSlowPeriod = slowPeriod;
    m_rsiPeriod = rsiPeriod;
    m_saved.reset(); // other periods: from the first candle
    computeIndicators();
}

void ChartData::clear()
{
    m_candles = CandleColumns();
    for (auto *v : {&m_emaFast, &m_emaSlow, &m_rsi})
        v->clear();
    m_saved.reset();
    m_live.clear();
    m_lastPrice.reset();
}

void ChartData::append(const QList<Candle> &candles)
{
    if (m_candles.isEmpty())
        m_candles.reserve(candles.size()); // the first load: no growth by doubling
    std::size_t changed = size();
    for (const Candle &c : candles) {
        const qint64 t = c.openTime.toMSecsSinceEpoch();
        const qint64 newest =
            m_candles.isEmpty() ? std::numeric_limits<qint64>::min() : m_candles.openMs(m_candles.size() - 1);
        if (t < newest)
            continue; // older than what is shown: the chart only moves forward
        if (t == newest)
            m_candles.removeLast(); // the newest again, as it stands now
        changed = std::min(changed, size());
        m_candles.append(c);
    }
    closeLive();
    computeIndicators(changed);
}

void ChartData::append(const CandleColumns &candles)
{
    if (m_candles.isEmpty()) {
        m_candles = candles;
        closeLive();
        computeIndicators();
        return;
    }
    QList<Candle> list;
    list.reserve(candles.size());
    for (qsizetype i = 0; i < candles.size(); ++i)
        list.append(candles.at(i));
    append(list);
}

void ChartData::closeLive()
{
    // The closed candle of a live one's period is the truth: the live one (and any older) goes.
    if (!m_candles.isEmpty()) {
        const qint64 newest = m_candles.openMs(m_candles.size() - 1);
        std::erase_if(m_live, [newest](const LiveCandle &c) { return c.time <= newest; });
    }
}

bool ChartData::tick(qint64 timeMs, const Decimal &price)
{
    m_lastPrice = price;
    if (m_period <= 0)
        return false;
    // The first period not yet closed; candles are aligned on the closed ones' grid (on the
    // epoch's when there are none: minute and UTC-day candles both start there).
    const qint64 firstOpen = m_candles.isEmpty() ? timeMs - (timeMs % m_period + m_period) % m_period
                                                 : m_candles.openMs(m_candles.size() - 1) + m_period;
    qint64 start = firstOpen;
    if (timeMs > firstOpen)
        start = firstOpen + (timeMs - firstOpen) / m_period * m_period;
    if (!m_live.empty() && start <= m_live.back().time) {
        // In the forming candle's period (or behind it: an engine clock a moment late).
        LiveCandle &forming = m_live.back();
        forming.close = price;
        forming.high = std::max(forming.high, price);
        forming.low = std::min(forming.low, price);
        return false;
    }
    m_live.push_back({start, price, price, price, price});
    // Live candles wait for their closed ones; bounded should the engine stop fetching candles.
    constexpr std::size_t kMaxLive = 1000;
    if (m_live.size() > kMaxLive)
        m_live.erase(m_live.begin(), m_live.begin() + static_cast<std::ptrdiff_t>(m_live.size() - kMaxLive));
    return true;
}

qint64 ChartData::timeAt(std::size_t i) const
{
    return i < size() ? m_candles.openMs(qsizetype(i)) : m_live[i - size()].time;
}

double ChartData::openAt(std::size_t i) const
{
    return i < size() ? m_candles.toDouble(Field::Open, qsizetype(i)) : m_live[i - size()].open.toDouble();
}

double ChartData::highAt(std::size_t i) const
{
    return i < size() ? m_candles.toDouble(Field::High, qsizetype(i)) : m_live[i - size()].high.toDouble();
}

double ChartData::lowAt(std::size_t i) const
{
    return i < size() ? m_candles.toDouble(Field::Low, qsizetype(i)) : m_live[i - size()].low.toDouble();
}

double ChartData::closeAt(std::size_t i) const
{
    return i < size() ? m_candles.toDouble(Field::Close, qsizetype(i)) : m_live[i - size()].close.toDouble();
}

double ChartData::volumeAt(std::size_t i) const
{
    return i < size() ? m_candles.toDouble(Field::Volume, qsizetype(i)) : 0.0;
}

ChartData::Range ChartData::range(std::size_t begin, std::size_t end) const
{
    Range r{highAt(begin), lowAt(begin), 0};
    const std::size_t closedEnd = std::min(end, size());
    for (std::size_t i = begin; i < closedEnd; ++i) {
        const auto at = qsizetype(i);
        r.high = std::max(r.high, m_candles.toDouble(Field::High, at));
        r.low = std::min(r.low, m_candles.toDouble(Field::Low, at));
        r.volume += m_candles.toDouble(Field::Volume, at);
    }
    for (std::size_t i = std::max(begin, closedEnd); i < end; ++i) {
        r.high = std::max(r.high, highAt(i));
        r.low = std::min(r.low, lowAt(i));
    }
    return r;
}

void ChartData::computeIndicators(std::size_t from)
{
    // From the saved state when it is before `from` (a closed candle added or the newest
    // replaced: a few candles), else from the first candle (~30 ns a candle).
    State state{Ema(m_emaFastPeriod), Ema(m_emaSlowPeriod), Rsi(m_rsiPeriod)};
    std::size_t start = 0;
    if (m_saved && m_savedCount <= from) {
        state = *m_saved;
        start = m_savedCount;
    }
    const std::size_t n = size();
    m_emaFast.resize(n);
    m_emaSlow.resize(n);
    m_rsi.resize(n);
    m_saved.reset();
    for (std::size_t i = start; i < n; ++i) {
        if (i + 1 == n) {
            m_saved = state;
            m_savedCount = i;
        }
        const double close = m_candles.toDouble(Field::Close, qsizetype(i));
        m_emaFast[i] = static_cast<float>(state.fast.update(close).value_or(kNaN));
        m_emaSlow[i] = static_cast<float>(state.slow.update(close).value_or(kNaN));
        m_rsi[i] = static_cast<float>(state.strength.update(close).value_or(kNaN));
    }
}

std::size_t ChartData::bytes() const
{
    return std::size_t(m_candles.bytes()) +
           (m_emaFast.capacity() + m_emaSlow.capacity() + m_rsi.capacity()) * sizeof(float);
}

QDateTime ChartData::lastTime() const
{
    return m_candles.isEmpty()
               ? QDateTime()
               : QDateTime::fromMSecsSinceEpoch(m_candles.openMs(m_candles.size() - 1), QTimeZone::utc());
}

qint64 axisTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const int shown = zone.offsetFromUtc(at);
    const int local = at.toLocalTime().offsetFromUtc();
    return utcMs + qint64(shown - local) * 1000;
}

} // namespace autocoin
