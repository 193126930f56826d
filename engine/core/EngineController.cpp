#include "core/EngineController.h"

#include "core/ApiKeyWatch.h"
#include "core/TradingEngine.h"
#include "logging/Logger.h"

#include <QCoreApplication>
#include <QThread>

namespace autocoin {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<EngineState>("autocoin::EngineState");
    qRegisterMetaType<FeedSource>("autocoin::FeedSource");
    qRegisterMetaType<FeedState>("autocoin::FeedState");
    qRegisterMetaType<EngineStatus>("autocoin::EngineStatus");
    qRegisterMetaType<EngineConfig>("autocoin::EngineConfig");
    qRegisterMetaType<Decimal>("autocoin::Decimal");
    qRegisterMetaType<SignalRecord>("autocoin::SignalRecord");
    qRegisterMetaType<OrderRecord>("autocoin::OrderRecord");
    qRegisterMetaType<TradeRecord>("autocoin::TradeRecord");
    qRegisterMetaType<EquityPoint>("autocoin::EquityPoint");
    qRegisterMetaType<Exchange>("autocoin::Exchange");
    qRegisterMetaType<Reason>("autocoin::Reason");
}

} // namespace

EngineController::EngineController(const EngineConfig &config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_thread(new QThread(this))
    , m_keyWatch(new ApiKeyWatch(config.exchangeConfig(), config.timeZone, clock, this))
{
    registerMetaTypes();
    m_status.exchange = config.exchange;
    m_status.markets = config.markets;
    m_status.paperMode = config.paperMode;
    m_status.maxFailures = config.maxConsecutiveFailures;

    auto *engine = new TradingEngine(config, clock);
    m_engine = engine;
    engine->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("engine"));
    connect(m_thread, &QThread::started, engine, &TradingEngine::initialize);
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);

    connect(engine, &TradingEngine::statusChanged, this, &EngineController::onStatus);
    connect(engine, &TradingEngine::stateChanged, this,
            [this](EngineState from, EngineState to, const QString &reason) {
                m_status.state = to; // keep state() current even before the status snapshot arrives
                Q_EMIT stateChanged(from, to, reason);
                if (from == EngineState::Idle && to == EngineState::Running)
                    m_keyWatch->check();
                if (to == EngineState::Error)
                    Q_EMIT errorRaised(reason);
            });
    connect(engine, &TradingEngine::tickReceived, this, &EngineController::tickReceived);
    connect(engine, &TradingEngine::feedChanged, this, &EngineController::feedChanged);
    connect(engine, &TradingEngine::failureOccurred, this, &EngineController::failureOccurred);
    connect(engine, &TradingEngine::commandRefused, this, &EngineController::commandRefused);
    connect(engine, &TradingEngine::killSwitchChanged, this, &EngineController::killSwitchChanged);
    connect(engine, &TradingEngine::marketsSynced, this, &EngineController::marketsSynced);
    connect(engine, &TradingEngine::signalGenerated, this, &EngineController::signalGenerated);
    connect(engine, &TradingEngine::orderUpdated, this, &EngineController::orderUpdated);
    connect(engine, &TradingEngine::tradeRecorded, this, &EngineController::tradeRecorded);
    connect(engine, &TradingEngine::equityUpdated, this, &EngineController::equityUpdated);
    connect(engine, &TradingEngine::dataExhausted, this, &EngineController::dataExhausted);
    connect(engine, &TradingEngine::parametersApplied, this, &EngineController::parametersApplied);
    connect(engine, &TradingEngine::executionNotice, this, &EngineController::executionNotice);
    connect(engine, &TradingEngine::dailyLossLimitReached, this, &EngineController::dailyLossLimitReached);
    connect(engine, &TradingEngine::paperAccountReset, this, &EngineController::paperAccountReset);
    connect(m_keyWatch, &ApiKeyWatch::expiring, this, &EngineController::apiKeyExpiring);

    m_thread->start();
}

EngineController::~EngineController()
{
    shutdown();
}

EngineStatus EngineController::status() const
{
    EngineStatus status = m_status;
    status.threadAlive = threadAlive();
    return status;
}

bool EngineController::threadAlive() const
{
    return m_thread->isRunning() && !m_thread->isFinished();
}

void EngineController::onStatus(const EngineStatus &status)
{
    m_status = status;
    m_status.threadAlive = threadAlive();
    Q_EMIT statusChanged(m_status);
}

void EngineController::start()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &TradingEngine::start, Qt::QueuedConnection);
}

void EngineController::stop()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &TradingEngine::stop, Qt::QueuedConnection);
}

void EngineController::reset()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &TradingEngine::reset, Qt::QueuedConnection);
}

void EngineController::command(EngineCommand command)
{
    switch (command) {
    case EngineCommand::Start:
        start();
        break;
    case EngineCommand::Stop:
        stop();
        break;
    case EngineCommand::Reset:
        reset();
        break;
    }
}

void EngineController::applyConfig(const EngineConfig &config)
{
    m_config = config;
    m_keyWatch->setConfig(config.exchangeConfig(), config.timeZone);
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, config] { engine->applyConfig(config); }, Qt::QueuedConnection);
    }
}

void EngineController::killSwitch()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &TradingEngine::killSwitch, Qt::QueuedConnection);
}

void EngineController::holdEntries(bool hold)
{
    m_entriesHeld = hold;
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, hold] { engine->holdEntries(hold); }, Qt::QueuedConnection);
}

void EngineController::applyStrategyParameters(const QHash<QString, QString> &values)
{
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, values] { engine->applyStrategyParameters(values); }, Qt::QueuedConnection);
    }
}

void EngineController::resetPaperAccount(const Decimal &startingKrw)
{
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, startingKrw] { engine->resetPaperAccount(startingKrw); },
            Qt::QueuedConnection);
    }
}

void EngineController::shutdown()
{
    if (!m_thread->isRunning())
        return;
    Logger::info(QStringLiteral("app"), QStringLiteral("shutting down the engine"));
    // 1. Stop, abandoning any request in flight; this returns once the engine has settled.
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &TradingEngine::shutdown, Qt::BlockingQueuedConnection);
    // 2. Deliver the last state signals queued for us while we waited.
    QCoreApplication::sendPostedEvents(this);
    // 3. Join the thread; the engine is deleted in it (finished -> deleteLater).
    m_thread->quit();
    m_thread->wait();
    m_status.threadAlive = false;
    Q_EMIT statusChanged(m_status);
}

} // namespace autocoin
