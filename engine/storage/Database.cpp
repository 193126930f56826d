#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace autocoin {

namespace {

std::atomic<int> g_connectionSerial{0};
std::atomic<const QThread *> g_forbiddenThread{nullptr};
std::atomic<bool> g_forbiddenFatal{false};
std::atomic<int> g_forbiddenQueries{0};

StorageError makeError(StorageError::Kind kind, const QString &message)
{
    StorageError e;
    e.kind = kind;
    e.message = message;
    return e;
}

/// SQLite files start with these 16 bytes; anything else is not a database and is left alone.
bool looksLikeSqlite(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // a new database will be created
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *why = QStringLiteral("it is not an SQLite database");
        return false;
    }
    return true;
}

} // namespace

QString StorageError::describe() const
{
    QString text = message;
    if (!newestBackup.isEmpty())
        text += QStringLiteral(" The newest backup is %1: close autocoin and run `autocoin restore %1`, or move the "
                               "damaged file away to start afresh.")
                    .arg(QDir::toNativeSeparators(newestBackup));
    return text;
}

void Database::forbidThread(const QThread *thread, bool fatal)
{
    g_forbiddenFatal = fatal;
    g_forbiddenQueries = 0;
    g_forbiddenThread = thread;
}

int Database::forbiddenQueries()
{
    return g_forbiddenQueries;
}

void Database::checkThread(const QString &what)
{
    const QThread *forbidden = g_forbiddenThread.load(std::memory_order_relaxed);
    if (!forbidden || forbidden != QThread::currentThread())
        return;
    ++g_forbiddenQueries;
    if (g_forbiddenFatal)
        qFatal("database used on a forbidden thread: %s", qPrintable(what.left(200)));
    qCritical("database used on a forbidden thread: %s", qPrintable(what.left(200)));
}

QString newestBackup(const QString &backupDir)
{
    const QStringList files =
        QDir(backupDir).entryList({QStringLiteral("app-??????????????.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    return files.isEmpty() ? QString() : QDir(backupDir).filePath(files.first());
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, const QString &purpose, const QString &backupDir,
                                         StorageError *error)
{
    checkThread(QStringLiteral("open ") + url.redacted());
    if (url.isSqlite()) {
        QString why;
        if (!looksLikeSqlite(url.path, &why)) {
            *error = makeError(StorageError::Kind::NotADatabase,
                               QStringLiteral("%1 cannot be used: %2. autocoin has not changed it.")
                                   .arg(QDir::toNativeSeparators(url.path), why));
            error->newestBackup = newestBackup(backupDir);
            return nullptr;
        }
        if (!QDir().mkpath(QFileInfo(url.path).absolutePath())) {
            *error = makeError(StorageError::Kind::Io, QStringLiteral("cannot create the folder of %1").arg(url.path));
            return nullptr;
        }
    }
    std::unique_ptr<Database> database(new Database);
    database->m_url = url;
    database->m_name = QStringLiteral("autocoin-%1-%2").arg(purpose).arg(g_connectionSerial.fetch_add(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driver(), database->m_name);
    if (!db.isValid()) {
        *error = makeError(StorageError::Kind::Connection,
                           QStringLiteral("the Qt SQL driver %1 is not installed").arg(url.driver()));
        return nullptr;
    }
    if (url.isSqlite()) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        QString reason = db.lastError().text();
        if (!url.password.isEmpty())
            reason.replace(url.password, QStringLiteral("***"));
        *error = makeError(StorageError::Kind::Connection,
                           QStringLiteral("cannot open the database %1: %2").arg(url.redacted(), reason));
        return nullptr;
    }
    if (!url.isSqlite()) {
        StorageError ignored; // "relation … already exists, skipping" notices are not for the user
        database->execute(QStringLiteral("SET client_min_messages TO WARNING"), &ignored);
    }
    if (url.isSqlite()) {
        // Read-only checks first: a damaged or foreign file is refused before the first write
        // (journal_mode=WAL rewrites the header), so a refused database is never changed.
        QSqlQuery check = database->prepare(QStringLiteral("PRAGMA quick_check"));
        if (!check.exec() || !check.next() || check.value(0).toString() != u"ok") {
            const bool unreadable = check.lastError().isValid();
            *error = makeError(StorageError::Kind::Corrupt,
                               QStringLiteral("%1 is damaged (%2). autocoin has not changed it.")
                                   .arg(QDir::toNativeSeparators(url.path),
                                        unreadable ? check.lastError().text() : check.value(0).toString()));
            error->newestBackup = newestBackup(backupDir);
            return nullptr;
        }
    }
    if (auto refusal = Migrations::inspect(*database)) {
        *error = *refusal;
        if (error->kind == StorageError::Kind::Query) // could not even read it
            error->kind = StorageError::Kind::Corrupt;
        error->newestBackup = newestBackup(backupDir);
        return nullptr;
    }
    if (url.isSqlite()) {
        StorageError pragmaError;
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                                   "PRAGMA busy_timeout=10000"}) {
            if (!database->execute(QString::fromLatin1(pragma), &pragmaError)) {
                *error = makeError(StorageError::Kind::Corrupt,
                                   QStringLiteral("%1 cannot be used: %2. autocoin has not changed it.")
                                       .arg(QDir::toNativeSeparators(url.path), pragmaError.message));
                error->newestBackup = newestBackup(backupDir);
                return nullptr;
            }
        }
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    checkThread(sql);
    QSqlQuery query(connection());
    query.prepare(sql);
    return query;
}

bool Database::exec(QSqlQuery &query, StorageError *error)
{
    if (query.exec())
        return true;
    if (error) {
        const QString text = query.lastError().text();
        const bool full = text.contains(QStringLiteral("full"), Qt::CaseInsensitive);
        *error =
            makeError(full ? StorageError::Kind::Io : StorageError::Kind::Query,
                      full ? QStringLiteral("the disk is full: %1. Free some space; nothing was lost.").arg(text)
                           : QStringLiteral("%1 (in: %2)").arg(text, query.lastQuery().section(u'\n', 0, 0).left(120)));
    }
    return false;
}

bool Database::execute(const QString &sql, StorageError *error) const
{
    checkThread(sql);
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = makeError(StorageError::Kind::Query,
                           QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(120)));
    return false;
}

bool Database::inTransaction(const std::function<bool()> &work, StorageError *error)
{
    if (m_transactionDepth > 0) { // inside an outer transaction: its commit covers this work
        ++m_transactionDepth;
        bool ok = false;
        try {
            ok = work();
        } catch (...) {
            --m_transactionDepth;
            throw;
        }
        --m_transactionDepth;
        return ok;
    }
    checkThread(QStringLiteral("BEGIN"));
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        if (error)
            *error = makeError(StorageError::Kind::Query,
                               QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
        return false;
    }
    bool ok = false;
    m_transactionDepth = 1;
    try {
        ok = work();
    } catch (...) {
        m_transactionDepth = 0;
        db.rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error =
                makeError(StorageError::Kind::Io, QStringLiteral("the commit failed: %1").arg(db.lastError().text()));
        db.rollback();
        return false;
    }
    return true;
}

} // namespace autocoin
