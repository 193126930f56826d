#include "chart/LineItem.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QPainter>
#include <QValueAxis>

#include <vector>

namespace autocoin {

LineItem::LineItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y, const QPen &pen)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
    , m_pen(pen)
{
    // With the series (4 in Qt Charts), over the candles (CandleItem, 3.5), under the markers.
    setZValue(4.2);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LineItem::setPoints(QList<QPointF> points)
{
    m_points = std::move(points);
    refresh();
}

void LineItem::refresh()
{
    const QRectF plot = m_chart->plotArea();
    if (plot != m_rect) {
        prepareGeometryChange();
        m_rect = plot;
    }
    update();
}

QRectF LineItem::boundingRect() const
{
    return m_rect;
}

void LineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double minX = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const double minY = m_y->min();
    const double maxY = m_y->max();
    if (m_points.size() < 2 || plot.isEmpty() || maxX <= minX || maxY <= minY)
        return;
    const double sx = plot.width() / (maxX - minX);
    const double sy = plot.height() / (maxY - minY);
    // Segments, not one polyline: stroking a long zigzag (a zoomed-out RSI) as one antialiased
    // path joins and fills it as a whole, several times slower (Qt Charts draws its lines so too).
    std::vector<QLineF> segments;
    segments.reserve(std::size_t(m_points.size()));
    QPointF previous(plot.left() + (m_points.first().x() - minX) * sx,
                     plot.bottom() - (m_points.first().y() - minY) * sy);
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const QPointF next(plot.left() + (m_points[i].x() - minX) * sx, plot.bottom() - (m_points[i].y() - minY) * sy);
        segments.emplace_back(previous, next);
        previous = next;
    }
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(m_pen);
    painter->drawLines(segments.data(), static_cast<int>(segments.size()));
    painter->restore();
}

} // namespace autocoin
