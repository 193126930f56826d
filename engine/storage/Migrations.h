#pragma once

#include "storage/Database.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace autocoin {

/// One schema version: the statements that take the previous version to this one, written once
/// with placeholders for the two dialects ({ID}, {MONEY}).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Versioned schema changes, each applied in a transaction at start-up. A database whose
/// version is newer than the app knows is refused with both versions named.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    /// Reads, never writes: whether autocoin may use this database. An empty database is ours to
    /// create; one with a `schema_version` this autocoin knows is ours to migrate; one with tables
    /// but no `schema_version` belongs to another program (NotADatabase) and one with a newer
    /// version to a newer autocoin (NewerSchema). Runs before anything is written to the file.
    static std::optional<StorageError> inspect(Database &database);

    /// The version recorded in the database (0 for an empty one), or -1 with `error`.
    static int currentVersion(Database &database, StorageError *error);

    /// Brings the database to the latest version. `beforeMigrating` runs once before the first
    /// migration on a database that already has data (the SQLite backup); returning false
    /// aborts. Returns false with `error` on failure; every migration is all-or-nothing.
    static bool migrate(Database &database, const std::function<bool(int fromVersion)> &beforeMigrating,
                        StorageError *error);

    /// `statement` with the placeholders filled in for the database's dialect.
    static QString render(const QString &statement, bool sqlite);
};

} // namespace autocoin
