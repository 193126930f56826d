#include "history/HistoryPanel.h"

#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "status/EngineText.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"

#include <QTimer>

#include <algorithm>

namespace autocoin {

namespace {

constexpr int kCapacity = 5000;

HistoryCell number(const std::optional<double> &value, int decimals)
{
    if (!value)
        return HistoryCell::plain(QString());
    HistoryCell cell = HistoryCell::amount(Decimal::fromString(QString::number(*value, 'f', decimals)));
    cell.exportText = QString::number(*value, 'g', 17);
    return cell;
}

} // namespace

HistoryPanel::HistoryPanel(EngineController *controller, QWidget *parent)
    : QTabWidget(parent)
    , m_controller(controller)
    , m_zone(QTimeZone::utc())
    , m_orders(new HistoryModel({}, kCapacity, this))
    , m_trades(new HistoryModel({}, kCapacity, this))
    , m_positions(new HistoryModel({}, kCapacity, this))
    , m_signals(new HistoryModel({}, kCapacity, this))
    , m_daily(new HistoryModel({}, kCapacity, this))
    , m_flush(new QTimer(this))
{
    setObjectName(QStringLiteral("historyTabs"));
    setDocumentMode(true);
    const QList<std::pair<HistoryModel *, const char *>> tables = {{m_orders, "ordersView"},
                                                                   {m_trades, "tradesView"},
                                                                   {m_positions, "positionsView"},
                                                                   {m_signals, "signalsView"},
                                                                   {m_daily, "dailyPnlView"}};
    for (const auto &[model, name] : tables) {
        auto *view = new HistoryView(model, this);
        view->setObjectName(QLatin1StringView(name));
        m_views.append(view);
        addTab(view, QString());
    }
    // pnl_daily is the account's, not a market's: a market filter there would offer a choice
    // that changes nothing (or hides every day).
    m_views.constLast()->setMarketFilterVisible(false);
    retranslate();

    m_flush->setInterval(200);
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, &HistoryPanel::flush);
    const auto schedule = [this] {
        if (!m_flush->isActive())
            m_flush->start();
    };
    connect(controller, &EngineController::orderUpdated, this, [this, schedule](const OrderRecord &order) {
        m_pendingOrders.append(order);
        schedule();
    });
    connect(controller, &EngineController::tradeRecorded, this, [this, schedule](const TradeRecord &trade) {
        m_pendingTrades.append(trade);
        m_positionsDirty = true;
        schedule();
    });
    connect(controller, &EngineController::signalGenerated, this, [this, schedule](const SignalRecord &signal) {
        m_pendingSignals.append(signal);
        schedule();
    });
    // Each equity point values every open position: the table follows it.
    connect(controller, &EngineController::equityUpdated, this, [this, schedule](const EquityPoint &point) {
        m_positionValues.clear();
        for (const PositionValue &p : point.positions)
            m_positionValues.insert(p.market, p);
        m_positionsDirty = true;
        schedule();
    });
    connect(controller, &EngineController::tickReceived, this,
            [this, schedule](const QString &market, const Decimal &price) {
                m_lastPrices.insert(market, price);
                m_positionsDirty = true;
                schedule();
            });
}

HistoryView *HistoryPanel::view(int index) const
{
    return m_views.value(index);
}

void HistoryPanel::retranslate()
{
    const QStringList names = {tr("Orders"), tr("Trades"), tr("Positions"), tr("Signals"), tr("Daily PnL")};
    for (qsizetype i = 0; i < m_views.size(); ++i)
        setTabText(indexOf(m_views[i]), names[i]);
    m_orders->setHeaders({tr("Time"), tr("Market"), tr("Side"), tr("Type"), tr("Price / KRW"), tr("Volume"),
                          tr("State"), tr("Mode"), tr("Client order id"), tr("Exchange id")});
    m_trades->setHeaders({tr("Time"), tr("Market"), tr("Side"), tr("Price"), tr("Quantity"), tr("Total KRW"), tr("Fee"),
                          tr("Mode"), tr("Order id")});
    m_positions->setHeaders({tr("Entry time"), tr("Market"), tr("Status"), tr("Quantity"), tr("Average price"),
                             tr("Last price"), tr("Value"), tr("Unrealised PnL"), tr("Stop"), tr("Mode")});
    m_signals->setHeaders({tr("Candle"), tr("Market"), tr("Signal"), tr("Strength"), tr("Price"), tr("EMA fast"),
                           tr("EMA slow"), tr("RSI"), tr("ATR"), tr("Risk KRW"), tr("Reason")});
    m_daily->setHeaders({tr("Date"), tr("Realised PnL"), tr("Unrealised PnL"), tr("Total equity"), tr("Return %")});
    for (HistoryView *view : m_views)
        view->retranslate();
    // The cells (sides, order states, modes, reasons) were rendered in the previous language.
    reload();
}

