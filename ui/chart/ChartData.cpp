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
    m_emaFast = fastPeriod;
    m_emaSlow = slowPeriod;
    m_rsiPeriod = rsiPeriod;
    computeIndicators();
}

void ChartData::clear()
{
    for (auto *v : {&open, &high, &low, &close, &volume, &emaFast, &emaSlow, &rsi})
        v->clear();
    time.clear();
    m_live.clear();
    m_lastPrice.reset();
}

void ChartData::append(const QList<Candle> &candles)
{
    for (const Candle &c : candles) {
        const qint64 t = c.openTime.toMSecsSinceEpoch();
        if (!time.empty() && t < time.back())
            continue; // older than what is shown: the chart only moves forward
        if (!time.empty() && t == time.back()) {
            open.back() = c.open.toDouble();
            high.back() = c.high.toDouble();
            low.back() = c.low.toDouble();
            close.back() = c.close.toDouble();
            volume.back() = c.volume.toDouble();
            continue;
        }
        time.push_back(t);
        open.push_back(c.open.toDouble());
        high.push_back(c.high.toDouble());
        low.push_back(c.low.toDouble());
        close.push_back(c.close.toDouble());
        volume.push_back(c.volume.toDouble());
    }
    // The closed candle of a live one's period is the truth: the live one (and any older) goes.
    if (!time.empty()) {
        const qint64 newest = time.back();
        std::erase_if(m_live, [newest](const LiveCandle &c) { return c.time <= newest; });
    }
    computeIndicators();
}

bool ChartData::tick(qint64 timeMs, const Decimal &price)
{
    m_lastPrice = price;
    if (m_period <= 0)
        return false;
    // The first period not yet closed; candles are aligned on the closed ones' grid (on the
    // epoch's when there are none: minute and UTC-day candles both start there).
    const qint64 firstOpen = time.empty() ? timeMs - (timeMs % m_period + m_period) % m_period : time.back() + m_period;
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
    return i < time.size() ? time[i] : m_live[i - time.size()].time;
}

double ChartData::openAt(std::size_t i) const
{
    return i < time.size() ? open[i] : m_live[i - time.size()].open.toDouble();
}

double ChartData::highAt(std::size_t i) const
{
    return i < time.size() ? high[i] : m_live[i - time.size()].high.toDouble();
}

double ChartData::lowAt(std::size_t i) const
{
    return i < time.size() ? low[i] : m_live[i - time.size()].low.toDouble();
}

double ChartData::closeAt(std::size_t i) const
{
    return i < time.size() ? close[i] : m_live[i - time.size()].close.toDouble();
}

double ChartData::volumeAt(std::size_t i) const
{
    return i < time.size() ? volume[i] : 0.0;
}

ChartData::Range ChartData::range(std::size_t begin, std::size_t end) const
{
    Range r{highAt(begin), lowAt(begin), 0};
    const std::size_t closedEnd = std::min(end, time.size());
    for (std::size_t i = begin; i < closedEnd; ++i) {
        r.high = std::max(r.high, high[i]);
        r.low = std::min(r.low, low[i]);
        r.volume += volume[i];
    }
    for (std::size_t i = std::max(begin, closedEnd); i < end; ++i) {
        r.high = std::max(r.high, highAt(i));
        r.low = std::min(r.low, lowAt(i));
    }
    return r;
}

void ChartData::computeIndicators()
{
    // The whole series again: ~10 ns a candle, so 100,000 candles take about a millisecond, and a
    // replaced newest candle needs no special case.
    Ema fast(m_emaFast), slow(m_emaSlow);
    Rsi strength(m_rsiPeriod);
    const std::size_t n = close.size();
    emaFast.assign(n, kNaN);
    emaSlow.assign(n, kNaN);
    rsi.assign(n, kNaN);
    for (std::size_t i = 0; i < n; ++i) {
        emaFast[i] = fast.update(close[i]).value_or(kNaN);
        emaSlow[i] = slow.update(close[i]).value_or(kNaN);
        rsi[i] = strength.update(close[i]).value_or(kNaN);
    }
}

std::size_t ChartData::bytes() const
{
    return time.capacity() * sizeof(qint64) +
           (open.capacity() + high.capacity() + low.capacity() + close.capacity() + volume.capacity() +
            emaFast.capacity() + emaSlow.capacity() + rsi.capacity()) *
               sizeof(double);
}

QDateTime ChartData::lastTime() const
{
    return time.empty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(time.back(), QTimeZone::utc());
}

qint64 axisTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const int shown = zone.offsetFromUtc(at);
    const int local = at.toLocalTime().offsetFromUtc();
    return utcMs + qint64(shown - local) * 1000;
}

} // namespace autocoin
