#include "history/HistoryView.h"

#include "commands/Output.h"
#include "history/HistoryModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace autocoin {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

HistoryFilter::HistoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
    setDynamicSortFilter(true);
}

void HistoryFilter::setMarket(const QString &market)
{
    m_market = market;
    invalidateFilter();
}

void HistoryFilter::setDateRange(const QDate &from, const QDate &to, const QTimeZone &zone)
{
    m_from = from.isValid() ? from.startOfDay(zone) : QDateTime();
    m_to = to.isValid() ? to.addDays(1).startOfDay(zone) : QDateTime();
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_market.isEmpty() && index.data(HistoryModel::MarketRole).toString() != m_market)
        return false;
    const QDateTime time = index.data(HistoryModel::TimeRole).toDateTime();
    if (m_from.isValid() && time < m_from)
        return false;
    if (m_to.isValid() && time >= m_to)
        return false;
    return true;
}

HistoryView::HistoryView(HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new HistoryFilter(this))
    , m_table(new QTableView(this))
    , m_marketLabel(new QLabel(this))
    , m_market(new QComboBox(this))
    , m_dated(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_export(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_zone(QTimeZone::utc())
{
    m_filter->setSourceModel(model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // newest first, as loaded, until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    // The columns are sized once, on the first rows: from the first 100 of them, not every row
    // (a replay's first batch of 500 signals took the GUI thread 17 ms to measure).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    m_market->setObjectName(QStringLiteral("marketFilter"));
    m_dated->setObjectName(QStringLiteral("dateFilterEnabled"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_marketLabel);
    bar->addWidget(m_market);
    bar->addSpacing(12);
    bar->addWidget(m_dated);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    m_error->setObjectName(QStringLiteral("storageErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_error->hide();
    layout->addWidget(m_error, 1);

    connect(m_market, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::refreshMarkets);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::refreshMarkets);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { applyFilter(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export CSV"), error);
    });
    retranslate();
    refreshMarkets();
}

void HistoryView::retranslate()
{
    m_marketLabel->setText(tr("Market"));
    m_dated->setText(tr("Dates"));
    m_export->setText(tr("Export CSV…"));
    if (m_market->count() > 0)
        m_market->setItemText(0, tr("All markets"));
    m_count->setText(tr("%n row(s)", nullptr, m_filter->rowCount()));
}

void HistoryView::setMarketFilterVisible(bool visible)
{
    m_marketLabel->setVisible(visible);
    m_market->setVisible(visible);
    if (!visible)
        m_market->setCurrentIndex(0); // "All markets": a hidden filter must not hide rows
}

void HistoryView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    applyFilter();
}

void HistoryView::refreshMarkets()
{
    // The dates offered when "Dates" is ticked: the span of the rows (newest first).
    if (!m_dated->isChecked() && m_model->rowCount() > 0) {
        const QDate newest = m_model->row(0).time.toTimeZone(m_zone).date();
        const QDate oldest = m_model->row(m_model->rowCount() - 1).time.toTimeZone(m_zone).date();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(oldest);
        m_to->setDate(newest);
    }
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
    }
    const QString current = m_market->currentData().toString();
    const QStringList markets = m_model->markets();
    QStringList shown;
    for (int i = 1; i < m_market->count(); ++i)
        shown.append(m_market->itemData(i).toString());
    if (shown == markets && m_market->count() > 0) {
        m_count->setText(tr("%n row(s)", nullptr, m_filter->rowCount()));
        return;
    }
    const QSignalBlocker block(m_market);
    m_market->clear();
    m_market->addItem(tr("All markets"), QString());
    for (const QString &market : markets)
        m_market->addItem(market, market);
    m_market->setCurrentIndex(std::max(0, m_market->findData(current)));
    applyFilter();
}

void HistoryView::applyFilter()
{
    m_filter->setMarket(m_market->currentData().toString());
    if (m_dated->isChecked())
        m_filter->setDateRange(m_from->date(), m_to->date(), m_zone);
    else
        m_filter->setDateRange(QDate(), QDate(), m_zone);
    m_count->setText(tr("%n row(s)", nullptr, m_filter->rowCount()));
}

bool HistoryView::exportCsv(const QString &path, QString *error) const
{
    QStringList header;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header.append(csvField(m_filter->headerData(c, Qt::Horizontal).toString()));
    QByteArray out = header.join(u',').toUtf8() + '\n';
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            fields.append(csvField(m_filter->index(r, c).data(HistoryModel::ExportRole).toString()));
        out += fields.join(u',').toUtf8() + '\n';
    }
    QString reason;
    if (writeFileAtomically(path, out, &reason))
        return true;
    *error = tr("Cannot write %1: %2").arg(path, reason);
    return false;
}

void HistoryView::setError(const QString &message)
{
    m_errorText = message;
    m_error->setText(message.isEmpty() ? QString() : tr("The history could not be read: %1").arg(message));
    m_error->setVisible(!message.isEmpty());
    m_table->setVisible(message.isEmpty());
}

} // namespace autocoin
