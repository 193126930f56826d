#pragma once

#include "core/Decimal.h"

#include <QTimeZone>
#include <QWidget>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace autocoin {

/// Equity over time with the drawdown from the running peak shaded. Points arrive once per engine
/// iteration; the chart keeps at most `maxPoints` (halving its resolution when full, keeping the
/// newest) and redraws at most every 200 ms.
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
    /// The deepest drawdown seen, as a fraction of the peak (0.1 = 10 %).
    double maxDrawdown() const { return m_maxDrawdown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_maxPoints;
    std::vector<qint64> m_times;
    std::vector<double> m_values;
    double m_maxDrawdown = 0;
    double m_peak = 0;
    QTimeZone m_zone;
    QChart *m_chart;
    QLineSeries *m_equity;
    QLineSeries *m_peakLine;
    QAreaSeries *m_drawdown;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QTimer *m_timer;
};

} // namespace autocoin
