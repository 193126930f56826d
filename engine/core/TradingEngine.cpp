#include "core/TradingEngine.h"

#include "ExchangeClient.h"
#include "core/Clock.h"
#include "logging/Logger.h"

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
        ExchangeConfig exchange;
        exchange.name = config.exchange;
        exchange.baseUrl = config.baseUrl.isEmpty() ? defaultBaseUrl(config.exchange) : config.baseUrl;
        exchange.timeout = config.requestTimeout;
        exchange.credentials = config.credentials;
        exchange.replayData = config.replayData;
        exchange.replaySpeed = config.replaySpeed;
        m_client = createExchangeClient(exchange, this);
        m_status.exchange = config.exchange;
        m_status.market = config.market;
        m_status.paperMode = config.paperMode;
        m_status.maxFailures = config.maxConsecutiveFailures;
        m_status.lastPrice.reset();
        publish();
    });
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
        poll();
        break;
    case EngineCommand::Stop:
        m_pollTimer->stop();
        transition(EngineState::Stopping, QStringLiteral("stop requested"));
        if (!m_requestInFlight) // otherwise the answer (or its timeout) completes the stop
            transition(EngineState::Idle, QStringLiteral("stopped"));
        break;
    case EngineCommand::Reset:
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
        if (m_status.state == EngineState::Running)
            transition(EngineState::Stopping, result.error().message);
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
    } else {
        const ExchangeError &error = result.error();
        ++m_status.failures;
        m_status.lastError = error.describe();
        Logger::warning(kCategory, QStringLiteral("ticker failed (%1/%2): %3")
                                       .arg(m_status.failures)
                                       .arg(m_config.maxConsecutiveFailures)
                                       .arg(m_status.lastError));
        Q_EMIT failureOccurred(ExchangeError::kindName(error.kind), m_status.lastError, m_status.failures,
                               m_config.maxConsecutiveFailures);
        if (m_status.state == EngineState::Running && m_status.failures >= m_config.maxConsecutiveFailures) {
            enterError(
                QStringLiteral("%1 consecutive failures, last: %2").arg(m_status.failures).arg(m_status.lastError));
            return;
        }
    }
    publish();
    finishIteration();
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
        if (m_status.state == EngineState::Running)
            transition(EngineState::Stopping, QStringLiteral("application is closing"));
        if (m_client)
            m_client->cancelAll();
        m_requestInFlight = false;
        ++m_generation;
        if (m_status.state == EngineState::Stopping)
            transition(EngineState::Idle, QStringLiteral("stopped for exit"));
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
    Q_EMIT statusChanged(status);
}

} // namespace autocoin
