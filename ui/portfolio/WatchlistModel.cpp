#include "portfolio/WatchlistModel.h"

#include "portfolio/AccountBand.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "status/PnlColors.h"

#include <QColor>

namespace autocoin {

namespace {

QString priceText(const std::optional<Decimal> &price)
{
    if (!price)
        return QStringLiteral("—");
    // Won prices of 100 and more are whole; below, the exchange's decimals are kept.
    return formatAmount(*price >= Decimal(100) ? price->rounded(0, Decimal::Rounding::HalfUp) : *price);
}

} // namespace

WatchlistModel::WatchlistModel(WindowModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
{
    connect(model, &WindowModel::changed, this, &WatchlistModel::refresh);
    connect(model, &WindowModel::marketNamesChanged, this, &WatchlistModel::refresh);
    refresh();
}

int WatchlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WatchlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchlistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarketView &v = m_rows.at(index.row());
    const bool warned = !v.warning.isEmpty() && v.warning != u"NONE";
    switch (role) {
    case MarketRole:
        return v.market;
    case WhyRole:
        return m_why.value(v.market);
    case Qt::ToolTipRole: {
        QStringList tip;
        if (warned)
            tip.append(QStringLiteral("⚠ ") + marketWarningText(v.warning));
        if (!v.traded)
            tip.append(tr("no longer traded: managed until the position is closed"));
        if (const QString why = m_why.value(v.market); !why.isEmpty())
            tip.append(why);
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() == MarketColumn || index.column() == SignalColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        switch (index.column()) {
        case MarketColumn:
            return warned ? QVariant(QColor(0xd9, 0x77, 0x06)) : QVariant();
        case ChangeColumn:
            return pnl::foreground(v.change24h);
        case PnlColumn:
        case PnlPercentColumn:
            return pnl::foreground(v.unrealised);
        case SignalColumn:
            // A buy in the profit colour, a sell in the loss colour, as the exchanges show them.
            if (v.signal == SignalType::Buy)
                return pnl::foreground(Decimal(1));
            if (v.signal == SignalType::Sell)
                return pnl::foreground(Decimal(-1));
            return {};
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case MarketColumn:
            return v.market;
        case PriceColumn:
            return v.lastPrice ? QVariant(v.lastPrice->toDouble()) : QVariant();
        case ChangeColumn:
            return v.change24h ? QVariant(v.change24h->toDouble()) : QVariant();
        case SignalColumn:
            return v.signal ? QVariant(static_cast<int>(*v.signal)) : QVariant();
        case QuantityColumn:
            return v.quantity ? QVariant(v.quantity->toDouble()) : QVariant();
        case AverageColumn:
            return v.averagePrice ? QVariant(v.averagePrice->toDouble()) : QVariant();
        case PnlColumn:
            return v.unrealised ? QVariant(v.unrealised->toDouble()) : QVariant();
        case PnlPercentColumn:
            return v.unrealisedPct ? QVariant(v.unrealisedPct->toDouble()) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case MarketColumn: {
            QString text = v.market;
            if (!v.koreanName.isEmpty())
                text += QStringLiteral("  ") + v.koreanName;
            if (warned)
                text += QStringLiteral("  ⚠");
            return text;
        }
        case PriceColumn:
            return priceText(v.lastPrice);
        case ChangeColumn:
            return v.change24h ? formatPercent(*v.change24h * Decimal(100)) : QStringLiteral("—");
        case SignalColumn:
            return v.signal ? signalTypeText(*v.signal) : QStringLiteral("—");
        case QuantityColumn:
            return v.quantity ? formatAmount(*v.quantity) : QStringLiteral("—");
        case AverageColumn:
            return priceText(v.averagePrice);
        case PnlColumn:
            return v.unrealised ? formatWon(*v.unrealised, true) : QStringLiteral("—");
        case PnlPercentColumn:
            return v.unrealisedPct ? formatPercent(*v.unrealisedPct) : QStringLiteral("—");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MarketColumn:
        return tr("Market");
    case PriceColumn:
        return tr("Last price");
    case ChangeColumn:
        return tr("24 h change");
    case SignalColumn:
        return tr("Last signal");
    case QuantityColumn:
        return tr("Position");
    case AverageColumn:
        return tr("Average price");
    case PnlColumn:
        return tr("Unrealised PnL");
    case PnlPercentColumn:
        return tr("Unrealised %");
    default:
        return {};
    }
}

void WatchlistModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WatchlistModel::rowOf(const QString &market) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].market == market)
            return static_cast<int>(i);
    }
    return -1;
}

void WatchlistModel::setWhy(const QString &market, const QString &text)
{
    if (m_why.value(market) == text)
        return; // a tooltip unchanged: no dataChanged, no relayout of the table
    if (text.isEmpty())
        m_why.remove(market);
    else
        m_why.insert(market, text);
    if (const int r = rowOf(market); r >= 0)
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1), {Qt::ToolTipRole, WhyRole});
}

void WatchlistModel::refresh()
{
    QList<MarketView> rows = m_model->markets();
    bool sameMarkets = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameMarkets && i < rows.size(); ++i)
        sameMarkets = rows[i].market == m_rows[i].market;
    if (!sameMarkets) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace autocoin
