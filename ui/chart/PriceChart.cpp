#include "chart/PriceChart.h"

#include "chart/CandleItem.h"
#include "chart/ChartScale.h"
#include "chart/LineItem.h"
#include "chart/MarkerItem.h"
#include "chart/PaneOverlay.h"
#include "status/Format.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace autocoin {

namespace {

const QColor kUp(0xd6, 0x3a, 0x3a);   // Korean convention: rising is red
const QColor kDown(0x2f, 0x6f, 0xd6); // falling is blue
const QColor kFast(0xf0, 0xa2, 0x02);
const QColor kSlow(0x8e, 0x5c, 0xd9);
const QColor kStop(0xe0, 0x4f, 0x5f);
constexpr int kMinVisible = 20;
const QMargins kPaneMargins(4, 2, 4, 2); // every pane's base margins

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/// A price as the readout and the crosshair's tag show it: whole won from 1,000 up, more decimals
/// below (Upbit's tick sizes).
QString priceText(double price)
{
    const double magnitude = std::fabs(price);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : magnitude >= 1 ? 3 : 4;
    return QLocale().toString(price, 'f', decimals);
}

/// The largest 1, 2 or 5 × 10ⁿ at or below `value` (> 0): the volume pane's one label.
double niceBelow(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= value)
            return step * power;
    }
    return power;
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setTheme(darkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setMargins(kPaneMargins);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

} // namespace

