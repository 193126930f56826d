#pragma once

#include "core/Decimal.h"
#include "execution/Execution.h"
#include "history/HistoryModel.h"
#include "storage/Database.h"
#include "storage/Records.h"

#include <QSet>
#include <QTabWidget>
#include <QTimeZone>

class QTimer;

namespace autocoin {

class EngineController;
class StorageReader;
class HistoryModel;
class HistoryView;

/// The money tables — orders (with their state history), trades, positions (every market's, each
/// open one valued as the engine's latest equity point has it: quantity, average price, value,
/// unrealised PnL),
/// strategy signals and daily PnL — each a HistoryModel behind a HistoryView. Rows come from the
/// window's StorageReader (newest `capacity` of each, read on its worker thread and answered as
/// values: no query on the GUI thread) and from the engine's signals as they happen, batched every
/// 200 ms so a fast replay never floods the GUI thread. A storage error is shown in place of the
/// tables, never an empty table.
class HistoryPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(EngineController *controller, QWidget *parent = nullptr);

    /// Where the tables are read from (off the GUI thread); nullptr: only what the engine sends.
    void setReader(StorageReader *reader);
    void setTimeZone(const QTimeZone &zone);
    /// Reads every table again from the database; loaded() follows.
    void reload();
    void retranslate();

    HistoryModel *orders() const { return m_orders; }
    HistoryModel *trades() const { return m_trades; }
    HistoryModel *positions() const { return m_positions; }
    HistoryModel *signalsModel() const { return m_signals; }
    HistoryModel *dailyPnl() const { return m_daily; }
    HistoryView *view(int index) const;

Q_SIGNALS:
    /// The rows asked for by reload() are in the tables (or the error is shown).
    void loaded();

private:
    struct Snapshot;
    void apply(const Snapshot &snapshot, const StorageError &error);
    void showError(const StorageError &error);
    /// Notes the rows read: the newest id, which are open.
    void notePositions(const QList<PositionRecord> &positions);
    HistoryRow orderRow(const OrderRecord &order, const QStringList &events) const;
    /// Rows for `orders` with their state histories.
    QList<HistoryRow> orderRows(const QList<OrderRecord> &orders, const QHash<QString, QStringList> &events) const;
    HistoryRow tradeRow(const TradeRecord &trade) const;
    HistoryRow positionRow(const PositionRecord &position) const;
    HistoryRow signalRow(const SignalRecord &signal) const;
    HistoryRow dayRow(const PnlDay &day) const;
    void flush();
    void refreshPositionsAndDays();

    EngineController *m_controller;
    StorageReader *m_reader = nullptr;
    bool m_refreshing = false; ///< a positions/days read is in flight
    /// The newest position row the view has, and the rows it shows open: what the next refresh
    /// reads (every row since, however many a fast run wrote between two refreshes, and the open
    /// ones whatever their age, which may have closed).
    qint64 m_newestPosition = 0;
    QList<qint64> m_openPositions;
    QTimeZone m_zone;
    HistoryModel *m_orders;
    HistoryModel *m_trades;
    HistoryModel *m_positions;
    HistoryModel *m_signals;
    HistoryModel *m_daily;
    QList<HistoryView *> m_views;
    QList<OrderRecord> m_pendingOrders;
    QList<TradeRecord> m_pendingTrades;
    QList<SignalRecord> m_pendingSignals;
    bool m_positionsDirty = false;
    QHash<QString, Decimal> m_lastPrices;
    QHash<QString, PositionValue> m_positionValues; ///< the latest equity point's, by market
    QSet<QString> m_filledOrders;                   ///< exchange order ids with a recorded fill
    QTimer *m_flush;
};

} // namespace autocoin
