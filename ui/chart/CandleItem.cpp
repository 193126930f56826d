#include "chart/CandleItem.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace autocoin {

CandleItem::CandleItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y, Style style)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
    , m_style(style)
{
    // Above the grid and the axes' lines (2 and 3 in Qt Charts), below the series (4): the EMA
    // lines, markers and levels stay on top of the candles.
    setZValue(3.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void CandleItem::setColors(const QColor &up, const QColor &down)
{
    m_up = up;
    m_down = down;
    update();
}

void CandleItem::setBars(std::vector<Bar> bars, qreal slot)
{
    m_bars = std::move(bars);
    m_slot = slot;
    refresh();
}

void CandleItem::setLastBar(const Bar &bar)
{
    if (m_bars.empty())
        return;
    m_bars.back() = bar;
    update();
}

void CandleItem::refresh()
{
    const QRectF plot = m_chart->plotArea();
    if (plot != m_rect) {
        prepareGeometryChange();
        m_rect = plot;
    }
    update();
}

QRectF CandleItem::boundingRect() const
{
    return m_rect;
}

void CandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double minX = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const double minY = m_y->min();
    const double maxY = m_y->max();
    if (m_bars.empty() || plot.isEmpty() || maxX <= minX || maxY <= minY)
        return;
    // The axes' linear mapping, as Qt Charts maps its series (XYDomain).
    const double sx = plot.width() / (maxX - minX);
    const double sy = plot.height() / (maxY - minY);
    const auto px = [&](double t) { return plot.left() + (t - minX) * sx; };
    const auto py = [&](double v) { return plot.bottom() - (v - minY) * sy; };
    // Bodies 3/4 of a slot, whole pixels (at least one) so that they read crisp; the wick is one
    // pixel in the middle of its body.
    const double body = std::clamp(std::floor(m_slot * sx * 0.75), 1.0, 50.0);
    std::vector<QRectF> bodies[2];
    std::vector<QLineF> wicks[2];
    for (auto &v : bodies)
        v.reserve(m_bars.size());
    if (m_style == Style::Candles) {
        for (auto &v : wicks)
            v.reserve(m_bars.size());
    }
    for (const Bar &bar : m_bars) {
        const double x = px(bar.time);
        if (x + body < plot.left() || x - body > plot.right())
            continue;
        const int side = bar.close >= bar.open ? 0 : 1;
        const double left = std::round(x - body / 2);
        if (m_style == Style::Volume) {
            const double top = py(bar.high);
            bodies[side].emplace_back(left, top, body, std::max(0.0, plot.bottom() - top));
            continue;
        }
        const double mid = left + std::floor(body / 2) + 0.5;
        wicks[side].emplace_back(mid, py(bar.high), mid, py(bar.low));
        const double top = py(std::max(bar.open, bar.close));
        const double bottom = py(std::min(bar.open, bar.close));
        // Open equal to close (a forming candle at its first tick) still shows, as a line.
        bodies[side].emplace_back(left, std::round(top), body, std::max(1.0, std::round(bottom) - std::round(top)));
    }
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const int side : {0, 1}) {
        const QColor &colour = side == 0 ? m_up : m_down;
        if (!wicks[side].empty()) {
            QPen pen(colour, 1);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLines(wicks[side].data(), static_cast<int>(wicks[side].size()));
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRects(bodies[side].data(), static_cast<int>(bodies[side].size()));
    }
    painter->restore();
}

} // namespace autocoin
