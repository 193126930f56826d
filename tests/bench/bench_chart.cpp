// Desktop benchmark (not a test): time to the first painted main window, memory held after
// loading 10,000 and 100,000 candles into the price chart, and the time to redraw (recompute the
// visible series and paint the chart) with 10,000 candles on screen, and the live update a tick
// takes (the forming candle and the last-price line) beside it. Run on the offscreen or xcb
// platform: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_chart

#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "main/MainWindow.h"
#include "replay/CandleFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

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
        const long before = residentKib();
        QElapsedTimer load;
        load.start();
        chart->appendCandles(candles(real, count));
        chart->zoom(1e6); // everything on screen
        chart->redraw();
        QApplication::processEvents();
        const double loadMs = load.nsecsElapsed() / 1e6;
        const long after = residentKib();
        std::printf("%6d candles: load+first draw %.1f ms, memory +%ld KiB (%.0f bytes/candle; chart arrays %.0f "
                    "bytes/candle), RSS %ld KiB\n",
                    count, loadMs, after - before, (after - before) * 1024.0 / count,
                    double(chart->data().bytes()) / count, after);
    }

    // Redraw with 10,000 candles on screen: the visible series recomputed and the chart painted.
    chart->clear();
    chart->appendCandles(candles(real, 10000));
    chart->zoom(1e6);
    chart->redraw();
    QApplication::processEvents();
    constexpr int kRounds = 30;
    qint64 seriesNs = 0, paintNs = 0;
    for (int i = 0; i < kRounds; ++i) {
        QElapsedTimer step;
        step.start();
        chart->pan(i % 2 ? 1 : -1);
        chart->redraw();
        seriesNs += step.nsecsElapsed();
        step.restart();
        chart->grab(); // paints every pane
        paintNs += step.nsecsElapsed();
    }
    std::printf("redraw with 10,000 candles on screen (%d drawn): %.2f ms per redraw (series %.2f ms, paint %.2f "
                "ms)\n",
                chart->drawnCandles(), (seriesNs + paintNs) / 1e6 / kRounds, seriesNs / 1e6 / kRounds,
                paintNs / 1e6 / kRounds);

    // A tick in the forming candle's period: only its set and the line change (at most four a
    // second per market in the window).
    chart->setPeriod(3600000);
    const QDateTime now = chart->data().lastTime().addSecs(3600 + 60);
    const Decimal base = real.last().close;
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
    std::printf("live update (forming candle and last price), same view: %.3f ms per update (series %.3f ms, paint "
                "%.2f ms); %d full redraws, %d live updates\n",
                (liveNs + livePaintNs) / 1e6 / kRounds, liveNs / 1e6 / kRounds, livePaintNs / 1e6 / kRounds,
                chart->redraws() - redrawsBefore, chart->liveUpdates() - updatesBefore);
    return 0;
}
