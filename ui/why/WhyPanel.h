#pragma once

#include "storage/Records.h"
#include "strategy/Reason.h"

#include <QFrame>
#include <QHash>
#include <QTimeZone>

class QLabel;
class QTimer;

namespace autocoin {

class EngineController;

/// "Why no trade?" for the selected market: the conditions of its last decision in plain words
/// (신규 매수 중단: 최대 보유 종목 수 도달 / 일일 손실 한도 도달 / RSI 과열 / 유의 종목 / …),
/// the whole reason beneath, and when the next decision is due. Fed by the engine's decisions as
/// they happen (values, no database); an account-wide block (kill switch, daily loss limit) is
/// shown first until a BUY is taken again or the engine is reset.
class WhyPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyPanel)

public:
    explicit WhyPanel(EngineController *controller, QWidget *parent = nullptr);

    void setMarket(const QString &market);
    void setTimeZone(const QTimeZone &zone);
    /// A decision, as the engine emits it (also for tests and a history read at start).
    void showDecision(const SignalRecord &signal);
    /// The market's last decision known here (empty when none).
    SignalRecord lastDecision(const QString &market) const { return m_last.value(market); }
    /// What the panel shows now, as plain text (lines joined with '\n').
    QString text() const;

Q_SIGNALS:
    /// A market's "why" in plain words changed (a decision, an account-wide block, the language):
    /// the watchlist shows it as the market's tooltip.
    void explained(const QString &market, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /// The engine's decisions come as fast as a replay makes them: the newest per market is kept
    /// and shown at most every 100 ms, so the GUI thread does not lay text out per decision.
    void queueDecision(const SignalRecord &signal);
    void showQueued();

    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_timing;
    QString m_market;
    QTimeZone m_zone;
    QHash<QString, SignalRecord> m_last;
    QHash<QString, SignalRecord> m_queued;
    QTimer *m_queueTimer;
    Reason m_accountBlock;
    /// The engine is RUNNING (or there is no engine): a next decision is said to come.
    bool m_running = true;
};

} // namespace autocoin
