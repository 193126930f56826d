#include "history/HistoryModel.h"

#include "status/Format.h"
#include "status/PnlColors.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace autocoin {

HistoryCell HistoryCell::plain(const QString &text)
{
    return {text, text, text, Qt::AlignLeft | Qt::AlignVCenter};
}

HistoryCell HistoryCell::amount(const std::optional<Decimal> &value, int fractionDigits)
{
    if (!value)
        return {QString(), QVariant(), QString(), Qt::AlignRight | Qt::AlignVCenter};
    const Decimal shown = fractionDigits >= 0 ? value->rounded(fractionDigits, Decimal::Rounding::HalfUp) : *value;
    return {formatAmount(shown), value->toDouble(), value->toString(), Qt::AlignRight | Qt::AlignVCenter};
}

HistoryCell HistoryCell::pnl(const std::optional<Decimal> &value, int fractionDigits)
{
    HistoryCell cell = amount(value, fractionDigits);
    if (value) {
        // The sign of what is shown: -0.004 shown as "0" is no loss.
        const Decimal shown = value->rounded(fractionDigits, Decimal::Rounding::HalfUp);
        cell.sign = shown.isPositive() ? 1 : (shown.isNegative() ? -1 : 0);
    }
    return cell;
}

HistoryCell HistoryCell::time(const QDateTime &time, const QTimeZone &zone)
{
    const QString text =
        time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    return {text, time.toMSecsSinceEpoch(), time.toUTC().toString(Qt::ISODateWithMs), Qt::AlignLeft | Qt::AlignVCenter};
}

HistoryModel::HistoryModel(QStringList headers, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_capacity(capacity)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &row = m_rows.at(index.row());
    const HistoryCell cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    case Qt::ForegroundRole:
        return cell.sign == 0 ? QVariant() : pnl::foreground(Decimal(cell.sign));
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case SortRole:
        return cell.sortKey;
    case ExportRole:
        return cell.exportText;
    case MarketRole:
        return row.market;
    case TimeRole:
        return row.time;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section);
}

void HistoryModel::setRows(QList<HistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (m_rows.size() > m_capacity)
        m_rows.resize(m_capacity);
    endResetModel();
}

void HistoryModel::upsert(const HistoryRow &row)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const HistoryRow &r) { return r.key == row.key; });
    if (!row.key.isEmpty() && it != m_rows.end()) {
        const int at = static_cast<int>(it - m_rows.begin());
        *it = row;
        Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
    if (m_rows.size() > m_capacity) {
        const int last = static_cast<int>(m_rows.size()) - 1;
        beginRemoveRows({}, m_capacity, last);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
}

void HistoryModel::upsertAll(const QList<HistoryRow> &rows)
{
    QList<HistoryRow> fresh;
    for (const HistoryRow &row : rows) {
        const auto it = row.key.isEmpty() ? m_rows.end()
                                          : std::find_if(m_rows.begin(), m_rows.end(),
                                                         [&](const HistoryRow &r) { return r.key == row.key; });
        if (it != m_rows.end()) {
            const int at = static_cast<int>(it - m_rows.begin());
            *it = row;
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        } else {
            fresh.prepend(row); // newest first
        }
    }
    if (fresh.size() > m_capacity)
        fresh.resize(m_capacity);
    if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
    if (m_rows.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
}

void HistoryModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != m_headers.size()) { // the shape changes: views must start over
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!m_headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QStringList HistoryModel::markets() const
{
    QSet<QString> seen;
    for (const HistoryRow &row : m_rows)
        seen.insert(row.market);
    QStringList out(seen.cbegin(), seen.cend());
    out.sort();
    return out;
}

} // namespace autocoin
