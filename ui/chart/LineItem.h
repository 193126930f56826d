#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace autocoin {

/// A polyline (an EMA, the RSI) painted by one graphics item over a chart's plot area, mapped
/// through the chart's time and value axes as its series are.
///
/// It replaces QLineSeries for the long lines: on every replace() a line series also builds the
/// stroked outline of the whole line for mouse hit-testing (QPainterPathStroker: an atan2 and a
/// hypot per joint), which was the largest part of a zoomed-out redraw once the candles were
/// painted directly. Nothing here is clicked or hovered.
class LineItem final : public QGraphicsItem
{
public:
    LineItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y, const QPen &pen);

    /// Points as (time on the axis, value), oldest first.
    void setPoints(QList<QPointF> points);
    const QList<QPointF> &points() const { return m_points; }
    /// The plot area or an axis' range changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QPen m_pen;
    QList<QPointF> m_points;
    QRectF m_rect;
};

} // namespace autocoin
