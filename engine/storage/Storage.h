#pragma once

#include "storage/Database.h"

#include <QTimeZone>

#include <memory>

namespace autocoin {

/// Opening a database the way every part of autocoin does: the file checked, the connection
/// opened for this thread, the schema migrated to the latest version (an SQLite database that
/// has data is backed up first).
class Storage
{
public:
    static QString backupDir(const QString &dataDir);
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &purpose, const QString &dataDir,
                                          const QTimeZone &zone, StorageError *error);
};

} // namespace autocoin
