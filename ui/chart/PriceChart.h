#pragma once

#include "chart/AxisClock.h"
#include "chart/ChartData.h"
#include "core/EngineState.h"

#include <QSet>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QChartView;
class QCheckBox;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace autocoin {

class CandleItem;
class LineItem;
class MarkerItem;
class PaneOverlay;

/// The price chart: candlesticks of the active market with the fast and slow EMA, buy and sell
/// markers at the executed prices, the stop (and trailing stop) level, volume bars, and an RSI
/// pane with the strategy's bounds; time axis in APP_TIMEZONE. Mouse wheel / + and − zoom, drag /
/// ← and → pan, End or "Follow latest" keeps the newest candle in view.
///
/// Fluid with any number of candles: only the visible window is drawn, at most about one candle
/// per four pixels — wider windows are aggregated into buckets (open of the first, highest high,
/// lowest low, close of the last, summed volume) on a grid counted from the oldest candle, so that
/// panning keeps each bucket's candles. Candles, volume bars, the EMA and RSI lines and the markers
/// are painted from arrays by the chart's own items (CandleItem, LineItem, MarkerItem), not by a
/// graphics item per candle or point. Updates are coalesced to one redraw per 100 ms.
///
/// Live: the forming candle (from the engine's ticks, after the closed ones) and a last-price line
/// with its price in a tag on the price axis.
///
/// Read at a glance: the time axis on round times (PaneOverlay), each pane named, the price pane
/// given the height (the volume and RSI panes shrink first), a crosshair with the candle's OHLC,
/// EMAs, RSI and volume at the price pane's top left, markers clear of their candles, the stop line
/// from the entry with its price on the axis, colours from the palette (light or dark), and an
/// empty chart that says so instead of showing made-up axes. A tick inside the forming candle's period only
/// changes that candle's bar and the line, at most four times a second (kLiveIntervalMs); a new
/// period, or a price beyond the axis, takes a full redraw.
class PriceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)

