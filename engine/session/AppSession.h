#pragma once

#include "settings/AppSettings.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace autocoin {

struct CommandLine;
class Database;
class SingleInstance;

/// Exit codes of the autocoin executable (docs/INTERFACE.md).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,        ///< a runtime failure (cannot write the data directory, …)
    ExitBadInput = 2,       ///< command line or settings invalid
    ExitRefused = 3,        ///< refused state: another instance owns the data directory
    ExitAuthentication = 4, ///< the exchange refused the keys (wrong key, IP, permission, clock)
    ExitNetwork = 5,        ///< the exchange could not be reached or failed
};

/// Everything a run of the application needs before it shows a window or starts an engine:
/// the data directory, its lock, the saved settings file, the resolved settings and the log.
/// Shared by the desktop and the headless mode so both start the same way.
class AppSession
{
public:
    ~AppSession();

    /// Exclusive: this run trades and owns the data directory. Shared: a command that may run
    /// beside an engine (check-connection, backup).
    enum class Lock
    {
        Exclusive,
        Shared
    };

    struct Options
    {
        bool headless = false;
        Lock lock = Lock::Exclusive;
        bool openStorage = true; ///< check, migrate and keep a main-thread connection
    };

    /// Opens the session; on failure returns nullptr and fills `exitCode` and `message`
    /// (one or more lines, each naming the setting, directory or database at fault).
    static std::unique_ptr<AppSession> open(const CommandLine &commandLine, const Options &options, int *exitCode,
                                            QString *message);

    /// The platform's app-data location, or `requested` made absolute.
    static QString resolveDataDir(const QString &requested);

    const AppSettings &settings() const { return m_settings; }
    QSettings &savedSettings() { return *m_saved; }
    SingleInstance &instance() { return *m_instance; }
    /// The main thread's connection (the UI reads through it); nullptr without storage.
    Database *database() const { return m_database.get(); }
    QString dataDir() const { return m_settings.dataDir; }

private:
    AppSession() = default;

    AppSettings m_settings;
    std::unique_ptr<QSettings> m_saved;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<Database> m_database;
};

} // namespace autocoin
