#include "core/TradingEngine.h"

#include "ExchangeClient.h"
#include "core/Amount.h"
#include "core/Clock.h"
#include "execution/LiveExecution.h"
#include "execution/PaperExecution.h"
#include "logging/Logger.h"
#include "market/MarketSync.h"
#include "rules/Universe.h"
#include "storage/Backup.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"
#include "strategy/ParameterStore.h"
#include "stream/StreamConnection.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <utility>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("engine");
/// Ticks of one market go out at most this often (4 per second).
constexpr qint64 kTickSpacingMs = 250;
/// A price through a stop wakes the engine at most this often per market: the exit is under way
/// after the first wake, and a crash's flood of trades must not become a flood of requests.
constexpr qint64 kStopWakeSpacingMs = 1000;

} // namespace

TradingEngine::TradingEngine(EngineConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock ? clock : &SystemClock::instance())
{
    m_status.maxFailures = m_config.maxConsecutiveFailures;
    m_status.exchange = m_config.exchange;
    m_status.markets = m_config.markets;
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
        m_steady.start();
        m_tickTimer = new QTimer(this);
        m_tickTimer->setSingleShot(true);
        connect(m_tickTimer, &QTimer::timeout, this, [this] { guarded("ticks", [this] { flushTicks(); }); });
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        connect(m_pollTimer, &QTimer::timeout, this, [this] { guarded("poll", [this] { poll(); }); });
        m_recoverTimer = new QTimer(this);
        m_recoverTimer->setSingleShot(true);
        connect(m_recoverTimer, &QTimer::timeout, this, [this] { guarded("recovery", [this] { probeRecovery(); }); });
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
        createStreams();
        m_status.exchange = config.exchange;
        m_status.markets = config.markets;
        m_status.universe = config.universeTop > 0 ? QStringLiteral("top:%1").arg(config.universeTop) : QString();
        m_status.paperMode = config.paperMode;
        m_status.maxFailures = config.maxConsecutiveFailures;
        m_markets = config.markets;
        m_prices.clear();
        m_lastSignals.clear();
        m_runners.clear();
        m_step.reset();
        m_portfolio.reset();
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

void TradingEngine::syncMarkets(std::function<void()> then)
{
    if (m_status.state != EngineState::Running)
        return;
    if (!m_marketSync || m_syncInFlight) {
        if (then)
            then();
        return;
    }
    m_syncInFlight = true;
    const quint64 generation = m_generation;
    m_marketSync->run([this, generation, then = std::move(then)](const MarketSync::Outcome &outcome) {
        guarded("market sync", [&] {
            m_syncInFlight = false;
            if (generation != m_generation)
                return;
            // `then` runs whatever happened: it looks at the state itself.
            const auto next = [&] {
                if (then)
                    then();
            };
            if (m_status.state != EngineState::Running)
                return next();
            if (outcome.exchangeError) {
                // Trading goes on with the flags stored by the last sync that worked.
                if (outcome.exchangeError->kind != ExchangeError::Kind::Cancelled)
                    recordFailure(*outcome.exchangeError, QStringLiteral("market sync"));
                loadMarketFlags();
                return next();
            }
            recordSuccess(QStringLiteral("market sync"));
            if (!outcome.storageError.isEmpty()) {
                enterError(QStringLiteral("database: ") + outcome.storageError);
                return next();
            }
            const auto &c = outcome.changes;
            if (c.changed())
                Logger::info(kCategory, QStringLiteral("markets: %1 added, %2 deactivated, %3 warning changes (%4)")
                                            .arg(c.added.size())
                                            .arg(c.deactivated.size())
                                            .arg(c.warningsChanged.size())
                                            .arg((c.added + c.deactivated + c.warningsChanged).mid(0, 10).join(u' ')));
            Q_EMIT marketsSynced(c.added, c.deactivated, c.warningsChanged);
            loadMarketFlags();
            publish();
            next();
        });
    });
}

void TradingEngine::loadMarketFlags()
{
    if (!m_database)
        return;
    StorageError error;
    const QList<MarketRecord> markets = MarketRepository(*m_database).all(m_config.exchange, &error);
    if (!error.message.isEmpty()) {
        Logger::warning(kCategory, QStringLiteral("market flags unreadable: ") + error.describe());
        return;
    }
    m_flags.clear();
    for (const MarketRecord &market : markets) {
        if (market.active)
            m_flags.insert(market.symbol, market.warningLevel);
    }
    m_flagsKnown = !m_flags.isEmpty();
    // A traded market the exchange no longer lists: no entries there, said once.
    for (const QString &market : managedMarkets()) {
        if (m_flagsKnown && !m_flags.contains(market) && !m_delistedReported.contains(market)) {
            m_delistedReported.insert(market);
            const bool held = m_execution && m_execution->hasPosition(market);
            const Reason notice = Reason(ReasonCode::MarketNotListed)
                                      .set(QStringLiteral("market"), market)
                                      .set(QStringLiteral("exchange"), exchangeName(m_config.exchange))
                                      .set(QStringLiteral("held"), held ? 1.0 : 0.0);
            Logger::warning(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1"), {logReason(notice)});
            Q_EMIT executionNotice(notice);
        }
    }
}

QString TradingEngine::unknownMarkets(const QStringList &markets) const
{
    if (!m_flagsKnown)
        return {}; // nothing to check against (no database, or no sync has ever worked)
    QStringList problems;
    for (const QString &market : markets) {
        if (!m_flags.contains(market))
            problems.append(QStringLiteral("%1 is not a market %2 lists").arg(market, exchangeName(m_config.exchange)));
    }
    if (problems.isEmpty())
        return {};
    return QStringLiteral("unknown market: %1 — check --markets / TRADING_MARKETS")
        .arg(problems.join(QStringLiteral("; ")));
}

Reason TradingEngine::entryBlock(const QString &market) const
{
    if (m_entriesHeld) // the kill switch is being confirmed: its block, a moment early
        return Reason(ReasonCode::KillSwitch);
    if (!m_flagsKnown)
        return {}; // no market table yet (first start offline): the exchange refuses what it must
    const QString name = QStringLiteral("market");
    const auto it = m_flags.constFind(market);
    if (it == m_flags.constEnd())
        return Reason(ReasonCode::Delisted).set(name, market);
    if (*it == u"CAUTION")
        return Reason(ReasonCode::WarningMarket).set(name, market);
    if (*it != u"NONE" && !it->isEmpty() && m_parameters.blockCaution == 1)
        return Reason(ReasonCode::CautionMarket).set(name, market).set(QStringLiteral("flags"), *it);
    return {};
}

QStringList TradingEngine::managedMarkets() const
{
    QStringList markets = m_markets;
    if (m_execution) {
        for (const QString &market : m_execution->engagedMarkets()) {
            if (!markets.contains(market))
                markets.append(market);
        }
    }
    return markets;
}

void TradingEngine::setMarkets(const QStringList &markets)
{
    m_markets = markets;
    m_status.markets = markets;
    if (m_execution)
        m_execution->setMarkets(markets);
    syncRunners();
}

void TradingEngine::syncRunners()
{
    if (!m_portfolio || !m_client)
        return;
    const QStringList wanted = managedMarkets();
    for (auto it = m_runners.begin(); it != m_runners.end();) {
        if (wanted.contains(it->first))
            ++it;
        else
            it = m_runners.erase(it);
    }
    const Clock *clock = m_client->clock() ? m_client->clock() : m_clock;
    for (const QString &market : wanted) {
        if (m_runners.count(market))
            continue;
        StrategyCore &core = m_portfolio->core(market);
        core.setParameters(m_parameters, {});
        auto runner = std::make_unique<StrategyRunner>(
            m_client, m_database.get(), StrategyRunner::Settings{m_config.exchange, market, m_config.timeframe}, clock,
            core);
        // Kelly's record from the stored closed trades of this market and mode: a restart decides
        // as an uninterrupted run (and the backtest) would.
        if (m_execution)
            runner->restoreClosedTrades(m_execution->ledger().fills());
        m_runners.emplace(market, std::move(runner));
    }
}

void TradingEngine::refreshUniverse(quint64 generation, std::function<void()> next)
{
    const int top = m_config.universeTop;
    const auto due = std::chrono::duration_cast<std::chrono::seconds>(m_config.universeRefresh).count();
    if (top <= 0 || (m_universeChosen.isValid() && now() < m_universeChosen.addSecs(due))) {
        next();
        return;
    }
    m_requestInFlight = true;
    // Every KRW market's ticker in one request (the 24-hour traded value), the flags from the
    // market table the last sync wrote.
    m_client->fetchTickers([this, generation, top, next = std::move(next)](const Result<QList<Ticker>> &tickers) {
        guarded("universe", [&] {
            m_requestInFlight = false;
            if (generation != m_generation)
                return;
            if (m_status.state != EngineState::Running) {
                finishIteration();
                return;
            }
            if (!tickers.ok()) {
                // The universe chosen before stays (none yet: the list); asked again next poll.
                if (tickers.error().kind != ExchangeError::Kind::Cancelled &&
                    recordFailure(tickers.error(), QStringLiteral("universe")))
                    return;
                next();
                return;
            }
            recordSuccess(QStringLiteral("universe"));
            QList<Market> listed;
            for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
                Market market;
                market.code = it.key();
                market.warning = *it == u"CAUTION";
                if (*it != u"CAUTION" && *it != u"NONE" && !it->isEmpty())
                    market.cautions = it->split(u',');
                listed.append(market);
            }
            const QStringList chosen = topByTradedValue(tickers.value(), listed, top, m_parameters.blockCaution == 1);
            m_universeChosen = now();
            if (chosen.isEmpty()) {
                Logger::warning(kCategory, QStringLiteral("universe top:%1: no market qualifies (no market list yet?); "
                                                          "trading the list %2 meanwhile")
                                               .arg(top)
                                               .arg(m_markets.join(u',')));
            } else if (chosen != m_markets) {
                const Reason notice = Reason(ReasonCode::UniverseChosen)
                                          .set(QStringLiteral("top"), static_cast<double>(top))
                                          .set(QStringLiteral("markets"), chosen.join(QStringLiteral(", ")));
                Logger::info(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1"), {logReason(notice)});
                Q_EMIT executionNotice(notice);
                setMarkets(chosen);
            }
            next();
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
    const auto target = commandTarget(command, m_status.state, m_killed);
    if (!target) {
        const QString reason = command == EngineCommand::Start && m_killed && m_status.state == EngineState::Idle
                                   ? QStringLiteral("Start is not allowed while the kill switch is on: Reset first")
                                   : QStringLiteral("%1 is not allowed while the engine is %2")
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
        m_failures.clear();
        m_hardFailures.clear();
        m_retryDelay.reset();
        m_status.lastError.clear();
        transition(EngineState::Running, QStringLiteral("start requested"));
        if (!m_client) {
            enterError(QStringLiteral("exchange \"%1\" is not supported").arg(exchangeName(m_config.exchange)));
            return;
        }
        if (!m_storageError.isEmpty()) {
            enterError(QStringLiteral("database: ") + m_storageError);
            return;
        }
        {
            const QTimeZone zone(m_config.timeZone.toUtf8());
            m_markets = m_config.markets;
            m_prices.clear();
            m_lastSignals.clear();
            m_runners.clear();
            m_delistedReported.clear();
            m_universeChosen = {};
            m_step.reset(); // it refers to the execution and portfolio about to be replaced
            if (!createExecution(zone))
                return;
            m_portfolio = std::make_unique<Portfolio>(m_config.timeframe, m_parameters, m_client->rules(), zone);
            if (m_killed)
                m_portfolio->kill();
            PortfolioStep::Hooks hooks;
            hooks.outcome = [this](const Execution::Outcome &o, const QString &, const QString &) {
                return stepOutcome(o);
            };
            hooks.decided = [this](const QList<SignalRecord> &records) { return stepDecided(records); };
            hooks.entryBlock = [this](const QString &market) { return entryBlock(market); };
            hooks.exitOnWarning = [this](const QString &market) {
                return m_parameters.exitOnWarning == 1 && m_flags.value(market) == u"CAUTION";
            };
            m_step = std::make_unique<PortfolioStep>(*m_execution, *m_portfolio, hooks);
        }
        {
            // The exchange's market list and flags first (an unknown market is refused, a warned
            // one gets no entry from the first decision on), then the books: the paper account,
            // or live orders and balances as the exchange has them.
            const quint64 generation = m_generation;
            m_requestInFlight = true;
            syncMarkets([this, generation] {
                m_requestInFlight = false;
                if (generation != m_generation)
                    return;
                if (m_status.state != EngineState::Running) {
                    finishIteration(); // stopped (or failed) while the list was asked for
                    return;
                }
                loadMarketFlags();
                if (const QString unknown = unknownMarkets(m_config.markets); !unknown.isEmpty()) {
                    enterError(unknown);
                    return;
                }
                executionStep(
                    generation, [this](Execution::Done done) { m_execution->reconcile(now(), std::move(done)); },
                    [this] {
                        if (m_status.state == EngineState::Running)
                            startTrading();
                        else
                            finishIteration();
                    });
            });
        }
        m_syncTimer->start(m_config.marketSyncInterval);
        break;
    case EngineCommand::Stop:
        m_pollTimer->stop();
        m_syncTimer->stop();
        transition(EngineState::Stopping, QStringLiteral("stop requested"));
        if (!m_requestInFlight) // otherwise the answer (or its timeout) completes the stop
            transition(EngineState::Idle, QStringLiteral("stopped"));
        break;
    case EngineCommand::Reset: {
        const bool wasKilled = std::exchange(m_killed, false); // the operator has looked at what happened
        const bool fromError = m_status.state == EngineState::Error;
        if (fromError) {
            leaveError(QStringLiteral("reset requested"));
        } else { // IDLE with the kill switch engaged: no state change, the switch is released
            Logger::info(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "kill switch released by Reset"));
            publish();
        }
        if (wasKilled)
            Q_EMIT killSwitchChanged(false, fromError);
        break;
    }
    }
}

void TradingEngine::transition(EngineState to, const QString &reason)
{
    const EngineState from = m_status.state;
    Q_ASSERT(isLegalTransition(from, to));
    m_status.state = to;
    const Reason known = Reason::fromEnglish(reason); // "kill switch": in the window's words
    Logger::info(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1 -> %2 (%3)"),
                 {logState(from), logState(to), known.isEmpty() ? QVariant(reason) : logReason(known)});
    if (to == EngineState::Idle || to == EngineState::Error)
        stopStreams(to == EngineState::Idle ? QStringLiteral("engine stopped") : QStringLiteral("engine error"));
    Q_EMIT stateChanged(from, to, reason);
    publish();
}

void TradingEngine::startTrading()
{
    setMarkets(m_markets); // the runners; the universe, when set, is chosen by the first poll
    startStreams();
    poll();
}

void TradingEngine::poll()
{
    if (m_status.state != EngineState::Running || m_requestInFlight)
        return;
    const quint64 generation = m_generation;
    // The universe first when it is due (every UNIVERSE_REFRESH_MINUTES).
    if (m_config.universeTop > 0) {
        const auto due = std::chrono::duration_cast<std::chrono::seconds>(m_config.universeRefresh).count();
        if (!m_universeChosen.isValid() || now() >= m_universeChosen.addSecs(due)) {
            refreshUniverse(generation, [this] { pollTickers(); });
            return;
        }
    }
    pollTickers();
}

void TradingEngine::pollTickers()
{
    if (m_status.state != EngineState::Running || m_requestInFlight)
        return;
    m_requestInFlight = true;
    const quint64 generation = m_generation;
    QStringList markets = managedMarkets();
    // A market the exchange no longer lists has no ticker (the exchanges answer 404 for the whole
    // list): it is left out, so the others keep their prices (its delisting was reported once).
    if (m_flagsKnown)
        markets.removeIf([this](const QString &market) { return !m_flags.contains(market); });
    // While the stream delivers, a market it has priced within the stale period needs no
    // request: the iteration goes on with the streamed prices (candles, orders and stops still run
    // every interval). A quiet market — or one whose messages stopped being readable while others
    // flow — is asked over REST, all of them in one request.
    if (m_stream && m_stream->state() == FeedState::Connected) {
        const qint64 freshSince = m_steady.elapsed() - m_config.staleAfter.count();
        markets.removeIf([this, freshSince](const QString &market) {
            const auto priced = m_streamPriced.constFind(market);
            return priced != m_streamPriced.constEnd() && *priced >= freshSince;
        });
    }
    if (markets.isEmpty()) {
        onTickers(QList<Ticker>(), generation);
        return;
    }
    // One request for every market's price.
    m_client->fetchTickers(markets, [this, generation](const Result<QList<Ticker>> &result) {
        guarded("ticker", [&] { onTickers(result, generation); });
    });
}

void TradingEngine::onTickers(const Result<QList<Ticker>> &result, quint64 generation)
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
        recordSuccess(QStringLiteral("ticker"));
        for (const Ticker &ticker : result.value()) {
            m_prices.insert(ticker.market, ticker.tradePrice);
            Logger::debug(kCategory, QStringLiteral("%1 %2").arg(ticker.market, ticker.tradePrice.toString()));
            Q_EMIT tickReceived(ticker.market, ticker.tradePrice, m_status.iteration);
        }
        afterTick(generation);
        return;
    } else if (recordFailure(result.error(), QStringLiteral("ticker"))) {
        return;
    }
    publish();
    finishIteration();
}

void TradingEngine::executionStep(quint64 generation, const std::function<void(Execution::Done)> &operation,
                                  std::function<void()> next, bool followUp)
{
    m_requestInFlight = true;
    operation([this, generation, followUp, next = std::move(next)](const Execution::Outcome &outcome) {
        guarded("execution", [&] {
            if (generation != m_generation)
                return; // an earlier run's late answer
            m_requestInFlight = false;
            // Only a follow-up (or reconciliation) that looked at every unfinished order without a
            // failure shows the order endpoints work; a step that asked nothing proves nothing.
            if (followUp && !outcome.error)
                recordSuccess(QStringLiteral("orders"));
            if (!publishExecution(outcome))
                return;
            if (m_status.state != EngineState::Running && m_status.state != EngineState::Stopping)
                return;
            next();
        });
    });
}

void TradingEngine::afterTick(quint64 generation)
{
    if (!m_execution) {
        endIteration();
        return;
    }
    const auto strategy = [this, generation] {
        if (m_portfolio && m_status.state == EngineState::Running) {
            syncRunners();
            publish();
            // Every market's new candles, then the step: stops, decisions, orders.
            refreshFrom(0, {}, generation);
            return;
        }
        recordEquity();
        endIteration();
    };
    const bool reconcile = m_needsReconcile;
    executionStep(
        generation,
        [this, reconcile](Execution::Done done) {
            if (reconcile) {
                // Cleared before, not after: a reconciliation that fails sets it again and is retried.
                m_needsReconcile = false;
                Logger::info(kCategory,
                             QT_TRANSLATE_NOOP("autocoin::EngineLog",
                                               "the exchange answers again: reconciling orders and balances"));
                m_execution->reconcile(now(), std::move(done));
            } else {
                m_execution->follow(now(), std::move(done));
            }
        },
        strategy, true);
}

void TradingEngine::endIteration()
{
    if (m_status.state == EngineState::Error)
        return;
    publish();
    finishIteration();
}

bool TradingEngine::createExecution(const QTimeZone &zone)
{
    m_execution.reset();
    Execution::Settings es;
    es.exchange = m_config.exchange;
    es.markets = m_markets;
    es.feeRate = m_client->rules().defaultFeeRate();
    es.slippage = m_config.paperSlippage;
    es.startingKrw = m_config.paperBalance;
    es.maxOrderKrw = m_config.maxOrderKrw;
    es.orderTimeout = m_config.orderTimeout;
    es.zone = zone;
    if (m_config.paperMode) {
        // The replay market has no order book: its paper fills take the last price plus slippage.
        const bool book = m_config.exchange != Exchange::Replay;
        m_execution = std::make_unique<PaperExecution>(m_database.get(), m_client, es, book);
    } else {
        if (!m_config.liveConfirmed) {
            enterError(QStringLiteral("live trading needs explicit confirmation: confirm it in the dialog, or pass "
                                      "--i-understand-live-trading with PAPER_MODE=false"));
            return false;
        }
        Logger::warning(kCategory, QStringLiteral("LIVE TRADING on %1 %2: at most %3 KRW per buy order")
                                       .arg(exchangeName(m_config.exchange), m_markets.join(u','),
                                            m_config.maxOrderKrw.toString()));
        m_execution = std::make_unique<LiveExecution>(m_database.get(), m_client, es);
    }
    return true;
}

void TradingEngine::refreshFrom(qsizetype index, QList<Portfolio::Closed> closed, quint64 generation)
{
    if (index >= static_cast<qsizetype>(m_runners.size())) {
        runSteps(closed, generation);
        return;
    }
    auto it = m_runners.begin();
    std::advance(it, index);
    m_requestInFlight = true;
    it->second->refresh(
        [this, index, closed = std::move(closed), generation](const StrategyRunner::Outcome &outcome) mutable {
            guarded("strategy", [&] {
                m_requestInFlight = false;
                if (generation != m_generation)
                    return;
                if (!outcome.storageError.isEmpty()) {
                    enterError(QStringLiteral("database: ") + outcome.storageError);
                    return;
                }
                if (m_status.state != EngineState::Running) {
                    // Stopped (or failed) while the candles were asked for: no further request, no
                    // decision and no order; this completes the stop. The candles are stored.
                    finishIteration();
                    return;
                }
                if (outcome.error) {
                    // This market waits for the next poll; the others are decided now.
                    if (outcome.error->kind != ExchangeError::Kind::Cancelled &&
                        recordFailure(*outcome.error, QStringLiteral("candles")))
                        return;
                } else {
                    recordSuccess(QStringLiteral("candles"));
                }
                auto runner = m_runners.begin();
                std::advance(runner, index);
                for (const Candle &candle : outcome.closed)
                    closed.append({runner->first, candle});
                refreshFrom(index + 1, std::move(closed), generation);
            });
        });
}

void TradingEngine::runSteps(const QList<Portfolio::Closed> &closed, quint64 generation)
{
    // The candles of every market by close time: each time is one step, as in a backtest. A tick
    // without a new candle is one step too: its stops.
    std::map<qint64, QList<Portfolio::Closed>> byTime;
    for (const Portfolio::Closed &c : closed)
        byTime[c.candle.openTime.toMSecsSinceEpoch()].append(c);
    QList<QList<Portfolio::Closed>> groups;
    for (auto &[time, candles] : byTime) {
        Q_UNUSED(time);
        groups.append(std::move(candles));
    }
    if (groups.isEmpty())
        groups.append(QList<Portfolio::Closed>());
    runStep(std::move(groups), 0, generation);
}

void TradingEngine::runStep(QList<QList<Portfolio::Closed>> groups, qsizetype index, quint64 generation)
{
    if (index >= groups.size() || !m_step) {
        m_requestInFlight = false;
        recordEquity();
        endIteration();
        return;
    }
    m_requestInFlight = true;
    m_stepGeneration = generation;
    const QList<Portfolio::Closed> group = groups[index];
    m_step->run(m_prices, group, now(), [this, groups = std::move(groups), index, generation]() mutable {
        runStep(std::move(groups), index + 1, generation);
    });
}

bool TradingEngine::stepOutcome(const Execution::Outcome &outcome)
{
    if (m_stepGeneration != m_generation)
        return false; // an earlier run's late answer
    m_requestInFlight = false;
    if (!publishExecution(outcome))
        return false;
    if (m_status.state != EngineState::Running && m_status.state != EngineState::Stopping)
        return false;
    m_requestInFlight = true;
    return true;
}

bool TradingEngine::stepDecided(const QList<SignalRecord> &signalRecords)
{
    if (m_database && !signalRecords.isEmpty()) {
        // Stored before anyone is told: the history is the record of what the engine decided.
        StorageError error;
        if (!SignalRepository(*m_database).insert(signalRecords, &error)) {
            m_requestInFlight = false;
            enterError(QStringLiteral("database: ") + error.describe());
            return false;
        }
    }
    for (const SignalRecord &signal : signalRecords) {
        // Every decision is stored and emitted; the log keeps HOLDs at DEBUG so BUY/SELL stand out.
        Logger::instance().log(signal.signalType == SignalType::Hold ? LogLevel::Debug : LogLevel::Info,
                               QStringLiteral("strategy"),
                               QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1 %2 at %3 (strength %4): %5"),
                               {logSignal(signal.signalType), signal.symbol, signal.price.toString(),
                                QString::number(signal.strength, 'f', 2),
                                signal.cause.isEmpty() ? QVariant(signal.reason) : logReason(signal.cause)});
        m_lastSignals.insert(signal.symbol, signal.signalType);
        Q_EMIT signalGenerated(signal);
    }
    const bool limitHit = m_portfolio->risk().dailyLimitHit();
    if (limitHit && !m_dailyLimitReported) {
        Logger::warning(QStringLiteral("risk"), QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1"),
                        {logReason(m_portfolio->risk().blockCause())});
        Q_EMIT dailyLossLimitReached(m_portfolio->risk().blockReason());
    }
    m_dailyLimitReported = limitHit;
    return true;
}

bool TradingEngine::publishExecution(const Execution::Outcome &outcome)
{
    const QString category = m_execution && !m_execution->isPaper() ? QStringLiteral("live") : QStringLiteral("paper");
    for (qsizetype i = 0; i < outcome.orders.size(); ++i) {
        const OrderRecord &order = outcome.orders[i];
        Q_EMIT orderUpdated(order);
        // One line per order, at its last state in this step (placement and follow-up both
        // report it): each fill is logged once.
        const bool later =
            std::any_of(outcome.orders.cbegin() + i + 1, outcome.orders.cend(),
                        [&order](const OrderRecord &o) { return o.clientOrderId == order.clientOrderId; });
        if (later)
            continue;
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
            Logger::info(
                category,
                order.side == OrderSide::Buy
                    ? QT_TRANSLATE_NOOP("autocoin::EngineLog", "bought %1 %2 for %3 KRW (average %4, fee %5, order %6)")
                    : QT_TRANSLATE_NOOP("autocoin::EngineLog", "sold %1 %2 for %3 KRW (average %4, fee %5, order %6)"),
                {formatAmount(volume), order.symbol, formatAmount(funds.rounded(0, Decimal::Rounding::HalfUp)),
                 formatPrice(funds.divided(volume, 8)), formatAmount(fee.rounded(2, Decimal::Rounding::HalfUp)),
                 order.clientOrderId});
        else if (order.status == OrderStatus::Failed)
            Logger::warning(category,
                            order.side == OrderSide::Buy
                                ? QT_TRANSLATE_NOOP("autocoin::EngineLog", "buy %1 not placed")
                                : QT_TRANSLATE_NOOP("autocoin::EngineLog", "sell %1 not placed"),
                            {order.symbol});
    }
    for (const TradeRecord &trade : outcome.trades)
        Q_EMIT tradeRecorded(trade);
    if (!outcome.refusal.isEmpty())
        Logger::warning(category, QT_TRANSLATE_NOOP("autocoin::EngineLog", "order not placed: %1"), {outcome.refusal});
    for (const Reason &notice : outcome.notices) {
        // The file keeps the English; the window's log view reads the reason in its language.
        Logger::warning(category, QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1"), {logReason(notice)});
        Q_EMIT executionNotice(notice);
    }
    if (m_portfolio) {
        for (auto it = outcome.closedTrades.cbegin(); it != outcome.closedTrades.cend(); ++it)
            m_portfolio->core(it.key()).recordClosedTrade(it.value());
    }
    if (!outcome.storageError.isEmpty()) {
        enterError(QStringLiteral("database: ") + outcome.storageError);
        return false;
    }
    if (outcome.error && outcome.error->kind != ExchangeError::Kind::Cancelled &&
        recordFailure(*outcome.error, QStringLiteral("orders")))
        return false;
    return true;
}

void TradingEngine::recordEquity()
{
    if (!m_execution)
        return;
    const QDateTime at = now();
    Q_EMIT equityUpdated(m_execution->equity(m_prices, at));
    const QString dayError = m_execution->recordDay(m_prices, at);
    if (!dayError.isEmpty())
        enterError(QStringLiteral("database: ") + dayError);
}

void TradingEngine::killSwitch()
{
    guarded("kill switch", [this] {
        const bool wasKilled = std::exchange(m_killed, true);
        if (m_recoverTimer)
            m_recoverTimer->stop(); // a kill switch is never recovered from automatically
        if (m_portfolio)
            m_portfolio->kill();
        Logger::error(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "KILL SWITCH: new entries blocked, open "
                                                                          "orders cancelled, positions closed"));
        const bool running = m_status.state == EngineState::Running;
        if (running)
            enterError(QStringLiteral("kill switch"));
        else
            publish(); // the window shows the kill switch in IDLE too
        if (!wasKilled)
            Q_EMIT killSwitchChanged(true, running);
        if (!m_execution)
            return;
        // Not part of an iteration: the cancel and the exits run to their end whatever the state.
        const std::shared_ptr<bool> alive = m_killAlive;
        m_execution->cancelOpenOrders(now(), [this, alive](const Execution::Outcome &cancelled) {
            guarded("kill switch", [&] {
                if (!*alive || !m_execution)
                    return;
                publishExecution(cancelled);
                // Orders whose outcome is not known yet (an answer lost or late) are looked up
                // first: a buy that filled meanwhile is then held, and sold with the rest.
                m_execution->follow(now(), [this, alive](const Execution::Outcome &followed) {
                    guarded("kill switch", [&] {
                        if (!*alive || !m_execution)
                            return;
                        publishExecution(followed);
                        killExits(m_execution->heldMarkets(), 0);
                    });
                });
            });
        });
    });
}

void TradingEngine::holdEntries(bool hold)
{
    m_entriesHeld = hold;
    Logger::info(kCategory, hold ? QStringLiteral("new entries held (kill switch being confirmed)")
                                 : QStringLiteral("new entries no longer held"));
}

void TradingEngine::killExits(QStringList markets, qsizetype index)
{
    if (!m_execution)
        return;
    if (index >= markets.size()) {
        // What the kill switch could not settle: an order whose outcome the exchange still does
        // not tell (or a sale of its own not finished yet). The operator must look at it there.
        for (const OrderRecord &order : m_execution->unresolved())
            Logger::error(kCategory,
                          QT_TRANSLATE_NOOP("autocoin::EngineLog",
                                            "kill switch: order %1 in %2 is not settled yet: check it on the exchange"),
                          {order.clientOrderId, order.symbol});
        return;
    }
    const QString market = markets[index];
    const auto price = m_prices.constFind(market);
    if (price == m_prices.constEnd()) {
        Logger::error(kCategory, QStringLiteral("kill switch: no price for %1 yet; sell it by hand").arg(market));
        killExits(std::move(markets), index + 1);
        return;
    }
    const std::shared_ptr<bool> alive = m_killAlive;
    m_execution->exit(market, *price, QStringLiteral("kill switch"), now(),
                      [this, alive, markets = std::move(markets), index](const Execution::Outcome &exited) mutable {
                          guarded("kill switch", [&] {
                              if (!*alive || !m_execution)
                                  return;
                              publishExecution(exited);
                              killExits(std::move(markets), index + 1);
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
                            QT_TRANSLATE_NOOP("autocoin::EngineLog", "paper account reset to %1 KRW"),
                            {startingKrw.toString()});
        if (!error.isEmpty())
            Logger::warning(QStringLiteral("paper"),
                            QT_TRANSLATE_NOOP("autocoin::EngineLog", "paper account not reset: %1"), {error});
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
                            QT_TRANSLATE_NOOP("autocoin::EngineLog", "parameters refused: %1"),
                            {problems.join(QStringLiteral("; "))});
            Q_EMIT parametersApplied(problems);
            return;
        }
        m_parameters = next;
        if (m_portfolio) // from the next candle on, without a restart
            m_portfolio->setParameters(next);
        for (const auto &[market, runner] : m_runners) {
            Q_UNUSED(market);
            runner->setParameters(next);
        }
        Logger::info(QStringLiteral("strategy"),
                     QT_TRANSLATE_NOOP("autocoin::EngineLog", "parameters applied from the next candle"));
        Q_EMIT parametersApplied({});
    });
}

namespace {

/// A failure the same request may overcome unchanged once the network or the server is back:
/// what the backoff and the auto-recovery are for. Keys, funds, orders, malformed answers,
/// the database, risk and the kill switch are not.
bool isTransient(const ExchangeError &error)
{
    switch (error.kind) {
    case ExchangeError::Kind::Network:
    case ExchangeError::Kind::Timeout:
    case ExchangeError::Kind::Server:
    case ExchangeError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

bool TradingEngine::recordFailure(const ExchangeError &error, const QString &what)
{
    const int failures = ++m_failures[what];
    // A series of failures is transient only while every failure in it was.
    if (!isTransient(error))
        m_hardFailures.insert(what);
    const bool transient = !m_hardFailures.contains(what);
    // Only the reads of the poll are retried sooner or later than the interval; orders (whose lost
    // answers LiveExecution resolves by client order id) and the market sync keep their pace.
    const bool read = what == u"ticker" || what == u"candles" || what == u"universe";
    if (isTransient(error) && read && !m_config.retryBackoff.isEmpty()) {
        const auto step = std::min<qsizetype>(failures, m_config.retryBackoff.size()) - 1;
        auto delay = m_config.retryBackoff.at(step);
        delay = std::max(delay, std::chrono::milliseconds(error.retryAfterMs)); // a 429's Retry-After
        m_retryDelay = std::max(m_retryDelay.value_or(std::chrono::milliseconds(0)), delay);
    }
    m_status.failures = std::max(m_status.failures, failures);
    m_status.lastError = error.describe();
    if (m_execution && !m_execution->isPaper())
        m_needsReconcile = true; // a network gap: orders may have filled meanwhile
    Logger::warning(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "%1 failed (%2/%3): %4"),
                    {logRequest(what), QString::number(failures), QString::number(m_config.maxConsecutiveFailures),
                     logError(error)});
    Q_EMIT failureOccurred(ExchangeError::kindName(error.kind), m_status.lastError, failures,
                           m_config.maxConsecutiveFailures);
    if (m_status.state == EngineState::Running && failures >= m_config.maxConsecutiveFailures) {
        enterError(QStringLiteral("%1 consecutive failures (%2), last: %3").arg(failures).arg(what, m_status.lastError),
                   transient);
        return true;
    }
    publish();
    return false;
}

void TradingEngine::recordSuccess(const QString &what)
{
    m_hardFailures.remove(what);
    if (!m_failures.remove(what))
        return;
    int highest = 0;
    for (const int count : std::as_const(m_failures))
        highest = std::max(highest, count);
    m_status.failures = highest;
}

void TradingEngine::finishIteration()
{
    if (m_status.state == EngineState::Stopping)
        transition(EngineState::Idle, QStringLiteral("stopped"));
    else if (m_status.state == EngineState::Running) {
        auto next = m_config.interval;
        if (m_wakePending) {
            next = std::chrono::milliseconds(0);
        } else if (m_retryDelay) {
            next = *m_retryDelay;
            Logger::warning(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "retrying in %1 s"),
                            {QString::number(next.count() / 1000.0)});
        }
        m_pollTimer->start(next);
    }
    m_wakePending = false;
    m_retryDelay.reset();
    // The stream follows the markets the engine manages (a market left while held stays).
    if (m_stream && m_status.state == EngineState::Running)
        m_stream->setMarkets(managedMarkets());
}

void TradingEngine::enterError(const QString &cause, bool transient)
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_syncTimer)
        m_syncTimer->stop();
    m_retryDelay.reset();
    m_status.lastError = cause;
    Logger::error(kCategory, QT_TRANSLATE_NOOP("autocoin::EngineLog", "engine error: %1"), {cause});
    if (m_status.state == EngineState::Running) {
        m_errorTransient = transient && !m_killed;
        m_errorSince = now();
        transition(EngineState::Error, cause);
        if (m_errorTransient && m_config.autoRecoverAfter.count() > 0 && m_recoverTimer) {
            Logger::warning(kCategory,
                            QT_TRANSLATE_NOOP("autocoin::EngineLog",
                                              "a network outage: the engine starts again by itself once the exchange "
                                              "answers, %1 min from now at the earliest"),
                            {QString::number(m_config.autoRecoverAfter.count() / 60000.0)});
            m_recoverTimer->start(m_config.autoRecoverAfter);
        }
        return;
    }
    // Outside RUNNING the state machine has no edge to ERROR: keep the state, show the cause.
    publish();
}

void TradingEngine::leaveError(const QString &reason)
{
    m_recoverTimer->stop();
    m_errorTransient = false;
    m_status.failures = 0;
    m_status.lastError.clear();
    transition(EngineState::Idle, reason);
}

void TradingEngine::probeRecovery()
{
    if (m_status.state != EngineState::Error || !m_errorTransient || m_killed || !m_client)
        return;
    const quint64 generation = m_generation;
    // One cheap public request: the ticker of the first market traded.
    const QStringList markets = m_markets.isEmpty() ? m_config.markets : m_markets;
    m_client->fetchTickers(markets.mid(0, 1), [this, generation](const Result<QList<Ticker>> &result) {
        guarded("recovery", [&] {
            if (generation != m_generation || m_status.state != EngineState::Error || !m_errorTransient || m_killed)
                return; // reset, started, shut down or killed meanwhile
            if (!result.ok()) {
                if (result.error().kind == ExchangeError::Kind::Cancelled)
                    return;
                const auto again = m_config.retryBackoff.isEmpty() ? std::chrono::milliseconds(std::chrono::seconds(30))
                                                                   : m_config.retryBackoff.last();
                Logger::info(
                    kCategory,
                    QT_TRANSLATE_NOOP("autocoin::EngineLog", "auto-recovery: the exchange does not answer yet (%1)"),
                    {logError(result.error())});
                m_recoverTimer->start(again);
                return;
            }
            const char *recovered = QT_TRANSLATE_NOOP(
                "autocoin::EngineLog", "auto-recovered after the network came back (ERROR since %1: %2)");
            const QString reason =
                QString::fromUtf8(recovered).arg(m_errorSince.toString(Qt::ISODate), m_status.lastError);
            Logger::warning(kCategory, recovered, {m_errorSince.toString(Qt::ISODate), m_status.lastError});
            leaveError(reason);
            handleCommand(EngineCommand::Start);
        });
    });
}

void TradingEngine::shutdown()
{
    guarded("shutdown", [this] {
        if (m_recoverTimer)
            m_recoverTimer->stop();
        if (m_pollTimer)
            m_pollTimer->stop();
        if (m_syncTimer)
            m_syncTimer->stop();
        if (m_status.state == EngineState::Running)
            transition(EngineState::Stopping, QStringLiteral("application is closing"));
        if (m_client)
            m_client->cancelAll();
        stopStreams(QStringLiteral("application is closing"));
        m_requestInFlight = false;
        ++m_generation;
        if (m_status.state == EngineState::Stopping)
            transition(EngineState::Idle, QStringLiteral("stopped for exit"));
        m_marketSync.reset();
        m_runners.clear();
        m_step.reset();
        m_portfolio.reset();
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
    status.killed = m_killed;
    status.perMarket.clear();
    QStringList markets = m_markets;
    if (m_execution) {
        for (const QString &market : m_execution->engagedMarkets()) {
            if (!markets.contains(market))
                markets.append(market);
        }
    }
    for (const QString &market : std::as_const(markets)) {
        MarketStatus m;
        m.market = market;
        if (const auto price = m_prices.constFind(market); price != m_prices.constEnd())
            m.lastPrice = *price;
        if (const auto decided = m_lastSignals.constFind(market); decided != m_lastSignals.constEnd())
            m.signal = *decided;
        const QString flag = m_flags.value(market);
        m.warning = flag == u"NONE" ? QString() : flag;
        if (m_execution) {
            m.held = m_execution->hasPosition(market);
            m.stopPrice = m_execution->stopPrice(market);
            const auto position = m_execution->ledger().position(market);
            m.trailingStop = m.stopPrice && position && *m.stopPrice > position->averagePrice();
        }
        status.perMarket.append(m);
    }
    Q_EMIT statusChanged(status);
}

void TradingEngine::createStreams()
{
    delete m_stream;
    m_stream = nullptr;
    delete m_orderStream;
    m_orderStream = nullptr;
    m_streamPriced.clear();
    if (m_config.marketData != FeedSource::WebSocket || m_config.exchange == Exchange::Replay)
        return;
    const QUrl base = m_config.websocketUrl.isEmpty() ? defaultStreamBase(m_config.exchange) : m_config.websocketUrl;
    StreamConfig stream;
    stream.exchange = m_config.exchange;
    stream.url = publicStreamUrl(base);
    stream.staleAfter = m_config.staleAfter;
    m_stream = new MarketStream(stream, this);
    connect(m_stream, &MarketStream::tradeReceived, this,
            [this](const StreamTrade &trade) { guarded("stream", [&] { onStreamTrade(trade); }); });
    connect(m_stream, &MarketStream::tickerReceived, this, [this](const StreamTicker &ticker) {
        guarded("stream", [&] {
            StreamTrade last;
            last.market = ticker.market;
            last.price = ticker.tradePrice;
            last.time = ticker.time;
            onStreamTrade(last);
        });
    });
    connect(m_stream, &StreamConnection::stateChanged, this,
            [this](FeedState state, const QString &reason) { guarded("stream", [&] { onFeedState(state, reason); }); });
    // Our own orders: live trading with keys only. A change seen there is looked up at once.
    if (!m_config.paperMode && !m_config.credentials.accessKey.isEmpty()) {
        StreamConfig own = stream;
        own.url = privateStreamUrl(m_config.exchange, base);
        own.credentials = m_config.credentials;
        m_orderStream = new OrderStream(own, this);
        connect(m_orderStream, &OrderStream::orderReceived, this,
                [this](const StreamOrder &order) { guarded("order stream", [&] { onStreamOrder(order); }); });
        connect(m_orderStream, &StreamConnection::stateChanged, this, [](FeedState state, const QString &reason) {
            Logger::info(kCategory, QStringLiteral("order stream %1 (%2)").arg(feedStateName(state), reason));
        });
    }
}

void TradingEngine::startStreams()
{
    if (!m_stream) {
        setFeed(FeedSource::Rest, FeedState::Disconnected,
                m_config.exchange == Exchange::Replay ? QStringLiteral("the replay market has no stream")
                                                      : QStringLiteral("MARKET_DATA=rest"));
        return;
    }
    m_streamPriced.clear();
    m_streamPeriod.clear();
    m_stream->setMarkets(managedMarkets());
    m_stream->start();
    if (m_orderStream)
        m_orderStream->start();
}

void TradingEngine::stopStreams(const QString &reason)
{
    if (m_tickTimer)
        m_tickTimer->stop();
    m_ticksPending.clear();
    if (!m_stream)
        return;
    m_stream->stop();
    if (m_orderStream)
        m_orderStream->stop();
    m_streamPriced.clear();
    setFeed(FeedSource::Rest, FeedState::Disconnected, reason);
}

void TradingEngine::onFeedState(FeedState state, const QString &reason)
{
    if (m_status.state != EngineState::Running && m_status.state != EngineState::Stopping)
        return; // a late report of a stream already stopped
    if (state != FeedState::Connected)
        m_streamPriced.clear(); // REST polls every market again until the stream prices it anew
    setFeed(state == FeedState::Connected ? FeedSource::WebSocket : FeedSource::Rest, state, reason);
    // A stream that went down never costs the engine its prices: REST asks at once, not after the
    // interval. Its state never counts as a failure; only REST's own failures do.
    if (state != FeedState::Connected)
        wake();
}

void TradingEngine::setFeed(FeedSource source, FeedState state, const QString &reason)
{
    if (m_status.feedSource == source && m_status.feedState == state && m_status.feedReason == reason)
        return;
    m_status.feedSource = source;
    m_status.feedState = state;
    m_status.feedReason = reason;
    Logger::info(
        kCategory,
        QStringLiteral("market data: %1, stream %2 (%3)").arg(feedSourceName(source), feedStateName(state), reason));
    Q_EMIT feedChanged(source, state, reason);
    publish();
}

void TradingEngine::onStreamTrade(const StreamTrade &trade)
{
    if (m_status.state != EngineState::Running || !m_runners.contains(trade.market))
        return;
    m_prices.insert(trade.market, trade.price);
    m_streamPriced.insert(trade.market, m_steady.elapsed());
    queueTick(trade.market);
    // A price through the stop of a held market: the exit goes out now, not at the next poll.
    if (m_execution && m_execution->hasPosition(trade.market)) {
        const auto stop = m_execution->stopPrice(trade.market);
        const qint64 at = m_steady.elapsed();
        const auto woken = m_stopWoken.constFind(trade.market);
        if (stop && trade.price <= *stop && (woken == m_stopWoken.constEnd() || at - *woken >= kStopWakeSpacingMs)) {
            m_stopWoken.insert(trade.market, at);
            Logger::info(kCategory, QStringLiteral("%1 traded at %2, through its stop %3")
                                        .arg(trade.market, trade.price.toString(), stop->toString()));
            wake();
        }
    }
    // The stream's clock closes candles: the iteration that confirms them from REST runs now.
    if (trade.time.isValid()) {
        const qint64 periodMs = m_config.timeframe.seconds() * 1000;
        const qint64 period = trade.time.toMSecsSinceEpoch() / periodMs * periodMs;
        const auto last = m_streamPeriod.constFind(trade.market);
        if (last != m_streamPeriod.constEnd() && period > *last)
            wake();
        if (last == m_streamPeriod.constEnd() || period > *last)
            m_streamPeriod.insert(trade.market, period);
    }
}

void TradingEngine::onStreamOrder(const StreamOrder &order)
{
    // Ours only (the client order id prefix, or an id the books know); the REST lookup the wake
    // runs records the fill once, from the exchange's answer.
    if (m_status.state != EngineState::Running || !m_execution)
        return;
    if (!OrderRequest::isOurClientOrderId(order.clientOrderId)) {
        const QList<OrderRecord> open = m_execution->unresolved(order.market);
        if (std::none_of(open.cbegin(), open.cend(),
                         [&order](const OrderRecord &o) { return o.orderId == order.orderId; }))
            return;
    }
    Logger::info(
        kCategory,
        QStringLiteral("order %1 on %2: %3 (stream); looking it up").arg(order.orderId, order.market, order.state));
    wake();
}

void TradingEngine::wake()
{
    if (m_status.state != EngineState::Running || !m_pollTimer)
        return;
    if (m_pollTimer->isActive()) {
        m_pollTimer->stop();
        poll();
    } else {
        m_wakePending = true;
    }
}

void TradingEngine::queueTick(const QString &market)
{
    const qint64 at = m_steady.elapsed();
    const auto last = m_tickEmitted.constFind(market);
    if (last == m_tickEmitted.constEnd() || at - *last >= kTickSpacingMs) {
        m_tickEmitted.insert(market, at);
        m_ticksPending.remove(market);
        Q_EMIT tickReceived(market, m_prices.value(market), m_status.iteration);
        if (!m_tickTimer->isActive())
            m_tickTimer->start(std::chrono::milliseconds(kTickSpacingMs)); // the status follows, coalesced
        return;
    }
    m_ticksPending.insert(market);
    if (!m_tickTimer->isActive())
        m_tickTimer->start(std::chrono::milliseconds(kTickSpacingMs - (at - *last)));
}

void TradingEngine::flushTicks()
{
    const qint64 at = m_steady.elapsed();
    const QSet<QString> pending = std::exchange(m_ticksPending, {});
    for (const QString &market : pending) {
        m_tickEmitted.insert(market, at);
        Q_EMIT tickReceived(market, m_prices.value(market), m_status.iteration);
    }
    publish(); // the status panel's prices, at most 4 times a second
}

} // namespace autocoin