public:
    struct Marker
    {
        qint64 timeMs;
        double price;
        bool buy;
    };

    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    void setTimeZone(const QTimeZone &zone);
    void setStrategy(int emaFast, int emaSlow, int rsiPeriod, double rsiOverbought, double rsiFloor);
    void setTitle(const QString &title);
    QString title() const;
    /// Puts `widget` (the window's market selector) at the start of the bar above the panes.
    void addBarWidget(QWidget *widget);
    void clear();
    void appendCandles(const QList<Candle> &candles);
    /// The same from the candle store: shared, not copied, when the chart is empty.
    void appendCandles(const CandleColumns &candles);
    /// The candle period (ms), to place ticks in periods.
    void setPeriod(qint64 ms);
    /// A traded price of the shown market at `time` (the engine's clock): the forming candle and
    /// the last-price line move, drawn at the next live update.
    void addTick(const QDateTime &time, const Decimal &price);
    void addMarker(const Marker &marker);
    /// The protective stop in force (nullopt: no position); `trailing` when it has moved up.
    void setStop(std::optional<double> stop, bool trailing);
    void setFollowLatest(bool follow);
    bool followLatest() const { return m_follow; }
    /// Zooms by `factor` (< 1: closer) keeping the candle at `anchor` (0..1 across the view) still.
    void zoom(double factor, double anchor = 1.0);
    /// Pans by `candles` (positive: towards newer).
    void pan(int candles);
    /// Shows the candles from `fromMs` to `toMs` (their open times; a backtest's trades), following
    /// the newest candle only when `toMs` reaches it.
    void showRange(qint64 fromMs, qint64 toMs);
    /// Draws now (the coalescing timer calls this).
    void redraw();
    /// Draws the forming candle's bar and the last-price line now, without a full redraw (the
    /// live timer calls this).
    void updateLive();
    void retranslate();

    const ChartData &data() const { return m_data; }
    int visibleCandles() const { return m_count; }
    /// What is on screen, for tests: candlesticks drawn, EMA points, markers, stop points, RSI points.
    int drawnCandles() const;
    int drawnEmaPoints() const;
    int drawnMarkers() const;
    /// Markers given (a fill in the candle still open is beyond the last drawn candle).
    int markerCount() const { return static_cast<int>(m_markers.size()); }
    int drawnStopPoints() const;
    int drawnRsiPoints() const;
    /// How many stop levels the chart has been given (the levels move; tests count them).
    int stopsShown() const { return m_stopsShown; }
    /// The newest drawn candle (open, high, low, close, axis time), for tests; nullopt when none.
    struct DrawnCandle
    {
        double open, high, low, close;
        qreal timestamp;
    };
    std::optional<DrawnCandle> drawnLastCandle() const;
    /// Every drawn candle (or bucket), oldest first, for tests.
    QList<DrawnCandle> drawnCandleList() const;
    /// The last-price line's level as drawn (nullopt: not shown) and its tag's text.
    std::optional<double> drawnLastPrice() const;
    QString lastPriceTag() const;
    /// Full redraws and live (forming candle and last price only) updates done so far.
    int redraws() const { return m_redraws; }
    int liveUpdates() const { return m_liveUpdates; }

    static constexpr int kLiveIntervalMs = 250;

    /// The crosshair's readout: the candle (or bucket) under the pointer and its indicators (NaN
    /// where there is none: warming up, or a forming candle's).
    struct Readout
    {
        qint64 timeMs;
        double open, high, low, close, emaFast, emaSlow, rsi, volume;
    };
    std::optional<Readout> crosshair() const { return m_readoutValues; }
    QString readoutText() const;
    /// The readout as shown in the price pane: one line, or two when the pane is narrow.
    QStringList readoutLines() const;
    /// Moves the crosshair to `pos` on `viewport` (one of the panes'; what the pointer does).
    void pointAt(QWidget *viewport, const QPointF &pos);
    void hideCrosshair();
    /// The panes' viewports (price, volume, RSI), for tests.
    QList<QWidget *> viewports() const;
    /// Where drawn bar `bar` is on the price pane's viewport: x at its middle, y at its close.
    QPointF barPosition(int bar) const;
    /// Each drawn marker's place and its candle's body-and-wick box (price pane coordinates).
    struct MarkerPlace
    {
        QRectF marker;
        QRectF candle;
        bool buy = false;
    };
    QList<MarkerPlace> markerPlaces() const;
    /// The stop line's left end on the time axis (nullopt: not drawn) and its tag's text.
    std::optional<qreal> stopLineStart() const;
    QString stopTag() const;
    /// Every label the panes show (axes, time axis, value labels, pane names), for tests.
    QStringList shownLabels() const;
    QStringList timeLabels() const;
    /// The empty chart's message (empty: candles are shown).
    QString emptyMessage() const;
    /// What the empty chart's message tells the user to do follows the engine: press Start when
    /// IDLE, wait while it runs, find the cause and press Reset first in ERROR (`killed`: the kill
    /// switch, Reset when they want to trade again) — never a button that is disabled.
    void setEngineState(EngineState state, bool killed);
    /// The panes' heights (price, volume, RSI).
    QList<int> paneHeights() const;

    /// The bar and the price pane: the volume and RSI panes give their height up first (they are
    /// hidden on a short chart), so their heights, set for the current size, are no minimum.
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    /// The last-price line across the view and its tag on the price axis.
    void drawLastPrice();
    void placePriceTag();
    void alignPanes();
    QChartView *makeView(QChart *chart);
    /// Colours and axis settings from the palette (a chart theme resets them).
    void applyPalette();
    /// The volume and RSI panes' heights from the widget's (the price pane takes the rest).
    void sizePanes();
    /// The crosshair again at its pointer (after a redraw or a live update).
    void updateCrosshair();
    QString readoutCandle() const;
    QString readoutIndicators() const;
    /// The drawn candle (closed or live) whose period holds `timeMs`; -1 when before the first.
    int indexAt(qint64 timeMs) const;
    /// Places a tag (box and text) on the price axis at `price`; false when off the view.
    bool placeTag(QGraphicsRectItem *box, QGraphicsSimpleTextItem *text, double price);

    ChartData m_data;
    QList<Marker> m_markers;
    std::optional<double> m_stop;
    bool m_trailing = false;
    int m_stopsShown = 0;
    QTimeZone m_zone;
    AxisClock m_clock; ///< axisTime() in m_zone, its shift found once per span
    int m_emaFastPeriod = 12;
    int m_emaSlowPeriod = 26;
    double m_overbought = 70;
    double m_floor = 30;
    int m_first = 0;
    int m_count = 200;
    bool m_follow = true;
    QPoint m_dragFrom;
    int m_dragFirst = 0;

    QChart *m_priceChart;
    QChart *m_volumeChart;
    QChart *m_rsiChart;
    QChartView *m_priceView;
    QChartView *m_volumeView;
    QChartView *m_rsiView;
    CandleItem *m_candleItem = nullptr;
    QLineSeries *m_emaFast;
    QLineSeries *m_emaSlow;
    QLineSeries *m_stopLine;
    QLineSeries *m_lastLine;
    QGraphicsRectItem *m_tagBox = nullptr;
    QGraphicsSimpleTextItem *m_tagText = nullptr;
    QScatterSeries *m_buys;
    QScatterSeries *m_sells;
    CandleItem *m_volumeItem = nullptr;
    MarkerItem *m_markerItem = nullptr;
    LineItem *m_fastLine = nullptr;
    LineItem *m_slowLine = nullptr;
    LineItem *m_rsiLine = nullptr;
    QLineSeries *m_rsi;
    QLineSeries *m_overboughtLine;
    QLineSeries *m_floorLine;
    QDateTimeAxis *m_priceX;
    QDateTimeAxis *m_volumeX;
    QDateTimeAxis *m_rsiX;
    QValueAxis *m_priceY;
    QValueAxis *m_volumeY;
    QValueAxis *m_rsiY;
    QCheckBox *m_followBox;
    QLabel *m_hint;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QTimer *m_redrawTimer;
    QTimer *m_liveTimer;
    int m_redraws = 0;
    int m_liveUpdates = 0;
    /// From the last redraw: the first drawn index of the newest bar (its bucket), whether the
    /// newest candle is in view, and the line's span.
    int m_lastBucketFirst = -1;
    bool m_newestShown = false;
    qreal m_lineLeft = 0;
    qreal m_lineRight = 0;
    QSet<QChart *> m_marginsPending; ///< panes whose new margins have not been laid out yet

    /// The grid, time and value labels and pane names (under), and the crosshair (over), by pane.
    PaneOverlay *m_under[3] = {};
    PaneOverlay *m_over[3] = {};
    QGraphicsRectItem *m_stopBox = nullptr;
    QGraphicsSimpleTextItem *m_stopText = nullptr;
    QGraphicsSimpleTextItem *m_empty = nullptr;
    EngineState m_engineState = EngineState::Idle; ///< what the empty message says (setEngineState)
    bool m_killed = false;
    [[nodiscard]] QString emptyText() const;
    std::optional<qreal> m_stopStart;
    /// From the last redraw: the first candle of the first bar, candles per bar, the end (exclusive).
    int m_drawBegin = 0;
    int m_drawBucket = 1;
    int m_drawEnd = 0;
    /// The pointer over a pane (its viewport and position), while the crosshair is shown.
    QWidget *m_pointerView = nullptr;
    QPointF m_pointer;
    std::optional<Readout> m_readoutValues;
};

} // namespace autocoin
