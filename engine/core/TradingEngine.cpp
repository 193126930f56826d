#include "core/TradingEngine.h"

#include "ExchangeClient.h"
#include "core/Clock.h"
#include "execution/LiveExecution.h"
#include "execution/PaperExecution.h"
#include "logging/Logger.h"
#include "market/MarketSync.h"
#include "storage/Backup.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"
#include "strategy/ParameterStore.h"

#include <QTimeZone>
#include <QTimer>

#include <exception>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("engine");

} // namespace

TradingEngine::TradingEngine(EngineConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? clock : &SystemClock::instance())
{
    m_status.maxFailures = m_config.maxConsecutiveFailures;
    m_status.exchange = m_config.exchange;
    m_status.market = m_config.market;
    m_status.paperMode = m_config.paperMode;
}

TradingEngine::~TradingEngine() = default;

template<typename Fn> void TradingEngine::guarded(const char *where, Fn &&fn)
{
    try {
        fn();
    } catch (const std::exception &e) {
        enterError(
            QStringLiteral("internal error in %1: %2").arg(QLatin1StringView(where), QString::fromUtf8(e.what())));
    } catch (...) {
        enterError(QStringLiteral("internal error in %1").arg(QLatin1StringView(where)));
    }
}

void TradingEngine::initialize()
{
    guarded("initialize", [this] {
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        connect(m_pollTimer, &QTimer::timeout, this, [this] { guarded("poll", [this] { poll(); }); });
        m_syncTimer = new QTimer(this);
        connect(m_syncTimer, &QTimer::timeout, this, [this] { guarded("market sync", [this] { syncMarkets(); }); });
        m_backupTimer = new QTimer(this);
        m_backupTimer->setInterval(std::chrono::hours(1));
        connect(m_backupTimer, &QTimer::timeout, this, [this] { guarded("backup", [this] { backupIfDue(); }); });
        applyConfig(m_config);
        publish();
    });
}

void TradingEngine::applyConfig(const EngineConfig &config)
{
    guarded("applyConfig", [this, &config] {
        if (m_status.state == EngineState::Running || m_status.state == EngineState::Stopping) {
            Logger::warning(kCategory, QStringLiteral("settings change ignored: stop the engine first"));
            return;
        }
        m_config = config;
        delete m_client;
        m_client = createExchangeClient(config.exchangeConfig(), this);
        m_status.exchange = config.exchange;
        m_status.market = config.market;
        m_status.paperMode = config.paperMode;
        m_status.maxFailures = config.maxConsecutiveFailures;
        m_status.lastPrice.reset();
        m_status.signal.clear();
        m_strategy.reset();
        openStorage();
        QStringList problems;
        m_parameters = ParameterStore::load(m_database.get(), config.strategyOverrides, &problems);
        for (const QString &problem : problems)
            Logger::warning(QStringLiteral("strategy"), problem);
        publish();
    });
}

void TradingEngine::openStorage()
{
    m_marketSync.reset();
    m_database.reset();
    m_storageError.clear();
    if (m_config.databaseUrl.isEmpty())
        return;
    QString parseError;
    const auto url = DatabaseUrl::parse(m_config.databaseUrl, m_config.dataDir, &parseError);
    if (!url) {
        m_storageError = parseError;
        return;
    }
    StorageError error;
    m_database =
        Storage::open(*url, QStringLiteral("engine"), m_config.dataDir, QTimeZone(m_config.timeZone.toUtf8()), &error);
    if (!m_database) {
        m_storageError = error.describe();
        Logger::error(kCategory, QStringLiteral("database unavailable: ") + m_storageError);
        return;
    }
    if (m_client)
        m_marketSync = std::make_unique<MarketSync>(m_client, m_database.get(), m_config.exchange, m_clock);
    backupIfDue();
    m_backupTimer->start();
}

