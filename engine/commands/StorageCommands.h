#pragma once

#include <QString>

#include <cstdio>

namespace autocoin {

class AppSession;

/// `autocoin backup [--retention-days N]`: an online backup (safe while an engine writes) into
/// <data-dir>/backups/app-YYYYMMDDHHMMSS.db, then removal of backups older than N days. Prints
/// the file written and each file removed. Returns the exit code.
int runBackupCommand(AppSession &session, std::FILE *out, std::FILE *err);

/// `autocoin restore FILE`: replaces the database with FILE after checking that FILE is an
/// autocoin database this version can open, keeping the current one as
/// backups/before-restore-YYYYMMDDHHMMSS.db. The caller holds the data directory's lock, so no
/// engine runs. Returns the exit code.
int runRestoreCommand(AppSession &session, const QString &file, std::FILE *out, std::FILE *err);

/// `autocoin reset-paper [--paper-balance KRW]`: starts the paper account again with
/// PAPER_BALANCE (default 1,000,000 KRW). Earlier paper orders and fills stay in the history but no
/// longer count; open paper positions are marked "reset". The caller holds the exclusive lock.
int runResetPaperCommand(AppSession &session, std::FILE *out, std::FILE *err);

} // namespace autocoin
