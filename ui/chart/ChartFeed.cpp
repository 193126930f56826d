#include "chart/ChartFeed.h"

#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "status/EngineText.h"
#include "storage/Repositories.h"
#include "strategy/ParameterStore.h"

#include <QTimer>

#include <limits>

namespace autocoin {

ChartFeed::ChartFeed(EngineController *controller, PriceChart *price, EquityChart *equity, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_price(price)
    , m_equity(equity)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ChartFeed::refresh);
    const auto schedule = [this] {
        if (!m_timer->isActive())
            m_timer->start();
    };
    connect(controller, &EngineController::signalGenerated, this, [this, schedule](const SignalRecord &signal) {
        if (signal.symbol != m_market)
            return; // another market's candle closed
        m_candlesDirty = true;
        schedule();
    });
    connect(controller, &EngineController::tradeRecorded, this, [this](const TradeRecord &trade) {
        if (trade.symbol == m_market)
            m_price->addMarker(
                {trade.executedAt.toMSecsSinceEpoch(), trade.price.toDouble(), trade.side == OrderSide::Buy});
    });
    connect(controller, &EngineController::tickReceived, this, &ChartFeed::onTick);
    // The stop in force comes with every status (each iteration): cheap, and never missed.
    connect(controller, &EngineController::statusChanged, this, [this](const EngineStatus &status) {
        if (status.lastUpdate.isValid()) {
            m_engineTime = status.lastUpdate;
            m_sinceStatus.start();
        }
        m_statusIteration = status.iteration;
        releaseHeld(status.iteration);
        const MarketStatus *market = status.find(m_market);
        m_price->setStop(market && market->stopPrice ? std::optional(market->stopPrice->toDouble()) : std::nullopt,
                         market && market->trailingStop);
    });
    connect(controller, &EngineController::equityUpdated, this,
            [this](const EquityPoint &point) { m_equity->addPoint(point.time, point.total); });
    connect(controller, &EngineController::parametersApplied, this, [this](const QStringList &problems) {
        if (problems.isEmpty())
            loadParameters();
    });
    connect(controller, &EngineController::stateChanged, this, [this](EngineState from, EngineState to) {
        const EngineConfig config = m_controller->config();
        if (from == EngineState::Idle && to == EngineState::Running) {
            // Iterations count from Start again, and the clock may be another (a new replay).
            m_statusIteration = -1;
            m_engineTime = QDateTime();
            m_held.clear();
        }
        if (from == EngineState::Idle && to == EngineState::Running &&
            (config.exchange != m_exchange || config.timeframe.toString() != m_timeframe))
            reload(); // a new exchange or timeframe (a new market comes from the selector)
    });
}

QDateTime ChartFeed::engineNow() const
{
    if (!m_engineTime.isValid())
        return QDateTime::currentDateTimeUtc();
    return m_engineTime.addMSecs(m_sinceStatus.elapsed());
}

void ChartFeed::onTick(const QString &market, const Decimal &price, qint64 iteration)
{
    if (market != m_market)
        return; // another market's: the chart shows one
    // Held ticks whose status never came (an engine that publishes later than it ticks) are
    // placed after a second rather than lost.
    if (!m_held.isEmpty() && m_heldSince.elapsed() > 1000)
        releaseHeld(std::numeric_limits<qint64>::max());
    if (iteration > m_statusIteration) {
        if (m_held.isEmpty())
            m_heldSince.start();
        m_held.append({price, iteration});
        return;
    }
    m_price->addTick(engineNow(), price);
}

void ChartFeed::releaseHeld(qint64 upTo)
{
    while (!m_held.isEmpty() && m_held.constFirst().iteration <= upTo)
        m_price->addTick(engineNow(), m_held.takeFirst().price);
    if (!m_held.isEmpty())
        m_heldSince.start();
}

