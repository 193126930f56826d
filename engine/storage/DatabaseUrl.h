#pragma once

#include <QString>

#include <optional>

namespace autocoin {

/// Where the database is, from `DATABASE_URL` or the setting:
/// `sqlite:///absolute/path.db`, `sqlite:///relative/path.db` (relative to the data directory
/// when the path after the three slashes does not exist as an absolute directory), or
/// `postgresql://user:password@host:port/dbname`.
struct DatabaseUrl
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite: absolute file path
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password; ///< never logged: see redacted()
    QString database;

    /// Parses `text`; relative SQLite paths resolve against `dataDir`. nullopt + `error` otherwise.
    static std::optional<DatabaseUrl> parse(const QString &text, const QString &dataDir, QString *error);
    /// The default: `autocoin.db` in the data directory.
    static DatabaseUrl defaultFor(const QString &dataDir);

    bool isSqlite() const { return kind == Kind::Sqlite; }
    /// The URL with the password replaced by "***", for logs and messages.
    QString redacted() const;
    /// The Qt SQL driver: "QSQLITE" or "QPSQL".
    QString driver() const { return isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"); }
};

} // namespace autocoin
