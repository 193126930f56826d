#include "logging/LogEntry.h"

namespace autocoin {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Warning:
        return QStringLiteral("WARNING");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    case LogLevel::Critical:
        return QStringLiteral("CRITICAL");
    }
    return QStringLiteral("INFO");
}

std::optional<LogLevel> logLevelFromName(QStringView name)
{
    const QString upper = name.trimmed().toString().toUpper();
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error, LogLevel::Critical}) {
        if (upper == logLevelName(level))
            return level;
    }
    if (upper == u"WARN")
        return LogLevel::Warning;
    return std::nullopt;
}

} // namespace autocoin
