#include "headless/HeadlessRunner.h"

#include "core/ApiKeyWatch.h"
#include "core/EngineController.h"
#include "headless/EventWriter.h"
#include "logging/Logger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace autocoin {

HeadlessRunner::HeadlessRunner(EngineController *controller, EventWriter *events, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_events(events)
{
    // Nobody reads the events any more (`autocoin --headless | head` after head ended): stop
    // cleanly rather than trade unobserved. Queued: the failed write may be inside a slot.
    m_events->setOnLost([this] {
        Logger::warning(QStringLiteral("app"), QStringLiteral("standard output is closed: stopping"));
        m_exitCode = 1;
        QMetaObject::invokeMethod(this, &HeadlessRunner::requestExit, Qt::QueuedConnection);
    });
    connect(controller, &EngineController::stateChanged, this,
            [this](EngineState from, EngineState to, const QString &reason) {
                m_events->write(QStringLiteral("state"), {{QStringLiteral("from"), stateName(from)},
                                                          {QStringLiteral("to"), stateName(to)},
                                                          {QStringLiteral("reason"), reason}});
                if (m_exiting && to == EngineState::Idle)
                    Q_EMIT exitRequested(m_exitCode);
            });
    // The kill switch is a flag beside the state: pulled outside RUNNING or released by Reset in
    // IDLE, no `state` event says so.
    connect(controller, &EngineController::killSwitchChanged, this, [this](bool engaged, bool) {
        m_events->write(QStringLiteral("kill_switch"), {{QStringLiteral("killed"), engaged},
                                                        {QStringLiteral("state"), stateName(m_controller->state())}});
    });
    connect(controller, &EngineController::tickReceived, this,
            [this](const QString &market, const Decimal &price, qint64 iteration) {
                m_events->write(QStringLiteral("tick"), {{QStringLiteral("market"), market},
                                                         {QStringLiteral("price"), price.toString()},
                                                         {QStringLiteral("iteration"), iteration}});
            });
    connect(controller, &EngineController::feedChanged, this,
            [this](FeedSource source, FeedState state, const QString &reason) {
                m_events->write(QStringLiteral("feed"), {{QStringLiteral("source"), feedSourceName(source)},
                                                         {QStringLiteral("state"), feedStateName(state)},
                                                         {QStringLiteral("reason"), reason}});
            });
    connect(controller, &EngineController::marketsSynced, this,
            [this](const QStringList &added, const QStringList &deactivated, const QStringList &warningsChanged) {
                m_events->write(QStringLiteral("markets"),
                                {{QStringLiteral("added"), QJsonArray::fromStringList(added)},
                                 {QStringLiteral("deactivated"), QJsonArray::fromStringList(deactivated)},
                                 {QStringLiteral("warnings_changed"), QJsonArray::fromStringList(warningsChanged)}});
            });
    connect(controller, &EngineController::executionNotice, this, [this](const Reason &notice) {
        m_events->write(QStringLiteral("notice"), {{QStringLiteral("message"), notice.english()},
                                                   {QStringLiteral("reason_code"), reasonCodeJson(notice)},
                                                   {QStringLiteral("reason_data"), reasonDataJson(notice)}});
    });
    connect(controller, &EngineController::apiKeyExpiring, this,
            [this, controller](Exchange exchange, const QDateTime &expireAt, int daysLeft) {
                m_events->write(QStringLiteral("notice"),
                                {{QStringLiteral("message"),
                                  ApiKeyWatch::describe(exchange, expireAt, daysLeft, controller->config().timeZone)},
                                 {QStringLiteral("exchange"), exchangeName(exchange)},
                                 {QStringLiteral("expire_at"), expireAt.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("days_left"), daysLeft}});
            });
    connect(controller, &EngineController::signalGenerated, this, [this](const SignalRecord &s) {
        const auto value = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        m_events->write(QStringLiteral("signal"), {{QStringLiteral("market"), s.symbol},
                                                   {QStringLiteral("signal"), signalTypeName(s.signalType)},
                                                   {QStringLiteral("strength"), s.strength},
                                                   {QStringLiteral("price"), s.price.toString()},
                                                   {QStringLiteral("ema_fast"), value(s.emaFast)},
                                                   {QStringLiteral("ema_slow"), value(s.emaSlow)},
                                                   {QStringLiteral("rsi"), value(s.rsi)},
                                                   {QStringLiteral("atr"), value(s.atr)},
                                                   {QStringLiteral("candle_time"), s.candleTime.toString(Qt::ISODate)},
                                                   {QStringLiteral("reason"), s.reason},
                                                   {QStringLiteral("reason_code"), reasonCodeJson(s.cause)},
                                                   {QStringLiteral("reason_data"), reasonDataJson(s.cause)}});
    });
    // A headless replay is a batch job: when its data ends, the process ends (exit 0).
    connect(controller, &EngineController::dataExhausted, this, [this] { m_exiting = true; });
    connect(controller, &EngineController::orderUpdated, this, [this](const OrderRecord &o) {
        m_events->write(QStringLiteral("order"),
                        {{QStringLiteral("market"), o.symbol},
                         {QStringLiteral("client_order_id"), o.clientOrderId},
                         {QStringLiteral("side"), orderSideName(o.side)},
                         {QStringLiteral("type"), orderTypeName(o.orderType)},
                         {QStringLiteral("price"), o.price ? o.price->toString() : QString()},
                         {QStringLiteral("volume"), o.volume ? o.volume->toString() : QString()},
                         {QStringLiteral("state"), orderStatusName(o.status)},
                         {QStringLiteral("paper"), o.paper}});
    });
    connect(controller, &EngineController::tradeRecorded, this, [this](const TradeRecord &t) {
        m_events->write(QStringLiteral("trade"), {{QStringLiteral("market"), t.symbol},
                                                  {QStringLiteral("order_id"), t.orderId},
                                                  {QStringLiteral("side"), orderSideName(t.side)},
                                                  {QStringLiteral("price"), t.price.toString()},
                                                  {QStringLiteral("quantity"), t.quantity.toString()},
                                                  {QStringLiteral("fee"), t.fee.toString()}});
    });
    connect(controller, &EngineController::equityUpdated, this, [this](const EquityPoint &e) {
        QJsonArray positions;
        for (const PositionValue &p : e.positions)
            positions.append(QJsonObject{{QStringLiteral("market"), p.market},
                                         {QStringLiteral("quantity"), p.quantity.toString()},
                                         {QStringLiteral("average_price"), p.averagePrice.toString()},
                                         {QStringLiteral("value"), p.value.toString()},
                                         {QStringLiteral("unrealized_pnl"), p.unrealizedPnl.toString()}});
        m_events->write(QStringLiteral("equity"), {{QStringLiteral("total"), e.total.toString()},
                                                   {QStringLiteral("cash"), e.cash.toString()},
                                                   {QStringLiteral("positions_value"), e.positionsValue.toString()},
                                                   {QStringLiteral("realized_pnl"), e.realizedPnl.toString()},
                                                   {QStringLiteral("unrealized_pnl"), e.unrealizedPnl.toString()},
                                                   {QStringLiteral("positions"), positions}});
    });
    connect(controller, &EngineController::failureOccurred, this,
            [this](const QString &kind, const QString &message, int failures, int maxFailures) {
                m_events->write(QStringLiteral("error"), {{QStringLiteral("kind"), kind},
                                                          {QStringLiteral("message"), message},
                                                          {QStringLiteral("failures"), failures},
                                                          {QStringLiteral("max_failures"), maxFailures}});
            });
}

void HeadlessRunner::requestExit()
{
    if (m_exiting)
        return;
    m_exiting = true;
    Logger::info(QStringLiteral("app"), QStringLiteral("termination requested"));
    switch (m_controller->state()) {
    case EngineState::Running:
        m_controller->stop(); // exit follows the STOPPING -> IDLE transition
        break;
    case EngineState::Stopping:
        break;
    case EngineState::Idle:
    case EngineState::Error:
        Q_EMIT exitRequested(m_exitCode);
        break;
    }
}

} // namespace autocoin
