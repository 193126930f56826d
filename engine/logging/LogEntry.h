#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

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
    QString message;  ///< in English: the file, stderr and the headless events carry it so
    /// The engine's wording before translation (QT_TRANSLATE_NOOP("autocoin::EngineLog", …), %1… for
    /// `args`), or nullptr when `message` is all there is. The window shows it in its language.
    const char *source = nullptr;
    QVariantList args; ///< a QString as it is; logReason / logState / logSignal: words of the engine
};

struct ExchangeError;
class Reason;
class ReasonText;
enum class EngineState;
enum class SignalType;

/// A log argument the window renders in its language.
QVariant logReason(const Reason &reason);
QVariant logState(EngineState state);
QVariant logSignal(SignalType type);
/// The engine's name of a request ("ticker", "orders", …), rendered by ReasonText::request.
QVariant logRequest(const QString &what);
/// An exchange's error, rendered by ReasonText::exchangeError (in English: its describe()).
QVariant logError(const ExchangeError &error);
/// `wording` (the source or its translation) with %1… replaced in one pass by `args` in `words`'
/// language (an arg containing "%2" stays as it is).
QString fillLogText(const QString &wording, const QVariantList &args, const ReasonText &words);

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::LogEntry)
