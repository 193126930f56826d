#pragma once

#include "core/EngineConfig.h"
#include "core/EngineState.h"
#include "core/EngineStatus.h"
#include "core/Result.h"
#include "core/Ticker.h"
#include "execution/Execution.h"
#include "portfolio/Portfolio.h"
#include "portfolio/PortfolioStep.h"
#include "storage/Records.h"
#include "strategy/StrategyRunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace autocoin {

class Clock;
class Database;
class ExchangeClient;
class MarketStream;
class MarketSync;
class OrderStream;
struct StreamOrder;
struct StreamTrade;

/// The worker that trades. Lives on its own QThread (EngineController moves it there); its
/// exchange client and timers are created in `initialize()`, inside that thread. Commands come
/// in as queued slot calls, state goes out as signals carrying values. Every slot catches
/// exceptions and turns them into an ERROR with the cause.
///
/// It trades a list of markets (or the top-N universe) with one account. While RUNNING it polls
/// the tickers of every market it manages — one request — every `interval` (measured from the
/// end of one poll to the start of the next, so polls never overlap), then follows orders, checks
/// every held market's stop, brings each market its closed candles (only when one can have
/// closed) and lets the Portfolio decide on them all together. A market that leaves the list
/// while held keeps being managed until it is flat. Failures (network, timeout, HTTP error, malformed
/// answer) are counted per kind of work — ticker, candles, orders (placement, follow-up,
/// reconciliation), market sync — and a success resets only its own kind, so one endpoint that
/// always fails is not hidden by others that work. Any count reaching `maxConsecutiveFailures`
/// moves the engine to ERROR; the status shows the highest count. After a transient failure
/// (network, timeout, 5xx, 429) of a read of the poll (ticker, candles, universe) the next poll
/// comes after `retryBackoff` instead of `interval`, so the failures that lead to ERROR are spread
/// over the backoff; orders keep their own handling. With `autoRecoverAfter` set, an ERROR caused
/// by such failures alone is left again once the exchange answers (see `probeRecovery`).
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
    /// The kill switch: blocks new entries, cancels our open orders, exits every position and, while
    /// RUNNING, moves the engine to ERROR with the reason "kill switch". Start is refused while it
    /// is engaged; Reset clears it (from ERROR, or from IDLE without a state change).
    void killSwitch();
    /// While held, no new entry is taken (every buy is vetoed); exits still run. The window holds
    /// entries while it asks whether to pull the kill switch.
    void holdEntries(bool hold);
    /// Validates and applies new strategy parameters from the next candle on, and stores them.
    void applyStrategyParameters(const QHash<QString, QString> &values);
    /// Starts the paper account again with `startingKrw` (IDLE or ERROR only; refused otherwise).
    void resetPaperAccount(const autocoin::Decimal &startingKrw);

Q_SIGNALS:
    void stateChanged(autocoin::EngineState from, autocoin::EngineState to, const QString &reason);
    void statusChanged(const autocoin::EngineStatus &status);
    void tickReceived(const QString &market, const autocoin::Decimal &price, qint64 iteration);
    /// The market-data feed changed: its source (the stream, or REST polling while the stream is
    /// down or `MARKET_DATA=rest`), the stream's state and why.
    void feedChanged(autocoin::FeedSource source, autocoin::FeedState state, const QString &reason);
    /// A failed poll: `failures` of `maxFailures` consecutive ones.
    void failureOccurred(const QString &kind, const QString &message, int failures, int maxFailures);
    /// A command that is not legal in the current state was refused.
    void commandRefused(const QString &command, const QString &reason);
    /// The kill switch was engaged or released (EngineStatus::killed changed; emitted after the
    /// status that shows it). `withStateChange`: a state change came with it and was reported by
    /// stateChanged (RUNNING → ERROR when pulled, ERROR → IDLE by Reset); otherwise (pulled while
    /// IDLE, STOPPING or ERROR, released by Reset in IDLE) this is the only report.
    void killSwitchChanged(bool engaged, bool withStateChange);
    /// A market sync finished (every `marketSyncMinutes` while RUNNING).
    void marketsSynced(const QStringList &added, const QStringList &deactivated, const QStringList &warningsChanged);
    /// The replay has delivered its last candle; the engine is stopping.
    void dataExhausted();
    void orderUpdated(const autocoin::OrderRecord &order);
    void tradeRecorded(const autocoin::TradeRecord &trade);
    void equityUpdated(const autocoin::EquityPoint &point);
    /// A decision on a closed candle (stored in strategy_signals before this is emitted).
    void signalGenerated(const autocoin::SignalRecord &signal);
    /// The parameters in force changed (or a change was refused: `problems` says why).
    void parametersApplied(const QStringList &problems);
    /// The daily loss limit now blocks new entries (once per day it happens).
    void dailyLossLimitReached(const QString &reason);
    /// Something the operator should know (an adopted order, a balance difference, a market no
    /// longer listed, the universe chosen again), as a reason to render in the reader's language.
    void executionNotice(const autocoin::Reason &notice);
    /// The paper account was reset (`error` empty) or could not be.
    void paperAccountReset(const QString &error);

