#include "commands/StorageCommands.h"

#include "commands/Output.h"

#include "core/Clock.h"
#include "execution/Execution.h"
#include "session/AppSession.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace autocoin {

int runBackupCommand(AppSession &session, std::FILE *out, std::FILE *err)
{
    const AppSettings &settings = session.settings();
    Backup backup(*session.database(), Storage::backupDir(settings.dataDir), QTimeZone(settings.timeZone.toUtf8()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    StorageError error;
    const auto written = backup.write(now, &error);
    if (!written) {
        printLine(err, QStringLiteral("autocoin: ") + error.describe());
        return ExitFailure;
    }
    printLine(out, QStringLiteral("backup written: %1").arg(QDir::toNativeSeparators(*written)));
    for (const QString &removed : backup.prune(settings.backupRetentionDays, now))
        printLine(out, QStringLiteral("removed (older than %1 days): %2")
                           .arg(settings.backupRetentionDays)
                           .arg(QDir::toNativeSeparators(removed)));
    return ExitOk;
}

int runRestoreCommand(AppSession &session, const QString &file, std::FILE *out, std::FILE *err)
{
    const AppSettings &settings = session.settings();
    QString why;
    const auto target = DatabaseUrl::parse(settings.databaseUrl, settings.dataDir, &why);
    if (!target || !target->isSqlite()) {
        printLine(err,
                  QStringLiteral("autocoin: restore works on an SQLite database; restore PostgreSQL with pg_restore"));
        return ExitBadInput;
    }
    const QString source = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(source).isFile()) {
        printLine(err, QStringLiteral("autocoin: %1 is not a file").arg(QDir::toNativeSeparators(source)));
        return ExitBadInput;
    }
    {
        // The candidate must open as a database this version understands; it is not changed.
        DatabaseUrl candidateUrl;
        candidateUrl.path = source;
        StorageError error;
        auto candidate = Database::open(candidateUrl, QStringLiteral("restore-check"), QString(), &error);
        const int version = candidate ? Migrations::currentVersion(*candidate, &error) : -1;
        if (!candidate || version < 0) {
            printLine(err, QStringLiteral("autocoin: cannot restore: ") + error.describe());
            return error.kind == StorageError::Kind::NewerSchema ? ExitRefused : ExitBadInput;
        }
        if (version > Migrations::latestVersion()) {
            printLine(
                err, QStringLiteral("autocoin: cannot restore: %1 has schema version %2, newer than this autocoin's %3")
                         .arg(QDir::toNativeSeparators(source))
                         .arg(version)
                         .arg(Migrations::latestVersion()));
            return ExitRefused;
        }
    }
    const QString backupDir = Storage::backupDir(settings.dataDir);
    QDir().mkpath(backupDir);
    if (QFile::exists(target->path)) {
        // No engine holds the file (we own the lock), so a plain copy is whole here.
        const QString keep = QDir(backupDir).filePath(QStringLiteral("before-restore-%1.db")
                                                          .arg(QDateTime::currentDateTimeUtc()
                                                                   .toTimeZone(QTimeZone(settings.timeZone.toUtf8()))
                                                                   .toString(QStringLiteral("yyyyMMddHHmmss"))));
        if (!QFile::copy(target->path, keep)) {
            printLine(
                err, QStringLiteral("autocoin: cannot keep the current database as %1; nothing was changed").arg(keep));
            return ExitFailure;
        }
        printLine(out, QStringLiteral("current database kept as %1").arg(QDir::toNativeSeparators(keep)));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target->path + suffix);
    if (!QFile::copy(source, target->path)) {
        printLine(err, QStringLiteral("autocoin: copying %1 failed; the previous database is in %2")
                           .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(backupDir)));
        return ExitFailure;
    }
    QFile(target->path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    printLine(out, QStringLiteral("restored %1 into %2")
                       .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target->path)));
    return ExitOk;
}

} // namespace autocoin

namespace autocoin {

int runResetPaperCommand(AppSession &session, std::FILE *out, std::FILE *err)
{
    Database *database = session.database();
    if (!database) {
        printLine(err, QStringLiteral("autocoin: no database to reset the paper account in"));
        return ExitFailure;
    }
    const Decimal balance = session.settings().paperBalance;
    QString error;
    if (!PaperAccount::reset(*database, balance, SystemClock::instance().nowUtc(), &error)) {
        printLine(err, QStringLiteral("autocoin: the paper account was not reset: ") + error);
        return ExitFailure;
    }
    printLine(out, QStringLiteral("paper account reset: %1 KRW; earlier paper trades stay in the history")
                       .arg(balance.toString()));
    return ExitOk;
}

} // namespace autocoin
