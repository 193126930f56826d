#pragma once

#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;
class QThread;

namespace autocoin {

/// Why the database could not be used, with what the user should do.
struct StorageError
{
    enum class Kind
    {
        NotADatabase,
        Corrupt,
        NewerSchema,
        Connection,
        Query,
        Io
    };
    Kind kind = Kind::Query;
    QString message;
    QString newestBackup; ///< offered when the file is unusable

    QString describe() const;
};

/// One named connection, opened in and used by one thread (Qt SQL connections must not cross
/// threads). SQLite runs in WAL mode with foreign keys on, a busy timeout and full syncs, so a
/// reader never blocks the writer and a committed row survives a crash.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens `url` for the calling thread under a connection named after `purpose` ("engine",
    /// "ui", "cli"). An existing file that is not an SQLite database, or is corrupt, is refused
    /// and never written to; `error` then names the newest backup in `backupDir`.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &purpose, const QString &backupDir,
                                          StorageError *error);

    QSqlDatabase connection() const;
    const DatabaseUrl &url() const { return m_url; }
    bool isSqlite() const { return m_url.isSqlite(); }

    /// Runs `work` in a transaction: commits when it returns true, rolls back otherwise (also
    /// when it throws). False with `error` when the commit itself failed. Nested calls join the
    /// outermost transaction, which alone commits or rolls back.
    bool inTransaction(const std::function<bool()> &work, StorageError *error);

    /// A prepared query on this connection.
    QSqlQuery prepare(const QString &sql) const;
    /// Executes and reports the failure in `error` (with the statement's first line).
    static bool exec(QSqlQuery &query, StorageError *error);
    bool execute(const QString &sql, StorageError *error) const;

    /// A debug guard: every use of any connection (opening one, preparing or executing a
    /// statement) on `thread` is a violation — counted, logged with the statement, and with
    /// `fatal` the process ends (qFatal). The GUI test installs it for the GUI thread so a query
    /// that would block the window (a network round trip with PostgreSQL) fails the test. nullptr
    /// removes it. Process-wide; costs one atomic load per statement.
    static void forbidThread(const QThread *thread, bool fatal);
    /// Violations since the guard was installed.
    static int forbiddenQueries();

private:
    /// Counts (and with a fatal guard aborts on) a use on the forbidden thread.
    static void checkThread(const QString &what);

    Database() = default;
    QString m_name;
    DatabaseUrl m_url;
    int m_transactionDepth = 0;
};

/// The newest `app-YYYYMMDDHHMMSS.db` in `backupDir`, or empty.
QString newestBackup(const QString &backupDir);

} // namespace autocoin