PriceChart::PriceChart(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
    , m_priceChart(new QChart)
    , m_volumeChart(new QChart)
    , m_rsiChart(new QChart)
    , m_priceView(nullptr)
    , m_volumeView(nullptr)
    , m_rsiView(nullptr)
    , m_emaFast(new QLineSeries)
    , m_emaSlow(new QLineSeries)
    , m_stopLine(new QLineSeries)
    , m_lastLine(new QLineSeries)
    , m_buys(new QScatterSeries)
    , m_sells(new QScatterSeries)
    , m_rsi(new QLineSeries)
    , m_overboughtLine(new QLineSeries)
    , m_floorLine(new QLineSeries)
    , m_priceX(new QDateTimeAxis)
    , m_volumeX(new QDateTimeAxis)
    , m_rsiX(new QDateTimeAxis)
    , m_priceY(new QValueAxis)
    , m_volumeY(new QValueAxis)
    , m_rsiY(new QValueAxis)
    , m_followBox(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_redrawTimer(new QTimer(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("priceChart"));
    setFocusPolicy(Qt::StrongFocus);
    m_emaFast->setPen(QPen(kFast, 1.6));
    m_emaSlow->setPen(QPen(kSlow, 1.6));
    QPen stopPen(kStop, 1.4, Qt::DashLine);
    m_stopLine->setPen(stopPen);
    m_lastLine->setPen(QPen(kUp, 1, Qt::DotLine));
    // The scatter series only name the markers in the legend (with their shape and colour); the
    // markers are painted by m_markerItem.
    m_buys->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_buys->setMarkerSize(13);
    m_buys->setColor(kUp.darker(110));
    m_buys->setBorderColor(Qt::white);
    m_sells->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_sells->setMarkerSize(12);
    m_sells->setColor(kDown.darker(110));
    m_sells->setBorderColor(Qt::white);
    m_rsi->setPen(QPen(QColor(0x2a, 0x9d, 0x8f), 1.4));
    for (QLineSeries *bound : {m_overboughtLine, m_floorLine})
        bound->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));

    const auto attach = [](QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    m_priceChart->addAxis(m_priceX, Qt::AlignTop);
    m_priceChart->addAxis(m_priceY, Qt::AlignRight);
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{m_emaFast, m_emaSlow, m_stopLine, m_lastLine, m_buys, m_sells})
        attach(m_priceChart, s, m_priceX, m_priceY);
    m_volumeChart->addAxis(m_volumeX, Qt::AlignBottom);
    m_volumeChart->addAxis(m_volumeY, Qt::AlignRight);
    m_rsiChart->addAxis(m_rsiX, Qt::AlignBottom);
    m_rsiChart->addAxis(m_rsiY, Qt::AlignRight);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_rsi, m_overboughtLine, m_floorLine})
        attach(m_rsiChart, s, m_rsiX, m_rsiY);
    m_rsiY->setRange(0, 100);
    m_rsiY->setTickCount(3);
    m_volumeY->setTickCount(2);
    m_volumeY->setLabelFormat(QStringLiteral("%'.0f"));
    m_priceY->setLabelFormat(QStringLiteral("%'.0f"));
    m_volumeX->setVisible(false);
    m_rsiX->setVisible(false);
    m_volumeChart->legend()->hide();
    m_rsiChart->legend()->hide();
    m_priceChart->legend()->setAlignment(Qt::AlignTop);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_stopLine, m_lastLine})
        m_priceChart->legend()->markers(s).value(0)->setVisible(false);
    // Candles and volume bars: painted from arrays by one item per pane (CandleItem), the
    // candles outlined in their own colour so that one whose open and close are equal — a
    // forming candle at its first tick — shows as a line instead of nothing.
    m_candleItem = new CandleItem(m_priceChart, m_priceX, m_priceY, CandleItem::Style::Candles);
    m_candleItem->setColors(kUp, kDown);
    m_volumeItem = new CandleItem(m_volumeChart, m_volumeX, m_volumeY, CandleItem::Style::Volume);
    m_volumeItem->setColors(kUp.lighter(130), kDown.lighter(130));
    // The EMAs and the RSI likewise (LineItem); their line series stay, empty, for the legend.
    m_fastLine = new LineItem(m_priceChart, m_priceX, m_priceY, m_emaFast->pen());
    m_slowLine = new LineItem(m_priceChart, m_priceX, m_priceY, m_emaSlow->pen());
    m_rsiLine = new LineItem(m_rsiChart, m_rsiX, m_rsiY, m_rsi->pen());
    m_markerItem = new MarkerItem(m_priceChart, m_priceX, m_priceY);
    m_markerItem->setStyle(kUp.darker(110), kDown.darker(110), 13, 12);
    // The grid on round times, the time and value labels and the panes' names under the data; the
    // crosshair over it.
    const std::array<QChart *, 3> panes{m_priceChart, m_volumeChart, m_rsiChart};
    const std::array<QDateTimeAxis *, 3> times{m_priceX, m_volumeX, m_rsiX};
    const std::array<QValueAxis *, 3> values{m_priceY, m_volumeY, m_rsiY};
    for (std::size_t i = 0; i < panes.size(); ++i) {
        m_under[i] = new PaneOverlay(panes[i], times[i], values[i], PaneOverlay::Layer::Under);
        m_over[i] = new PaneOverlay(panes[i], times[i], values[i], PaneOverlay::Layer::Over);
    }
    // The stop's price on the axis, as the last price's (below it where both are).
    m_stopBox = new QGraphicsRectItem(m_priceChart);
    m_stopBox->setPen(Qt::NoPen);
    m_stopBox->setBrush(kStop);
    m_stopBox->setZValue(99);
    m_stopText = new QGraphicsSimpleTextItem(m_stopBox);
    m_stopText->setBrush(Qt::white);
    m_stopBox->setVisible(false);
    // An empty chart says so, in the middle of the price pane.
    m_empty = new QGraphicsSimpleTextItem(m_priceChart);
    m_empty->setZValue(60);
    m_empty->setVisible(false);
    // The last price's tag sits on the price axis, over its labels, as exchanges' charts show it.
    m_tagBox = new QGraphicsRectItem(m_priceChart);
    m_tagBox->setPen(Qt::NoPen);
    m_tagBox->setZValue(100);
    m_tagText = new QGraphicsSimpleTextItem(m_tagBox);
    m_tagText->setBrush(Qt::white);
    QFont tagFont = m_tagText->font();
    tagFont.setBold(true);
    m_tagText->setFont(tagFont);
    m_tagBox->setVisible(false);

    m_priceView = makeView(m_priceChart);
    m_volumeView = makeView(m_volumeChart);
    m_rsiView = makeView(m_rsiChart);
    m_followBox->setObjectName(QStringLiteral("followLatestBox"));
    m_followBox->setChecked(true);
    connect(m_followBox, &QCheckBox::toggled, this, &PriceChart::setFollowLatest);
    m_hint->setObjectName(QStringLiteral("chartHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->setContentsMargins(4, 0, 4, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    bar->addWidget(m_title);
    bar->addSpacing(16);
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_followBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_priceView, 1);
    layout->addWidget(m_volumeView, 0);
    layout->addWidget(m_rsiView, 0);
    applyPalette();
    sizePanes();

    // The three panes share one time axis: their plot areas take the price pane's left and right.
    connect(m_priceChart, &QChart::plotAreaChanged, this, &PriceChart::alignPanes, Qt::QueuedConnection);
    connect(m_priceChart, &QChart::plotAreaChanged, this, &PriceChart::placePriceTag);
    connect(m_priceChart, &QChart::plotAreaChanged, this, [this] {
        m_candleItem->refresh();
        m_fastLine->refresh();
        m_slowLine->refresh();
        m_markerItem->refresh();
        m_under[0]->refresh();
        m_over[0]->refresh();
    });
    connect(m_rsiChart, &QChart::plotAreaChanged, this, [this] {
        m_rsiLine->refresh();
        m_under[2]->refresh();
        m_over[2]->refresh();
    });
    connect(m_volumeChart, &QChart::plotAreaChanged, this, [this] {
        m_volumeItem->refresh();
        m_under[1]->refresh();
        m_over[1]->refresh();
    });
    for (QChart *pane : {m_volumeChart, m_rsiChart}) {
        connect(pane, &QGraphicsWidget::geometryChanged, this, &PriceChart::alignPanes, Qt::QueuedConnection);
        // A pane's plot area follows new margins only at its next layout: until then its area is
        // stale, and measuring it again would add the same correction twice.
        connect(
            pane, &QChart::plotAreaChanged, this,
            [this, pane] {
                m_marginsPending.remove(pane);
                alignPanes();
            },
            Qt::QueuedConnection);
    }
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(100);
    connect(m_redrawTimer, &QTimer::timeout, this, &PriceChart::redraw);
    // Ticks come up to four a second per market (more in a fast replay): the forming candle and
    // the line are drawn at most every kLiveIntervalMs, whatever their pace.
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveIntervalMs);
    connect(m_liveTimer, &QTimer::timeout, this, &PriceChart::updateLive);
    retranslate();
    redraw();
}

PriceChart::~PriceChart() = default;

QChartView *PriceChart::makeView(QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(30);
    view->viewport()->installEventFilter(this);
    view->viewport()->setMouseTracking(true); // the crosshair follows the pointer
    return view;
}

