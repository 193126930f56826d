#include "model/WindowModel.h"

#include "core/EngineController.h"
#include "execution/PaperBroker.h"
#include "rules/MarketRules.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"
#include "strategy/ParameterStore.h"

#include <QTimeZone>
#include <QTimer>

namespace autocoin {

namespace {

/// A fraction of `base` as a percentage with two decimals; none when the base is not positive.
std::optional<Decimal> percentOf(const Decimal &part, const Decimal &base)
{
    if (!base.isPositive())
        return std::nullopt;
    return (part * Decimal(100)).divided(base, 2, Decimal::Rounding::HalfUp);
}

} // namespace

WindowModel::WindowModel(EngineController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_timer(new QTimer(this))
    , m_todayTimer(new QTimer(this))
    , m_status(controller->status())
{
    QStringList ignored; // until read: the defaults with the command line's on top
    m_parameters = ParameterStore::load(nullptr, controller->config().strategyOverrides, &ignored);
    m_account.paper = m_status.paperMode;
    m_timer->setSingleShot(true);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &WindowModel::flush);
    // pnl_daily is read at most once a second, however fast the equity comes.
    m_todayTimer->setSingleShot(true);
    m_todayTimer->setInterval(1000);
    connect(m_todayTimer, &QTimer::timeout, this, &WindowModel::readToday);

    connect(controller, &EngineController::statusChanged, this, [this](const EngineStatus &status) {
        const bool restarted = status.iteration < m_status.iteration;
        // Settings applied with another exchange: its paper account is another one.
        const bool otherAccount = status.exchange != m_status.exchange;
        m_status = status;
        if (otherAccount)
            loadPaperAccount();
        m_account.paper = status.paperMode;
        if (restarted)
            m_ticks.clear();
        for (const MarketStatus &m : status.perMarket)
            m_ticks.remove(m.market); // the status's price is as new
        schedule();
    });
    connect(controller, &EngineController::tickReceived, this, [this](const QString &market, const Decimal &price) {
        m_ticks.insert(market, price);
        schedule();
    });
    connect(controller, &EngineController::signalGenerated, this, [this](const SignalRecord &signal) {
        m_signals.insert(signal.symbol, signal);
        schedule();
    });
    connect(controller, &EngineController::equityUpdated, this, &WindowModel::onEquity);
    connect(controller, &EngineController::tradeRecorded, this, [this] {
        m_todayDirty = true; // a sale changes today's realised PnL
        if (!m_todayTimer->isActive())
            m_todayTimer->start();
    });
    connect(controller, &EngineController::marketsSynced, this, &WindowModel::loadMarkets);
    connect(controller, &EngineController::parametersApplied, this, [this](const QStringList &problems) {
        if (problems.isEmpty())
            loadParameters();
    });
    connect(controller, &EngineController::paperAccountReset, this, [this] {
        m_equity.reset();
        m_account = AccountSummary();
        m_account.paper = m_status.paperMode;
        loadStoredPositions();
        loadPaperAccount();
        schedule();
    });
}

AccountSummary WindowModel::account() const
{
    AccountSummary a = m_account;
    if (a.valued || !a.paper)
        return a; // live: nothing is known before the exchange's first balance
    const std::optional<Decimal> balance = paperBalance();
    if (!balance) {
        a.storedError = m_paperError; // "—" and why, rather than a balance that may be wrong
        return a;
    }
    a.stored = true;
    a.coins = m_paper ? m_paper->coinsCost : Decimal();
    a.total = *balance;
    a.cash = a.total - a.coins;
    return a;
}

std::optional<Decimal> WindowModel::paperBalance() const
{
    if (!m_paperError.isEmpty())
        return std::nullopt;
    if (!m_paper)
        return m_controller->config().paperBalance;
    return m_paper->startingKrw.value_or(m_controller->config().paperBalance) + m_paper->cashChange +
           m_paper->coinsCost;
}

void WindowModel::loadPaperAccount()
{
    if (!m_reader)
        return;
    const Exchange exchange = m_controller->config().exchange;
    m_reader->read(
        this,
        [exchange](Database &db, StorageError *error) -> std::optional<StoredPaper> {
            // As the paper execution rebuilds it at Start (PaperExecution::reconcile): the stored
            // account, then every paper fill since its reset booked on a ledger starting at zero.
            QString problem;
            const auto account = PaperAccount::load(db, Decimal(), &problem);
            if (!account) {
                error->message = problem;
                return std::nullopt;
            }
            const QList<TradeRecord> trades =
                TradeRepository(db).ledger(exchange, QString(), true, account->since, error);
            if (!error->message.isEmpty())
                return std::nullopt;
            PaperBroker ledger(MarketRules::forExchange(exchange), Decimal(), Decimal(), Decimal());
            for (const TradeRecord &t : trades)
                ledger.book(t.orderId, t.symbol, t.side, t.price, t.quantity, t.fee, t.executedAt);
            StoredPaper paper;
            if (account->since.toMSecsSinceEpoch() > 0) // never reset: load() answers the epoch
                paper.startingKrw = account->startingKrw;
            paper.cashChange = ledger.krwAvailable();
            for (const PaperPosition &p : ledger.positions())
                paper.coinsCost += p.cost;
            return paper;
        },
        [this](const std::optional<StoredPaper> &paper, const StorageError &error) {
            m_paper = paper;
            m_paperError = error.message.isEmpty() ? QString() : error.describe();
            schedule();
        });
}

WindowModel::~WindowModel() = default;

void WindowModel::setDatabase(const Database *database)
{
    delete m_reader;
    m_reader = database ? new StorageReader(database->url(), this) : nullptr;
    // The old reader's answers are dropped with it: nothing is in flight any more.
    m_reference.clear();
    m_marketsLoading = false;
    m_marketsAgain = false;
    m_referenceLoading = false;
    m_todayLoading = false;
    loadMarkets();
    loadParameters();
    loadStoredPositions();
    loadPaperAccount();
    m_todayDirty = true;
    readToday();
}

void WindowModel::loadMarkets()
{
    if (!m_reader)
        return;
    if (m_marketsLoading) {
        m_marketsAgain = true;
        return;
    }
    m_marketsLoading = true;
    m_reader->read(
        this,
        [](Database &db, StorageError *error) {
            QList<MarketRecord> all;
            for (Exchange exchange : {Exchange::Upbit, Exchange::Bithumb, Exchange::Replay})
                all += MarketRepository(db).all(exchange, error);
            return all;
        },
        [this](const QList<MarketRecord> &records, const StorageError &) {
            m_marketsLoading = false;
            m_records = records;
            m_marketsLoaded = true;
            Q_EMIT marketNamesChanged();
            schedule();
            if (std::exchange(m_marketsAgain, false))
                loadMarkets();
        });
}

QHash<QString, QString> WindowModel::koreanNames(Exchange exchange) const
{
    QHash<QString, QString> names;
    for (const MarketRecord &m : m_records) {
        if (m.exchange == exchange && !m.koreanName.isEmpty() && m.koreanName != m.symbol)
            names.insert(m.symbol, m.koreanName);
    }
    return names;
}

void WindowModel::loadParameters()
{
    const QHash<QString, QString> overrides = m_controller->config().strategyOverrides;
    if (!m_reader) {
        QStringList problems;
        m_parameters = ParameterStore::load(nullptr, overrides, &problems);
        return;
    }
    m_reader->read(
        this,
        [overrides](Database &db, StorageError *) {
            QStringList problems;
            return ParameterStore::load(&db, overrides, &problems);
        },
        [this](const StrategyParameters &parameters, const StorageError &) { m_parameters = parameters; });
}

void WindowModel::loadStoredPositions()
{
    if (!m_reader)
        return;
    const EngineConfig config = m_controller->config();
    m_reader->read(
        this, [](Database &db, StorageError *error) { return PositionRepository(db).open(error); },
        [this, config](const QList<PositionRecord> &open, const StorageError &) {
            m_stored.clear();
            for (const PositionRecord &p : open) {
                if (p.exchange == config.exchange && p.paper == config.paperMode)
                    m_stored.append(p);
            }
            schedule();
        });
}

void WindowModel::onEquity(const EquityPoint &point)
{
    const bool newDay = !m_equity || appDate(point.time) != appDate(m_equity->time);
    m_equity = point;
    AccountSummary &a = m_account;
    a.valued = true;
    a.paper = m_status.paperMode;
    a.asOf = point.time;
    a.cash = point.cash;
    a.coins = point.positionsValue;
    a.total = point.total;
    a.unrealised = point.unrealizedPnl;
    Decimal cost;
    for (const PositionValue &p : point.positions)
        cost += p.value - p.unrealizedPnl;
    a.unrealisedPct = point.positions.isEmpty() ? std::nullopt : percentOf(point.unrealizedPnl, cost);
    a.realised = point.realizedPnl;
    a.sinceStart = point.realizedPnl + point.unrealizedPnl;
    a.sinceStartPct = percentOf(a.sinceStart, point.total - a.sinceStart);
    if (newDay)
        m_todayDirty = true;
    if (m_todayDirty && !m_todayTimer->isActive())
        m_todayTimer->start();
    schedule();
}

QDate WindowModel::appDate(const QDateTime &time) const
{
    const QTimeZone zone(m_controller->config().timeZone.toUtf8());
    return time.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

void WindowModel::readToday()
{
    if (!m_reader || !m_todayDirty)
        return;
    if (m_todayLoading) { // one at a time; the next after this one
        m_todayTimer->start();
        return;
    }
    m_todayDirty = false;
    m_todayLoading = true;
    // "Today" in the app's time zone, on the engine's clock (a replay's day in a replay).
    const QDate today = appDate(m_equity ? m_equity->time : QDateTime::currentDateTimeUtc());
    m_reader->read(
        this, [today](Database &db, StorageError *error) { return PnlRepository(db).range(today, today, error); },
        [this](const QList<PnlDay> &days, const StorageError &error) {
            m_todayLoading = false;
            if (error.message.isEmpty())
                m_account.todayRealised = days.isEmpty() ? Decimal() : days.constLast().realizedPnl;
            schedule();
        });
}

void WindowModel::readReferencePrices()
{
    // The price 24 h before the engine's clock: the open of the first stored candle from then,
    // read again once per hour of that clock.
    if (!m_reader || m_referenceLoading || !m_status.lastUpdate.isValid())
        return;
    const qint64 hour = m_status.lastUpdate.toSecsSinceEpoch() / 3600;
    QStringList due;
    for (const MarketStatus &m : std::as_const(m_status.perMarket)) {
        if (m_reference.value(m.market).hour != hour)
            due.append(m.market);
    }
    if (due.isEmpty())
        return;
    m_referenceLoading = true;
    const EngineConfig config = m_controller->config();
    const QDateTime from = m_status.lastUpdate.addSecs(-24 * 3600);
    const qint64 period = std::max<qint64>(config.timeframe.seconds(), 3600);
    const Exchange exchange = m_status.exchange;
    const QString timeframe = config.timeframe.toString();
    m_reader->read(
        this,
        [due, exchange, timeframe, from, period](Database &db, StorageError *error) {
            QHash<QString, std::optional<Decimal>> prices;
            for (const QString &market : due) {
                const QList<Candle> c = CandleRepository(db).since(exchange, market, timeframe, from, 1, error);
                prices.insert(market,
                              !c.isEmpty() &&
                                      c.constFirst().openTime.toSecsSinceEpoch() - from.toSecsSinceEpoch() <= period
                                  ? std::optional(c.constFirst().open)
                                  : std::nullopt);
            }
            return prices;
        },
        [this, hour](const QHash<QString, std::optional<Decimal>> &prices, const StorageError &) {
            m_referenceLoading = false;
            for (auto it = prices.cbegin(); it != prices.cend(); ++it)
                m_reference.insert(it.key(), {hour, it.value()});
            schedule();
        });
}

void WindowModel::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void WindowModel::flush()
{
    readReferencePrices();
    Q_EMIT changed();
}

QList<MarketView> WindowModel::markets() const
{
    QStringList codes = m_status.markets;
    codes.removeDuplicates();
    for (const MarketStatus &m : m_status.perMarket) {
        if (!codes.contains(m.market))
            codes.append(m.market);
    }
    for (const PositionRecord &p : m_stored) {
        if (!m_equity && !codes.contains(p.symbol))
            codes.append(p.symbol);
    }
    QList<MarketView> rows;
    for (const QString &code : std::as_const(codes)) {
        MarketView v;
        v.market = code;
        for (const MarketRecord &r : m_records) {
            if (r.exchange == m_status.exchange && r.symbol == code) {
                if (r.koreanName != code)
                    v.koreanName = r.koreanName;
                if (r.warningLevel != u"NONE")
                    v.warning = r.warningLevel;
            }
        }
        v.traded = m_status.markets.contains(code);
        const MarketStatus *m = m_status.find(code);
        if (m && !m->warning.isEmpty())
            v.warning = m->warning; // the engine's, newer than the table's
        v.lastPrice = m_ticks.contains(code) ? std::optional(m_ticks.value(code)) : (m ? m->lastPrice : std::nullopt);
        const auto reference = m_reference.constFind(code);
        if (v.lastPrice && reference != m_reference.constEnd() && reference->price && reference->price->isPositive())
            v.change24h = (*v.lastPrice - *reference->price).divided(*reference->price, 6, Decimal::Rounding::HalfUp);
        if (const auto s = m_signals.constFind(code); s != m_signals.constEnd()) {
            v.signal = s->signalType;
            v.signalTime = s->candleTime.isValid() ? s->candleTime : s->createdAt;
        } else if (m) {
            v.signal = m->signal;
        }
        if (m_equity) {
            for (const PositionValue &p : m_equity->positions) {
                if (p.market != code)
                    continue;
                v.quantity = p.quantity;
                v.averagePrice = p.averagePrice;
                // Valued again at the newest tick, as the engine values it (cost from its point).
                const Decimal cost = p.value - p.unrealizedPnl;
                const Decimal value = v.lastPrice ? p.quantity * *v.lastPrice : p.value;
                v.unrealised = value - cost;
                v.unrealisedPct = percentOf(*v.unrealised, cost);
            }
        } else {
            for (const PositionRecord &p : m_stored) {
                if (p.symbol != code)
                    continue;
                v.quantity = p.quantity;
                v.averagePrice = p.avgPrice;
                if (v.lastPrice) {
                    v.unrealised = (*v.lastPrice - p.avgPrice) * p.quantity;
                    v.unrealisedPct = percentOf(*v.unrealised, p.avgPrice * p.quantity);
                }
            }
        }
        rows.append(v);
    }
    return rows;
}

} // namespace autocoin
