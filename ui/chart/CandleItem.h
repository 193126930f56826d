#pragma once

#include <QColor>
#include <QGraphicsItem>

#include <vector>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace autocoin {

/// Candlesticks, or volume bars, painted by one graphics item over a chart's plot area from plain
/// arrays, mapped through the chart's time and value axes as its series are.
///
/// It replaces QCandlestickSeries, which keeps a QObject and a graphics item per candle and lays
/// every one out again whenever any set's value or time changes: a redraw that moved the ~300
/// drawn sets cost 0.2–0.9 s. Here a redraw hands over new arrays and paints once.
class CandleItem final : public QGraphicsItem
{
public:
    /// One drawn candle (or bucket of candles): x is on the time axis (axisTime), prices as drawn.
    struct Bar
    {
        double open, high, low, close;
        qreal time;
    };
    enum class Style
    {
        Candles, ///< wick from low to high, body from open to close
        Volume   ///< a bar from 0 to `high` (the volume); coloured by open and close as the candle
    };

    CandleItem(QChart *chart, QDateTimeAxis *x, QValueAxis *y, Style style);

    void setColors(const QColor &up, const QColor &down);
    /// The bars to draw (oldest first), `slot` apart on the time axis (the body is 3/4 of it).
    void setBars(std::vector<Bar> bars, qreal slot);
    const std::vector<Bar> &bars() const { return m_bars; }
    /// The newest bar changed (a tick): drawn at the next paint.
    void setLastBar(const Bar &bar);
    /// The plot area or an axis' range changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    Style m_style;
    QColor m_up;
    QColor m_down;
    std::vector<Bar> m_bars;
    qreal m_slot = 1;
    QRectF m_rect;
};

} // namespace autocoin