void TradingEngine::syncMarkets()
{
    if (!m_marketSync || m_syncInFlight || m_status.state != EngineState::Running)
        return;
    m_syncInFlight = true;
    const quint64 generation = m_generation;
    m_marketSync->run([this, generation](const MarketSync::Outcome &outcome) {
        guarded("market sync", [&] {
            m_syncInFlight = false;
            if (generation != m_generation || m_status.state != EngineState::Running)
                return;
            if (outcome.exchangeError) {
                if (outcome.exchangeError->kind != ExchangeError::Kind::Cancelled)
                    recordFailure(*outcome.exchangeError, QStringLiteral("market sync"));
                return;
            }
            if (!outcome.storageError.isEmpty()) {
                enterError(QStringLiteral("database: ") + outcome.storageError);
                return;
            }
            const auto &c = outcome.changes;
            if (c.changed())
                Logger::info(kCategory, QStringLiteral("markets: %1 added, %2 deactivated, %3 warning changes (%4)")
                                            .arg(c.added.size())
                                            .arg(c.deactivated.size())
                                            .arg(c.warningsChanged.size())
                                            .arg((c.added + c.deactivated + c.warningsChanged).mid(0, 10).join(u' ')));
            Q_EMIT marketsSynced(c.added, c.deactivated, c.warningsChanged);
        });
    });
}

void TradingEngine::backupIfDue()
{
    if (!m_database || !m_database->isSqlite())
        return;
    const QTimeZone zone(m_config.timeZone.toUtf8());
    Backup backup(*m_database, Storage::backupDir(m_config.dataDir), zone);
    const QDateTime now = m_clock->nowUtc();
    if (backup.hasBackupOn(now.toTimeZone(zone).date()))
        return;
    StorageError error;
    if (const auto path = backup.write(now, &error)) {
        Logger::info(QStringLiteral("storage"), QStringLiteral("daily backup written: %1").arg(*path));
        for (const QString &removed : backup.prune(m_config.backupRetentionDays, now))
            Logger::info(QStringLiteral("storage"), QStringLiteral("old backup removed: %1").arg(removed));
    } else {
        Logger::error(QStringLiteral("storage"), error.describe());
    }
}

void TradingEngine::start()
{
    guarded("start", [this] { handleCommand(EngineCommand::Start); });
}

void TradingEngine::stop()
{
    guarded("stop", [this] { handleCommand(EngineCommand::Stop); });
}

void TradingEngine::reset()
{
    guarded("reset", [this] { handleCommand(EngineCommand::Reset); });
}

void TradingEngine::handleCommand(EngineCommand command)
{
    const auto target = commandTarget(command, m_status.state);
    if (!target) {
        const QString reason = QStringLiteral("%1 is not allowed while the engine is %2")
                                   .arg(commandName(command), stateName(m_status.state));
        Logger::warning(kCategory, QStringLiteral("command refused: ") + reason);
        Q_EMIT commandRefused(commandName(command), reason);
        return;
    }
    switch (command) {
    case EngineCommand::Start:
        ++m_generation;
        m_status.iteration = 0;
        m_status.failures = 0;
        m_status.lastError.clear();
        transition(EngineState::Running, QStringLiteral("start requested"));
        if (!m_client) {
            enterError(QStringLiteral("exchange \"%1\" is not supported").arg(m_config.exchange));
            return;
        }
        if (!m_storageError.isEmpty()) {
            enterError(QStringLiteral("database: ") + m_storageError);
            return;
        }
        {
            StrategyRunner::Settings settings;
            settings.exchange = m_config.exchange;
            settings.market = m_config.market;
            settings.timeframe = m_config.timeframe;
            settings.parameters = m_parameters;
            settings.paperEquity = m_config.paperBalance;
            settings.zone = QTimeZone(m_config.timeZone.toUtf8());
            const Clock *clock = m_client->clock() ? m_client->clock() : m_clock;
            if (!createExecution(settings))
                return;
            m_strategy = std::make_unique<StrategyRunner>(m_client, m_database.get(), settings, clock);
            if (m_killed)
                m_strategy->kill();
        }
        if (m_execution) {
            // The books first: the paper account, or live orders and balances as the exchange has them.
            const quint64 generation = m_generation;
            executionStep(
                generation, [this](Execution::Done done) { m_execution->reconcile(now(), std::move(done)); },
                [this] {
                    // Kelly's record from the stored closed trades of this market and mode: a
                    // restart decides as an uninterrupted run (and the backtest) would.
                    if (m_strategy)
                        m_strategy->restoreClosedTrades(m_execution->ledger().fills());
                    if (m_status.state == EngineState::Running)
                        poll();
                    else
                        finishIteration();
                });
        } else {
            poll();
        }
        syncMarkets();
        m_syncTimer->start(m_config.marketSyncInterval);
        break;
    case EngineCommand::Stop:
        m_pollTimer->stop();
        m_syncTimer->stop();
        transition(EngineState::Stopping, QStringLiteral("stop requested"));
        if (!m_requestInFlight) // otherwise the answer (or its timeout) completes the stop
            transition(EngineState::Idle, QStringLiteral("stopped"));
        break;
    case EngineCommand::Reset:
        m_killed = false; // the operator has looked at what happened
        m_status.failures = 0;
        m_status.lastError.clear();
        transition(EngineState::Idle, QStringLiteral("reset requested"));
        break;
    }
}