void HistoryPanel::setReader(StorageReader *reader)
{
    m_reader = reader;
    m_refreshing = false; // an earlier reader's read is not coming
    reload();
}

void HistoryPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    for (HistoryView *view : m_views)
        view->setTimeZone(zone);
    reload();
}

HistoryRow HistoryPanel::orderRow(const OrderRecord &o, const QStringList &events) const
{
    HistoryRow row;
    row.key = o.clientOrderId;
    row.market = o.symbol;
    row.time = o.createdAt;
    row.cells = {HistoryCell::time(o.createdAt, m_zone),
                 HistoryCell::plain(o.symbol),
                 HistoryCell::plain(o.side == OrderSide::Buy ? tr("buy") : tr("sell")),
                 HistoryCell::plain(orderTypeText(o.orderType)),
                 HistoryCell::amount(o.price),
                 HistoryCell::amount(o.volume),
                 HistoryCell::plain(orderStateText(o.status, o.orderType, m_filledOrders.contains(o.orderId))),
                 HistoryCell::plain(o.paper ? tr("paper") : tr("live")),
                 HistoryCell::plain(o.clientOrderId),
                 HistoryCell::plain(o.orderId)};
    row.toolTip = events.join(u'\n');
    return row;
}

QList<HistoryRow> HistoryPanel::orderRows(const QList<OrderRecord> &orders,
                                          const QHash<QString, QStringList> &events) const
{
    QList<HistoryRow> rows;
    for (const OrderRecord &o : orders)
        rows.append(orderRow(o, events.value(o.clientOrderId)));
    return rows;
}

HistoryRow HistoryPanel::tradeRow(const TradeRecord &t) const
{
    HistoryRow row;
    row.key = exchangeName(t.exchange) + u'/' + t.tradeId;
    row.market = t.symbol;
    row.time = t.executedAt;
    row.cells = {HistoryCell::time(t.executedAt, m_zone),
                 HistoryCell::plain(t.symbol),
                 HistoryCell::plain(t.side == OrderSide::Buy ? tr("buy") : tr("sell")),
                 HistoryCell::amount(t.price),
                 HistoryCell::amount(t.quantity),
                 HistoryCell::amount(t.price * t.quantity, 0),
                 HistoryCell::amount(t.fee, 2),
                 HistoryCell::plain(t.paper ? tr("paper") : tr("live")),
                 HistoryCell::plain(t.orderId)};
    return row;
}

HistoryRow HistoryPanel::positionRow(const PositionRecord &p) const
{
    HistoryRow row;
    row.key = QString::number(p.id);
    row.market = p.symbol;
    row.time = p.entryTime;
    const bool open = p.status == u"open";
    const auto last = m_lastPrices.constFind(p.symbol);
    const bool priced = open && last != m_lastPrices.constEnd();
    Decimal quantity = p.quantity;
    Decimal average = p.avgPrice;
    std::optional<Decimal> value = priced ? std::optional(*last * p.quantity) : std::nullopt;
    std::optional<Decimal> pnl = priced ? std::optional((*last - p.avgPrice) * p.quantity) : std::nullopt;
    // The engine's own valuation of the account it trades (fees in the average price).
    const auto valued = open ? m_positionValues.constFind(p.symbol) : m_positionValues.constEnd();
    if (valued != m_positionValues.constEnd() && p.paper == m_controller->config().paperMode &&
        p.exchange == m_controller->config().exchange) {
        quantity = valued->quantity;
        average = valued->averagePrice;
        value = valued->value;
        pnl = valued->unrealizedPnl;
    }
    QString status = p.status;
    if (status == u"open")
        status = tr("open");
    else if (status == u"closed")
        status = tr("closed");
    else if (status == u"reset")
        status = tr("reset");
    row.cells = {HistoryCell::time(p.entryTime, m_zone),
                 HistoryCell::plain(p.symbol),
                 HistoryCell::plain(status),
                 HistoryCell::amount(quantity),
                 HistoryCell::amount(average, 0),
                 HistoryCell::amount(priced ? std::optional(*last) : std::nullopt),
                 HistoryCell::amount(value, 0),
                 HistoryCell::pnl(pnl, 0),
                 HistoryCell::amount(p.stopPrice),
                 HistoryCell::plain(p.paper ? tr("paper") : tr("live"))};
    return row;
}

