#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace autocoin {

class WatchlistModel;
class WindowModel;

/// The watchlist table (WatchlistModel) sorted by its values; a click on a row selects its market
/// (marketSelected) for the chart.
class WatchlistView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistView)

public:
    explicit WatchlistView(WindowModel *model, QWidget *parent = nullptr);

    WatchlistModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void retranslate();

Q_SIGNALS:
    void marketSelected(const QString &market);

private:
    WatchlistModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
};

} // namespace autocoin
