#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// The seed's (Python logging's) levels, lowest first.
enum class LogLevel
{
    Debug = 10,
    Info = 20,
    Warning = 30,
    Error = 40,
    Critical = 50
};

/// "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL".
QString logLevelName(LogLevel level);
/// Case-insensitive inverse of logLevelName (also accepts "WARN"); nullopt otherwise.
std::optional<LogLevel> logLevelFromName(QStringView name);

/// One log line.
struct LogEntry
{
    QDateTime time; ///< UTC
    LogLevel level = LogLevel::Info;
    QString category; ///< "engine", "exchange", "app", "qt", …
    QString message;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::LogEntry)
