#pragma once

#include "model/WindowModel.h"

#include <QAbstractTableModel>
#include <QHash>

namespace autocoin {

/// The watchlist's rows: one per market the engine trades or holds (WindowModel::markets()), with
/// the Korean name and a ⚠ for 유의/주의, the last price and its 24 h change, the last signal, the
/// position (quantity, average price) and its unrealised PnL in KRW and %. Rows are replaced only
/// when the markets change; otherwise their cells change in place (a selection survives).
///
/// The "why" hook: setWhy(market, text) attaches an explanation of the market's last decision;
/// it is the rows' tooltip and WhyRole. (The why panel fills it.)
class WatchlistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistModel)

public:
    enum Column
    {
        MarketColumn,
        PriceColumn,
        ChangeColumn,
        SignalColumn,
        QuantityColumn,
        AverageColumn,
        PnlColumn,
        PnlPercentColumn,
        ColumnCount
    };
    enum Role
    {
        MarketRole = Qt::UserRole + 1, ///< the market code of the row
        WhyRole,                       ///< the text given to setWhy(), or empty
        SortRole,                      ///< the value (a number) behind a cell
    };

    explicit WatchlistModel(WindowModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Why `market` did (or did not) trade at its last decision, in the user's language; shown as
    /// its row's tooltip. Empty clears it.
    void setWhy(const QString &market, const QString &text);
    QString why(const QString &market) const { return m_why.value(market); }
    /// The row of `market`, or -1.
    int rowOf(const QString &market) const;
    const MarketView &row(int index) const { return m_rows.at(index); }
    /// The headers again, in the language now installed.
    void retranslate();

private:
    void refresh();

    WindowModel *m_model;
    QList<MarketView> m_rows;
    QHash<QString, QString> m_why;
};

} // namespace autocoin
