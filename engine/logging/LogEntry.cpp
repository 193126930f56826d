#include "logging/LogEntry.h"

#include "core/Domain.h"
#include "core/EngineState.h"
#include "core/ExchangeError.h"
#include "strategy/ReasonText.h"

#include <QJsonObject>

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

QVariant logReason(const Reason &reason)
{
    return reason.toJson();
}

QVariant logState(EngineState state)
{
    return QJsonObject{{QStringLiteral("state"), static_cast<int>(state)}};
}

QVariant logSignal(SignalType type)
{
    return QJsonObject{{QStringLiteral("signal"), static_cast<int>(type)}};
}

QVariant logRequest(const QString &what)
{
    return QJsonObject{{QStringLiteral("request"), what}};
}

QVariant logError(const ExchangeError &error)
{
    // Its one line: what the file has, read back by ExchangeError::fromDescription.
    return QJsonObject{{QStringLiteral("exchange_error"), error.describe()}};
}

QString fillLogText(const QString &wording, const QVariantList &args, const ReasonText &words)
{
    const auto argText = [&words](const QVariant &arg) -> QString {
        if (arg.typeId() != QMetaType::QJsonObject)
            return arg.toString();
        const QJsonObject object = arg.toJsonObject();
        // A reason first: its values may be named "signal" (the refused signal, nested) or "state".
        if (object.contains(QStringLiteral("code")))
            return words.render(Reason::fromJson(object));
        if (object.contains(QStringLiteral("state")))
            return words.state(static_cast<EngineState>(object.value(QStringLiteral("state")).toInt()));
        if (object.contains(QStringLiteral("signal")))
            return words.signal(static_cast<SignalType>(object.value(QStringLiteral("signal")).toInt()));
        if (object.contains(QStringLiteral("request")))
            return words.request(object.value(QStringLiteral("request")).toString());
        if (object.contains(QStringLiteral("exchange_error"))) {
            const QString line = object.value(QStringLiteral("exchange_error")).toString();
            const auto error = ExchangeError::fromDescription(line);
            return error ? words.exchangeError(*error) : line;
        }
        return words.render(Reason::fromJson(object));
    };
    QString out;
    out.reserve(wording.size() + 32);
    for (qsizetype i = 0; i < wording.size(); ++i) {
        const QChar c = wording[i];
        if (c == u'%' && i + 1 < wording.size() && wording[i + 1].isDigit() && wording[i + 1] != u'0') {
            const int n = wording[i + 1].digitValue();
            if (n <= args.size()) {
                out += argText(args[n - 1]);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
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
