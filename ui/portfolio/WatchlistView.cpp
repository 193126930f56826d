#include "portfolio/WatchlistView.h"

#include "portfolio/WatchlistModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace autocoin {

WatchlistView::WatchlistView(WindowModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(new WatchlistModel(model, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("watchlistView"));
    m_table->setObjectName(QStringLiteral("watchlistTable"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WatchlistModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The market (with its Korean name) takes what is left; the numbers are never cut.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WatchlistModel::MarketColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString market = index.data(WatchlistModel::MarketRole).toString();
        if (!market.isEmpty())
            Q_EMIT marketSelected(market);
    });
}

void WatchlistView::retranslate()
{
    m_model->retranslate();
}

} // namespace autocoin
