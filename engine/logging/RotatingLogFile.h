#pragma once

#include <QDate>
#include <QFile>
#include <QString>
#include <QTimeZone>

namespace autocoin {

/// A log file that rotates at midnight of a time zone: `autocoin.log` holds today's lines,
/// earlier days are renamed `autocoin.log.YYYY-MM-DD` (the seed's naming), and only the newest
/// `backupCount` of those are kept. Not thread-safe; Logger serialises access.
class RotatingLogFile
{
public:
    RotatingLogFile(QString directory, QString baseName, int backupCount, const QTimeZone &zone);

    /// Appends one line (a newline is added), rotating first when `utcTime` falls on a later
    /// day than the current file. Returns false when the line could not be written.
    bool write(const QDateTime &utcTime, const QString &line);
    QString currentPath() const;
    QString lastError() const { return m_lastError; }

private:
    bool open(const QDate &day);
    void rotate();
    void pruneBackups();

    QString m_directory;
    QString m_baseName;
    int m_backupCount;
    QTimeZone m_zone;
    QFile m_file;
    QDate m_day;
    QString m_lastError;
};

} // namespace autocoin