HistoryRow HistoryPanel::signalRow(const SignalRecord &s) const
{
    HistoryRow row;
    row.market = s.symbol;
    row.time = s.candleTime.isValid() ? s.candleTime : s.createdAt;
    row.cells = {HistoryCell::time(row.time, m_zone),
                 HistoryCell::plain(s.symbol),
                 HistoryCell::plain(signalTypeText(s.signalType)),
                 number(s.strength, 2),
                 HistoryCell::amount(s.price),
                 number(s.emaFast, 0),
                 number(s.emaSlow, 0),
                 number(s.rsi, 1),
                 number(s.atr, 0),
                 HistoryCell::amount(s.riskAmount, 0),
                 HistoryCell::plain(signalReasonText(s))};
    row.toolTip = row.cells.constLast().text;
    return row;
}

HistoryRow HistoryPanel::dayRow(const PnlDay &d) const
{
    HistoryRow row;
    row.key = d.date.toString(Qt::ISODate);
    row.market = QString();
    row.time = d.date.startOfDay(m_zone);
    HistoryCell date = HistoryCell::plain(row.key);
    date.sortKey = row.time.toMSecsSinceEpoch();
    row.cells = {date, HistoryCell::pnl(d.realizedPnl, 0), HistoryCell::pnl(d.unrealizedPnl, 0),
                 HistoryCell::amount(d.totalEquity, 0), HistoryCell::pnl(d.returnRate * Decimal(100), 2)};
    return row;
}

/// Every table's rows as read on the reader's thread.
struct HistoryPanel::Snapshot
{
    QList<OrderRecord> orders;
    QHash<QString, QStringList> events;
    QList<TradeRecord> trades;
    QList<SignalRecord> signalRecords;
    QList<PositionRecord> positions;
    QList<PnlDay> days;
};

void HistoryPanel::reload()
{
    if (!m_reader)
        return;
    m_reader->read(
        this,
        [](Database &db, StorageError *error) {
            Snapshot s;
            // The first error is kept: it is the one to show.
            const auto keep = [error](const StorageError &e) {
                if (error->message.isEmpty() && !e.message.isEmpty())
                    *error = e;
            };
            StorageError e;
            s.orders = OrderRepository(db).latest(kCapacity, &e);
            keep(e);
            QStringList ids;
            for (const OrderRecord &o : std::as_const(s.orders))
                ids.append(o.clientOrderId);
            if (!ids.isEmpty())
                s.events = OrderRepository(db).events(ids, &e);
            keep(e);
            s.trades = TradeRepository(db).latest(kCapacity, &e);
            keep(e);
            s.signalRecords = SignalRepository(db).latest(kCapacity, &e);
            keep(e);
            s.positions = PositionRepository(db).latest(kCapacity, &e);
            keep(e);
            s.days = PnlRepository(db).range(QDate(1970, 1, 1), QDate(9999, 12, 31), &e);
            keep(e);
            return s;
        },
        [this](const Snapshot &snapshot, const StorageError &error) {
            apply(snapshot, error);
            Q_EMIT loaded();
        });
}

void HistoryPanel::notePositions(const QList<PositionRecord> &positions)
{
    for (const PositionRecord &p : positions) {
        m_newestPosition = std::max(m_newestPosition, p.id);
        m_openPositions.removeAll(p.id);
        if (p.status == u"open")
            m_openPositions.append(p.id);
    }
}

void HistoryPanel::showError(const StorageError &error)
{
    for (HistoryView *view : std::as_const(m_views))
        view->setError(error.describe());
}

void HistoryPanel::apply(const Snapshot &snapshot, const StorageError &error)
{
    showError(error);
    if (!error.message.isEmpty())
        return; // the error in place of the tables, not a part of the rows
    for (const TradeRecord &t : snapshot.trades)
        m_filledOrders.insert(t.orderId); // an order's state word says whether it filled
    m_orders->setRows(orderRows(snapshot.orders, snapshot.events));
    QList<HistoryRow> rows;
    for (const TradeRecord &t : snapshot.trades)
        rows.append(tradeRow(t));
    m_trades->setRows(rows);
    rows.clear();
    for (const SignalRecord &s : snapshot.signalRecords)
        rows.append(signalRow(s));
    m_signals->setRows(rows);
    rows.clear();
    for (const PositionRecord &p : snapshot.positions)
        rows.append(positionRow(p));
    m_positions->setRows(rows);
    m_newestPosition = 0;
    m_openPositions.clear();
    notePositions(snapshot.positions);
    rows.clear();
    for (auto it = snapshot.days.crbegin(); it != snapshot.days.crend() && rows.size() < kCapacity; ++it)
        rows.append(dayRow(*it));
    m_daily->setRows(rows);
    m_positionsDirty = false;
}

