#include "chart/ChartFeed.h"

#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "status/EngineText.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"
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
        m_price->setEngineState(status.state, status.killed);
        const MarketStatus *market = status.find(m_market);
        m_price->setStop(market && market->stopPrice ? std::optional(market->stopPrice->toDouble()) : std::nullopt,
                         market && market->trailingStop);
    });
    m_price->setEngineState(controller->status().state, controller->status().killed);
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

void ChartFeed::setReader(StorageReader *reader)
{
    m_reader = reader;
    reload();
}

void ChartFeed::loadParameters()
{
    // The parameters in force: stored ones with the command line's on top, as the engine has them.
    const QHash<QString, QString> overrides = m_controller->config().strategyOverrides;
    if (!m_reader) {
        QStringList problems;
        const StrategyParameters p = ParameterStore::load(nullptr, overrides, &problems);
        m_price->setStrategy(p.emaFast, p.emaSlow, p.rsiPeriod, p.rsiOverbought, p.rsiFloor);
        return;
    }
    m_reader->read(
        this,
        [overrides](Database &db, StorageError *) {
            QStringList problems;
            return ParameterStore::load(&db, overrides, &problems);
        },
        [this](const StrategyParameters &p, const StorageError &) {
            m_price->setStrategy(p.emaFast, p.emaSlow, p.rsiPeriod, p.rsiOverbought, p.rsiFloor);
        });
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
    if (m_reader) {
        m_reader->read(
            this,
            [](Database &db, StorageError *error) {
                return PnlRepository(db).range(QDate(1970, 1, 1), QDate(9999, 12, 31), error);
            },
            [this](const QList<PnlDay> &days, const StorageError &) {
                for (const PnlDay &day : days)
                    m_equity->addPoint(day.date.startOfDay(QTimeZone::utc()), day.totalEquity);
            });
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
    const quint64 generation = ++m_priceGeneration;
    m_refreshing = false; // an increment in flight is for what was shown before
    if (!m_reader)
        return;
    struct History
    {
        QList<Candle> candles;
        QList<TradeRecord> trades;
    };
    m_reader->read(
        this,
        [exchange = m_exchange, market = m_market, timeframe = m_timeframe](Database &db, StorageError *error) {
            History h;
            h.candles = CandleRepository(db).latest(exchange, market, timeframe, kInitialCandles, error);
            if (!h.candles.isEmpty())
                h.trades = TradeRepository(db).byMarket(market, h.candles.first().openTime,
                                                        QDateTime::currentDateTimeUtc().addYears(100), error);
            return h;
        },
        [this, generation](const History &h, const StorageError &) {
            if (generation != m_priceGeneration)
                return; // another market (or a reload) since
            m_price->appendCandles(h.candles);
            for (const TradeRecord &t : h.trades)
                m_price->addMarker({t.executedAt.toMSecsSinceEpoch(), t.price.toDouble(), t.side == OrderSide::Buy});
            m_stopDirty = true;
            refresh();
        });
}

void ChartFeed::refresh()
{
    if (!m_reader || (!m_candlesDirty && !m_stopDirty))
        return;
    if (m_refreshing) { // one increment at a time: the next when this one is answered
        return;
    }
    m_refreshing = true;
    const bool candles = std::exchange(m_candlesDirty, false);
    const bool stop = std::exchange(m_stopDirty, false);
    const QDateTime from = m_price->data().lastTime();
    struct Increment
    {
        QList<Candle> candles;
        std::optional<std::optional<double>> stop; ///< read: the stop (or none)
        bool trailing = false;
    };
    const quint64 generation = m_priceGeneration;
    m_reader->read(
        this,
        [candles, stop, from, exchange = m_exchange, market = m_market, timeframe = m_timeframe,
         paper = m_controller->config().paperMode](Database &db, StorageError *error) {
            Increment in;
            if (candles)
                in.candles = from.isValid()
                                 ? CandleRepository(db).since(exchange, market, timeframe, from, 5000, error)
                                 : CandleRepository(db).latest(exchange, market, timeframe, kInitialCandles, error);
            if (stop) {
                in.stop = std::optional<double>();
                for (const PositionRecord &p : PositionRepository(db).open(error)) {
                    if (p.symbol == market && p.exchange == exchange && p.paper == paper && p.stopPrice) {
                        in.stop = p.stopPrice->toDouble();
                        in.trailing = *p.stopPrice > p.avgPrice;
                    }
                }
            }
            return in;
        },
        [this, generation](const Increment &in, const StorageError &) {
            if (generation != m_priceGeneration)
                return; // reloadPrice() started over
            m_refreshing = false;
            m_price->appendCandles(in.candles);
            if (in.candles.size() == 5000)
                m_candlesDirty = true; // more to read: next time
            if (in.stop)
                m_price->setStop(*in.stop, in.trailing);
            if ((m_candlesDirty || m_stopDirty) && !m_timer->isActive())
                m_timer->start();
        });
}

} // namespace autocoin