void PriceChart::applyPalette()
{
    const QPalette &colours = palette();
    for (QChart *chart : {m_priceChart, m_volumeChart, m_rsiChart})
        styleChart(chart, colours);
    // A theme resets the series' pens and the axes: the chart's own again. The up and down colours
    // keep their meaning on a dark palette; the lines between them follow the palette.
    const bool dark = darkPalette(colours);
    m_emaFast->setPen(QPen(kFast, 1.6));
    m_emaSlow->setPen(QPen(kSlow, 1.6));
    m_stopLine->setPen(QPen(kStop, 1.4, Qt::DashLine));
    m_rsi->setPen(QPen(QColor(0x2a, 0x9d, 0x8f), 1.4));
    const QColor text = colours.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(dark ? 40 : 28);
    for (QLineSeries *bound : {m_overboughtLine, m_floorLine})
        bound->setPen(QPen(dark ? QColor(0x88, 0x88, 0x88) : QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    m_buys->setColor(kUp.darker(110)); // the legend's marks, as the markers
    m_sells->setColor(kDown.darker(110));
    m_buys->setBorderColor(text);
    m_sells->setBorderColor(text);
    m_markerItem->setOutline(text);
    m_volumeItem->setColors(dark ? kUp.darker(115) : kUp.lighter(130), dark ? kDown.darker(115) : kDown.lighter(130));
    // The time axes keep their place (the price pane's, on top, leaves room for the time labels
    // PaneOverlay paints there) but not their labels and grid: ticks at equal fractions of the
    // view are not round times.
    for (QDateTimeAxis *axis : {m_priceX, m_volumeX, m_rsiX}) {
        axis->setGridLineVisible(false);
        axis->setLineVisible(false);
        axis->setLabelsBrush(Qt::transparent);
        axis->setFormat(QStringLiteral("HH"));
        axis->setTickCount(2);
    }
    m_volumeY->setLabelsVisible(false);
    m_rsiY->setLabelsVisible(false);
    for (QValueAxis *axis : {m_priceY, m_volumeY, m_rsiY}) {
        axis->setLabelsColor(text);
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLineVisible(false);
    }
    for (std::size_t i = 0; i < 3; ++i) {
        m_under[i]->setColors(text, grid, colours.color(QPalette::Base));
        m_over[i]->setColors(text, grid, colours.color(QPalette::Base));
    }
    m_empty->setBrush(colours.color(QPalette::PlaceholderText));
}

void PriceChart::sizePanes()
{
    // The price pane gets the height: the volume and RSI panes take a share of it up to a point
    // and give it up first when the window is small.
    const int available = std::max(0, height() - (m_bar ? m_bar->sizeHint().height() : 0));
    m_volumeView->setFixedHeight(std::clamp(available * 13 / 100, 36, 110));
    m_rsiView->setFixedHeight(std::clamp(available * 17 / 100, 48, 150));
    // Too short for three panes (a 1024x600 screen): RSI goes first, then volume, so the price
    // pane stays readable; the crosshair's readout still gives both.
    m_rsiView->setVisible(available >= 260);
    m_volumeView->setVisible(available >= 180);
}

QSize PriceChart::minimumSizeHint() const
{
    // sizePanes() fixes the lower panes' heights for the size the chart has now: counted in the
    // minimum, a chart made at 1280x720 kept the Korean window 3 px taller than a 1024x600
    // screen (and one made at 1920x1080, 85 px). Shorter, sizePanes() hides them.
    QSize size = QWidget::minimumSizeHint();
    for (const QWidget *pane : {static_cast<const QWidget *>(m_volumeView), static_cast<const QWidget *>(m_rsiView)}) {
        if (!pane->isHidden())
            size.rheight() -= pane->minimumHeight();
    }
    return size;
}

void PriceChart::retranslate()
{
    // Named by their periods, as setStrategy() names them (the legend read "EMA 12" or "fast EMA"
    // depending on which ran last).
    m_emaFast->setName(tr("EMA %1").arg(m_emaFastPeriod));
    m_emaSlow->setName(tr("EMA %1").arg(m_emaSlowPeriod));
    m_buys->setName(tr("Buy"));
    m_sells->setName(tr("Sell"));
    m_followBox->setText(tr("Follow latest"));
    m_hint->setText(tr("Wheel or +/− to zoom, drag or ←/→ to pan, End for the newest candle"));
    m_rsi->setName(tr("RSI"));
    m_under[0]->setTitle(tr("Price"));
    m_under[1]->setTitle(tr("Volume"));
    m_under[2]->setTitle(tr("RSI"));
    m_empty->setText(emptyText());
    updateCrosshair();
}

QString PriceChart::emptyText() const
{
    switch (m_engineState) {
    case EngineState::Running:
    case EngineState::Stopping:
        return tr("No candles of this market yet.\nThe engine is reading the market's recent candles.");
    case EngineState::Error:
        if (m_killed)
            return tr("No candles of this market yet.\nThe kill switch stopped trading: press Reset when you want to "
                      "trade again, then Start.");
        return tr("No candles of this market yet.\nThe engine stopped with an error: check the cause in the status "
                  "panel and the log, press Reset, then Start.");
    case EngineState::Idle:
        break;
    }
    return tr("No candles of this market yet.\nPress Start: the market's recent candles appear here as the "
              "engine reads them.");
}

void PriceChart::setEngineState(EngineState state, bool killed)
{
    if (state == m_engineState && killed == m_killed)
        return;
    m_engineState = state;
    m_killed = killed;
    m_empty->setText(emptyText());
    if (m_empty->isVisible())
        placePriceTag(); // centred again: the new text has another width
}

void PriceChart::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_clock = AxisClock(zone);
    schedule();
}

void PriceChart::setStrategy(int emaFast, int emaSlow, int rsiPeriod, double rsiOverbought, double rsiFloor)
{
    m_data.setPeriods(emaFast, emaSlow, rsiPeriod);
    m_emaFastPeriod = emaFast;
    m_emaSlowPeriod = emaSlow;
    m_overbought = rsiOverbought;
    m_floor = rsiFloor;
    m_emaFast->setName(tr("EMA %1").arg(emaFast));
    m_emaSlow->setName(tr("EMA %1").arg(emaSlow));
    schedule();
}

void PriceChart::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString PriceChart::title() const
{
    return m_title->text();
}

void PriceChart::addBarWidget(QWidget *widget)
{
    widget->setParent(this);
    m_bar->insertWidget(0, widget);
    m_bar->insertSpacing(1, 12);
}

void PriceChart::clear()
{
    m_data.clear();
    m_markers.clear();
    m_stop.reset();
    m_first = 0;
    schedule();
}

void PriceChart::appendCandles(const QList<Candle> &candles)
{
    m_data.append(candles);
    schedule();
}

void PriceChart::appendCandles(const CandleColumns &candles)
{
    m_data.append(candles);
    schedule();
}

void PriceChart::setPeriod(qint64 ms)
{
    m_data.setPeriod(ms);
}

void PriceChart::addTick(const QDateTime &time, const Decimal &price)
{
    if (m_data.tick(time.toMSecsSinceEpoch(), price))
        schedule(); // a new candle: the window moves on
    else if (!m_liveTimer->isActive() && !m_redrawTimer->isActive())
        m_liveTimer->start();
}

void PriceChart::addMarker(const Marker &marker)
{
    m_markers.append(marker);
    schedule();
}

void PriceChart::setStop(std::optional<double> stop, bool trailing)
{
    if (stop == m_stop && trailing == m_trailing)
        return;
    m_stop = stop;
    m_trailing = trailing;
    if (stop)
        ++m_stopsShown;
    m_stopLine->setName(trailing ? tr("Trailing stop") : tr("Stop"));
    schedule();
}

void PriceChart::setFollowLatest(bool follow)
{
    m_follow = follow;
    if (m_followBox->isChecked() != follow)
        m_followBox->setChecked(follow);
    schedule();
}

void PriceChart::zoom(double factor, double anchor)
{
    const int size = static_cast<int>(m_data.drawnSize());
    const int anchorIndex = m_first + static_cast<int>(anchor * m_count);
    const int count =
        std::clamp(static_cast<int>(std::lround(m_count * factor)), kMinVisible, std::max(kMinVisible, size));
    m_first = anchorIndex - static_cast<int>(anchor * count);
    m_count = count;
    if (factor > 1 && m_first + m_count >= size)
        m_follow = m_followBox->isChecked();
    schedule();
}

void PriceChart::pan(int candles)
{
    m_first += candles;
    const int size = static_cast<int>(m_data.drawnSize());
    if (candles < 0 && m_follow)
        setFollowLatest(false); // looking back: stop following
    if (m_first + m_count >= size && candles > 0 && !m_follow)
        setFollowLatest(true);
    schedule();
}

void PriceChart::schedule()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void PriceChart::redraw()
{
    m_redrawTimer->stop();
    m_liveTimer->stop(); // this draws the live candle and the line too
    ++m_redraws;
    const int size = static_cast<int>(m_data.drawnSize()); // closed candles, then the live ones
    const int shown = std::min(m_count, size);             // m_count is what the user asked for; fewer exist at first
    if (m_follow)
        m_first = size - shown;
    m_first = std::clamp(m_first, 0, std::max(0, size - shown));
    const int last = std::min(size, m_first + shown); // exclusive

    const int maxBars = std::max(40, m_priceView->viewport()->width() / 4);
    const int bucket = std::max(1, (last - m_first + maxBars - 1) / maxBars);
    // Buckets lie on a grid counted from the oldest candle, so that panning, zooming back or a new
    // candle moves whole buckets and each keeps its candles: buckets counted from the view's first
    // candle would all regroup (and their wicks jump) at every step. The first may start up to a
    // bucket before the view: it is drawn whole.
    const int begin = m_first / bucket * bucket;
    std::vector<CandleItem::Bar> sets;
    std::vector<CandleItem::Bar> volumes;
    sets.reserve(static_cast<std::size_t>(std::max(0, last - begin) / bucket) + 1);
    volumes.reserve(sets.capacity());
    QList<QPointF> fast, slow, strength;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    double maxVolume = 0;
    const auto x = [this](qint64 ms) { return static_cast<qreal>(m_clock(ms)); };
    m_lastBucketFirst = -1;
    for (int b = begin; b < last; b += bucket) {
        const int e = std::min(last, b + bucket);
        // Each bucket's true extremes: its highest high and lowest low, whatever its width.
        const ChartData::Range range = m_data.range(b, e);
        const double o = m_data.openAt(b), c = m_data.closeAt(e - 1);
        const qreal t = x(m_data.timeAt(b));
        sets.push_back({o, range.high, range.low, c, t});
        volumes.push_back({o, range.volume, 0, c, t});
        lo = std::min(lo, range.low);
        hi = std::max(hi, range.high);
        maxVolume = std::max(maxVolume, range.volume);
        if (const double f = m_data.emaFastAt(e - 1); !std::isnan(f))
            fast.append({t, f});
        if (const double sl = m_data.emaSlowAt(e - 1); !std::isnan(sl))
            slow.append({t, sl});
        if (const double r = m_data.rsiAt(e - 1); !std::isnan(r))
            strength.append({t, r});
        m_lastBucketFirst = b;
    }
    m_newestShown = size > 0 && last == size;
    m_drawBegin = begin;
    m_drawBucket = bucket;
    m_drawEnd = last;
    if (m_newestShown && m_data.lastPrice()) {
        // The last price is in view with the newest candle.
        lo = std::min(lo, m_data.lastPrice()->toDouble());
        hi = std::max(hi, m_data.lastPrice()->toDouble());
    }
    m_fastLine->setPoints(std::move(fast));
    m_slowLine->setPoints(std::move(slow));
    m_rsiLine->setPoints(std::move(strength));

    const qint64 fromMs = size ? m_data.timeAt(begin) : 0;
    const qint64 toMs = size ? m_data.timeAt(last - 1) : 0;
    const qint64 step = size > 1 ? (m_data.timeAt(std::min(size - 1, m_first + 1)) - m_data.timeAt(m_first)) * bucket
                                 : (m_data.period() > 0 ? m_data.period() : 3600000);
    const qreal slot = size > 1 ? x(m_data.timeAt(begin) + step) - x(m_data.timeAt(begin)) : step;
    m_candleItem->setBars(std::move(sets), slot);
    m_volumeItem->setBars(std::move(volumes), slot);
    const std::vector<CandleItem::Bar> &bars = m_candleItem->bars();
    // The drawn bar of candle `index` (in view), or nullptr.
    const auto barOf = [&](int index) -> const CandleItem::Bar * {
        if (index < begin || index >= last)
            return nullptr;
        const auto b = static_cast<std::size_t>((index - begin) / bucket);
        return b < bars.size() ? &bars[b] : nullptr;
    };
    // The newest candle's period ends here: a fill after it (in a candle not drawn yet) is placed
    // at its own time and price.
    const qint64 drawnUntil = size ? m_data.timeAt(size - 1) + (m_data.period() > 0 ? m_data.period() : step) : 0;
    std::vector<MarkerItem::Point> marks;
    qint64 entryMs = std::numeric_limits<qint64>::min(); // the newest buy, if newer than every sell
    for (const Marker &m : std::as_const(m_markers)) {
        if (m.buy)
            entryMs = std::max(entryMs, m.timeMs);
        else if (m.timeMs >= entryMs)
            entryMs = std::numeric_limits<qint64>::min();
        if (m.timeMs < fromMs || m.timeMs > toMs + step)
            continue;
        // On the candle the fill happened in, clear of it: below its low (a buy), above its high
        // (a sell).
        const CandleItem::Bar *bar = m.timeMs < drawnUntil ? barOf(indexAt(m.timeMs)) : nullptr;
        if (bar)
            marks.push_back({bar->time, m.price, m.buy, m.buy ? bar->low : bar->high});
        else
            marks.push_back({x(m.timeMs), m.price, m.buy});
        lo = std::min(lo, m.price);
        hi = std::max(hi, m.price);
    }
    m_markerItem->setPoints(std::move(marks));
    const qreal left = x(fromMs - step / 2);
    const qreal right = x(toMs + step / 2);
    m_stopStart.reset();
    if (m_stop && size) {
        // From the entry (the newest buy since the last sell) when it is known, else across the view.
        qreal from = left;
        if (entryMs != std::numeric_limits<qint64>::min() && entryMs >= fromMs) {
            const CandleItem::Bar *bar = entryMs < drawnUntil ? barOf(indexAt(entryMs)) : nullptr;
            from = std::min(bar ? bar->time : x(entryMs), right);
        }
        m_stopStart = from;
        m_stopLine->replace({QPointF(from, *m_stop), QPointF(right, *m_stop)});
        lo = std::min(lo, *m_stop);
        hi = std::max(hi, *m_stop);
    } else {
        m_stopLine->clear();
    }
    m_stopLine->setVisible(m_stop.has_value() && size > 0);
    m_overboughtLine->replace({QPointF(left, m_overbought), QPointF(right, m_overbought)});
    m_floorLine->replace({QPointF(left, m_floor), QPointF(right, m_floor)});

    // Empty: no made-up axes (0 to 1, 1970), a message instead.
    m_empty->setVisible(size == 0);
    m_priceY->setLabelsVisible(size > 0);
    for (QValueAxis *axis : {m_priceY, m_volumeY, m_rsiY})
        axis->setGridLineVisible(size > 0);
    if (size == 0) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.05, hi * 1e-4);
    // Prices are never negative: the axis starts at 0 at the lowest (a wide view of a market that
    // rose tenfold read down to −50,000,000 once padded and rounded).
    m_priceY->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    m_priceY->applyNiceNumbers();
    m_volumeY->setRange(0, maxVolume > 0 ? maxVolume * 1.05 : 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(size ? static_cast<qint64>(left) : now - 3600000);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(size ? static_cast<qint64>(right) : now);
    for (QDateTimeAxis *axis : {m_priceX, m_volumeX, m_rsiX})
        axis->setRange(from, to);
    // Round times, about one label per 110 pixels.
    const int maxTicks = std::max(2, static_cast<int>(m_priceChart->plotArea().width() / 110));
    const QList<TimeTick> ticks = size ? timeTicks(left, right, maxTicks) : QList<TimeTick>();
    for (std::size_t i = 0; i < 3; ++i)
        m_under[i]->setTimeTicks(ticks, i == 0);
    QList<PaneOverlay::ValueLabel> volumeLabels;
    if (maxVolume > 0) {
        const double nice = niceBelow(maxVolume);
        volumeLabels.append({nice, compactNumber(nice)});
    }
    m_under[1]->setValueLabels(volumeLabels);
    m_under[2]->setValueLabels(
        size ? QList<PaneOverlay::ValueLabel>{{m_overbought, QLocale().toString(m_overbought, 'g', 3)},
                                              {m_floor, QLocale().toString(m_floor, 'g', 3)}}
             : QList<PaneOverlay::ValueLabel>());
    m_candleItem->refresh(); // the axes moved
    m_fastLine->refresh();
    m_slowLine->refresh();
    m_rsiLine->refresh();
    m_markerItem->refresh();
    m_volumeItem->refresh();
    m_lineLeft = left;
    m_lineRight = right;
    drawLastPrice();
    updateCrosshair();
}

int PriceChart::indexAt(qint64 timeMs) const
{
    // The last drawn candle opening at or before `timeMs` (times ascend).
    int lo = 0;
    int hi = static_cast<int>(m_data.drawnSize()); // [lo, hi): the answer is lo - 1 at the end
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (m_data.timeAt(static_cast<std::size_t>(mid)) <= timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

void PriceChart::updateLive()
{
    if (m_redrawTimer->isActive() || !m_data.lastPrice())
        return; // the full redraw, due shortly, draws these too
    const double price = m_data.lastPrice()->toDouble();
    if (m_newestShown && (price < m_priceY->min() || price > m_priceY->max())) {
        redraw(); // beyond the axis: the range must grow
        return;
    }
    ++m_liveUpdates;
    const int size = static_cast<int>(m_data.drawnSize());
    if (m_newestShown && m_lastBucketFirst >= 0 && m_lastBucketFirst < size && !m_candleItem->bars().empty()) {
        // Only the newest bar changes: its bucket's high, low and close.
        const ChartData::Range range = m_data.range(m_lastBucketFirst, size);
        CandleItem::Bar bar = m_candleItem->bars().back();
        bar.high = range.high;
        bar.low = range.low;
        bar.close = m_data.closeAt(size - 1);
        m_candleItem->setLastBar(bar);
    }
    drawLastPrice();
    updateCrosshair(); // the readout of the forming candle moves with it
}

void PriceChart::drawLastPrice()
{
    const std::optional<Decimal> &last = m_data.lastPrice();
    if (!last || m_data.drawnSize() == 0) {
        m_lastLine->clear();
        placePriceTag(); // the stop's tag still
        return;
    }
    const double price = last->toDouble();
    // Red when at or above the last closed candle's close, blue below (the Korean convention).
    const bool rising = m_data.size() == 0 || price >= m_data.closeAt(m_data.size() - 1);
    const QColor colour = rising ? kUp : kDown;
    m_lastLine->setPen(QPen(colour, 1, Qt::DotLine));
    m_lastLine->replace({QPointF(m_lineLeft, price), QPointF(m_lineRight, price)});

    m_tagBox->setBrush(colour);
    m_tagText->setText(formatAmount(*last)); // the exact price, as traded
    placePriceTag();
}

void PriceChart::placePriceTag()
{
    // The last price's tag and the stop's, on the price axis over its labels, as exchanges' charts
    // show them. Wider than the axis labels (a price with decimals): the plot gives up the room
    // they need (the lower panes follow its plot area), rather than a tag covering the newest
    // candle.
    const QRectF plot = m_priceChart->plotArea();
    if (m_empty->isVisible()) {
        // In the middle of the plot; on a short pane (a small screen) as low as the pane lets it
        // stand whole, over the legend if it must, never cut by the pane's edge.
        const QRectF text = m_empty->boundingRect();
        const qreal lowest = m_priceChart->size().height() - text.height() - 2;
        m_empty->setPos(plot.center().x() - text.width() / 2,
                        std::max(0.0, std::min(plot.center().y() - text.height() / 2, lowest)));
    }
    const QMargins margins = m_priceChart->margins();
    const qreal room = m_priceChart->size().width() - 1 - plot.right() - (margins.right() - kPaneMargins.right());
    qreal needed = 0;
    if (m_lastLine->count() > 0 && placeTag(m_tagBox, m_tagText, m_lastLine->at(1).y()))
        needed = std::max(needed, m_tagBox->rect().width());
    else
        m_tagBox->setVisible(false);
    const bool stopShown = m_stopLine->isVisible() && m_stopLine->count() > 0;
    if (stopShown) {
        m_stopText->setText(priceText(m_stopLine->at(1).y()));
        if (placeTag(m_stopBox, m_stopText, m_stopLine->at(1).y())) {
            needed = std::max(needed, m_stopBox->rect().width());
            // Both at one height: the stop's below the last price's.
            if (m_tagBox->isVisible() && m_stopBox->rect().intersects(m_tagBox->rect()))
                m_stopBox->setRect(
                    m_stopBox->rect().translated(0, m_tagBox->rect().bottom() + 1 - m_stopBox->rect().top()));
            m_stopText->setPos(m_stopBox->rect().left() + 4, m_stopBox->rect().top() + 1);
        }
    } else {
        m_stopBox->setVisible(false);
    }
    const int extra = std::max(0, static_cast<int>(std::ceil(needed + 2 - room)));
    if (needed > 0 && margins.right() != kPaneMargins.right() + extra) {
        QMargins wider = margins;
        wider.setRight(kPaneMargins.right() + extra);
        m_priceChart->setMargins(wider); // laid out later: plotAreaChanged places the tags again
    }
}

bool PriceChart::placeTag(QGraphicsRectItem *box, QGraphicsSimpleTextItem *text, double price)
{
    const QRectF plot = m_priceChart->plotArea();
    const double minY = m_priceY->min(), maxY = m_priceY->max();
    if (plot.isEmpty() || maxY <= minY) {
        box->setVisible(false);
        return false;
    }
    const qreal y = plot.bottom() - (price - minY) * plot.height() / (maxY - minY);
    if (y < plot.top() || y > plot.bottom()) {
        box->setVisible(false); // the price is off the visible range (looking back)
        return false;
    }
    const QRectF bounds = text->boundingRect();
    QRectF rect(plot.right() + 1, y - bounds.height() / 2 - 1, bounds.width() + 8, bounds.height() + 2);
    rect.moveRight(std::min(rect.right(), m_priceChart->size().width() - 1));
    box->setRect(rect);
    text->setPos(rect.left() + 4, rect.top() + 1);
    box->setVisible(true);
    return true;
}

void PriceChart::alignPanes()
{
    // The panes share one time axis (shown on top of the price pane), so their plot areas must
    // line up under the price pane's although their value labels differ in width. Each lower
    // pane's natural area (with the base margins) is found from its current one, then its margins
    // are set to reach the price pane's span. Only the lower panes move, so nothing feeds back; a
    // fixed plot area is not used, as it would stop following the window's size.
    const QRectF price = m_priceChart->plotArea();
    if (price.width() <= 0)
        return;
    const QMargins base(4, 2, 4, 2);
    for (QChart *pane : {m_volumeChart, m_rsiChart}) {
        const QRectF area = pane->plotArea();
        if (area.width() <= 0 || m_marginsPending.contains(pane))
            continue;
        const QMargins current = pane->margins();
        const qreal naturalLeft = area.left() - (current.left() - base.left());
        const qreal naturalRight = area.right() + (current.right() - base.right());
        QMargins m = base;
        m.setLeft(base.left() + std::max(0, qRound(price.left() - naturalLeft)));
        m.setRight(base.right() + std::max(0, qRound(naturalRight - price.right())));
        if (m != current) {
            m_marginsPending.insert(pane);
            pane->setMargins(m);
        }
    }
}

void PriceChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    sizePanes();
    QTimer::singleShot(0, this, &PriceChart::alignPanes);
    // How many candles make a bar and where the time labels fall depend on the width: drawn while
    // hidden (a tab not shown yet), a chart had 40 bars of five candles once shown at full width.
    schedule();
}

void PriceChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    schedule();
}

void PriceChart::showRange(qint64 fromMs, qint64 toMs)
{
    const int size = static_cast<int>(m_data.drawnSize());
    if (size == 0 || toMs < fromMs)
        return;
    const int first = std::max(0, indexAt(fromMs));
    const int last = std::clamp(indexAt(toMs), first, size - 1);
    m_count = std::max(kMinVisible, last - first + 1);
    m_first = std::max(0, std::min(first, size - m_count));
    setFollowLatest(m_first + m_count >= size);
}

void PriceChart::pointAt(QWidget *viewport, const QPointF &pos)
{
    m_pointerView = viewport;
    m_pointer = pos;
    updateCrosshair();
}

void PriceChart::hideCrosshair()
{
    m_pointerView = nullptr;
    updateCrosshair();
}

void PriceChart::updateCrosshair()
{
    const std::array<QChartView *, 3> views{m_priceView, m_volumeView, m_rsiView};
    const std::array<QChart *, 3> charts{m_priceChart, m_volumeChart, m_rsiChart};
    const std::vector<CandleItem::Bar> &bars = m_candleItem->bars();
    std::size_t pane = views.size();
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (m_pointerView && views[i]->viewport() == m_pointerView)
            pane = i;
    }
    QPointF at; // the pointer in its pane's chart
    bool inside = false;
    if (pane < views.size() && !bars.empty()) {
        at = charts[pane]->mapFromScene(views[pane]->mapToScene(m_pointer.toPoint()));
        const QRectF plot = charts[pane]->plotArea();
        inside = plot.contains(at);
    }
    if (!inside) {
        for (PaneOverlay *over : m_over)
            over->setCrosshair(std::nullopt);
        m_readoutValues.reset();
        m_under[0]->setReadout({});
        return;
    }
    // The bar under the pointer: the panes share the time axis.
    const QRectF plot = charts[pane]->plotArea();
    const double minX = static_cast<double>(m_priceX->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_priceX->max().toMSecsSinceEpoch());
    const double t = minX + (at.x() - plot.left()) / plot.width() * (maxX - minX);
    const double slot = bars.size() > 1 ? bars[1].time - bars[0].time : std::max(1.0, maxX - minX);
    const auto index =
        static_cast<std::size_t>(std::clamp(std::lround((t - bars.front().time) / slot), 0L, long(bars.size()) - 1));
    const CandleItem::Bar &bar = bars[index];
    const int begin = m_drawBegin + static_cast<int>(index) * m_drawBucket;
    const int end = std::min(m_drawEnd, begin + m_drawBucket);
    const auto last = static_cast<std::size_t>(std::max(begin, end - 1));
    m_readoutValues = Readout{
        m_data.timeAt(static_cast<std::size_t>(begin)),
        bar.open,
        bar.high,
        bar.low,
        bar.close,
        m_data.emaFastAt(last),
        m_data.emaSlowAt(last),
        m_data.rsiAt(last),
        end > begin ? m_data.range(static_cast<std::size_t>(begin), static_cast<std::size_t>(end)).volume : 0.0};
    // The pointer's value on its pane, in a tag on that pane's axis.
    const std::array<QValueAxis *, 3> values{m_priceY, m_volumeY, m_rsiY};
    const double value =
        values[pane]->max() - (at.y() - plot.top()) / plot.height() * (values[pane]->max() - values[pane]->min());
    const QString tag = pane == 0   ? priceText(value)
                        : pane == 1 ? compactNumber(value)
                                    : QLocale().toString(value, 'f', 0);
    for (std::size_t i = 0; i < std::size(m_over); ++i) {
        if (i == pane)
            m_over[i]->setCrosshair(bar.time, value, tag);
        else
            m_over[i]->setCrosshair(bar.time);
    }
    // In the price pane's top left, after its name: one line when it fits, else two (the candle,
    // then its indicators).
    const QString candle = readoutCandle();
    const QString indicators = readoutIndicators();
    const QString line = candle + QStringLiteral("  ") + indicators;
    const QFontMetricsF metrics(m_priceY->labelsFont());
    const qreal room = m_priceChart->plotArea().width() - metrics.horizontalAdvance(m_under[0]->title()) - 24;
    m_under[0]->setReadout(metrics.horizontalAdvance(line) <= room ? QStringList{line}
                                                                   : QStringList{candle, indicators});
}

