#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPixmap>

#include <vector>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace autocoin {

/// The buy (triangle) and sell (diamond) markers, painted by one graphics item over the price
/// pane's plot area, mapped through its axes as its series are.
///
/// It replaces two QScatterSeries, which keep a graphics item per point: a backtest's thousands
/// of fills in a zoomed-out view cost tens of milliseconds a redraw to place and paint. Markers
/// that fall on the same pixel with the same side are painted once (they would cover each other
/// exactly); each is still counted as drawn.
class MarkerItem final : public QGraphicsItem
{
public:
    struct Point
    {
        qreal time; ///< on the time axis (axisTime)
        double price;
        bool buy;
    };

    MarkerItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y);

    void setStyle(const QColor &buy, const QColor &sell, qreal buySize, qreal sellSize);
    void setPoints(std::vector<Point> points);
    const std::vector<Point> &points() const { return m_points; }
    /// The plot area or an axis' range changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPixmap sprite(bool buy, qreal ratio) const;

    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QColor m_buy;
    QColor m_sell;
    qreal m_buySize = 13;
    qreal m_sellSize = 12;
    std::vector<Point> m_points;
    QRectF m_rect;
    QPixmap m_sprites[2]; ///< buy, sell: drawn at the first paint (and again for another pixel ratio)
};

} // namespace autocoin
