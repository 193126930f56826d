#include "headless/EventWriter.h"

#include "core/Clock.h"

#include <QJsonDocument>

namespace autocoin {

EventWriter::EventWriter(std::FILE *out, const Clock *clock)
    : m_out(out)
    , m_clock(clock ? clock : &SystemClock::instance())
{}

QByteArray EventWriter::line(const QString &event, QJsonObject fields) const
{
    fields.insert(QStringLiteral("event"), event);
    fields.insert(QStringLiteral("ts"), m_clock->nowUtc().toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

void EventWriter::write(const QString &event, QJsonObject fields)
{
    const QByteArray bytes = line(event, std::move(fields)) + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace autocoin
