// The price chart on its own (offscreen) with many candles: a zoomed-out view keeps every
// bucket's true high and low, panning keeps the buckets as they were (each keeps its candles),
// and candles handed over as the candle store's columns are shared, the newest replaced without
// touching the caller's. Read at a glance: the crosshair's readout, the last price and the stop
// with their prices, markers clear of their candles, labels never elided at 1024×600..1920×1080,
// round times on the time axis, compact numbers, an empty chart without made-up axes, a dark
// palette; the backtest's equity chart draws the backtest's equity and its trade chart opens on
// the trades.

#include "backtest/BacktestView.h"
#include "chart/ChartData.h"
#include "chart/ChartScale.h"
#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/CandleColumns.h"
#include "core/EngineController.h"

#include <QChartView>
#include <QDir>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace autocoin;

namespace {

const QDateTime kStart(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());

/// `count` hourly candles around 100 (high 101, low 99), with one spike up at `spikeAt` (high
/// 500) and one down at `dipAt` (low 1).
QList<Candle> hours(int count, int spikeAt, int dipAt)
{
    QList<Candle> candles;
    candles.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Decimal close(100 + i % 3);
        Candle c{
            kStart.addSecs(qint64(i) * 3600), Decimal(100), Decimal(103), Decimal(99), close, Decimal(2), Decimal()};
        if (i == spikeAt)
            c.high = Decimal(500);
        if (i == dipAt)
            c.low = Decimal(1);
        candles.append(c);
    }
    return candles;
}

/// Every label the charts under `widget` show: Qt Charts' axis labels and legend (visible text
/// items of their scenes) and, for a price chart, the labels it paints itself.
QStringList sceneLabels(QWidget *widget)
{
    QStringList labels;
    for (QChartView *view : widget->findChildren<QChartView *>()) {
        for (QGraphicsItem *item : view->scene()->items()) {
            const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible())
                labels.append(text->toPlainText());
        }
    }
    if (auto *chart = qobject_cast<PriceChart *>(widget))
        labels += chart->shownLabels();
    return labels;
}

} // namespace

class TestPriceChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aZoomedOutViewKeepsEveryBucketsHighAndLow()
    {
        PriceChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.appendCandles(hours(20000, 12345, 7777));
        chart.zoom(1e6); // all 20,000 in view
        chart.redraw();
        const QList<PriceChart::DrawnCandle> drawn = chart.drawnCandleList();
        QVERIFY2(drawn.size() <= 400, qPrintable(QString::number(drawn.size()))); // aggregated
        QVERIFY(drawn.size() >= 100);
        const auto highest = std::max_element(drawn.cbegin(), drawn.cend(),
                                              [](const auto &a, const auto &b) { return a.high < b.high; });
        const auto lowest =
            std::min_element(drawn.cbegin(), drawn.cend(), [](const auto &a, const auto &b) { return a.low < b.low; });
        QCOMPARE(highest->high, 500.0); // the spike's wick, whatever bucket holds it
        QCOMPARE(lowest->low, 1.0);
        // Every bucket opens at its first candle and closes at its last: 100 and 100..102.
        for (const PriceChart::DrawnCandle &c : drawn) {
            QCOMPARE(c.open, 100.0);
            QVERIFY(c.close >= 100 && c.close <= 102);
        }
    }

    void panningKeepsTheBucketsAsTheyWere()
    {
        PriceChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.appendCandles(hours(20000, 12345, 7777));
        chart.setFollowLatest(false);
        chart.zoom(3000.0 / chart.visibleCandles()); // several candles a bucket
        chart.pan(-8000);
        chart.redraw();
        const QList<PriceChart::DrawnCandle> before = chart.drawnCandleList();
        chart.pan(1);
        chart.redraw();
        const QList<PriceChart::DrawnCandle> after = chart.drawnCandleList();
        // A step of one candle: the buckets at the same times hold the same candles (a grid from
        // the oldest candle); counted from the view's first candle they all regrouped.
        int same = 0;
        for (const PriceChart::DrawnCandle &a : after) {
            const auto b = std::find_if(before.cbegin(), before.cend(),
                                        [&a](const PriceChart::DrawnCandle &c) { return c.timestamp == a.timestamp; });
            if (b == before.cend())
                continue;
            ++same;
            QCOMPARE(a.open, b->open);
            QCOMPARE(a.high, b->high);
            QCOMPARE(a.low, b->low);
            QCOMPARE(a.close, b->close);
        }
        QVERIFY2(same >= after.size() - 2, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(after.size())));
    }

    void columnsAreSharedAndTheNewestReplacedWithoutTouchingTheCallers()
    {
        PriceChart chart;
        const CandleColumns columns = CandleColumns::fromList(hours(60, 10, 20));
        chart.appendCandles(columns);
        QCOMPARE(chart.data().size(), std::size_t(60));
        QCOMPARE(chart.data().closeAt(59), 100.0 + 59 % 3);
        // The newest again, as the feed sends it while it forms: replaced, not added.
        Candle newest = columns.last();
        newest.close = Decimal(150);
        newest.high = Decimal(151);
        chart.appendCandles(QList<Candle>{newest});
        QCOMPARE(chart.data().size(), std::size_t(60));
        QCOMPARE(chart.data().closeAt(59), 150.0);
        QCOMPARE(chart.data().highAt(59), 151.0);
        QCOMPARE(columns.size(), 60); // the caller's columns as they were
        QCOMPARE(columns.last().close, Decimal(100 + 59 % 3));
        // And the next one is added after it.
        newest.openTime = newest.openTime.addSecs(3600);
        chart.appendCandles(QList<Candle>{newest});
        QCOMPARE(chart.data().size(), std::size_t(61));
        QCOMPARE(chart.data().timeAt(60), newest.openTime.toMSecsSinceEpoch());
        // The indicators, carried on from the candle before the newest, are those of the whole
        // series computed at once.
        QList<Candle> all = columns.toList();
        all.last().close = Decimal(150);
        all.last().high = Decimal(151);
        all.append(newest);
        ChartData whole;
        whole.setPeriods(3, 5, 4);
        whole.append(all);
        PriceChart same;
        same.setStrategy(3, 5, 4, 70, 30);
        same.appendCandles(columns);
        Candle replaced = columns.last();
        replaced.close = Decimal(150);
        replaced.high = Decimal(151);
        same.appendCandles(QList<Candle>{replaced});
        same.appendCandles(QList<Candle>{newest});
        for (std::size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(same.data().emaFastAt(i), whole.emaFastAt(i));
            QCOMPARE(same.data().emaSlowAt(i), whole.emaSlowAt(i));
            QCOMPARE(same.data().rsiAt(i), whole.rsiAt(i));
        }
        QVERIFY(!std::isnan(whole.rsiAt(60)));
    }

    void theCrosshairReadsTheCandleUnderThePointer()
    {
        PriceChart chart;
        chart.setStrategy(3, 5, 4, 70, 30);
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<Candle> candles = hours(60, -1, -1);
        candles[30] = Candle{candles[30].openTime, Decimal(101),  Decimal(108), Decimal(97),
                             Decimal(104),         Decimal(2345), Decimal()};
        chart.appendCandles(candles);
        chart.redraw();
        QCOMPARE(chart.drawnCandles(), 60); // one candle a bar: bar 30 is candle 30
        QWidget *price = chart.viewports().at(0);
        // The pointer as the window system moves it (QTest::mouseMove on a widget only moves the cursor).
        const auto moveTo = [&chart](QWidget *viewport, QPoint pos) {
            QTest::mouseMove(chart.windowHandle(), viewport->mapTo(&chart, pos));
            QCoreApplication::processEvents();
        };
        moveTo(price, chart.barPosition(30).toPoint());
        const std::optional<PriceChart::Readout> readout = chart.crosshair();
        QVERIFY(readout);
        QCOMPARE(readout->timeMs, candles[30].openTime.toMSecsSinceEpoch());
        QCOMPARE(readout->open, 101.0);
        QCOMPARE(readout->high, 108.0);
        QCOMPARE(readout->low, 97.0);
        QCOMPARE(readout->close, 104.0);
        QCOMPARE(readout->volume, 2345.0);
        QCOMPARE(readout->emaFast, chart.data().emaFastAt(30));
        QCOMPARE(readout->emaSlow, chart.data().emaSlowAt(30));
        QCOMPARE(readout->rsi, chart.data().rsiAt(30));
        QVERIFY(!std::isnan(readout->rsi));
        const QString text = chart.readoutText();
        QVERIFY2(text.contains(QStringLiteral("2020-01-02 06:00")) && text.contains(QStringLiteral("108.0")) &&
                     text.contains(QStringLiteral("2.35K")),
                 qPrintable(text));
        QVERIFY(chart.readoutLines().join(QStringLiteral("  ")) == text); // shown in the price pane
        // On the RSI pane the same candle; leaving the panes hides it.
        moveTo(chart.viewports().at(2), QPoint(chart.barPosition(10).toPoint().x(), 20));
        QCOMPARE(chart.crosshair()->timeMs, candles[10].openTime.toMSecsSinceEpoch());
        chart.hideCrosshair();
        QVERIFY(!chart.crosshair());
    }

    void theLastPriceAndTheStopLineCarryTheirPrices()
    {
        PriceChart chart;
        chart.setPeriod(3600 * 1000);
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QList<Candle> candles = hours(60, -1, -1);
        chart.appendCandles(candles);
        chart.addTick(candles.last().openTime.addSecs(3600 + 60), Decimal(102));
        // Bought in candle 40, sold in 45, bought again in 50: the stop is the last entry's.
        const auto at = [&](int i) { return candles[i].openTime.addSecs(1800).toMSecsSinceEpoch(); };
        chart.addMarker({at(40), 100, true});
        chart.addMarker({at(45), 101, false});
        chart.addMarker({at(50), 100, true});
        chart.setStop(95.5, false);
        chart.redraw();
        QCOMPARE(chart.drawnLastPrice(), std::optional(102.0));
        QCOMPARE(chart.lastPriceTag(), QStringLiteral("102"));
        const std::optional<qreal> start = chart.stopLineStart();
        QVERIFY(start);
        QCOMPARE(*start, static_cast<qreal>(candles[50].openTime.toMSecsSinceEpoch())); // the entry's candle
        QCOMPARE(chart.stopTag(), QLocale().toString(95.5, 'f', 2));
    }

    void markersStandClearOfTheirCandles()
    {
        PriceChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<Candle> candles = hours(60, -1, -1);
        // A rising (red) and a falling (blue) candle, each with a buy and a sell at its close.
        candles[20].open = Decimal(99);
        candles[20].close = Decimal(103);
        candles[30].open = Decimal(103);
        candles[30].close = Decimal(99);
        chart.appendCandles(candles);
        for (const int i : {20, 30}) {
            const qint64 t = candles[i].openTime.addSecs(1200).toMSecsSinceEpoch();
            chart.addMarker({t, candles[i].close.toDouble(), true});
            chart.addMarker({t, candles[i].close.toDouble(), false});
        }
        chart.redraw();
        const QList<PriceChart::MarkerPlace> places = chart.markerPlaces();
        QCOMPARE(places.size(), 4);
        for (const PriceChart::MarkerPlace &p : places) {
            QVERIFY(!p.candle.isEmpty());
            QVERIFY(!p.marker.isEmpty());
            if (p.buy)
                QVERIFY2(p.marker.top() > p.candle.bottom(), "a buy stands below its candle's low");
            else
                QVERIFY2(p.marker.bottom() < p.candle.top(), "a sell stands above its candle's high");
            QVERIFY(qAbs(p.marker.center().x() - p.candle.center().x()) < 1.5); // on its candle
        }
    }

    void axisLabelsAreNeverElidedAndThePricePaneGetsTheHeight()
    {
        // Big prices and volumes: the labels a zoomed-out view of KRW-BTC shows.
        QList<Candle> candles;
        for (int i = 0; i < 10000; ++i) {
            const Decimal p(50000000 + (i % 97) * 100000);
            candles.append(Candle{kStart.addSecs(qint64(i) * 3600), p, p + Decimal(300000), p - Decimal(300000), p,
                                  *Decimal::fromString(QStringLiteral("123456.789")), Decimal()});
        }
        for (const QSize size : {QSize(1024, 600), QSize(1280, 720), QSize(1920, 1080)}) {
            PriceChart chart;
            chart.resize(size.width(), size.height() * 2 / 3); // its share of the window
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            chart.appendCandles(candles);
            for (const double zoom : {1.0, 0.2, 1e6}) {
                chart.zoom(zoom);
                chart.redraw();
                QTest::qWait(20); // the panes' layout
                chart.redraw();
                for (const QString &label : sceneLabels(&chart))
                    QVERIFY2(!label.contains(u'…') && !label.contains(QStringLiteral("...")),
                             qPrintable(QStringLiteral("%1x%2: %3").arg(size.width()).arg(size.height()).arg(label)));
                QVERIFY(chart.timeLabels().size() >= 3);
            }
            const QList<int> heights = chart.paneHeights();
            QVERIFY2(heights[0] >= 2 * (heights[1] + heights[2]) * 9 / 10,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(heights[0]).arg(heights[1]).arg(heights[2])));
        }
    }

    void theTimeAxisIsOnRoundTimes()
    {
        if (QDateTime::currentDateTime().offsetFromUtc() != 0)
            QSKIP("the expected labels are written for a local time zone at UTC");
        const auto ms = [](int day, int h, int m) {
            return qreal(QDateTime(QDate(2024, 1, day), QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch());
        };
        // 18.5 hours, at most 8 labels: every 3 hours, midnight as the date.
        QList<TimeTick> ticks = timeTicks(ms(1, 9, 13), ms(2, 3, 47), 8);
        QStringList labels;
        for (const TimeTick &t : ticks)
            labels.append(t.label);
        QCOMPARE(labels, QStringList({QStringLiteral("01-01 12:00"), QStringLiteral("15:00"), QStringLiteral("18:00"),
                                      QStringLiteral("21:00"), QStringLiteral("01-02"), QStringLiteral("03:00")}));
        QCOMPARE(ticks.first().at, ms(1, 12, 0));
        // Six weeks: weekly, on Mondays (2024-01-01 was a Monday).
        ticks = timeTicks(ms(1, 0, 0) - 3600000, ms(1, 0, 0) + 42.0 * 86400000, 8);
        QCOMPARE(ticks.first().label, QStringLiteral("2024-01-01"));
        QCOMPARE(ticks.at(1).label, QStringLiteral("01-08"));
        // A year: months.
        ticks = timeTicks(ms(1, 0, 0), ms(1, 0, 0) + 365.0 * 86400000, 8);
        QCOMPARE(ticks.first().label, QStringLiteral("2024-01"));
        QCOMPARE(ticks.at(1).label, QStringLiteral("2024-03"));
    }

    void numbersAreCompact()
    {
        const QLocale english(QLocale::English);
        const QLocale korean(QLocale::Korean);
        QCOMPARE(compactNumber(0, english), QStringLiteral("0"));
        QCOMPARE(compactNumber(12.5, english), QStringLiteral("12.5"));
        QCOMPARE(compactNumber(1234, english), QStringLiteral("1.23K"));
        QCOMPARE(compactNumber(3400000, english), QStringLiteral("3.4M"));
        QCOMPARE(compactNumber(999990, english), QStringLiteral("1M"));
        QCOMPARE(compactNumber(1234, korean), QStringLiteral("1,234"));
        QCOMPARE(compactNumber(12345, korean), QStringLiteral("1.23만"));
        QCOMPARE(compactNumber(250000000, korean), QStringLiteral("2.5억"));
    }

    void anEmptyChartSaysSoWithoutMadeUpAxes()
    {
        PriceChart chart;
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.redraw();
        QTest::qWait(20);
        const QRegularExpression date(QStringLiteral(R"(\d\d-\d\d|\d\d:\d\d|1970)"));
        for (const QString &label : sceneLabels(&chart))
            QVERIFY2(!date.match(label).hasMatch(), qPrintable(label));
        QVERIFY(!chart.emptyMessage().isEmpty());
        QVERIFY(chart.timeLabels().isEmpty());
        // Candles come: the message goes.
        chart.appendCandles(hours(60, -1, -1));
        chart.redraw();
        QVERIFY(chart.emptyMessage().isEmpty());
    }

    void aDarkPaletteKeepsTheColoursMeaning()
    {
        PriceChart chart;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        chart.setPalette(dark);
        chart.resize(1000, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QList<Candle> candles = hours(60, -1, -1);
        for (qsizetype i = 1; i < candles.size(); i += 2)
            candles[i].open = Decimal(103); // falling
        chart.appendCandles(candles);
        chart.redraw();
        for (QChartView *view : chart.findChildren<QChartView *>()) {
            QVERIFY(view->chart()->backgroundBrush().color().lightness() < 80);
            for (QGraphicsItem *item : view->scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible() && !text->toPlainText().isEmpty() && text->defaultTextColor().alpha() > 0)
                    QVERIFY2(text->defaultTextColor().lightness() > 150, qPrintable(text->toPlainText()));
            }
        }
        // Rising candles stay red, falling ones blue, on the dark palette too.
        const QImage image = chart.grab().toImage();
        int red = 0, blue = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 180 && c.green() < 90 && c.blue() < 90;
                blue += c.blue() > 180 && c.red() < 90;
            }
        }
        QVERIFY(red > 50 && blue > 50);
    }

    void theBacktestsEquityChartDrawsItsEquityAndOpensOnTheTrades()
    {
        EngineController engine{EngineConfig{}};
        BacktestView view(&engine);
        view.setDataFile(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
        view.resize(1280, 720);
        view.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &BacktestView::finished);
        QVERIFY(view.run());
        QVERIFY(finished.wait(60000));
        const BacktestResult &result = view.result();
        QVERIFY(result.fills.size() > 40);
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(view.equityChart());
        QTest::qWait(300); // the redraw timer, the layout
        QList<QPointF> points;
        for (QAbstractSeries *series : view.equityChart()->findChild<QChartView *>()->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series))
                points = line->points();
        }
        QVERIFY(points.size() > 1000);
        // Each point is the backtest's equity at its time, from the first to the last, evenly
        // spread (no stretch of the run drawn from a handful of points).
        QHash<qint64, double> equity;
        const EquityCurve &curve = result.curve;
        for (std::size_t i = 0; i < curve.size(); ++i)
            equity.insert(axisTime(curve.time(i), QTimeZone::utc()), curve.equity(i));
        const qint64 first = curve.time(0);
        const qint64 last = curve.time(curve.size() - 1);
        QCOMPARE(points.first().x(), qreal(axisTime(first, QTimeZone::utc())));
        QCOMPARE(points.last().x(), qreal(axisTime(last, QTimeZone::utc())));
        QCOMPARE(points.last().y(), std::round(curve.equity(curve.size() - 1))); // the view shows whole won
        const double evenGap = double(last - first) / double(points.size() - 1);
        for (qsizetype i = 0; i < points.size(); ++i) {
            const auto t = static_cast<qint64>(points[i].x());
            QVERIFY(equity.contains(t));
            QCOMPARE(points[i].y(), std::round(equity.value(t)));
            if (i > 0)
                QVERIFY2(points[i].x() - points[i - 1].x() <= 2.5 * evenGap, qPrintable(QString::number(i)));
        }
        for (const QString &label : sceneLabels(view.equityChart()))
            QVERIFY2(!label.contains(u'…') && !label.contains(QStringLiteral("...")), qPrintable(label));
        const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR"); // for docs/screenshots/
        if (!shots.isEmpty())
            view.grab().save(QDir(shots).filePath(QStringLiteral("chart-backtest-equity-en.png")));
        // The trades' chart opens on the trades: the newest round trips are in view.
        tabs->setCurrentWidget(view.priceChart());
        QTest::qWait(300);
        if (!shots.isEmpty())
            view.grab().save(QDir(shots).filePath(QStringLiteral("chart-backtest-trades-en.png")));
        QVERIFY2(view.priceChart()->drawnMarkers() >= BacktestView::kTradesShown,
                 qPrintable(QString::number(view.priceChart()->drawnMarkers())));
        // Drawn while its tab was hidden, it still labels its axes in full once shown.
        for (const QString &label : sceneLabels(view.priceChart()))
            QVERIFY2(!label.contains(u'…') && !label.contains(QStringLiteral("...")), qPrintable(label));
    }
};

QTEST_MAIN(TestPriceChart)
#include "tst_pricechart.moc"
