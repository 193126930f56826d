#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace autocoin {

const QList<Migration> &Migrations::all()
{
    // Money is exact: TEXT in SQLite (its NUMERIC affinity would turn 0.1 into a double) and
    // NUMERIC in PostgreSQL. Times are ISO-8601 UTC text ("2026-11-22T04:31:05.123Z"), which sorts.
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("the seed's seven tables"),
         {
             QStringLiteral("CREATE TABLE markets (exchange TEXT NOT NULL, symbol TEXT NOT NULL, korean_name TEXT, "
                            "english_name TEXT, warning_level TEXT NOT NULL DEFAULT 'NONE', is_active INTEGER NOT NULL "
                            "DEFAULT 1, updated_at TEXT NOT NULL, PRIMARY KEY (exchange, symbol))"),
             QStringLiteral(
                 "CREATE TABLE trades ({ID}, exchange TEXT NOT NULL, trade_id TEXT NOT NULL, order_id TEXT "
                 "NOT NULL, symbol TEXT NOT NULL, side TEXT NOT NULL, price {MONEY} NOT NULL, quantity {MONEY} "
                 "NOT NULL, fee {MONEY} NOT NULL, executed_at TEXT NOT NULL, paper INTEGER NOT NULL DEFAULT 1, "
                 "UNIQUE (exchange, trade_id))"),
             QStringLiteral("CREATE INDEX trades_symbol_time ON trades (symbol, executed_at)"),
             QStringLiteral("CREATE TABLE positions ({ID}, exchange TEXT NOT NULL, symbol TEXT NOT NULL, quantity "
                            "{MONEY} NOT NULL, avg_price {MONEY} NOT NULL, entry_time TEXT NOT NULL, status TEXT NOT "
                            "NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX positions_status ON positions (status, symbol)"),
             QStringLiteral("CREATE TABLE pnl_daily (date TEXT PRIMARY KEY, realized_pnl {MONEY} NOT NULL, "
                            "unrealized_pnl {MONEY} NOT NULL, total_equity {MONEY} NOT NULL, return_rate {MONEY} NOT "
                            "NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE configs (key TEXT PRIMARY KEY, value TEXT NOT NULL, description TEXT, "
                            "updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE order_history ({ID}, exchange TEXT NOT NULL, client_order_id TEXT NOT NULL "
                 "UNIQUE, order_id TEXT, symbol TEXT NOT NULL, side TEXT NOT NULL, order_type TEXT NOT NULL, "
                 "price {MONEY}, volume {MONEY}, status TEXT NOT NULL, paper INTEGER NOT NULL DEFAULT 1, "
                 "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX order_history_status ON order_history (status, symbol)"),
             QStringLiteral("CREATE TABLE strategy_signals ({ID}, symbol TEXT NOT NULL, timeframe TEXT NOT NULL, "
                            "signal_type TEXT NOT NULL, price {MONEY} NOT NULL, strength DOUBLE PRECISION NOT NULL, "
                            "ema_fast DOUBLE PRECISION, ema_slow DOUBLE PRECISION, rsi DOUBLE PRECISION, atr DOUBLE "
                            "PRECISION, risk_amount {MONEY}, reason TEXT, candle_time TEXT, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX strategy_signals_symbol_time ON strategy_signals (symbol, created_at)"),
         }},
        {2,
         QStringLiteral("candle cache, equity snapshots, order state history"),
         {
             QStringLiteral(
                 "CREATE TABLE candles (exchange TEXT NOT NULL, symbol TEXT NOT NULL, timeframe TEXT NOT "
                 "NULL, open_time TEXT NOT NULL, open {MONEY} NOT NULL, high {MONEY} NOT NULL, low {MONEY} NOT "
                 "NULL, close {MONEY} NOT NULL, volume {MONEY} NOT NULL, PRIMARY KEY (exchange, symbol, "
                 "timeframe, open_time))"),
             QStringLiteral("CREATE TABLE equity_snapshots ({ID}, taken_at TEXT NOT NULL, total {MONEY} NOT NULL, cash "
                            "{MONEY} NOT NULL, positions_value {MONEY} NOT NULL, realized_pnl {MONEY} NOT NULL, "
                            "unrealized_pnl {MONEY} NOT NULL)"),
             QStringLiteral("CREATE INDEX equity_snapshots_time ON equity_snapshots (taken_at)"),
             QStringLiteral("CREATE TABLE order_events ({ID}, client_order_id TEXT NOT NULL REFERENCES "
                            "order_history (client_order_id), status TEXT NOT NULL, detail TEXT, at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX order_events_order ON order_events (client_order_id, at)"),
         }},
        {3,
         QStringLiteral("paper/live positions with their protective stops"),
         {
             QStringLiteral("ALTER TABLE positions ADD COLUMN paper INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE positions ADD COLUMN stop_price {MONEY}"),
             QStringLiteral("ALTER TABLE positions ADD COLUMN highest_price {MONEY}"),
             QStringLiteral("CREATE INDEX trades_order ON trades (exchange, order_id)"),
         }},
        {4,
         QStringLiteral("notification outbox"),
         {
             // One row per message and destination ("telegram:<chat id>", "discord"), written
             // before it is sent; status pending -> sent, failed (refused for good) or expired.
             QStringLiteral("CREATE TABLE notify_outbox ({ID}, destination TEXT NOT NULL, text TEXT NOT NULL, "
                            "status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, "
                            "created_at TEXT NOT NULL, sent_at TEXT, last_error TEXT)"),
             QStringLiteral("CREATE INDEX notify_outbox_pending ON notify_outbox (status, destination, id)"),
         }},
        {5,
         QStringLiteral("structured signal reasons"),
         {
             // The reason as a code and its values (JSON), rendered in the reader's language;
             // `reason` keeps the English wording. Older rows have NULL here and keep their text.
             QStringLiteral("ALTER TABLE strategy_signals ADD COLUMN reason_code TEXT"),
             QStringLiteral("ALTER TABLE strategy_signals ADD COLUMN reason_data TEXT"),
         }},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

