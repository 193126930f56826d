#pragma once

#include "core/EngineConfig.h"
#include "core/EngineState.h"
#include "core/EngineStatus.h"
#include "core/Result.h"
#include "core/Ticker.h"
#include "execution/PaperExecution.h"
#include "storage/Records.h"
#include "strategy/StrategyRunner.h"

#include <QObject>

#include <memory>

class QTimer;

namespace autocoin {

class Clock;
class Database;
class ExchangeClient;
class MarketSync;

/// The worker that trades. Lives on its own QThread (EngineController moves it there); its
/// exchange client and timers are created in `initialize()`, inside that thread. Commands come
/// in as queued slot calls, state goes out as signals carrying values. Every slot catches
/// exceptions and turns them into an ERROR with the cause.
///
/// While RUNNING it polls the ticker every `interval` (measured from the end of one poll to the
/// start of the next, so polls never overlap). A failed poll (network, timeout, HTTP error,
/// malformed answer) adds one to the consecutive-failure count, a good one resets it, and
/// reaching `maxConsecutiveFailures` moves the engine to ERROR.
class TradingEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingEngine)

public:
    explicit TradingEngine(EngineConfig config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~TradingEngine() override;

    EngineState state() const { return m_status.state; }

public Q_SLOTS:
    /// Creates the network client and timers; call once, in the engine thread.
    void initialize();
    void start();
    void stop();
    void reset();
    /// Replaces the configuration; refused while RUNNING or STOPPING.
    void applyConfig(const autocoin::EngineConfig &config);
    /// For application exit: abandons any request in flight and settles in IDLE (or stays in
    /// ERROR) before returning, so the thread can be joined at once.
    void shutdown();
    /// The kill switch: blocks new entries, asks to close positions and, while RUNNING, moves the
    /// engine to ERROR with the reason "kill switch". Reset clears it.
    void killSwitch();
    /// Validates and applies new strategy parameters from the next candle on, and stores them.
    void applyStrategyParameters(const QHash<QString, QString> &values);

Q_SIGNALS:
    void stateChanged(autocoin::EngineState from, autocoin::EngineState to, const QString &reason);
    void statusChanged(const autocoin::EngineStatus &status);
    void tickReceived(const QString &market, const autocoin::Decimal &price, qint64 iteration);
    /// A failed poll: `failures` of `maxFailures` consecutive ones.
    void failureOccurred(const QString &kind, const QString &message, int failures, int maxFailures);
    /// A command that is not legal in the current state was refused.
    void commandRefused(const QString &command, const QString &reason);
    /// A market sync finished (every `marketSyncMinutes` while RUNNING).
    void marketsSynced(const QStringList &added, const QStringList &deactivated, const QStringList &warningsChanged);
    /// The replay market has delivered its last candle; the engine is stopping.
    void dataExhausted();
    void orderUpdated(const autocoin::OrderRecord &order);
    void tradeRecorded(const autocoin::TradeRecord &trade);
    void equityUpdated(const autocoin::EquityPoint &point);
    /// A decision on a closed candle (stored in strategy_signals before this is emitted).
    void signalGenerated(const autocoin::SignalRecord &signal);
    /// The parameters in force changed (or a change was refused: `problems` says why).
    void parametersApplied(const QStringList &problems);

private:
    void handleCommand(EngineCommand command);
    void transition(EngineState to, const QString &reason);
    void poll();
    void onTicker(const Result<Ticker> &result, quint64 generation);
    /// Counts one failed exchange call; returns true when that moved the engine to ERROR.
    bool recordFailure(const ExchangeError &error, const QString &what);
    void openStorage();
    void syncMarkets();
    void backupIfDue();
    /// Emits what an execution step did; false when the database failed (the engine is in ERROR).
    bool publishExecution(const PaperExecution::Outcome &outcome);
    /// Stops checked (when `checkStops`), then the equity point and today's PnL row (when `record`).
    void afterPrice(const Decimal &price, bool checkStops, bool record);
    void runStrategy(quint64 generation);
    void onStrategy(const StrategyRunner::Outcome &outcome, quint64 generation);
    void finishIteration();
    void enterError(const QString &cause);
    void publish();
    QDateTime now() const;
    template<typename Fn> void guarded(const char *where, Fn &&fn);

    EngineConfig m_config;
    const Clock *m_clock;
    ExchangeClient *m_client = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_syncTimer = nullptr;
    QTimer *m_backupTimer = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MarketSync> m_marketSync;
    std::unique_ptr<StrategyRunner> m_strategy;
    std::unique_ptr<PaperExecution> m_execution;
    StrategyParameters m_parameters;
    QString m_storageError;
    bool m_killed = false;
    bool m_syncInFlight = false;
    EngineStatus m_status;
    bool m_requestInFlight = false;
    quint64 m_generation = 0; ///< bumps on every Start so late answers of an earlier run are ignored
};

} // namespace autocoin
