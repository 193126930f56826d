#pragma once

#include "core/Decimal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace autocoin {

/// One cell: what is shown (locale-formatted), what sorts it, and what a CSV export writes (exact,
/// no thousands separators).
struct HistoryCell
{
    QString text;
    QVariant sortKey;
    QString exportText;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    int sign = 0; ///< a profit (1) or a loss (-1): drawn in the palette's profit/loss colour

    static HistoryCell plain(const QString &text);
    /// An exact decimal amount, right-aligned, sorted by value; shown rounded to `fractionDigits`
    /// (all when negative), exported exact. No value: an empty cell.
    static HistoryCell amount(const std::optional<Decimal> &value, int fractionDigits = -1);
    /// amount() of a profit or loss, coloured by its sign as shown (pnl::colorFor).
    static HistoryCell pnl(const std::optional<Decimal> &value, int fractionDigits);
    static HistoryCell time(const QDateTime &time, const QTimeZone &zone);
};

/// One row: its key (for updates in place), market and time (for filtering), cells, tooltip.
struct HistoryRow
{
    QString key;
    QString market;
    QDateTime time;
    QList<HistoryCell> cells;
    QString toolTip;
};

/// A read-only table of history rows of one kind (orders, trades, positions, signals, daily PnL):
/// newest first, a row replaced in place when its key comes again (an order changing state), at
/// most `capacity` rows kept. Roles: Display (formatted), SortRole (value), ExportRole (exact).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ExportRole,
        MarketRole,
        TimeRole,
    };

    HistoryModel(QStringList headers, int capacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (rows newest first).
    void setRows(QList<HistoryRow> rows);
    /// Adds a new row at the top, or replaces the row with the same key where it is.
    void upsert(const HistoryRow &row);
    /// upsert() for many rows (oldest first) at once: one insertion for the new ones.
    void upsertAll(const QList<HistoryRow> &rows);
    void setHeaders(const QStringList &headers);
    const HistoryRow &row(int index) const { return m_rows.at(index); }
    QStringList markets() const;

private:
    QStringList m_headers;
    int m_capacity;
    QList<HistoryRow> m_rows;
};

} // namespace autocoin
