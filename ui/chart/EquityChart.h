#pragma once

#include "core/Decimal.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QTimer;
class QValueAxis;
class QChartView;

namespace autocoin {

/// Equity over time with the drawdown from the running peak shaded. Points arrive once per engine
/// iteration; the chart keeps at most `maxPoints`, evenly spread: every point at first, every
/// second once full, then every fourth… (the newest is always drawn), and redraws at most every
/// 200 ms, only while shown.
///
/// It halved the points it had when full but kept every new one: the oldest were halved again at
/// each fill, so a backtest of 30,000 candles drew its first years from a handful of points — a
/// straight line through years of trading. And drawn while hidden (a tab not shown), its value
/// axis kept labels measured for the empty range and elided the real ones to "…".
class EquityChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityChart)

public:
    explicit EquityChart(QWidget *parent = nullptr, int maxPoints = 4000);

    void setTimeZone(const QTimeZone &zone);
    void clear();
    void addPoint(const QDateTime &time, const Decimal &equity);
    void redraw();
    void retranslate();

    int pointCount() const { return static_cast<int>(m_times.size()); }
    /// The line as drawn: (axis time, equity) — axisTime() of the points' times.
    QList<QPointF> drawnPoints() const;
    /// The value axis' labels as shown, for tests.
    QStringList axisLabels() const;
    /// The deepest drawdown seen, as a fraction of the peak (0.1 = 10 %).
    double maxDrawdown() const { return m_maxDrawdown; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int m_maxPoints;
    std::vector<qint64> m_times;
    std::vector<double> m_values;
    double m_maxDrawdown = 0;
    double m_peak = 0;
    qint64 m_seen = 0;                                 ///< distinct times given since clear()
    qint64 m_stride = 1;                               ///< one point in `m_stride` is kept
    std::optional<std::pair<qint64, double>> m_newest; ///< the newest point when not kept
    bool m_dirty = false;                              ///< a redraw came while hidden
    QTimeZone m_zone;
    QChart *m_chart;
    QLineSeries *m_equity;
    QLineSeries *m_peakLine;
    QAreaSeries *m_drawdown;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QTimer *m_timer;
    QChartView *m_view;
};

} // namespace autocoin