void TradingEngine::transition(EngineState to, const QString &reason)
{
    const EngineState from = m_status.state;
    Q_ASSERT(isLegalTransition(from, to));
    m_status.state = to;
    Logger::info(kCategory, QStringLiteral("%1 -> %2 (%3)").arg(stateName(from), stateName(to), reason));
    Q_EMIT stateChanged(from, to, reason);
    publish();
}

void TradingEngine::poll()
{
    if (m_status.state != EngineState::Running || m_requestInFlight)
        return;
    m_requestInFlight = true;
    const quint64 generation = m_generation;
    m_client->fetchTicker(m_config.market, [this, generation](const Result<Ticker> &result) {
        guarded("ticker", [&] { onTicker(result, generation); });
    });
}

void TradingEngine::onTicker(const Result<Ticker> &result, quint64 generation)
{
    m_requestInFlight = false;
    if (generation != m_generation)
        return;
    if (!result.ok() && result.error().kind == ExchangeError::Kind::Cancelled) {
        finishIteration();
        return;
    }
    if (!result.ok() && result.error().kind == ExchangeError::Kind::EndOfData) {
        // The replay has shown every candle: a normal end, not a failure.
        if (m_status.state == EngineState::Running) {
            transition(EngineState::Stopping, result.error().message);
            Q_EMIT dataExhausted();
        }
        finishIteration();
        return;
    }

    ++m_status.iteration;
    m_status.lastUpdate = now();
    if (result.ok()) {
        m_status.failures = 0;
        m_status.lastPrice = result.value().tradePrice;
        Logger::debug(kCategory, QStringLiteral("%1 %2").arg(m_config.market, result.value().tradePrice.toString()));
        Q_EMIT tickReceived(m_config.market, result.value().tradePrice, m_status.iteration);
        afterTick(result.value().tradePrice, generation);
        return;
    } else if (recordFailure(result.error(), QStringLiteral("ticker"))) {
        return;
    }
    publish();
    finishIteration();
}

void TradingEngine::executionStep(quint64 generation, const std::function<void(Execution::Done)> &operation,
                                  std::function<void()> next)
{
    m_requestInFlight = true;
    operation([this, generation, next = std::move(next)](const Execution::Outcome &outcome) {
        guarded("execution", [&] {
            if (generation != m_generation)
                return; // an earlier run's late answer
            m_requestInFlight = false;
            if (!publishExecution(outcome))
                return;
            if (m_status.state != EngineState::Running && m_status.state != EngineState::Stopping)
                return;
            next();
        });
    });
}

void TradingEngine::afterTick(const Decimal &price, quint64 generation)
{
    if (!m_execution) {
        endIteration();
        return;
    }
    const auto strategy = [this, generation, price] {
        if (m_strategy && m_status.state == EngineState::Running) {
            publish();
            runStrategy(generation); // the iteration ends when the strategy has caught up
            return;
        }
        recordEquity(price);
        endIteration();
    };
    const auto stops = [this, generation, price, strategy] {
        if (!m_strategy || m_status.state != EngineState::Running) {
            strategy();
            return;
        }
        // The protective stops on every tick, before the strategy looks at the candle.
        executionStep(
            generation,
            [this, price](Execution::Done done) {
                m_execution->onPrice(price, m_strategy->lastAtr(), m_strategy->risk(), now(), std::move(done));
            },
            strategy);
    };
    const bool reconcile = m_needsReconcile;
    executionStep(
        generation,
        [this, reconcile](Execution::Done done) {
            if (reconcile) {
                Logger::info(kCategory, QStringLiteral("the exchange answers again: reconciling orders and balances"));
                m_execution->reconcile(now(), std::move(done));
            } else {
                m_execution->follow(now(), std::move(done));
            }
        },
        [this, reconcile, stops] {
            if (reconcile)
                m_needsReconcile = false;
            stops();
        });
}

void TradingEngine::endIteration()
{
    if (m_status.state == EngineState::Error)
        return;
    publish();
    finishIteration();
}

