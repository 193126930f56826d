#pragma once

#include "logging/LogEntry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <deque>
#include <vector>

class QTimer;

namespace autocoin {

/// The live log as a table: a bounded ring of the newest `capacity` entries. Entries arriving in
/// bursts are coalesced and inserted at most every 50 ms, so a chatty engine never floods the
/// GUI thread.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        CategoryColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int LevelRole = Qt::UserRole + 1;

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    int capacity() const { return m_capacity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The line in the window's language: the engine's wording translated with its values (states,
    /// signals and reasons in the window's words); any other line as it was written.
    static QString messageText(const LogEntry &entry);
    static QString levelText(LogLevel level);
    static QString categoryText(const QString &category);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void append(const autocoin::LogEntry &entry);
    /// Inserts what is pending now (tests call it instead of waiting for the timer).
    void flush();

private:
    int m_capacity;
    QTimeZone m_zone = QTimeZone::utc();
    std::deque<LogEntry> m_entries;
    std::vector<LogEntry> m_pending;
    QTimer *m_flushTimer;
};

} // namespace autocoin
