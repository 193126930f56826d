#include "storage/Storage.h"

#include "logging/Logger.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"

#include <QDir>

namespace autocoin {

QString Storage::backupDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

std::unique_ptr<Database> Storage::open(const DatabaseUrl &url, const QString &purpose, const QString &dataDir,
                                        const QTimeZone &zone, StorageError *error)
{
    auto database = Database::open(url, purpose, backupDir(dataDir), error);
    if (!database)
        return nullptr;
    const auto backupFirst = [&](int fromVersion) {
        if (!database->isSqlite())
            return true;
        Backup backup(*database, backupDir(dataDir), zone);
        StorageError backupError;
        const auto path = backup.write(QDateTime::currentDateTimeUtc(), &backupError);
        if (path)
            Logger::info(QStringLiteral("storage"), QStringLiteral("backed up schema version %1 to %2 before migrating")
                                                        .arg(fromVersion)
                                                        .arg(QDir::toNativeSeparators(*path)));
        return path.has_value();
    };
    if (!Migrations::migrate(*database, backupFirst, error))
        return nullptr;
    return database;
}

} // namespace autocoin
