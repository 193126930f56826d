#include "chart/MarkerItem.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QPaintDevice>
#include <QPainter>
#include <QPolygonF>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace autocoin {

MarkerItem::MarkerItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
{
    // Over the series (4 in Qt Charts: the candles and the EMA lines), as the scatter series were.
    setZValue(4.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void MarkerItem::setStyle(const QColor &buy, const QColor &sell, qreal buySize, qreal sellSize)
{
    m_buy = buy;
    m_sell = sell;
    m_buySize = buySize;
    m_sellSize = sellSize;
    m_sprites[0] = m_sprites[1] = QPixmap();
    update();
}

void MarkerItem::setOutline(const QColor &outline)
{
    m_outline = outline;
    m_sprites[0] = m_sprites[1] = QPixmap();
    update();
}

QRectF MarkerItem::placed(const Point &point) const
{
    const QRectF plot = m_chart->plotArea();
    const double minX = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const double minY = m_y->min();
    const double maxY = m_y->max();
    if (plot.isEmpty() || maxX <= minX || maxY <= minY)
        return {};
    const QPointF centre =
        centreOf(point, plot, plot.width() / (maxX - minX), plot.height() / (maxY - minY), minX, minY);
    const qreal size = point.buy ? m_buySize : m_sellSize;
    return QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size);
}

QPointF MarkerItem::centreOf(const Point &p, const QRectF &plot, double sx, double sy, double minX, double minY) const
{
    const double x = plot.left() + (p.time - minX) * sx;
    if (std::isnan(p.anchor))
        return {x, plot.bottom() - (p.price - minY) * sy};
    const double half = (p.buy ? m_buySize : m_sellSize) / 2;
    const double edge = plot.bottom() - (p.anchor - minY) * sy; // the candle's low or high
    return {x, p.buy ? edge + kGap + half : edge - kGap - half};
}

void MarkerItem::setPoints(std::vector<Point> points)
{
    m_points = std::move(points);
    refresh();
}

void MarkerItem::refresh()
{
    // The markers reach past the plot area by their size and gap (a fill at the edge of the view).
    const qreal reach = std::max(m_buySize, m_sellSize) + kGap + 1;
    const QRectF rect = m_chart->plotArea().adjusted(-reach, -reach, reach, reach);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    update();
}

QRectF MarkerItem::boundingRect() const
{
    return m_rect;
}

QPixmap MarkerItem::sprite(bool buy, qreal ratio) const
{
    const qreal size = buy ? m_buySize : m_sellSize;
    const int side = static_cast<int>(std::ceil(size + 3));
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(m_outline, 1.5));
    painter.setBrush(buy ? m_buy : m_sell);
    const qreal c = side / 2.0;
    const qreal h = size / 2;
    if (buy)
        painter.drawPolygon(QPolygonF{QPointF(c, c - h), QPointF(c + h, c + h), QPointF(c - h, c + h)});
    else
        painter.drawPolygon(QPolygonF{QPointF(c, c - h), QPointF(c + h, c), QPointF(c, c + h), QPointF(c - h, c)});
    return pixmap;
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double minX = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const double minY = m_y->min();
    const double maxY = m_y->max();
    if (m_points.empty() || plot.isEmpty() || maxX <= minX || maxY <= minY)
        return;
    // Each marker is a small picture drawn once (at the screen's pixel ratio) and copied to its
    // places: thousands of antialiased outlined polygons took most of a zoomed-out paint.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_sprites[0].isNull() || m_sprites[0].devicePixelRatio() != ratio) {
        m_sprites[0] = sprite(true, ratio);
        m_sprites[1] = sprite(false, ratio);
    }
    const double sx = plot.width() / (maxX - minX);
    const double sy = plot.height() / (maxY - minY);
    std::unordered_set<quint64> painted; // pixel and side: a marker exactly under another is not painted again
    for (const Point &p : m_points) {
        const QPointF centre = centreOf(p, plot, sx, sy, minX, minY);
        const long x = std::lround(centre.x());
        const long y = std::lround(centre.y());
        if (!m_rect.contains(QPointF(x, y)))
            continue;
        const auto key = (quint64(quint32(x)) << 33) | (quint64(quint32(y)) << 1) | quint64(p.buy);
        if (!painted.insert(key).second)
            continue;
        const QPixmap &pixmap = m_sprites[p.buy ? 0 : 1];
        const QSizeF size = pixmap.deviceIndependentSize();
        painter->drawPixmap(QPointF(x - size.width() / 2, y - size.height() / 2), pixmap);
    }
}

} // namespace autocoin
