#include "chart/EquityChart.h"

#include "chart/ChartData.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <limits>

namespace autocoin {

EquityChart::EquityChart(QWidget *parent, int maxPoints)
    : QWidget(parent)
    , m_maxPoints(maxPoints)
    , m_zone(QTimeZone::utc())
    , m_chart(new QChart)
    , m_equity(new QLineSeries)
    , m_peakLine(new QLineSeries)
    , m_drawdown(nullptr)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_timer(new QTimer(this))
    , m_view(nullptr)
{
    setObjectName(QStringLiteral("equityChart"));
    m_drawdown = new QAreaSeries(m_peakLine, m_equity);
    m_peakLine->setParent(m_drawdown); // only the area uses it: the chart does not own it
    m_drawdown->setBrush(QColor(0xe0, 0x4f, 0x5f, 70));
    m_drawdown->setPen(Qt::NoPen);
    m_equity->setPen(QPen(QColor(0x22, 0xb5, 0x73), 1.8));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignRight);
    m_chart->addSeries(m_drawdown);
    m_chart->addSeries(m_equity);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_drawdown, m_equity}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_y->setLabelFormat(QStringLiteral("%'.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(m_chart, this);
    m_view = view;
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &EquityChart::redraw);
    changeEvent(nullptr);
    retranslate();
}

void EquityChart::retranslate()
{
    m_equity->setName(tr("Equity (KRW)"));
    m_drawdown->setName(tr("Drawdown"));
}

void EquityChart::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    redraw();
}

void EquityChart::clear()
{
    m_times.clear();
    m_values.clear();
    m_newest.reset();
    m_seen = 0;
    m_stride = 1;
    m_peak = 0;
    m_maxDrawdown = 0;
    redraw();
}

void EquityChart::addPoint(const QDateTime &time, const Decimal &equity)
{
    const double value = equity.toDouble();
    const qint64 t = time.toMSecsSinceEpoch();
    const qint64 newest =
        m_newest ? m_newest->first : (m_times.empty() ? std::numeric_limits<qint64>::min() : m_times.back());
    if (t <= newest) {
        if (t == newest) { // the same time again: its newer value
            if (m_newest)
                m_newest->second = value;
            else
                m_values.back() = value;
        }
        return;
    }
    m_peak = std::max(m_peak, value);
    if (m_peak > 0)
        m_maxDrawdown = std::max(m_maxDrawdown, (m_peak - value) / m_peak);
    // Kept: the points whose count is a multiple of the stride, so that they stay evenly spread.
    if (m_seen++ % m_stride == 0) {
        m_times.push_back(t);
        m_values.push_back(value);
        m_newest.reset();
    } else {
        m_newest = std::pair(t, value);
    }
    if (static_cast<int>(m_times.size()) > m_maxPoints) {
        // Every second one of those kept (counts that are multiples of twice the stride).
        std::size_t out = 0;
        for (std::size_t i = 0; i < m_times.size(); i += 2, ++out) {
            m_times[out] = m_times[i];
            m_values[out] = m_values[i];
        }
        m_times.resize(out);
        m_values.resize(out);
        m_stride *= 2;
    }
    if (!m_timer->isActive())
        m_timer->start();
}

void EquityChart::redraw()
{
    m_timer->stop();
    if (!isVisible()) {
        m_dirty = true; // drawn when shown: axes laid out while hidden elide their labels
        return;
    }
    m_dirty = false;
    QList<QPointF> equity, peak;
    equity.reserve(static_cast<qsizetype>(m_times.size()) + 1);
    peak.reserve(equity.capacity());
    double running = std::numeric_limits<double>::lowest(), lo = std::numeric_limits<double>::max(), hi = running;
    const auto add = [&](qint64 time, double value) {
        const qreal t = static_cast<qreal>(axisTime(time, m_zone));
        running = std::max(running, value);
        equity.append({t, value});
        peak.append({t, running});
        lo = std::min(lo, value);
        hi = std::max(hi, running);
    };
    for (std::size_t i = 0; i < m_times.size(); ++i)
        add(m_times[i], m_values[i]);
    if (m_newest)
        add(m_newest->first, m_newest->second);
    m_equity->replace(equity);
    m_peakLine->replace(peak);
    if (equity.isEmpty()) {
        m_y->setRange(0, 1);
        return;
    }
    const double pad = std::max((hi - lo) * 0.05, 1.0);
    m_y->setRange(lo - pad, hi + pad);
    m_y->applyNiceNumbers();
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(equity.first().x())),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(equity.last().x()) + 1));
    const qint64 span = static_cast<qint64>(equity.last().x() - equity.first().x());
    m_x->setFormat(span > qint64(3) * 24 * 3600 * 1000 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm"));
}

QList<QPointF> EquityChart::drawnPoints() const
{
    return m_equity->points();
}

QStringList EquityChart::axisLabels() const
{
    QStringList labels;
    for (const QGraphicsItem *item : m_view->scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible())
            labels.append(text->toPlainText());
    }
    return labels;
}

void EquityChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        redraw();
}

void EquityChart::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        m_chart->setBackgroundBrush(palette().base());
        m_chart->setBackgroundRoundness(0);
        m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
        m_equity->setPen(QPen(QColor(0x22, 0xb5, 0x73), 1.8));
        m_drawdown->setBrush(QColor(0xe0, 0x4f, 0x5f, 70));
        m_drawdown->setPen(Qt::NoPen);
    }
    if (event && event->type() == QEvent::LanguageChange)
        retranslate();
    if (event)
        QWidget::changeEvent(event);
}

} // namespace autocoin