QStringList PriceChart::readoutLines() const
{
    return m_under[0]->readout();
}

QString PriceChart::readoutText() const
{
    return m_readoutValues ? readoutCandle() + QStringLiteral("  ") + readoutIndicators() : QString();
}

QString PriceChart::readoutCandle() const
{
    if (!m_readoutValues)
        return QString();
    const Readout &r = *m_readoutValues;
    const QString time = QDateTime::fromMSecsSinceEpoch(r.timeMs, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    //: The crosshair's readout: the candle's time, open, high, low and close
    return tr("%1  O %2  H %3  L %4  C %5")
        .arg(time, priceText(r.open), priceText(r.high), priceText(r.low), priceText(r.close));
}

QString PriceChart::readoutIndicators() const
{
    if (!m_readoutValues)
        return QString();
    const Readout &r = *m_readoutValues;
    const auto ema = [](double v) { return std::isnan(v) ? QStringLiteral("–") : priceText(v); };
    const QString rsi = std::isnan(r.rsi) ? QStringLiteral("–") : QLocale().toString(r.rsi, 'f', 1);
    return tr("EMA %1").arg(m_emaFastPeriod) + u' ' + ema(r.emaFast) + QStringLiteral("  ") +
           tr("EMA %1").arg(m_emaSlowPeriod) + u' ' + ema(r.emaSlow) + QStringLiteral("  ") + tr("RSI %1").arg(rsi) +
           QStringLiteral("  ") + tr("Vol %1").arg(compactNumber(r.volume));
}

QList<QWidget *> PriceChart::viewports() const
{
    return {m_priceView->viewport(), m_volumeView->viewport(), m_rsiView->viewport()};
}

QPointF PriceChart::barPosition(int bar) const
{
    const std::vector<CandleItem::Bar> &bars = m_candleItem->bars();
    if (bar < 0 || bar >= static_cast<int>(bars.size()))
        return {};
    const QRectF plot = m_priceChart->plotArea();
    const double minX = static_cast<double>(m_priceX->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_priceX->max().toMSecsSinceEpoch());
    const CandleItem::Bar &b = bars[static_cast<std::size_t>(bar)];
    const QPointF inChart(plot.left() + (b.time - minX) * plot.width() / (maxX - minX),
                          plot.bottom() -
                              (b.close - m_priceY->min()) * plot.height() / (m_priceY->max() - m_priceY->min()));
    return m_priceView->mapFromScene(m_priceChart->mapToScene(inChart));
}

QList<PriceChart::MarkerPlace> PriceChart::markerPlaces() const
{
    QList<MarkerPlace> places;
    const QRectF plot = m_priceChart->plotArea();
    const double minX = static_cast<double>(m_priceX->min().toMSecsSinceEpoch());
    const double maxX = static_cast<double>(m_priceX->max().toMSecsSinceEpoch());
    const double minY = m_priceY->min(), maxY = m_priceY->max();
    for (const MarkerItem::Point &p : m_markerItem->points()) {
        QRectF candle;
        for (const CandleItem::Bar &bar : m_candleItem->bars()) {
            if (bar.time == p.time) {
                const double x = plot.left() + (bar.time - minX) * plot.width() / (maxX - minX);
                const double top = plot.bottom() - (bar.high - minY) * plot.height() / (maxY - minY);
                const double bottom = plot.bottom() - (bar.low - minY) * plot.height() / (maxY - minY);
                candle = QRectF(QPointF(x - 1, top), QPointF(x + 1, bottom));
            }
        }
        places.append({m_markerItem->placed(p), candle, p.buy});
    }
    return places;
}

std::optional<qreal> PriceChart::stopLineStart() const
{
    return m_stopLine->isVisible() && m_stopLine->count() ? std::optional(m_stopLine->at(0).x()) : std::nullopt;
}

QString PriceChart::stopTag() const
{
    return m_stopBox->isVisible() ? m_stopText->text() : QString();
}

QStringList PriceChart::shownLabels() const
{
    QStringList labels;
    for (const QChartView *view : {m_priceView, m_volumeView, m_rsiView}) {
        for (const QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (text && text->isVisible())
                labels.append(text->toPlainText());
        }
    }
    labels += timeLabels();
    for (const PaneOverlay *under : m_under) {
        for (const PaneOverlay::ValueLabel &label : under->valueLabels())
            labels.append(label.text);
        labels.append(under->title());
    }
    return labels;
}

QStringList PriceChart::timeLabels() const
{
    QStringList labels;
    for (const TimeTick &tick : m_under[0]->timeTicks())
        labels.append(tick.label);
    return labels;
}

QString PriceChart::emptyMessage() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

QList<int> PriceChart::paneHeights() const
{
    return {m_priceView->height(), m_volumeView->height(), m_rsiView->height()};
}

int PriceChart::drawnCandles() const
{
    return static_cast<int>(m_candleItem->bars().size());
}

int PriceChart::drawnEmaPoints() const
{
    return static_cast<int>(m_fastLine->points().size() + m_slowLine->points().size());
}

int PriceChart::drawnMarkers() const
{
    return static_cast<int>(m_markerItem->points().size());
}

int PriceChart::drawnStopPoints() const
{
    return m_stopLine->isVisible() ? static_cast<int>(m_stopLine->count()) : 0;
}

int PriceChart::drawnRsiPoints() const
{
    return static_cast<int>(m_rsiLine->points().size());
}

std::optional<PriceChart::DrawnCandle> PriceChart::drawnLastCandle() const
{
    if (m_candleItem->bars().empty())
        return std::nullopt;
    const CandleItem::Bar &bar = m_candleItem->bars().back();
    return DrawnCandle{bar.open, bar.high, bar.low, bar.close, bar.time};
}

QList<PriceChart::DrawnCandle> PriceChart::drawnCandleList() const
{
    QList<DrawnCandle> drawn;
    drawn.reserve(static_cast<qsizetype>(m_candleItem->bars().size()));
    for (const CandleItem::Bar &bar : m_candleItem->bars())
        drawn.append({bar.open, bar.high, bar.low, bar.close, bar.time});
    return drawn;
}

std::optional<double> PriceChart::drawnLastPrice() const
{
    if (m_lastLine->count() == 0)
        return std::nullopt;
    return m_lastLine->at(0).y();
}

QString PriceChart::lastPriceTag() const
{
    return m_tagBox->isVisible() ? m_tagText->text() : QString();
}

bool PriceChart::eventFilter(QObject *watched, QEvent *event)
{
    QWidget *viewport = qobject_cast<QWidget *>(watched);
    if (!viewport)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const double anchor = std::clamp(wheel->position().x() / std::max(1, viewport->width()), 0.0, 1.0);
        zoom(wheel->angleDelta().y() > 0 ? 0.8 : 1.25, anchor);
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_dragFrom = mouse->position().toPoint();
        m_dragFirst = m_first;
        setFocus();
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        pointAt(viewport, mouse->position());
        if (!(mouse->buttons() & Qt::LeftButton))
            break;
        const double perPixel = static_cast<double>(m_count) / std::max(1, viewport->width());
        const int shift = static_cast<int>(std::lround((m_dragFrom.x() - mouse->position().x()) * perPixel));
        pan(m_dragFirst + shift - m_first);
        return true;
    }
    case QEvent::Leave:
        hideCrosshair();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PriceChart::keyPressEvent(QKeyEvent *event)
{
    const int step = std::max(1, m_count / 10);
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-step);
        break;
    case Qt::Key_Right:
        pan(step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        break;
    case Qt::Key_Minus:
        zoom(1.25);
        break;
    case Qt::Key_End:
        setFollowLatest(true);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PriceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace autocoin
