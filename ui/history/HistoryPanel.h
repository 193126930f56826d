#pragma once

#include "core/Decimal.h"
#include "execution/Execution.h"
#include "history/HistoryModel.h"
#include "storage/Records.h"

#include <QSet>
#include <QTabWidget>
#include <QTimeZone>

class QTimer;

namespace autocoin {

class Database;
class EngineController;
class HistoryModel;
class HistoryView;

/// The money tables — orders (with their state history), trades, positions (every market's, each
/// open one valued as the engine's latest equity point has it: quantity, average price, value,
/// unrealised PnL),
/// strategy signals and daily PnL — each a HistoryModel behind a HistoryView. Rows come from the
/// UI thread's own database connection (newest `capacity` of each, a LIMIT query of a few ms) and
/// from the engine's signals as they happen, batched every 200 ms so a fast replay never floods the
/// GUI thread.
class HistoryPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(EngineController *controller, QWidget *parent = nullptr);

    /// The UI thread's connection; nullptr: the tables show only what the engine sends.
    void setDatabase(Database *database);
    void setTimeZone(const QTimeZone &zone);
    /// Reads every table again from the database.
    void reload();
    void retranslate();

    HistoryModel *orders() const { return m_orders; }
    HistoryModel *trades() const { return m_trades; }
    HistoryModel *positions() const { return m_positions; }
    HistoryModel *signalsModel() const { return m_signals; }
    HistoryModel *dailyPnl() const { return m_daily; }
    HistoryView *view(int index) const;

private:
    HistoryRow orderRow(const OrderRecord &order, const QStringList &events) const;
    /// Rows for `orders`, their state histories read in one query.
    QList<HistoryRow> orderRows(const QList<OrderRecord> &orders) const;
    HistoryRow tradeRow(const TradeRecord &trade) const;
    HistoryRow positionRow(const PositionRecord &position) const;
    HistoryRow signalRow(const SignalRecord &signal) const;
    HistoryRow dayRow(const PnlDay &day) const;
    void flush();
    void refreshPositionsAndDays();

    EngineController *m_controller;
    Database *m_database = nullptr;
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
