#include "log/LogModel.h"

#include "status/EngineText.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QTimer>

#include <algorithm>

namespace autocoin {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(50);
    connect(m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == LevelRole)
        return static_cast<int>(entry.level);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case LevelColumn:
            return levelText(entry.level);
        case CategoryColumn:
            return categoryText(entry.category);
        case MessageColumn:
            return messageText(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LevelColumn) {
        switch (entry.level) {
        case LogLevel::Debug:
            return QBrush(QColor(0x6b, 0x72, 0x80));
        case LogLevel::Info:
            return {};
        case LogLevel::Warning:
            return QBrush(QColor(0xd9, 0x77, 0x06));
        case LogLevel::Error:
        case LogLevel::Critical:
            return QBrush(QColor(0xdc, 0x26, 0x26));
        }
    }
    return {};
}

QString LogModel::messageText(const LogEntry &entry)
{
    if (!entry.source)
        return entry.message; // a line with no wording of the engine's: as it was written
    // The engine's fixed words among the values (a state change's reason) in the window's language.
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "start requested"),
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "stop requested"),
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "stopped"),
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "reset requested"),
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "application is closing"),
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "stopped for exit"),
        // The replay's end (exchange/replay/ReplayClient.cpp), the reason of RUNNING -> STOPPING.
        QT_TRANSLATE_NOOP("autocoin::EngineLog", "the replay data is exhausted"),
    };
    const bool korean = uiKorean();
    QVariantList args = entry.args;
    for (QVariant &arg : args) {
        if (arg.typeId() != QMetaType::QString)
            continue;
        const QByteArray text = arg.toString().toUtf8();
        bool known = false;
        for (const char *word : words) {
            if (text == word) {
                arg = QCoreApplication::translate("autocoin::EngineLog", word);
                known = true;
            }
        }
        // An ERROR's cause ("3 consecutive failures (ticker), last: server (HTTP 500): …") in
        // Korean words; the English window keeps the engine's, as the log file has them.
        if (!known && korean)
            arg = errorCauseText(arg.toString());
    }
    return fillLogText(QCoreApplication::translate("autocoin::EngineLog", entry.source), args, uiWords());
}

QString LogModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return tr("DEBUG");
    case LogLevel::Info:
        return tr("INFO");
    case LogLevel::Warning:
        return tr("WARNING");
    case LogLevel::Error:
        return tr("ERROR");
    case LogLevel::Critical:
        return tr("CRITICAL");
    }
    return logLevelName(level);
}

QString LogModel::categoryText(const QString &category)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("engine"), QT_TRANSLATE_NOOP("autocoin::LogModel", "engine")},
        {QStringLiteral("exchange"), QT_TRANSLATE_NOOP("autocoin::LogModel", "exchange")},
        {QStringLiteral("strategy"), QT_TRANSLATE_NOOP("autocoin::LogModel", "strategy")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("autocoin::LogModel", "risk")},
        {QStringLiteral("paper"), QT_TRANSLATE_NOOP("autocoin::LogModel", "paper")},
        {QStringLiteral("live"), QT_TRANSLATE_NOOP("autocoin::LogModel", "live")},
        {QStringLiteral("storage"), QT_TRANSLATE_NOOP("autocoin::LogModel", "storage")},
        {QStringLiteral("notify"), QT_TRANSLATE_NOOP("autocoin::LogModel", "notify")},
        {QStringLiteral("app"), QT_TRANSLATE_NOOP("autocoin::LogModel", "app")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("autocoin::LogModel", "settings")},
        {QStringLiteral("keychain"), QT_TRANSLATE_NOOP("autocoin::LogModel", "keychain")},
        {QStringLiteral("api"), QT_TRANSLATE_NOOP("autocoin::LogModel", "api")},
        {QStringLiteral("alert"), QT_TRANSLATE_NOOP("autocoin::LogModel", "alert")},
    };
    const auto it = names.constFind(category);
    return it == names.constEnd() ? category : QCoreApplication::translate("autocoin::LogModel", *it);
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::append(const LogEntry &entry)
{
    m_pending.push_back(entry);
    if (m_pending.size() > static_cast<std::size_t>(m_capacity)) // older pending ones would be dropped anyway
        m_pending.erase(m_pending.begin());
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LogModel::flush()
{
    m_flushTimer->stop();
    if (m_pending.empty())
        return;
    const int incoming = static_cast<int>(m_pending.size());
    const int overflow = rowCount() + incoming - m_capacity;
    if (overflow > 0) {
        const int removed = std::min(overflow, rowCount());
        beginRemoveRows({}, 0, removed - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + removed);
        endRemoveRows();
    }
    beginInsertRows({}, rowCount(), rowCount() + incoming - 1);
    m_entries.insert(m_entries.end(), m_pending.begin(), m_pending.end());
    endInsertRows();
    m_pending.clear();
}

} // namespace autocoin
