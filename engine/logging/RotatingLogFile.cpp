#include "logging/RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace autocoin {

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, int backupCount, const QTimeZone &zone)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_backupCount(std::max(0, backupCount))
    , m_zone(zone)
{}

QString RotatingLogFile::currentPath() const
{
    return QDir(m_directory).filePath(m_baseName);
}

bool RotatingLogFile::write(const QDateTime &utcTime, const QString &line)
{
    const QDate day = utcTime.toTimeZone(m_zone).date();
    if (!m_file.isOpen() && !open(day))
        return false;
    if (day > m_day) {
        rotate();
        if (!open(day))
            return false;
    }
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.write(bytes) != bytes.size()) {
        m_lastError = m_file.errorString();
        return false;
    }
    m_file.flush();
    return true;
}

bool RotatingLogFile::open(const QDate &day)
{
    if (!QDir().mkpath(m_directory)) {
        m_lastError = QStringLiteral("cannot create log directory %1").arg(m_directory);
        return false;
    }
    m_file.setFileName(currentPath());
    // A file left from an earlier day is that day's log: rotate it before writing today's.
    const QFileInfo existing(m_file.fileName());
    if (existing.exists() && existing.size() > 0) {
        const QDate fileDay = existing.lastModified().toTimeZone(m_zone).date();
        if (fileDay < day) {
            m_day = fileDay;
            rotate();
        }
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_lastError = m_file.errorString();
        return false;
    }
    m_day = day;
    return true;
}

void RotatingLogFile::rotate()
{
    if (m_file.isOpen())
        m_file.close();
    const QString target = currentPath() + u'.' + m_day.toString(Qt::ISODate);
    QFile::remove(target); // a second rotation of the same day replaces the first
    QFile::rename(currentPath(), target);
    pruneBackups();
}

void RotatingLogFile::pruneBackups()
{
    QDir dir(m_directory);
    QStringList backups = dir.entryList({m_baseName + QStringLiteral(".\?\?\?\?-\?\?-\?\?")}, QDir::Files, QDir::Name);
    while (backups.size() > m_backupCount)
        dir.remove(backups.takeFirst()); // ISO dates sort oldest first
}

} // namespace autocoin
