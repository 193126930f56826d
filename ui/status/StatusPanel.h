#pragma once

#include "core/EngineStatus.h"

#include <QGroupBox>

#include <chrono>

class QLabel;

namespace autocoin {

/// The seed dashboard's fields: Status, Paper Mode, Thread Alive, Exchange, Markets (the list, or
/// the universe and its choice), Last Price, Signal and Stop (of the market selected above the
/// chart), Iteration, Failures / Max Failures, Last Error — and the market-data feed (the stream's
/// state, or REST polling, with the reason; coloured when stale or down). Iteration and Thread
/// Alive, and Failures while there are none, are details in the state's tooltip, not rows in view.
/// Each value label has an
/// object name ending in "ValueLabel" so tests and accessibility tools can find it.
class StatusPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setStatus(const EngineStatus &status);
    /// The market whose price, signal and stop are shown (empty: the first one).
    void setSelectedMarket(const QString &market);
    /// The feed as the engine's feedChanged says (the status carries it too).
    void setFeed(autocoin::FeedSource source, autocoin::FeedState state, const QString &reason);
    /// The pause between REST polls, shown when polling is the feed.
    void setPollInterval(std::chrono::milliseconds interval);
    void retranslate();

private:
    QLabel *addRow(const char *name, const QString &objectName, int row, int column);
    void showFeed();
    /// The caption left of `value`.
    QLabel *captionOf(QLabel *value) const;

    QList<std::pair<QLabel *, const char *>> m_captions;
    EngineStatus m_status;
    QString m_selected;
    std::chrono::milliseconds m_pollInterval{0};
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
    QLabel *m_feed;
};

/// Background and text colours for a state "pill" ("#22b573" for RUNNING, …).
QString stateColor(EngineState state);

} // namespace autocoin
