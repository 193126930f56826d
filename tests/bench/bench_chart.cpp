// Desktop benchmark (not a test): time to the first painted main window, memory held after
// loading 10,000 and 100,000 candles into the price chart and the time to show them, and the time
// to redraw (recompute the visible series and paint the chart) in the views a user reaches with
// 100,000 loaded — the default view, zoomed all the way out, panning across the history, zooming
// in and out, with a backtest's markers and a stop — and the live update a tick takes (the forming
// candle and the last-price line), a new period and a closed candle beside it. Run on the
// offscreen or xcb platform: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_chart

#include "BenchSupport.h"
#include "chart/PriceChart.h"
#include "core/CandleColumns.h"
#include "core/EngineController.h"
#include "main/MainWindow.h"
#include "replay/CandleFile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

using namespace autocoin;

namespace {

/// Resident memory of this process in KiB (Linux), from /proc/self/status.
long residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/// `count` hourly candles: the real ones, repeated with their times moved on.
QList<Candle> candles(const QList<Candle> &real, int count)
{
    QList<Candle> out;
    out.reserve(count);
    const QDateTime start = real.first().openTime;
    for (int i = 0; i < count; ++i) {
        Candle c = real[i % real.size()];
        c.openTime = start.addSecs(qint64(i) * 3600);
        out.append(c);
    }
    return out;
}

} // namespace

