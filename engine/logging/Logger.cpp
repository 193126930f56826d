#include "logging/Logger.h"

#include "strategy/ReasonText.h"

#include "core/Clock.h"
#include "logging/RotatingLogFile.h"

#include <QJsonObject>

#include <cstdio>

namespace autocoin {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogLevel level = LogLevel::Info;
    switch (type) {
    case QtDebugMsg:
        level = LogLevel::Debug;
        break;
    case QtInfoMsg:
        level = LogLevel::Info;
        break;
    case QtWarningMsg:
        level = LogLevel::Warning;
        break;
    case QtCriticalMsg:
        level = LogLevel::Error;
        break;
    case QtFatalMsg:
        level = LogLevel::Critical;
        break;
    }
    const QString category = context.category && qstrcmp(context.category, "default") != 0
                                 ? QString::fromLatin1(context.category)
                                 : QStringLiteral("qt");
    Logger::instance().log(level, category, message);
}

} // namespace

Logger &Logger::instance()
{
    static Logger logger;
    return logger;
}

Logger::Logger()
    : m_clock(&SystemClock::instance())
{
    qRegisterMetaType<LogEntry>("autocoin::LogEntry");
}

Logger::~Logger() = default;

void Logger::configure(const Options &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
    m_file.reset();
    m_fileFailureReported = false;
    if (!options.directory.isEmpty())
        m_file = std::make_unique<RotatingLogFile>(options.directory, QStringLiteral("autocoin.log"),
                                                   options.backupCount, options.zone);
}

void Logger::setClock(const Clock *clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = clock ? clock : &SystemClock::instance();
}

LogLevel Logger::level() const
{
    QMutexLocker lock(&m_mutex);
    return m_options.level;
}

void Logger::addSecret(const QString &secret)
{
    if (secret.size() < 4) // too short to redact without mangling ordinary text
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

void Logger::installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

QString Logger::filePath() const
{
    QMutexLocker lock(&m_mutex);
    return m_file ? m_file->currentPath() : QString();
}

QList<LogEntry> Logger::recentEntries() const
{
    QMutexLocker lock(&m_mutex);
    return m_recent;
}

QString Logger::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

QString Logger::format(const LogEntry &entry) const
{
    QTimeZone zone;
    {
        QMutexLocker lock(&m_mutex);
        zone = m_options.zone;
    }
    const QDateTime local = entry.time.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz ")) + local.timeZoneAbbreviation() + u' ' +
           logLevelName(entry.level) + QStringLiteral(" [") + entry.category + QStringLiteral("] ") + entry.message;
}

void Logger::log(LogLevel level, const QString &category, const char *source, const QVariantList &args)
{
    if (static_cast<int>(level) < static_cast<int>(this->level()))
        return;
    QVariantList redacted = args;
    {
        QMutexLocker lock(&m_mutex);
        for (QVariant &arg : redacted) {
            if (arg.typeId() == QMetaType::QString)
                arg = redact(arg.toString()); // the window renders the args: never a secret in them
            else if (arg.typeId() == QMetaType::QJsonObject) {
                // An exchange's error quotes the exchange, and so may a reason's texts (a notice's
                // error): their words are redacted as a line's are.
                QJsonObject object = arg.toJsonObject();
                const bool reason = object.contains(QStringLiteral("code"));
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (it->isString() && (reason || it.key() == u"exchange_error"))
                        *it = redact(it->toString());
                }
                arg = object;
            }
        }
    }
    write(level, category, fillLogText(QString::fromUtf8(source), redacted, ReasonText(TextLanguage::English)), source,
          redacted);
}

void Logger::info(const QString &category, const char *source, const QVariantList &args)
{
    instance().log(LogLevel::Info, category, source, args);
}

void Logger::warning(const QString &category, const char *source, const QVariantList &args)
{
    instance().log(LogLevel::Warning, category, source, args);
}

void Logger::error(const QString &category, const char *source, const QVariantList &args)
{
    instance().log(LogLevel::Error, category, source, args);
}

void Logger::log(LogLevel level, const QString &category, const QString &message)
{
    write(level, category, message, nullptr, {});
}

void Logger::write(LogLevel level, const QString &category, const QString &message, const char *source,
                   const QVariantList &args)
{
    LogEntry entry;
    {
        QMutexLocker lock(&m_mutex);
        if (static_cast<int>(level) < static_cast<int>(m_options.level))
            return;
        entry.time = m_clock->nowUtc();
        entry.level = level;
        entry.category = category;
        entry.message = redact(message);
        entry.source = source;
        entry.args = args;
        m_recent.append(entry);
        if (m_recent.size() > kRecentCapacity)
            m_recent.removeFirst();
    }
    const QString line = format(entry);
    {
        QMutexLocker lock(&m_mutex);
        if (m_options.toStderr) {
            const QByteArray bytes = line.toLocal8Bit() + '\n';
            std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
            std::fflush(stderr);
        }
        if (m_file && !m_file->write(entry.time, line) && !m_fileFailureReported) {
            // Said once, to stderr: logging about the log file would recurse.
            m_fileFailureReported = true;
            const QByteArray why =
                QStringLiteral("autocoin: cannot write the log file: %1\n").arg(m_file->lastError()).toLocal8Bit();
            std::fwrite(why.constData(), 1, static_cast<std::size_t>(why.size()), stderr);
        }
    }
    Q_EMIT entryLogged(entry);
}

void Logger::debug(const QString &category, const QString &message)
{
    instance().log(LogLevel::Debug, category, message);
}

void Logger::info(const QString &category, const QString &message)
{
    instance().log(LogLevel::Info, category, message);
}

void Logger::warning(const QString &category, const QString &message)
{
    instance().log(LogLevel::Warning, category, message);
}

void Logger::error(const QString &category, const QString &message)
{
    instance().log(LogLevel::Error, category, message);
}

} // namespace autocoin
