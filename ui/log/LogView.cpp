#include "log/LogView.h"

#include "log/LogModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace autocoin {

namespace {

/// Accepts rows at or above a minimum level.
class LevelFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(int level)
    {
        m_minimum = level;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(LogModel::LevelRole).toInt() >= m_minimum;
    }

private:
    int m_minimum = 0;
};

} // namespace

LogView::LogView(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new LevelFilterModel(this))
    , m_levelFilter(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_levelFilter->setObjectName(QStringLiteral("logLevelFilterCombo"));
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        m_levelFilter->addItem(LogModel::levelText(level), static_cast<int>(level));
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMinimumLevel(static_cast<LogLevel>(m_levelFilter->itemData(index).toInt())); });
    setMinimumLevel(LogLevel::Info);

    m_table->setObjectName(QStringLiteral("logTableView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LogModel::CategoryColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(LogModel::CategoryColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("exchange")) + 24);

    // Follow the newest line while the view is at the bottom; leave the user alone otherwise.
    auto following = std::make_shared<bool>(true);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, following] {
        QScrollBar *bar = m_table->verticalScrollBar();
        *following = bar->value() >= bar->maximum() - 2;
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this, following] {
        if (*following)
            m_table->scrollToBottom();
    });

    auto *top = new QHBoxLayout;
    top->addStretch();
    m_levelLabel = new QLabel(this);
    m_levelLabel->setBuddy(m_levelFilter);
    top->addWidget(m_levelLabel);
    top->addWidget(m_levelFilter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);
}

void LogView::retranslate()
{
    m_levelLabel->setText(tr("Level:"));
    // The level names in the window's language, as the table's level column shows them.
    for (int i = 0; i < m_levelFilter->count(); ++i)
        m_levelFilter->setItemText(i, LogModel::levelText(static_cast<LogLevel>(m_levelFilter->itemData(i).toInt())));
    m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
}

void LogView::setMinimumLevel(LogLevel level)
{
    static_cast<LevelFilterModel *>(m_filter)->setMinimumLevel(static_cast<int>(level));
    const int index = m_levelFilter->findData(static_cast<int>(level));
    if (index >= 0 && index != m_levelFilter->currentIndex())
        m_levelFilter->setCurrentIndex(index);
}

} // namespace autocoin