QString Migrations::render(const QString &statement, bool sqlite)
{
    QString out = statement;
    out.replace(QStringLiteral("{ID}"), sqlite ? QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")
                                               : QStringLiteral("id BIGSERIAL PRIMARY KEY"));
    out.replace(QStringLiteral("{MONEY}"), sqlite ? QStringLiteral("TEXT") : QStringLiteral("NUMERIC"));
    if (sqlite)
        out.replace(QStringLiteral("DOUBLE PRECISION"), QStringLiteral("REAL"));
    return out;
}

std::optional<StorageError> Migrations::inspect(Database &database)
{
    QStringList tables;
    for (const QString &table : database.connection().tables(QSql::Tables)) {
        if (!table.startsWith(u"sqlite_")) // SQLite's own (sqlite_sequence of AUTOINCREMENT)
            tables.append(table);
    }
    if (tables.isEmpty())
        return std::nullopt;
    StorageError error;
    const QString where =
        database.isSqlite() ? QDir::toNativeSeparators(database.url().path) : database.url().redacted();
    if (!tables.contains(QStringLiteral("schema_version"))) {
        tables.sort();
        const QString shown = tables.size() > 5 ? tables.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …")
                                                : tables.join(QStringLiteral(", "));
        error.kind = StorageError::Kind::NotADatabase;
        error.message = QStringLiteral("%1 cannot be used: it was made by another program (it has the tables %2 but "
                                       "no schema_version). autocoin has not changed it; choose another file with "
                                       "--database-url.")
                            .arg(where, shown);
        return error;
    }
    QSqlQuery query = database.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!Database::exec(query, &error))
        return error;
    const int current = query.next() ? query.value(0).toInt() : 0;
    // SQLite only: switching it to WAL would change the file. A PostgreSQL database is not
    // written before migrate() finds the version, and maintenance (a test's wipe) must reach it.
    if (database.isSqlite() && current > latestVersion()) {
        error.kind = StorageError::Kind::NewerSchema;
        error.message = QStringLiteral("the database %1 has schema version %2, but this autocoin knows only up to "
                                       "version %3. Install the newer autocoin that wrote it; this one will not "
                                       "touch it.")
                            .arg(database.url().redacted())
                            .arg(current)
                            .arg(latestVersion());
        return error;
    }
    return std::nullopt;
}

int Migrations::currentVersion(Database &database, StorageError *error)
{
    if (!database.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                         "description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
                          error))
        return -1;
    QSqlQuery query = database.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!Database::exec(query, error))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

bool Migrations::migrate(Database &database, const std::function<bool(int)> &beforeMigrating, StorageError *error)
{
    const int current = currentVersion(database, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        error->kind = StorageError::Kind::NewerSchema;
        error->message = QStringLiteral("the database %1 has schema version %2, but this autocoin knows only up to "
                                        "version %3. Install the newer autocoin that wrote it; this one will not "
                                        "touch it.")
                             .arg(database.url().redacted())
                             .arg(current)
                             .arg(latestVersion());
        return false;
    }
    if (current == latestVersion())
        return true;
    if (current > 0 && beforeMigrating && !beforeMigrating(current)) {
        error->kind = StorageError::Kind::Io;
        error->message = QStringLiteral("the backup before migrating failed; the database was not changed");
        return false;
    }
    for (const Migration &migration : all()) {
        if (migration.version <= current)
            continue;
        const bool applied = database.inTransaction(
            [&] {
                for (const QString &statement : migration.statements) {
                    if (!database.execute(render(statement, database.isSqlite()), error))
                        return false;
                }
                QSqlQuery record = database.prepare(
                    QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
                record.addBindValue(migration.version);
                record.addBindValue(migration.description);
                record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                return Database::exec(record, error);
            },
            error);
        if (!applied) {
            error->message = QStringLiteral("migration to version %1 failed and was rolled back: %2")
                                 .arg(migration.version)
                                 .arg(error->message);
            return false;
        }
    }
    return true;
}

} // namespace autocoin