bool TradingEngine::createExecution(StrategyRunner::Settings &settings)
{
    m_execution.reset();
    Execution::Settings es;
    es.exchange = m_config.exchange;
    es.market = m_config.market;
    es.feeRate = m_client->rules().defaultFeeRate();
    es.slippage = m_config.paperSlippage;
    es.startingKrw = m_config.paperBalance;
    es.maxOrderKrw = m_config.maxOrderKrw;
    es.orderTimeout = m_config.orderTimeout;
    es.zone = settings.zone;
    if (m_config.paperMode) {
        // The replay market has no order book: its paper fills take the last price plus slippage.
        const bool book = m_config.exchange != u"replay";
        m_execution = std::make_unique<PaperExecution>(m_database.get(), m_client, es, book);
    } else {
        if (!m_config.liveConfirmed) {
            enterError(QStringLiteral("live trading needs explicit confirmation: confirm it in the dialog, or pass "
                                      "--i-understand-live-trading with PAPER_MODE=false"));
            return false;
        }
        Logger::warning(kCategory, QStringLiteral("LIVE TRADING on %1 %2: at most %3 KRW per buy order")
                                       .arg(m_config.exchange, m_config.market, m_config.maxOrderKrw.toString()));
        m_execution = std::make_unique<LiveExecution>(m_database.get(), m_client, es);
    }
    settings.account = [this] { return m_execution->account(m_status.lastPrice.value_or(Decimal())); };
    settings.positionOpen = [this] { return m_execution->hasPosition(); };
    return true;
}

void TradingEngine::runStrategy(quint64 generation)
{
    m_requestInFlight = true;
    m_strategy->refresh([this, generation](const StrategyRunner::Outcome &outcome) {
        guarded("strategy", [&] { onStrategy(outcome, generation); });
    });
}

void TradingEngine::onStrategy(const StrategyRunner::Outcome &outcome, quint64 generation)
{
    m_requestInFlight = false;
    if (generation != m_generation)
        return;
    if (outcome.error) {
        if (outcome.error->kind != ExchangeError::Kind::Cancelled &&
            recordFailure(*outcome.error, QStringLiteral("candles")))
            return;
        finishIteration();
        return;
    }
    if (!outcome.storageError.isEmpty()) {
        enterError(QStringLiteral("database: ") + outcome.storageError);
        return;
    }
    if (m_database && !outcome.signalRecords.isEmpty()) {
        // Stored before anyone is told: the history is the record of what the engine decided.
        StorageError error;
        if (!SignalRepository(*m_database).insert(outcome.signalRecords, &error)) {
            enterError(QStringLiteral("database: ") + error.describe());
            return;
        }
    }
    for (const SignalRecord &signal : outcome.signalRecords) {
        // Every decision is stored and emitted; the log keeps HOLDs at DEBUG so BUY/SELL stand out.
        Logger::instance().log(signal.signalType == u"HOLD" ? LogLevel::Debug : LogLevel::Info,
                               QStringLiteral("strategy"),
                               QStringLiteral("%1 %2 at %3 (strength %4): %5")
                                   .arg(signal.signalType, m_config.market, signal.price.toString())
                                   .arg(signal.strength, 0, 'f', 2)
                                   .arg(signal.reason));
        Q_EMIT signalGenerated(signal);
    }
    if (!outcome.signalRecords.isEmpty())
        m_status.signal = outcome.signalRecords.constLast().signalType;
    const bool limitHit = m_strategy->risk().dailyLimitHit();
    if (limitHit && !m_dailyLimitReported) {
        Logger::warning(QStringLiteral("risk"), m_strategy->risk().blockReason());
        Q_EMIT dailyLossLimitReached(m_strategy->risk().blockReason());
    }
    m_dailyLimitReported = limitHit;
    runActions(outcome.actions, 0, generation);
}

void TradingEngine::runActions(QList<StrategyRunner::Action> actions, qsizetype index, quint64 generation)
{
    if (!m_execution || index >= actions.size()) {
        if (m_execution && m_status.lastPrice)
            recordEquity(*m_status.lastPrice);
        endIteration();
        return;
    }
    const StrategyRunner::Action action = actions[index];
    executionStep(
        generation,
        [this, action](Execution::Done done) {
            // Fills at the market now (the tick), not at the close the decision was made on.
            const Decimal price = m_status.lastPrice.value_or(action.price);
            if (action.kind == StrategyRunner::Action::Kind::Enter)
                m_execution->enter(action.amount, price, action.stop, now(), std::move(done));
            else
                m_execution->exit(price, action.reason, now(), std::move(done));
        },
        [this, actions = std::move(actions), index, generation]() mutable {
            runActions(std::move(actions), index + 1, generation);
        });
}

