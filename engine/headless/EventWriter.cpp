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

bool EventWriter::write(const QString &event, QJsonObject fields)
{
    if (m_lost)
        return false;
    const QByteArray bytes = line(event, std::move(fields)) + '\n';
    const std::size_t size = static_cast<std::size_t>(bytes.size());
    if (std::fwrite(bytes.constData(), 1, size, m_out) == size && std::fflush(m_out) == 0)
        return true;
    m_lost = true;
    if (m_onLost)
        m_onLost();
    return false;
}

} // namespace autocoin
