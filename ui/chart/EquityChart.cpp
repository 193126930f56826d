#include "chart/EquityChart.h"

#include "chart/ChartData.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

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
    m_peak = 0;
    m_maxDrawdown = 0;
    redraw();
}

void EquityChart::addPoint(const QDateTime &time, const Decimal &equity)
{
    const double value = equity.toDouble();
    const qint64 t = time.toMSecsSinceEpoch();
    if (!m_times.empty() && t <= m_times.back()) {
        if (t == m_times.back())
            m_values.back() = value;
        return;
    }
    m_times.push_back(t);
    m_values.push_back(value);
    m_peak = std::max(m_peak, value);
    if (m_peak > 0)
        m_maxDrawdown = std::max(m_maxDrawdown, (m_peak - value) / m_peak);
    if (static_cast<int>(m_times.size()) > m_maxPoints) {
        // Halve the resolution, keeping the newest point.
        std::size_t out = 0;
        const std::size_t n = m_times.size();
        for (std::size_t i = (n - 1) % 2; i < n; i += 2, ++out) {
            m_times[out] = m_times[i];
            m_values[out] = m_values[i];
        }
        m_times.resize(out);
        m_values.resize(out);
    }
    if (!m_timer->isActive())
        m_timer->start();
}

void EquityChart::redraw()
{
    QList<QPointF> equity, peak;
    equity.reserve(static_cast<qsizetype>(m_times.size()));
    peak.reserve(static_cast<qsizetype>(m_times.size()));
    double running = 0, lo = std::numeric_limits<double>::max(), hi = 0;
    for (std::size_t i = 0; i < m_times.size(); ++i) {
        const qreal t = static_cast<qreal>(axisTime(m_times[i], m_zone));
        running = std::max(running, m_values[i]);
        equity.append({t, m_values[i]});
        peak.append({t, running});
        lo = std::min(lo, m_values[i]);
        hi = std::max(hi, running);
    }
    m_equity->replace(equity);
    m_peakLine->replace(peak);
    if (m_times.empty()) {
        m_y->setRange(0, 1);
        return;
    }
    const double pad = std::max((hi - lo) * 0.05, 1.0);
    m_y->setRange(lo - pad, hi + pad);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(equity.first().x())),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(equity.last().x()) + 1));
    const bool long_ = m_times.back() - m_times.front() > qint64(3) * 24 * 3600 * 1000;
    m_x->setFormat(long_ ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm"));
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
    if (event)
        QWidget::changeEvent(event);
}

} // namespace autocoin
