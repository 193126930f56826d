#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPixmap>

#include <limits>
#include <vector>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace autocoin {

/// The buy (triangle) and sell (diamond) markers, painted by one graphics item over the price
/// pane's plot area, mapped through its axes as its series are.
///
/// A marker stands clear of its candle — a buy below the candle's low, a sell above its high — and
/// is outlined in the pane's text colour: drawn at the fill price it sat on the candle's body, a
/// red buy on a red candle (a blue sell on a blue one) could not be seen.
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
        qreal time = 0;   ///< on the time axis (axisTime)
        double price = 0; ///< the fill price
        bool buy = false;
        /// The candle's low (a buy) or high (a sell) the marker stands clear of; NaN: at `price`.
        double anchor = std::numeric_limits<double>::quiet_NaN();
    };
    /// The gap between a marker and its candle, in pixels.
    static constexpr qreal kGap = 3;

    MarkerItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y);

    void setStyle(const QColor &buy, const QColor &sell, qreal buySize, qreal sellSize);
    void setOutline(const QColor &outline);
    /// Where `point` is drawn (chart coordinates), for tests.
    QRectF placed(const Point &point) const;
    void setPoints(std::vector<Point> points);
    const std::vector<Point> &points() const { return m_points; }
    /// The plot area or an axis' range changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPixmap sprite(bool buy, qreal ratio) const;
    QPointF centreOf(const Point &p, const QRectF &plot, double sx, double sy, double minX, double minY) const;

    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QColor m_buy;
    QColor m_sell;
    QColor m_outline = Qt::white;
    qreal m_buySize = 13;
    qreal m_sellSize = 12;
    std::vector<Point> m_points;
    QRectF m_rect;
    QPixmap m_sprites[2]; ///< buy, sell: drawn at the first paint (and again for another pixel ratio)
};

} // namespace autocoin