bool TradingEngine::publishExecution(const Execution::Outcome &outcome)
{
    const QString category = m_execution && !m_execution->isPaper() ? QStringLiteral("live") : QStringLiteral("paper");
    for (const OrderRecord &order : outcome.orders) {
        // What was done, not the exchange's state word: a filled market buy ends as "cancel" on
        // Upbit (the unspent KRW is returned), which reads like a failure.
        Decimal volume, funds, fee;
        for (const TradeRecord &trade : outcome.trades) {
            if (trade.orderId != order.orderId)
                continue;
            volume += trade.quantity;
            funds += trade.price * trade.quantity;
            fee += trade.fee;
        }
        if (volume.isPositive())
            Logger::info(category, QStringLiteral("%1 %2 %3 for %4 KRW (average %5, fee %6)")
                                       .arg(order.side == u"buy" ? QStringLiteral("bought") : QStringLiteral("sold"),
                                            volume.toString(), order.symbol,
                                            funds.rounded(0, Decimal::Rounding::HalfUp).toString(),
                                            funds.divided(volume, 0).toString(),
                                            fee.rounded(2, Decimal::Rounding::HalfUp).toString()));
        else if (order.status == u"failed")
            Logger::warning(category, QStringLiteral("%1 %2 not placed").arg(order.side, order.symbol));
        Q_EMIT orderUpdated(order);
    }
    for (const TradeRecord &trade : outcome.trades)
        Q_EMIT tradeRecorded(trade);
    if (!outcome.refusal.isEmpty())
        Logger::warning(category, QStringLiteral("order not placed: ") + outcome.refusal);
    for (const QString &notice : outcome.notices) {
        Logger::warning(category, notice);
        Q_EMIT executionNotice(notice);
    }
    if (outcome.realizedPnl && m_strategy)
        m_strategy->recordClosedTrade(*outcome.realizedPnl);
    if (!outcome.storageError.isEmpty()) {
        enterError(QStringLiteral("database: ") + outcome.storageError);
        return false;
    }
    if (outcome.error && outcome.error->kind != ExchangeError::Kind::Cancelled &&
        recordFailure(*outcome.error, QStringLiteral("orders")))
        return false;
    return true;
}

void TradingEngine::recordEquity(const Decimal &price)
{
    if (!m_execution)
        return;
    const QDateTime at = now();
    Q_EMIT equityUpdated(m_execution->equity(price, at));
    const QString dayError = m_execution->recordDay(price, at);
    if (!dayError.isEmpty())
        enterError(QStringLiteral("database: ") + dayError);
}

void TradingEngine::killSwitch()
{
    guarded("kill switch", [this] {
        m_killed = true;
        if (m_strategy)
            m_strategy->kill();
        Logger::error(kCategory, QStringLiteral("KILL SWITCH: new entries blocked, open orders cancelled, positions "
                                                "closed"));
        const bool running = m_status.state == EngineState::Running;
        if (running)
            enterError(QStringLiteral("kill switch"));
        if (!m_execution)
            return;
        // Not part of an iteration: the cancel and the exit run to their end whatever the state.
        const std::shared_ptr<bool> alive = m_killAlive;
        m_execution->cancelOpenOrders(now(), [this, alive](const Execution::Outcome &cancelled) {
            guarded("kill switch", [&] {
                if (!*alive || !m_execution)
                    return;
                publishExecution(cancelled);
                if (!m_execution->hasPosition() || !m_status.lastPrice)
                    return;
                m_execution->exit(*m_status.lastPrice, QStringLiteral("kill switch"), now(),
                                  [this, alive](const Execution::Outcome &exited) {
                                      guarded("kill switch", [&] {
                                          if (*alive && m_execution)
                                              publishExecution(exited);
                                      });
                                  });
            });
        });
    });
}

