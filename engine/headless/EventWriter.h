#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace autocoin {

class Clock;

/// Writes the headless event stream (docs/INTERFACE.md): one JSON object per line, each with
/// "event" and "ts" (ISO-8601 UTC, milliseconds), flushed at once so a reading process sees
/// every event as it happens. Amounts are passed in as decimal strings by the callers.
class EventWriter
{
public:
    explicit EventWriter(std::FILE *out, const Clock *clock = nullptr);

    void write(const QString &event, QJsonObject fields);
    /// The line write() would print, without the newline (for tests and reuse).
    QByteArray line(const QString &event, QJsonObject fields) const;

private:
    std::FILE *m_out;
    const Clock *m_clock;
};

} // namespace autocoin
