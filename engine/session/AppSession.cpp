#include "session/AppSession.h"

#include "logging/Logger.h"
#include "platform/CrashReport.h"
#include "platform/SingleInstance.h"
#include "settings/CommandLine.h"
#include "storage/Migrations.h"
#include "storage/Storage.h"
#include "strategy/ParameterStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>

namespace autocoin {

AppSession::~AppSession() = default;

QString AppSession::resolveDataDir(const QString &requested)
{
    if (!requested.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(requested));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<AppSession> AppSession::open(const CommandLine &commandLine, const Options &options, int *exitCode,
                                             QString *message)
{
    const bool headless = options.headless;
    const Lock lock = options.lock;
    std::unique_ptr<AppSession> session(new AppSession);

    const QString dataDir = resolveDataDir(commandLine.dataDir);
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir)) {
        *exitCode = ExitFailure;
        *message = QStringLiteral("cannot create the data directory %1: choose a writable one with --data-dir")
                       .arg(QDir::toNativeSeparators(dataDir));
        return nullptr;
    }

    session->m_instance = std::make_unique<SingleInstance>(dataDir);
    QString whyNot;
    bool heldByOther = false;
    if (lock == Lock::Exclusive && !session->m_instance->tryAcquire(&whyNot, &heldByOther)) {
        // Only a live owner is "another autocoin runs" (3); a lock file that cannot be made is a
        // data directory that cannot be written (1).
        if (!heldByOther) {
            *exitCode = ExitFailure;
            *message = whyNot;
            return nullptr;
        }
        if (!headless)
            session->m_instance->activateRunningInstance();
        *exitCode = ExitRefused;
        *message = whyNot;
        return nullptr;
    }

    session->m_saved =
        std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("autocoin.ini")), QSettings::IniFormat);
    SettingSources sources;
    sources.commandLine = commandLine.settings;
    sources.environment = processEnvironment();
    for (const QString &key : session->m_saved->allKeys())
        sources.saved.insert(key, session->m_saved->value(key).toString());

    ResolvedSettings resolved = resolveSettings(sources, dataDir);
    resolved.settings.strategyOverrides = commandLine.strategy;
    session->m_settings = resolved.settings;

    Logger::Options log;
    log.directory = resolved.settings.logDir;
    log.backupCount = resolved.settings.logBackupCount;
    log.level = resolved.settings.logLevel;
    log.toStderr = headless;
    log.zone = QTimeZone(resolved.settings.timeZone.toUtf8());
    Logger &logger = Logger::instance();
    for (const QString &secret : resolved.settings.secrets())
        logger.addSecret(secret);
    logger.configure(log);
    logger.installQtMessageHandler();
    // A crash, should one happen, is reported in this log too (at least on standard error).
    installCrashReport(logger.filePath());

    if (!resolved.ok()) {
        QStringList lines;
        for (const SettingError &error : resolved.errors) {
            lines.append(error.describe());
            Logger::error(QStringLiteral("settings"), error.describe());
        }
        *exitCode = ExitBadInput;
        *message = QStringLiteral("invalid settings, the engine was not started:\n") + lines.join(u'\n');
        return nullptr;
    }

    if (options.openStorage) {
        QString ignored;
        const auto url = DatabaseUrl::parse(resolved.settings.databaseUrl, dataDir, &ignored);
        StorageError error;
        session->m_database = url ? Storage::open(*url, QStringLiteral("app"), dataDir, log.zone, &error) : nullptr;
        if (!session->m_database) {
            const bool refused = error.kind == StorageError::Kind::NewerSchema ||
                                 error.kind == StorageError::Kind::NotADatabase ||
                                 error.kind == StorageError::Kind::Corrupt;
            *exitCode = refused ? ExitRefused : ExitFailure;
            *message = error.describe();
            Logger::error(QStringLiteral("storage"), *message);
            return nullptr;
        }
        QStringList problems; // stored parameters plus the command line's, checked before any start
        ParameterStore::load(session->m_database.get(), commandLine.strategy, &problems);
        if (!problems.isEmpty()) {
            *exitCode = ExitBadInput;
            *message = QStringLiteral("invalid strategy parameters:\n") + problems.join(u'\n');
            return nullptr;
        }
        Logger::info(
            QStringLiteral("storage"),
            QStringLiteral("database %1 at schema version %2").arg(url->redacted()).arg(Migrations::latestVersion()));
    }

    Logger::info(QStringLiteral("app"),
                 QStringLiteral("autocoin %1 starting (%2, data directory %3, %4 %5, %6 mode)")
                     .arg(QStringLiteral(AUTOCOIN_VERSION),
                          headless ? QStringLiteral("headless") : QStringLiteral("desktop"),
                          QDir::toNativeSeparators(dataDir), exchangeName(resolved.settings.exchange),
                          resolved.settings.engineConfig().markets.join(u','),
                          resolved.settings.paperMode ? QStringLiteral("paper") : QStringLiteral("live")));
    return session;
}

} // namespace autocoin