void HistoryPanel::refreshPositionsAndDays()
{
    // While running: the few newest rows, updated in place (a reset would lose the selection).
    m_positionsDirty = false;
    if (!m_reader)
        return;
    if (m_refreshing) { // one read at a time: this one again when it is answered
        m_positionsDirty = true;
        return;
    }
    m_refreshing = true;
    // The days since the newest one shown (it is still changing), oldest first.
    const QDate from =
        m_daily->rowCount() > 0 ? QDate::fromString(m_daily->row(0).key, Qt::ISODate) : QDate(1970, 1, 1);
    struct Fresh
    {
        QList<PositionRecord> positions;
        QList<PnlDay> days;
    };
    m_reader->read(
        this,
        [from, newest = m_newestPosition, shownOpen = m_openPositions](Database &db, StorageError *error) {
            Fresh f;
            // Every row since the newest one shown (a fast run writes many between two reads: the
            // 20 newest lost the rest), the ones shown open (closed since?) and every open one.
            PositionRepository positions(db);
            f.positions = positions.newerOrAmong(newest, shownOpen, kCapacity, error);
            for (const PositionRecord &p : positions.open(error)) {
                if (std::none_of(f.positions.cbegin(), f.positions.cend(),
                                 [&](const PositionRecord &q) { return q.id == p.id; }))
                    f.positions.append(p);
            }
            std::sort(f.positions.begin(), f.positions.end(),
                      [](const PositionRecord &a, const PositionRecord &b) { return a.id > b.id; }); // newest first
            f.days = PnlRepository(db).range(from, QDate(9999, 12, 31), error);
            return f;
        },
        [this](const Fresh &fresh, const StorageError &error) {
            m_refreshing = false;
            if (!error.message.isEmpty()) {
                showError(error);
                return;
            }
            QList<HistoryRow> rows;
            for (auto it = fresh.positions.crbegin(); it != fresh.positions.crend(); ++it)
                rows.append(positionRow(*it));
            m_positions->upsertAll(rows);
            notePositions(fresh.positions);
            rows.clear();
            for (const PnlDay &day : fresh.days)
                rows.append(dayRow(day));
            m_daily->upsertAll(rows);
            if (m_positionsDirty && !m_flush->isActive())
                m_flush->start();
        });
}

void HistoryPanel::flush()
{
    for (const TradeRecord &t : std::as_const(m_pendingTrades))
        m_filledOrders.insert(t.orderId); // an order's state word says whether it filled
    if (!m_pendingOrders.isEmpty()) {
        // The orders' state histories are read off this thread; the rows follow with them (the
        // reader answers in order, so an order's later state is never overwritten by an earlier).
        const QList<OrderRecord> orders = std::exchange(m_pendingOrders, {});
        if (m_reader) {
            QStringList ids;
            for (const OrderRecord &o : orders)
                ids.append(o.clientOrderId);
            m_reader->read(
                this, [ids](Database &db, StorageError *error) { return OrderRepository(db).events(ids, error); },
                [this, orders](const QHash<QString, QStringList> &events, const StorageError &) {
                    m_orders->upsertAll(orderRows(orders, events));
                });
        } else {
            m_orders->upsertAll(orderRows(orders, {}));
        }
    }
    QList<HistoryRow> rows;
    for (const TradeRecord &t : std::as_const(m_pendingTrades))
        rows.append(tradeRow(t));
    m_trades->upsertAll(rows);
    rows.clear();
    const qsizetype from = std::max<qsizetype>(0, m_pendingSignals.size() - kCapacity);
    for (qsizetype i = from; i < m_pendingSignals.size(); ++i)
        rows.append(signalRow(m_pendingSignals[i]));
    m_signals->upsertAll(rows);
    m_pendingTrades.clear();
    m_pendingSignals.clear();
    if (m_positionsDirty)
        refreshPositionsAndDays();
}

} // namespace autocoin
