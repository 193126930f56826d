#include "notify/Notifier.h"

#include "core/EngineController.h"
#include "logging/Logger.h"
#include "notify/NotifyWorker.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("notify");

} // namespace

Notifier::Notifier(const NotifyConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_text(config.language)
    , m_thread(new QThread(this))
    , m_summaryTimer(new QTimer(this))
{
    qRegisterMetaType<EquityPoint>("autocoin::EquityPoint");
    auto *worker = new NotifyWorker(config);
    m_worker = worker;
    worker->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("notify"));
    connect(m_thread, &QThread::started, worker, &NotifyWorker::initialize);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &NotifyWorker::commandReceived, this, &Notifier::commandReceived);
    connect(worker, &NotifyWorker::delivered, this, &Notifier::delivered);
    m_summaryTimer->setSingleShot(true);
    connect(m_summaryTimer, &QTimer::timeout, this, [this] {
        sendDailySummary();
        scheduleSummary();
    });
    m_thread->start();
    scheduleSummary();
    QStringList where;
    if (config.telegramEnabled())
        where.append(QStringLiteral("Telegram (%1 chat(s), commands on)").arg(config.telegramChatIds.size()));
    if (config.discordEnabled())
        where.append(QStringLiteral("Discord"));
    Logger::info(kCategory, QStringLiteral("notifications to %1").arg(where.join(QStringLiteral(" and "))));
}

Notifier::~Notifier()
{
    shutdown();
}

void Notifier::shutdown()
{
    if (!m_thread->isRunning())
        return;
    m_summaryTimer->stop();
    // Messages queued by the last engine signals are written first (queued before the shutdown).
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &NotifyWorker::shutdown, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this);
    m_thread->quit();
    m_thread->wait();
}

void Notifier::notify(const QString &text)
{
    if (m_worker && !text.isEmpty())
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, d = m_config.destinations(), text] { worker->enqueue(d, text); },
            Qt::QueuedConnection);
}

void Notifier::reply(const QString &chatId, const QString &text)
{
    if (m_worker && !text.isEmpty())
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, d = QStringList{QStringLiteral("telegram:") + chatId}, text] {
                worker->enqueue(d, text);
            },
            Qt::QueuedConnection);
}

void Notifier::keyExpiring(Exchange exchange, const QDateTime &expireAt)
{
    const QDate today = now().toTimeZone(QTimeZone(m_config.timeZone.toUtf8())).date();
    if (m_keyWarned.value(static_cast<int>(exchange)) == today)
        return;
    m_keyWarned.insert(static_cast<int>(exchange), today);
    notify(m_text.keyExpiring(exchange, expireAt, now(), m_config.timeZone));
}

void Notifier::sendDailySummary()
{
    // The day the summary time ends or falls in: at 00:00, the whole day before; later, the day so far.
    const QDateTime until = now();
    const QDate date = until.addSecs(-60).toTimeZone(QTimeZone(m_config.timeZone.toUtf8())).date();
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, date, until, has = m_equity.has_value(), equity = m_equity.value_or(EquityPoint{})] {
            worker->sendDailySummary(date, until, has, equity);
        },
        Qt::QueuedConnection);
}

void Notifier::scheduleSummary()
{
    if (!m_config.dailySummaryAt)
        return;
    const QTimeZone zone(m_config.timeZone.toUtf8());
    const QDateTime local = now().toTimeZone(zone);
    QDateTime next(local.date(), *m_config.dailySummaryAt, zone);
    if (next <= local)
        next = QDateTime(local.date().addDays(1), *m_config.dailySummaryAt, zone);
    // A QTimer's interval is an int of milliseconds: a day fits; re-armed after each summary.
    m_summaryTimer->start(static_cast<int>(std::max<qint64>(1000, local.msecsTo(next))));
}

void Notifier::attach(EngineController *controller)
{
    if (m_controller)
        return;
    m_controller = controller;
    // The key check (ApiKeyWatch) runs at every Start and daily; the notifier sends once a day.
    connect(controller, &EngineController::apiKeyExpiring, this, &Notifier::keyExpiring);
    connect(controller, &EngineController::stateChanged, this,
            [this](EngineState from, EngineState to, const QString &reason) {
                // "stopped" says why the stop began (the reason of RUNNING → STOPPING).
                if (to == EngineState::Stopping)
                    m_stopReason = reason;
                const QString why = from == EngineState::Stopping ? m_stopReason : reason;
                notify(m_text.stateChanged(from, to, why, m_controller->status()));
            });
    // Pulled while RUNNING or released from ERROR, the state change's message said it already.
    connect(controller, &EngineController::killSwitchChanged, this, [this](bool engaged, bool withStateChange) {
        if (!withStateChange)
            notify(m_text.killSwitchChanged(engaged, m_controller->state()));
    });
    connect(controller, &EngineController::tradeRecorded, this, [this](const TradeRecord &trade) {
        if (!trade.paper || m_config.paperFills)
            notify(m_text.fill(trade));
    });
    connect(controller, &EngineController::dailyLossLimitReached, this,
            [this](const QString &reason) { notify(m_text.dailyLossLimit(reason)); });
    connect(controller, &EngineController::executionNotice, this,
            [this](const Reason &notice) { notify(m_text.executionNotice(notice)); });
    connect(controller, &EngineController::equityUpdated, this, [this](const EquityPoint &point) { m_equity = point; });
    // The flags of a market sync reach the status in the snapshot published right after it.
    connect(controller, &EngineController::marketsSynced, this,
            [this](const QStringList &, const QStringList &, const QStringList &warningsChanged) {
                for (const QString &market : warningsChanged)
                    m_warningsToCheck.insert(market);
            });
    connect(controller, &EngineController::statusChanged, this, [this](const EngineStatus &status) {
        if (m_warningsToCheck.isEmpty())
            return;
        for (const MarketStatus &m : status.perMarket) {
            if (m_warningsToCheck.contains(m.market) && m.held && !m.warning.isEmpty())
                notify(m_text.marketWarning(m.market, m.warning));
        }
        m_warningsToCheck.clear();
    });
}

} // namespace autocoin
