#pragma once

#include "chart/ChartScale.h"

#include <QColor>
#include <QGraphicsItem>

#include <optional>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace autocoin {

/// What the price chart draws on a pane beside its data, as one graphics item per layer:
///
/// - Under the data: the time grid on round times (every pane) with its labels above the plot
///   area (the price pane), value labels right of the plot area (the volume and RSI panes, whose
///   Qt Charts labels were elided to "…" in a short pane), and the pane's name at its top left.
/// - Over the data: the crosshair (a vertical line at the candle under the pointer on every pane,
///   a horizontal one at the pointer on its pane) with the pointer's value in a tag on the axis.
///
/// Painted by the chart's own items rather than Qt Charts axes because a QDateTimeAxis only puts
/// its ticks at equal fractions of the view (13:47, 17:23, …), and an axis' labels are elided when
/// the pane is short; here nothing is ever elided (a label that does not fit is left out).
class PaneOverlay final : public QGraphicsItem
{
public:
    enum class Layer
    {
        Under,
        Over
    };
    struct ValueLabel
    {
        double value;
        QString text;
    };

    PaneOverlay(QChart *chart, QDateTimeAxis *x, QValueAxis *y, Layer layer);

    void setColors(const QColor &text, const QColor &grid, const QColor &background);
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    /// The time grid; `labels`: its labels too, above the plot area.
    void setTimeTicks(QList<TimeTick> ticks, bool labels);
    const QList<TimeTick> &timeTicks() const { return m_ticks; }
    bool showsTimeLabels() const { return m_timeLabels && !m_ticks.isEmpty(); }
    void setValueLabels(QList<ValueLabel> labels);
    /// Text after the pane's name (the crosshair's readout), a line each; empty: none.
    void setReadout(QStringList lines);
    const QStringList &readout() const { return m_readout; }
    const QList<ValueLabel> &valueLabels() const { return m_values; }
    /// The crosshair at axis time `x` (nullopt: hidden) and, on this pane, value `y` with `tag`.
    void setCrosshair(std::optional<qreal> x, std::optional<double> y = std::nullopt, const QString &tag = {});
    std::optional<qreal> crosshairX() const { return m_crossX; }
    /// The plot area or an axis' range changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    Layer m_layer;
    QColor m_text;
    QColor m_grid;
    QColor m_background;
    QString m_title;
    QStringList m_readout;
    QList<TimeTick> m_ticks;
    bool m_timeLabels = false;
    QList<ValueLabel> m_values;
    std::optional<qreal> m_crossX;
    std::optional<double> m_crossY;
    QString m_crossTag;
    QRectF m_rect;
};

} // namespace autocoin
