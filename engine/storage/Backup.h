#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace autocoin {

/// Online backups of an SQLite database with `VACUUM INTO` (safe while the engine writes; never a
/// copy of a file in use), named `app-YYYYMMDDHHMMSS.db` (local time of `zone`) in `backupDir`.
class Backup
{
public:
    Backup(Database &database, QString backupDir, const QTimeZone &zone);

    /// Writes a backup now; returns its path, or nullopt with `error` (PostgreSQL: use pg_dump).
    std::optional<QString> write(const QDateTime &now, StorageError *error);
    /// Removes backups older than `retentionDays` days before `now`; returns what it removed.
    QStringList prune(int retentionDays, const QDateTime &now) const;
    /// True when a backup of today (in the zone) exists.
    bool hasBackupOn(const QDate &localDate) const;

    static QString fileName(const QDateTime &local);
    /// The time in a backup's name, or an invalid time.
    static QDateTime timeOf(const QString &fileName, const QTimeZone &zone);

private:
    Database &m_database;
    QString m_dir;
    QTimeZone m_zone;
};

} // namespace autocoin
