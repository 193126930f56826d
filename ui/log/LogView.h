#pragma once

#include "logging/LogEntry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace autocoin {

class LogModel;

/// The live log: a level filter above a table that keeps the newest line in view (unless the
/// user has scrolled up to read).
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(LogModel *model, QWidget *parent = nullptr);

    /// Shows only entries at `level` or above.
    void setMinimumLevel(LogLevel level);
    QTableView *table() const { return m_table; }
    void retranslate();

private:
    LogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_levelFilter;
    QTableView *m_table;
    QLabel *m_levelLabel = nullptr;
};

} // namespace autocoin
