#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <functional>

namespace autocoin {

class Clock;

/// Writes the headless event stream (docs/INTERFACE.md): one JSON object per line, each with
/// "event" and "ts" (ISO-8601 UTC, milliseconds), flushed at once so a reading process sees
/// every event as it happens. Amounts are passed in as decimal strings by the callers.
class EventWriter
{
public:
    explicit EventWriter(std::FILE *out, const Clock *clock = nullptr);

    /// False once the stream cannot be written (the reader closed the pipe, the disk is full):
    /// from then on nothing more is written and `onLost` (if set) has run once.
    bool write(const QString &event, QJsonObject fields);
    bool lost() const { return m_lost; }
    /// Runs once, on the first failed write.
    void setOnLost(std::function<void()> onLost) { m_onLost = std::move(onLost); }
    /// The line write() would print, without the newline (for tests and reuse).
    QByteArray line(const QString &event, QJsonObject fields) const;

private:
    std::FILE *m_out;
    const Clock *m_clock;
    bool m_lost = false;
    std::function<void()> m_onLost;
};

} // namespace autocoin
