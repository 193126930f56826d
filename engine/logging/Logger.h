#pragma once

#include "logging/LogEntry.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace autocoin {

class Clock;
class RotatingLogFile;

// NOLINT below: its destructor is private on purpose (the one instance, from instance(), lives until
// exit) and the class is final, so nothing deletes it through a base pointer.
/// The process-wide log: every line goes to the rotating file, to stderr when enabled (headless)
/// and, through `entryLogged`, to whatever view listens. Thread-safe: the engine thread logs
/// directly, listeners in other threads receive the signal queued. Registered secrets are
/// replaced by "***" in every line before it goes anywhere.
class Logger final : public QObject // NOLINT(cppcoreguidelines-virtual-class-destructor)
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Logger)

public:
    struct Options
    {
        QString directory; ///< empty: no file
        int backupCount = 7;
        LogLevel level = LogLevel::Info;
        bool toStderr = false;
        QTimeZone zone = QTimeZone::utc();
    };

    static Logger &instance();

    void configure(const Options &options);
    void setClock(const Clock *clock);
    LogLevel level() const;
    /// Values (API keys, secrets, passwords) that must never appear in a log line.
    void addSecret(const QString &secret);
    /// Routes qDebug/qWarning/… into this log.
    void installQtMessageHandler();
    /// Path of today's log file, or empty.
    QString filePath() const;
    /// The newest entries (at most kRecentCapacity), oldest first: a view opened after start-up
    /// still shows what happened before it existed.
    QList<LogEntry> recentEntries() const;
    static constexpr int kRecentCapacity = 500;

    void log(LogLevel level, const QString &category, const QString &message);

    static void debug(const QString &category, const QString &message);
    static void info(const QString &category, const QString &message);
    static void warning(const QString &category, const QString &message);
    static void error(const QString &category, const QString &message);
    /// A line the window shows in its language: `source` is the English wording marked with
    /// QT_TRANSLATE_NOOP("autocoin::EngineLog", …) with %1… for `args` (LogEntry::args). The file
    /// and stderr get the English.
    void log(LogLevel level, const QString &category, const char *source, const QVariantList &args);
    static void info(const QString &category, const char *source, const QVariantList &args = {});
    static void warning(const QString &category, const char *source, const QVariantList &args = {});
    static void error(const QString &category, const char *source, const QVariantList &args = {});

    /// "2026-11-22 22:31:05.123 +09:00 INFO [engine] message" in the configured zone.
    QString format(const LogEntry &entry) const;

Q_SIGNALS:
    void entryLogged(const autocoin::LogEntry &entry);

private:
    Logger();
    ~Logger() override;
    QString redact(QString text) const;
    void write(LogLevel level, const QString &category, const QString &message, const char *source,
               const QVariantList &args);

    mutable QMutex m_mutex;
    Options m_options;
    const Clock *m_clock;
    QStringList m_secrets;
    std::unique_ptr<RotatingLogFile> m_file;
    QList<LogEntry> m_recent;
    bool m_fileFailureReported = false;
};

} // namespace autocoin