private:
    void handleCommand(EngineCommand command);
    void transition(EngineState to, const QString &reason);
    /// After the books are reconciled at a Start: the runners, then the polls.
    void startTrading();
    void poll();
    /// One ticker request for every managed market, then the rest of the iteration.
    void pollTickers();
    void onTickers(const Result<QList<Ticker>> &result, quint64 generation);
    /// Counts one failed exchange call of kind `what`; returns true when that moved the engine to ERROR.
    bool recordFailure(const ExchangeError &error, const QString &what);
    /// A success of kind `what`: its count starts again (the others keep theirs).
    void recordSuccess(const QString &what);
    void openStorage();
    /// Runs a market sync (unless one is under way), then `then` — also when it failed (the flags
    /// stored by the last good sync stay in force) — unless the engine left RUNNING.
    void syncMarkets(std::function<void()> then = {});
    /// "unknown market: …" for every market of `markets` the market table lacks, or empty.
    QString unknownMarkets(const QStringList &markets) const;
    /// Reads the exchange's flags of every market from the market table (after each sync).
    void loadMarketFlags();
    /// Why `market` may get no new entry now (warning, caution, delisted, unknown), or empty.
    Reason entryBlock(const QString &market) const;
    /// Chooses the top-N universe again when it is due; then `next`.
    void refreshUniverse(quint64 generation, std::function<void()> next);
    /// The markets traded now; the runners follow (held markets keep theirs).
    void setMarkets(const QStringList &markets);
    /// A runner for every market traded or engaged; those of markets neither are dropped.
    void syncRunners();
    /// Every market whose price the engine needs: traded, held, or with an unresolved order.
    QStringList managedMarkets() const;
    void backupIfDue();
    /// Emits and logs what an execution step did; false when the database failed or the exchange
    /// failed once too often (the engine is then in ERROR).
    bool publishExecution(const Execution::Outcome &outcome);
    /// The kill switch's exits: every market in `markets[index…]` sold, one after another.
    void killExits(QStringList markets, qsizetype index);
    /// Runs one asynchronous execution operation as part of the iteration, then `next` — unless
    /// the run it belongs to has ended or the engine went to ERROR.
    void executionStep(quint64 generation, const std::function<void(Execution::Done)> &operation,
                       std::function<void()> next, bool followUp = false);
    /// After a good tick: reconcile (after a gap) or follow open orders, bring every market its
    /// candles, then the step (stops, decisions, orders).
    void afterTick(quint64 generation);
    /// The equity point and today's PnL row.
    void recordEquity();
    /// Brings runners[index…] their closed candles, gathering them in `closed`, then the steps.
    void refreshFrom(qsizetype index, QList<Portfolio::Closed> closed, quint64 generation);
    /// One PortfolioStep per close time among `closed` (one with no candle on a plain tick).
    void runSteps(const QList<Portfolio::Closed> &closed, quint64 generation);
    void runStep(QList<QList<Portfolio::Closed>> groups, qsizetype index, quint64 generation);
    /// The step's hooks: an execution outcome published (false: the step ends), the decisions
    /// stored and emitted.
    bool stepOutcome(const Execution::Outcome &outcome);
    bool stepDecided(const QList<SignalRecord> &records);
    void endIteration();
    /// Creates the paper or live execution for a Start; false (engine in ERROR) when live trading
    /// is not confirmed.
    bool createExecution(const QTimeZone &zone);
    void finishIteration();
    /// `transient`: the cause is only transient network failures (auto-recovery may end it).
    void enterError(const QString &cause, bool transient = false);
    /// In an ERROR with a transient cause: asks the exchange for a ticker; when it answers, the
    /// engine is reset and started again (ERROR → IDLE → RUNNING), otherwise it asks again later.
    void probeRecovery();
    /// ERROR → IDLE (a Reset, or an auto-recovery): the failures and the cause are cleared.
    void leaveError(const QString &reason);
    void publish();
    /// Runs an iteration now when the engine waits between polls, or right after the one under
    /// way: a price went through a stop, a candle closed, one of our orders changed, the stream
    /// dropped.
    void wake();
    /// The streams of the exchange (none for the replay market or MARKET_DATA=rest): created with
    /// the client, started with trading, stopped when it ends.
    void createStreams();
    void startStreams();
    void stopStreams(const QString &reason);
    void onStreamTrade(const StreamTrade &trade);
    void onStreamOrder(const StreamOrder &order);
    void onFeedState(FeedState state, const QString &reason);
    /// Records and emits the feed's source and state when they changed.
    void setFeed(FeedSource source, FeedState state, const QString &reason);
    /// A streamed price for the tick signal: at once, or at most every 250 ms per market.
    void queueTick(const QString &market);
    void flushTicks();
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
    std::unique_ptr<Portfolio> m_portfolio;
    std::map<QString, std::unique_ptr<StrategyRunner>> m_runners; ///< by market
    std::unique_ptr<Execution> m_execution;
    std::unique_ptr<PortfolioStep> m_step; ///< after the execution and portfolio it refers to
    quint64 m_stepGeneration = 0;          ///< the run the step in flight belongs to
    std::shared_ptr<bool> m_killAlive = std::make_shared<bool>(true); ///< false once shut down
    bool m_needsReconcile = false;
    bool m_dailyLimitReported = false; ///< after a network gap, live orders and balances are looked at again
    StrategyParameters m_parameters;
    QString m_storageError;
    bool m_killed = false;
    bool m_entriesHeld = false; ///< holdEntries(true): a kill-switch question is open
    bool m_syncInFlight = false;
    EngineStatus m_status;
    QHash<QString, int> m_failures; ///< consecutive failures per kind of work; m_status.failures is the highest
    bool m_requestInFlight = false;
    quint64 m_generation = 0;                 ///< bumps on every Start so late answers of an earlier run are ignored
    QStringList m_markets;                    ///< traded now, in order
    Prices m_prices;                          ///< the last price of every managed market
    QHash<QString, SignalType> m_lastSignals; ///< market → the decision on its last candle
    QHash<QString, QString> m_flags;          ///< market → warning level from the market table
    bool m_flagsKnown = false;                ///< the market table has been read (and is not empty)
    QSet<QString> m_delistedReported;         ///< delisted markets already reported
    QDateTime m_universeChosen;               ///< when the universe was last chosen
    MarketStream *m_stream = nullptr;         ///< the public stream (child), when prices are streamed
    OrderStream *m_orderStream = nullptr;     ///< the private stream (child), when trading live with keys
    /// market → when the stream last priced it (m_steady ms), since the stream (re)connected
    QHash<QString, qint64> m_streamPriced;
    QHash<QString, qint64> m_streamPeriod; ///< market → the candle period (ms) of its last streamed trade
    QHash<QString, qint64> m_tickEmitted;  ///< market → when its last tick went out (m_steady ms)
    QHash<QString, qint64> m_stopWoken;    ///< market → when a streamed price last woke the engine for its stop
    QSet<QString> m_ticksPending;          ///< markets with a streamed price not emitted yet
    QTimer *m_tickTimer = nullptr;         ///< emits the pending ticks
    QElapsedTimer m_steady;                ///< monotonic time for the coalescing
    bool m_wakePending = false;            ///< the next iteration follows the current one at once
    /// The wait before the next poll after a transient read failure (instead of the interval).
    std::optional<std::chrono::milliseconds> m_retryDelay;
    QSet<QString> m_hardFailures;     ///< kinds of work whose current series of failures has a non-transient one
    bool m_errorTransient = false;    ///< the ERROR was caused only by transient network failures
    QTimer *m_recoverTimer = nullptr; ///< the next recovery probe (AUTO_RECOVER_MINUTES)
    QDateTime m_errorSince;           ///< when the current ERROR began
};

} // namespace autocoin
