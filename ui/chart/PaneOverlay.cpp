#include "chart/PaneOverlay.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace autocoin {

PaneOverlay::PaneOverlay(QChart *chart, QDateTimeAxis *x, QValueAxis *y, Layer layer)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_x(x)
    , m_y(y)
    , m_layer(layer)
{
    // Under: above Qt Charts' grid (2) and below the candles (3.5). Over: above everything but
    // the last price's tag.
    setZValue(layer == Layer::Under ? 3.2 : 50);
    setAcceptedMouseButtons(Qt::NoButton);
}

void PaneOverlay::setColors(const QColor &text, const QColor &grid, const QColor &background)
{
    m_text = text;
    m_grid = grid;
    m_background = background;
    update();
}

void PaneOverlay::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void PaneOverlay::setTimeTicks(QList<TimeTick> ticks, bool labels)
{
    m_ticks = std::move(ticks);
    m_timeLabels = labels;
    refresh();
}

void PaneOverlay::setValueLabels(QList<ValueLabel> labels)
{
    m_values = std::move(labels);
    refresh();
}

void PaneOverlay::setReadout(QStringList lines)
{
    if (lines == m_readout)
        return;
    m_readout = std::move(lines);
    update();
}

void PaneOverlay::setCrosshair(std::optional<qreal> x, std::optional<double> y, const QString &tag)
{
    m_crossX = x;
    m_crossY = y;
    m_crossTag = tag;
    refresh();
}

void PaneOverlay::refresh()
{
    // The whole chart: labels lie outside the plot area.
    const QRectF rect(QPointF(0, 0), m_chart->size());
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    update();
}

QRectF PaneOverlay::boundingRect() const
{
    return m_rect;
}

void PaneOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const double minX = static_cast<double>(m_x->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_x->max().toMSecsSinceEpoch());
    const double minY = m_y->min();
    const double maxY = m_y->max();
    if (plot.isEmpty() || maxX <= minX || maxY <= minY)
        return;
    const auto px = [&](double t) { return plot.left() + (t - minX) * plot.width() / (maxX - minX); };
    const auto py = [&](double v) { return plot.bottom() - (v - minY) * plot.height() / (maxY - minY); };
    const QFont font = m_y->labelsFont();
    const QFontMetricsF metrics(font);
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (m_layer == Layer::Under) {
        QPen grid(m_grid, 1);
        grid.setCosmetic(true);
        painter->setPen(grid);
        qreal labelsEnd = -1e9; // the right end of the last label drawn: labels never overlap
        for (const TimeTick &tick : std::as_const(m_ticks)) {
            const qreal x = std::round(px(tick.at)) + 0.5;
            if (x < plot.left() || x > plot.right())
                continue;
            painter->setPen(grid);
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            if (!m_timeLabels)
                continue;
            const qreal width = metrics.horizontalAdvance(tick.label);
            QRectF box(x - width / 2, plot.top() - metrics.height() - 3, width, metrics.height());
            if (box.left() < 0)
                box.moveLeft(0);
            if (box.right() > m_rect.right())
                box.moveRight(m_rect.right());
            if (box.left() < labelsEnd + 8)
                continue;
            labelsEnd = box.right();
            painter->setPen(m_text);
            painter->drawText(box, Qt::AlignCenter, tick.label);
        }
        painter->setPen(m_text);
        for (const ValueLabel &label : std::as_const(m_values)) {
            const qreal y = py(label.value);
            if (y < plot.top() - 1 || y > plot.bottom() + 1)
                continue;
            QRectF box(plot.right() + 4, y - metrics.height() / 2, metrics.horizontalAdvance(label.text),
                       metrics.height());
            box.moveTop(std::clamp(box.top(), 0.0, m_rect.bottom() - box.height()));
            painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label.text);
        }
        QColor back = m_background;
        back.setAlpha(210);
        qreal left = plot.left() + 4;
        if (!m_title.isEmpty()) {
            const QRectF box(left, plot.top() + 2, metrics.horizontalAdvance(m_title) + 8, metrics.height());
            painter->fillRect(box, back);
            QColor text = m_text;
            text.setAlpha(170);
            painter->setPen(text);
            painter->drawText(box, Qt::AlignCenter, m_title);
            left = box.right() + 6;
        }
        qreal top = plot.top() + 2;
        painter->setPen(m_text);
        for (const QString &line : std::as_const(m_readout)) {
            const QRectF box(left, top, metrics.horizontalAdvance(line) + 8, metrics.height());
            painter->fillRect(box, back);
            painter->drawText(box, Qt::AlignCenter, line);
            top = box.bottom();
        }
    } else if (m_crossX) {
        QPen pen(m_text, 1, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        const qreal x = std::round(px(*m_crossX)) + 0.5;
        if (x >= plot.left() && x <= plot.right())
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (m_crossY) {
            const qreal y = std::round(py(*m_crossY)) + 0.5;
            if (y >= plot.top() && y <= plot.bottom()) {
                painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
                if (!m_crossTag.isEmpty()) {
                    QRectF box(plot.right() + 1, y - metrics.height() / 2 - 1,
                               metrics.horizontalAdvance(m_crossTag) + 8, metrics.height() + 2);
                    painter->fillRect(box, m_text);
                    painter->setPen(m_background);
                    painter->drawText(box, Qt::AlignCenter, m_crossTag);
                }
            }
        }
    }
    painter->restore();
}

} // namespace autocoin
