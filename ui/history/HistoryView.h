#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace autocoin {

class HistoryModel;

/// Rows of one market (or all) between two dates (inclusive, in the display zone), sorted by the
/// cells' values rather than their text.
class HistoryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilter(QObject *parent = nullptr);
    void setMarket(const QString &market);                                        ///< empty: every market
    void setDateRange(const QDate &from, const QDate &to, const QTimeZone &zone); ///< invalid dates: no limit

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_market;
    QDateTime m_from;
    QDateTime m_to;
};

/// A history table with its filter bar (market, date range) and "Export CSV…", which writes what
/// is shown, in the order shown, with exact amounts.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    HistoryView(HistoryModel *model, QWidget *parent = nullptr);

    HistoryFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    void setTimeZone(const QTimeZone &zone);
    /// Writes the visible rows to `path` as CSV (UTF-8, header row); false with `error`.
    bool exportCsv(const QString &path, QString *error) const;
    void retranslate();
    /// A storage error shown in place of the table (the rows cannot be trusted); empty: the table.
    void setError(const QString &message);
    QString error() const { return m_errorText; }
    /// Shows or hides the market filter: hidden for a table whose rows belong to no market (the
    /// daily PnL is the whole account's); hidden, every row is shown.
    void setMarketFilterVisible(bool visible);

private:
    void refreshMarkets();
    void applyFilter();

    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QTableView *m_table;
    QLabel *m_marketLabel;
    QComboBox *m_market;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QLabel *m_count;
    QLabel *m_error;
    QString m_errorText;
    QTimeZone m_zone;
    bool m_sized = false; ///< columns fitted to the first rows once
};

} // namespace autocoin