void ChartFeed::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void ChartFeed::loadParameters()
{
    QStringList problems;
    // The parameters in force: stored ones with the command line's on top, as the engine has them.
    const StrategyParameters p = ParameterStore::load(m_database, m_controller->config().strategyOverrides, &problems);
    m_price->setStrategy(p.emaFast, p.emaSlow, p.rsiPeriod, p.rsiOverbought, p.rsiFloor);
}

void ChartFeed::reload()
{
    const EngineConfig config = m_controller->config();
    m_exchange = config.exchange;
    if (m_market.isEmpty())
        m_market = config.markets.value(0);
    m_timeframe = config.timeframe.toString();
    m_equity->clear();
    loadParameters();
    if (m_database) {
        StorageError error;
        for (const PnlDay &day : PnlRepository(*m_database).range(QDate(1970, 1, 1), QDate(9999, 12, 31), &error))
            m_equity->addPoint(day.date.startOfDay(QTimeZone::utc()), day.totalEquity);
    }
    reloadPrice();
}

void ChartFeed::setMarket(const QString &market)
{
    if (market == m_market || market.isEmpty())
        return;
    m_market = market;
    reloadPrice();
}

void ChartFeed::retranslate()
{
    const auto timeframe = Timeframe::parse(m_timeframe);
    m_price->setTitle(
        QStringLiteral("%1 · %2 · %3")
            .arg(m_market, exchangeText(m_exchange), timeframe ? timeframeText(*timeframe) : m_timeframe));
}

void ChartFeed::reloadPrice()
{
    if (m_timeframe.isEmpty()) { // a market selected before the first reload
        const EngineConfig config = m_controller->config();
        m_exchange = config.exchange;
        m_timeframe = config.timeframe.toString();
    }
    m_price->clear();
    m_held.clear(); // another market's, or of the chart just cleared
    if (const auto timeframe = Timeframe::parse(m_timeframe))
        m_price->setPeriod(timeframe->seconds() * 1000);
    m_candlesDirty = false;
    retranslate();
    if (!m_database)
        return;
    StorageError error;
    const QList<Candle> candles =
        CandleRepository(*m_database).latest(m_exchange, m_market, m_timeframe, kInitialCandles, &error);
    m_price->appendCandles(candles);
    if (!candles.isEmpty()) {
        const QDateTime from = candles.first().openTime;
        for (const TradeRecord &t :
             TradeRepository(*m_database)
                 .byMarket(m_market, from, QDateTime::currentDateTimeUtc().addYears(100), &error))
            m_price->addMarker({t.executedAt.toMSecsSinceEpoch(), t.price.toDouble(), t.side == OrderSide::Buy});
    }
    m_stopDirty = true;
    refresh();
}

void ChartFeed::refresh()
{
    if (!m_database)
        return;
    StorageError error;
    if (m_candlesDirty) {
        m_candlesDirty = false;
        const QDateTime from = m_price->data().lastTime();
        const QList<Candle> fresh =
            from.isValid()
                ? CandleRepository(*m_database).since(m_exchange, m_market, m_timeframe, from, 5000, &error)
                : CandleRepository(*m_database).latest(m_exchange, m_market, m_timeframe, kInitialCandles, &error);
        m_price->appendCandles(fresh);
        if (fresh.size() == 5000)
            m_candlesDirty = true; // more to read: next time
    }
    if (m_stopDirty) {
        m_stopDirty = false;
        std::optional<double> stop;
        bool trailing = false;
        const bool paper = m_controller->config().paperMode;
        for (const PositionRecord &p : PositionRepository(*m_database).open(&error)) {
            if (p.symbol == m_market && p.exchange == m_exchange && p.paper == paper && p.stopPrice) {
                stop = p.stopPrice->toDouble();
                trailing = *p.stopPrice > p.avgPrice;
            }
        }
        m_price->setStop(stop, trailing);
    }
    if (m_candlesDirty && !m_timer->isActive())
        m_timer->start();
}

} // namespace autocoin
