#pragma once

#include "core/EngineConfig.h"
#include "core/EngineStatus.h"
#include "execution/PaperExecution.h"
#include "storage/Records.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace autocoin {

class ApiKeyWatch;
class Clock;
class TradingEngine;

/// The GUI-side (main-thread) owner of the engine thread, and the one narrow face the UI and the
/// headless runner talk to. Commands are queued into the engine thread; the engine's signals are
/// relayed here, on the main thread, with the latest status cached for synchronous reads.
///
/// Shutdown sequence (also run by the destructor): ask the engine to stop and abandon any
/// request in flight, wait for it to settle, then quit() and wait() the thread.
class EngineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineController)

public:
    explicit EngineController(const EngineConfig &config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~EngineController() override;

    EngineStatus status() const;
    EngineState state() const { return m_status.state; }
    EngineConfig config() const { return m_config; }
    bool threadAlive() const;
    /// What holdEntries() was last asked (the engine applies it in its thread, in order).
    bool entriesHeld() const { return m_entriesHeld; }

public Q_SLOTS:
    void start();
    void stop();
    void reset();
    /// start(), stop() or reset(), by name (the remote faces take a command as a value).
    void command(autocoin::EngineCommand command);
    void applyConfig(const autocoin::EngineConfig &config);
    /// Blocks new entries; a RUNNING engine goes to ERROR with the reason "kill switch". Start is
    /// refused until Reset (allowed from ERROR, and from IDLE while the switch is engaged).
    void killSwitch();
    /// Holds (or releases) new entries: the engine vetoes every buy while held. Exits run.
    void holdEntries(bool hold);
    /// New strategy parameters by name ("ema-fast" -> "9"); see parametersApplied.
    void applyStrategyParameters(const QHash<QString, QString> &values);
    /// Starts the paper account again (IDLE or ERROR only); see paperAccountReset.
    void resetPaperAccount(const autocoin::Decimal &startingKrw);
    /// Stops the engine and joins its thread. Idempotent; afterwards every command is ignored.
    void shutdown();

Q_SIGNALS:
    void stateChanged(autocoin::EngineState from, autocoin::EngineState to, const QString &reason);
    void statusChanged(const autocoin::EngineStatus &status);
    void tickReceived(const QString &market, const autocoin::Decimal &price, qint64 iteration);
    void feedChanged(autocoin::FeedSource source, autocoin::FeedState state, const QString &reason);
    void failureOccurred(const QString &kind, const QString &message, int failures, int maxFailures);
    void commandRefused(const QString &command, const QString &reason);
    /// The kill switch was engaged or released; see TradingEngine::killSwitchChanged.
    void killSwitchChanged(bool engaged, bool withStateChange);
    void marketsSynced(const QStringList &added, const QStringList &deactivated, const QStringList &warningsChanged);
    void signalGenerated(const autocoin::SignalRecord &signal);
    void orderUpdated(const autocoin::OrderRecord &order);
    void tradeRecorded(const autocoin::TradeRecord &trade);
    void equityUpdated(const autocoin::EquityPoint &point);
    void dataExhausted();
    void parametersApplied(const QStringList &problems);
    void dailyLossLimitReached(const QString &reason);
    /// Something the operator must see (adopted order, balance difference, …): TradingEngine's.
    void executionNotice(const autocoin::Reason &notice);
    void paperAccountReset(const QString &error);
    /// Entered ERROR; `cause` is what the operator should read.
    void errorRaised(const QString &cause);
    /// The exchange key in use expires within 7 days (daysLeft ≤ 0: within a day, or already;
    /// negative once expired). Looked up at each Start and daily (Upbit only; ApiKeyWatch).
    void apiKeyExpiring(autocoin::Exchange exchange, const QDateTime &expireAt, int daysLeft);

private:
    void onStatus(const EngineStatus &status);

    EngineConfig m_config;
    QThread *m_thread;
    QPointer<TradingEngine> m_engine;
    EngineStatus m_status;
    ApiKeyWatch *m_keyWatch;
    bool m_entriesHeld = false;
};

} // namespace autocoin