void TradingEngine::resetPaperAccount(const Decimal &startingKrw)
{
    guarded("paper reset", [&] {
        QString error;
        if (m_status.state == EngineState::Running || m_status.state == EngineState::Stopping)
            error = QStringLiteral("stop the engine before resetting the paper account");
        else if (!m_database)
            error = QStringLiteral("no database: ") + m_storageError;
        else if (PaperAccount::reset(*m_database, startingKrw, now(), &error))
            Logger::warning(QStringLiteral("paper"),
                            QStringLiteral("paper account reset to %1 KRW").arg(startingKrw.toString()));
        if (!error.isEmpty())
            Logger::warning(QStringLiteral("paper"), QStringLiteral("paper account not reset: ") + error);
        Q_EMIT paperAccountReset(error);
    });
}

void TradingEngine::applyStrategyParameters(const QHash<QString, QString> &values)
{
    guarded("parameters", [&] {
        QStringList problems;
        const StrategyParameters next = StrategyParameters::fromMap(values, m_parameters, &problems);
        problems += next.validate();
        if (problems.isEmpty() && m_database)
            ParameterStore::save(*m_database, next, now(), &problems);
        if (!problems.isEmpty()) {
            Logger::warning(QStringLiteral("strategy"),
                            QStringLiteral("parameters refused: ") + problems.join(QStringLiteral("; ")));
            Q_EMIT parametersApplied(problems);
            return;
        }
        m_parameters = next;
        if (m_strategy)
            m_strategy->setParameters(next); // from the next candle on, without a restart
        Logger::info(QStringLiteral("strategy"), QStringLiteral("parameters applied from the next candle"));
        Q_EMIT parametersApplied({});
    });
}

bool TradingEngine::recordFailure(const ExchangeError &error, const QString &what)
{
    ++m_status.failures;
    m_status.lastError = error.describe();
    if (m_execution && !m_execution->isPaper())
        m_needsReconcile = true; // a network gap: orders may have filled meanwhile
    Logger::warning(kCategory, QStringLiteral("%1 failed (%2/%3): %4")
                                   .arg(what)
                                   .arg(m_status.failures)
                                   .arg(m_config.maxConsecutiveFailures)
                                   .arg(m_status.lastError));
    Q_EMIT failureOccurred(ExchangeError::kindName(error.kind), m_status.lastError, m_status.failures,
                           m_config.maxConsecutiveFailures);
    if (m_status.state == EngineState::Running && m_status.failures >= m_config.maxConsecutiveFailures) {
        enterError(QStringLiteral("%1 consecutive failures, last: %2").arg(m_status.failures).arg(m_status.lastError));
        return true;
    }
    publish();
    return false;
}

void TradingEngine::finishIteration()
{
    if (m_status.state == EngineState::Stopping)
        transition(EngineState::Idle, QStringLiteral("stopped"));
    else if (m_status.state == EngineState::Running)
        m_pollTimer->start(m_config.interval);
}

void TradingEngine::enterError(const QString &cause)
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_syncTimer)
        m_syncTimer->stop();
    m_status.lastError = cause;
    Logger::error(kCategory, QStringLiteral("engine error: ") + cause);
    if (m_status.state == EngineState::Running) {
        transition(EngineState::Error, cause);
        return;
    }
    // Outside RUNNING the state machine has no edge to ERROR: keep the state, show the cause.
    publish();
}

void TradingEngine::shutdown()
{
    guarded("shutdown", [this] {
        if (m_pollTimer)
            m_pollTimer->stop();
        if (m_syncTimer)
            m_syncTimer->stop();
        if (m_status.state == EngineState::Running)
            transition(EngineState::Stopping, QStringLiteral("application is closing"));
        if (m_client)
            m_client->cancelAll();
        m_requestInFlight = false;
        ++m_generation;
        if (m_status.state == EngineState::Stopping)
            transition(EngineState::Idle, QStringLiteral("stopped for exit"));
        m_marketSync.reset();
        m_strategy.reset();
        *m_killAlive = false;
        m_execution.reset();
        m_database.reset(); // the connection is closed in the thread that opened it
    });
}

QDateTime TradingEngine::now() const
{
    // The replay market runs on its own clock; every other exchange on the injected one.
    const Clock *exchangeClock = m_client ? m_client->clock() : nullptr;
    return (exchangeClock ? exchangeClock : m_clock)->nowUtc();
}

void TradingEngine::publish()
{
    EngineStatus status = m_status;
    status.threadAlive = true;
    if (m_execution) {
        status.stopPrice = m_execution->stopPrice();
        const auto position = m_execution->ledger().position(m_config.market);
        status.trailingStop = status.stopPrice && position && *status.stopPrice > position->averagePrice();
    }
    Q_EMIT statusChanged(status);
}

} // namespace autocoin