// A benchmark run by hand: an exception ending it through std::terminate is report enough.
int main(int argc, char **argv) // NOLINT(bugprone-exception-escape)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    const auto file =
        CandleFile::load(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
    if (!file.ok())
        return 1;
    const QList<Candle> &real = file.value().series.candles;

    // Time to the first painted window: QApplication up, engine thread started, window built,
    // shown and exposed.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
    QElapsedTimer first;
    first.start();
    EngineController engine(EngineConfig{});
    MainWindow window(&engine, &settings);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QApplication::processEvents();
    const double windowMs = first.nsecsElapsed() / 1e6;
    std::printf("time to first window: %.1f ms (from process start: %.1f ms)\n", windowMs,
                sinceStart.nsecsElapsed() / 1e6);

    PriceChart *chart = window.priceChart();
    for (const int count : {10000, 100000}) {
        chart->clear();
        chart->redraw();
        QApplication::processEvents();
        const QList<Candle> input = candles(real, count); // what the caller hands over, not timed
        const long before = residentKib();
        QElapsedTimer load;
        load.start();
        chart->appendCandles(input);
        chart->zoom(1e6); // everything on screen
        chart->redraw();
        const double loadMs = load.nsecsElapsed() / 1e6;
        chart->grab(); // painted: what the user sees
        const double showMs = load.nsecsElapsed() / 1e6;
        QApplication::processEvents();
        const long after = residentKib();
        std::printf("%6d candles: load+first draw %.1f ms, shown (painted) %.1f ms, memory +%ld KiB (%.0f "
                    "bytes/candle; chart arrays %.0f bytes/candle), RSS %ld KiB\n",
                    count, loadMs, showMs, after - before, (after - before) * 1024.0 / count,
                    double(chart->data().bytes()) / count, after);
    }

    // The same 100,000 handed over as columns (the candle store a backtest reads): shared, not copied.
    {
        chart->clear();
        chart->redraw();
        QApplication::processEvents();
        const CandleColumns columns = CandleColumns::fromList(candles(real, 100000));
        const long before = residentKib();
        QElapsedTimer load;
        load.start();
        chart->appendCandles(columns);
        chart->zoom(1e6);
        chart->redraw();
        const double loadMs = load.nsecsElapsed() / 1e6;
        chart->grab();
        const double showMs = load.nsecsElapsed() / 1e6;
        QApplication::processEvents();
        const long after = residentKib();
        std::printf(
            "100000 candles as CandleColumns (shared): load+first draw %.1f ms, shown (painted) %.1f ms, memory "
            "+%ld KiB (%.0f bytes/candle)\n",
            loadMs, showMs, after - before, (after - before) * 1024.0 / 100000);
    }

    // Redraws: a change of view (`step`), then the visible series recomputed (redraw) and the
    // chart painted (grab paints every pane), `rounds` times; mean and worst.
    const auto measure = [&](const char *what, int rounds, const std::function<void(int)> &step) {
        qint64 seriesNs = 0, paintNs = 0, worstNs = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            step(i);
            chart->redraw();
            const qint64 series = timer.nsecsElapsed();
            timer.restart();
            chart->grab();
            const qint64 paint = timer.nsecsElapsed();
            seriesNs += series;
            paintNs += paint;
            worstNs = std::max(worstNs, series + paint);
        }
        std::printf("%-58s %6.2f ms per redraw (series %.2f, paint %.2f; worst %.2f ms), %d drawn\n", what,
                    (seriesNs + paintNs) / 1e6 / rounds, seriesNs / 1e6 / rounds, paintNs / 1e6 / rounds, worstNs / 1e6,
                    chart->drawnCandles());
    };
    constexpr int kRounds = 30;

    // Redraw with 10,000 candles on screen (the figure of earlier notes).
    chart->clear();
    chart->appendCandles(candles(real, 10000));
    chart->zoom(1e6);
    chart->redraw();
    QApplication::processEvents();
    measure("10,000 loaded, all on screen, pan by 1:", kRounds, [&](int i) { chart->pan(i % 2 ? 1 : -1); });

    // The window's figure: 10,000 candles and the live (forming) candle, the chart redrawn in full
    // and painted (crosshair, time grid and labels, markers and the stop included) after a tick,
    // and the live update alone (the forming candle and the last-price line) painted; median and
    // worst of 100, in the default view and zoomed out, at two window sizes.
    {
        chart->setPeriod(3600000);
        const QDateTime live = chart->data().lastTime().addSecs(3600 + 60);
        const Decimal last = real.last().close;
        for (int i = 0; i < 40; ++i) {
            const Candle &c = real[(i * 97) % real.size()];
            chart->addMarker(
                {chart->data().timeAt(std::size_t(10000 - 400) + std::size_t(i) * 10), c.close.toDouble(), i % 2 == 0});
        }
        chart->setStop(last.toDouble() * 0.97, false);
        const auto stats = [](std::vector<double> ms) {
            std::sort(ms.begin(), ms.end());
            return std::pair(ms[ms.size() / 2], ms.back());
        };
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window.resize(size);
            QApplication::processEvents();
            for (const bool zoomedOut : {false, true}) {
                chart->setFollowLatest(true);
                chart->zoom(zoomedOut ? 1e6 : 200.0 / std::max(1, chart->visibleCandles()));
                chart->addTick(live, last);
                chart->redraw();
                chart->pointAt(chart->viewports().at(0), QPointF(size.width() / 2.0, 150));
                QApplication::processEvents();
                // Wall time, and the GUI thread's own CPU time (the wall figure on a shared machine
                // also holds the time the thread waited for a core).
                std::vector<double> full, tick, fullCpu, tickCpu;
                const auto time = [&](std::vector<double> &wall, std::vector<double> &cpu, bool whole, int i) {
                    QElapsedTimer timer;
                    timer.start();
                    const qint64 cpuStart = bench::threadCpuNs();
                    chart->addTick(live, last + Decimal(1000 * (i % 5)));
                    if (whole)
                        chart->redraw();
                    else
                        chart->updateLive();
                    chart->grab();
                    wall.push_back(timer.nsecsElapsed() / 1e6);
                    cpu.push_back((bench::threadCpuNs() - cpuStart) / 1e6);
                };
                for (int i = 0; i < 100; ++i)
                    time(full, fullCpu, true, i);
                for (int i = 0; i < 100; ++i)
                    time(tick, tickCpu, false, i);
                const auto [fullMedian, fullWorst] = stats(full);
                const auto [tickMedian, tickWorst] = stats(tick);
                std::printf("10,000 + live candle, window %dx%d, %-13s full redraw+paint median %.2f ms worst %.2f "
                            "ms (CPU worst %.2f ms); live update+paint median %.2f ms worst %.2f ms (CPU worst %.2f "
                            "ms) (%d drawn)\n",
                            size.width(), size.height(), zoomedOut ? "all on screen" : "200 on screen", fullMedian,
                            fullWorst, stats(fullCpu).second, tickMedian, tickWorst, stats(tickCpu).second,
                            chart->drawnCandles());
            }
        }
        window.resize(1280, 800);
        chart->hideCrosshair();
        QApplication::processEvents();
    }

    // 100,000 loaded: the views a user reaches.
    chart->clear();
    const QList<Candle> big = candles(real, 100000);
    chart->appendCandles(big);
    chart->setFollowLatest(true);
    chart->zoom(200.0 / chart->visibleCandles()); // the view a chart opens with
    chart->redraw();
    QApplication::processEvents();
    measure("100,000 loaded, 200 on screen (the default view):", kRounds, [](int) {});
    chart->zoom(1e6);
    measure("100,000 loaded, all on screen (zoomed out), wheel:", kRounds,
            [&](int i) { chart->zoom(i % 2 ? 1 / 0.98 : 0.98, 0.5); });
    measure("100,000 loaded, all on screen, unchanged view:", kRounds, [](int) {});
    // For the eye (AUTOCOIN_SHOTS_DIR): the window as it shows the chart.
    const auto shoot = [&](const QString &name) {
        if (const QString shots = qEnvironmentVariable("AUTOCOIN_SHOTS_DIR"); !shots.isEmpty()) {
            QApplication::processEvents();
            window.grab().save(QDir(shots).filePath(name));
        }
    };
    shoot(QStringLiteral("chart-100k-zoomed-out.png"));
    chart->zoom(300.0 / chart->visibleCandles());
    chart->redraw();
    shoot(QStringLiteral("chart-100k-300.png"));
    // Panning (a drag) across the whole history, oldest to newest, in 100 steps.
    for (const int shown : {200, 2000, 20000}) {
        chart->setFollowLatest(false);
        chart->zoom(double(shown) / std::max(1, chart->visibleCandles()));
        chart->pan(-200000); // to the oldest
        chart->redraw();
        char what[80];
        std::snprintf(what, sizeof what, "100,000 loaded, %d on screen, pan across history:", chart->visibleCandles());
        measure(what, 100, [&](int) { chart->pan((100000 - shown) / 100); });
    }
    // Zooming out from 200 to all and back in, the wheel's steps (×1.25) anchored mid-view.
    chart->setFollowLatest(true);
    chart->zoom(200.0 / chart->visibleCandles());
    chart->redraw();
    measure("100,000 loaded, zoom 200 -> all -> 200 (wheel steps):", 56,
            [&](int i) { chart->zoom(i < 28 ? 1.25 : 0.8, 0.5); });

    // Overlays: a backtest's fills as markers and a stop level, besides the EMAs and RSI (always on).
    for (int i = 0; i < 4000; ++i) {
        const Candle &c = big[(i * 25) % big.size()];
        chart->addMarker({c.openTime.toMSecsSinceEpoch(), c.close.toDouble(), i % 2 == 0});
    }
    chart->setStop(big.last().close.toDouble() * 0.97, false);
    chart->zoom(1e6);
    chart->redraw();
    measure("100,000 loaded + 4,000 markers + stop, zoomed out, wheel:", kRounds,
            [&](int i) { chart->zoom(i % 2 ? 1 / 0.98 : 0.98, 0.5); });
    shoot(QStringLiteral("chart-100k-markers.png"));
    chart->zoom(200.0 / chart->visibleCandles());
    chart->setFollowLatest(false);
    chart->pan(-200000);
    chart->redraw();
    measure("100,000 loaded + markers + stop, 200 on screen, pan:", kRounds, [&](int) { chart->pan(2000); });

    // Live, 100,000 loaded: a tick in the forming candle's period (only its set and the line change;
    // at most four a second per market in the window), zoomed out and in the default view; and a
    // tick that starts a new period (a full redraw).
    chart->setPeriod(3600000);
    QDateTime now = chart->data().lastTime().addSecs(3600 + 60);
    const Decimal base = real.last().close;
    for (const bool zoomedOut : {true, false}) {
        chart->setFollowLatest(true);
        chart->zoom(zoomedOut ? 1e6 : 200.0 / chart->visibleCandles());
        chart->addTick(now, base);
        chart->redraw();
        QApplication::processEvents();
        const int redrawsBefore = chart->redraws();
        const int updatesBefore = chart->liveUpdates();
        qint64 liveNs = 0, livePaintNs = 0;
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer step;
            step.start();
            chart->addTick(now, base + Decimal(1000 * (i % 5)));
            chart->updateLive();
            liveNs += step.nsecsElapsed();
            step.restart();
            chart->grab();
            livePaintNs += step.nsecsElapsed();
        }
        std::printf("live tick, 100,000 loaded, %-24s %6.2f ms per update (series %.3f ms, paint %.2f ms); %d "
                    "full redraws, %d live updates\n",
                    zoomedOut ? "zoomed out:" : "200 on screen:", (liveNs + livePaintNs) / 1e6 / kRounds,
                    liveNs / 1e6 / kRounds, livePaintNs / 1e6 / kRounds, chart->redraws() - redrawsBefore,
                    chart->liveUpdates() - updatesBefore);
    }
    chart->zoom(1e6);
    chart->redraw();
    measure("live tick starting a new period, 100,000 loaded, zoomed out:", 10, [&](int) {
        now = now.addSecs(3600);
        chart->addTick(now, base);
    });
    // The closed candle from the engine (appended, indicators updated) while zoomed out.
    QList<Candle> closing{big.last()};
    measure("closed candle appended, 100,000 loaded, zoomed out:", 10, [&](int) {
        closing[0].openTime = closing[0].openTime.addSecs(3600);
        chart->appendCandles(closing);
    });
    return 0;
}
