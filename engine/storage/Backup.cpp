#include "storage/Backup.h"

#include <QDir>
#include <QFile>

namespace autocoin {

Backup::Backup(Database &database, QString backupDir, const QTimeZone &zone)
    : m_database(database)
    , m_dir(std::move(backupDir))
    , m_zone(zone)
{}

QString Backup::fileName(const QDateTime &local)
{
    return QStringLiteral("app-") + local.toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral(".db");
}

QDateTime Backup::timeOf(const QString &name, const QTimeZone &zone)
{
    if (!name.startsWith(QStringLiteral("app-")) || !name.endsWith(QStringLiteral(".db")) || name.size() != 21)
        return {};
    const QDateTime naive = QDateTime::fromString(name.mid(4, 14), QStringLiteral("yyyyMMddHHmmss"));
    return naive.isValid() ? QDateTime(naive.date(), naive.time(), zone) : QDateTime();
}

std::optional<QString> Backup::write(const QDateTime &now, StorageError *error)
{
    if (!m_database.isSqlite()) {
        error->kind = StorageError::Kind::Query;
        error->message = QStringLiteral("backups of a PostgreSQL database are made with pg_dump, not by autocoin");
        return std::nullopt;
    }
    if (!QDir().mkpath(m_dir)) {
        error->kind = StorageError::Kind::Io;
        error->message = QStringLiteral("cannot create the backup folder %1").arg(QDir::toNativeSeparators(m_dir));
        return std::nullopt;
    }
    QDateTime local = now.toTimeZone(m_zone);
    QString path = QDir(m_dir).filePath(fileName(local));
    while (QFile::exists(path)) { // two backups in one second (e.g. before a migration)
        local = local.addSecs(1);
        path = QDir(m_dir).filePath(fileName(local));
    }
    QString quoted = path;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (!m_database.execute(QStringLiteral("VACUUM INTO '%1'").arg(quoted), error)) {
        QFile::remove(path); // never leave half a backup that looks whole
        error->message = QStringLiteral("the backup failed: ") + error->message;
        return std::nullopt;
    }
    return path;
}

QStringList Backup::prune(int retentionDays, const QDateTime &now) const
{
    QStringList removed;
    const QDateTime cutoff = now.addDays(-retentionDays);
    QDir dir(m_dir);
    const QStringList files = dir.entryList({QStringLiteral("app-??????????????.db")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QDateTime taken = timeOf(name, m_zone);
        if (taken.isValid() && taken < cutoff && dir.remove(name))
            removed.append(dir.filePath(name));
    }
    return removed;
}

bool Backup::hasBackupOn(const QDate &localDate) const
{
    const QStringList files = QDir(m_dir).entryList(
        {QStringLiteral("app-") + localDate.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("??????.db")},
        QDir::Files);
    return !files.isEmpty();
}

} // namespace autocoin
