#pragma once

#include "core/EngineStatus.h"

#include <QGroupBox>

class QLabel;

namespace autocoin {

/// The seed dashboard's fields: Status, Paper Mode, Thread Alive, Exchange, Markets (the list, or
/// the universe and its choice), Last Price, Signal and Stop (of the market selected above the
/// chart), Iteration, Failures / Max Failures, Last Error. Each value label has an object name
/// ending in "ValueLabel" so tests and accessibility tools can find it.
class StatusPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setStatus(const EngineStatus &status);
    /// The market whose price, signal and stop are shown (empty: the first one).
    void setSelectedMarket(const QString &market);
    void retranslate();

private:
    QLabel *addRow(const char *name, const QString &objectName, int row, int column);

    QList<std::pair<QLabel *, const char *>> m_captions;
    EngineStatus m_status;
    QString m_selected;
    QLabel *m_selectedCaption = nullptr;

    QLabel *m_state;
    QLabel *m_paperMode;
    QLabel *m_threadAlive;
    QLabel *m_exchange;
    QLabel *m_market;
    QLabel *m_lastPrice;
    QLabel *m_signal;
    QLabel *m_stop;
    QLabel *m_iteration;
    QLabel *m_failures;
    QLabel *m_lastError;
};

/// Background and text colours for a state "pill" ("#22b573" for RUNNING, …).
QString stateColor(EngineState state);

} // namespace autocoin
