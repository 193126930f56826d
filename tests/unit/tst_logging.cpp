#include "ManualClock.h"
#include "logging/Logger.h"
#include "logging/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QDateTime kst(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone("Asia/Seoul")).toUTC();
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesAtMidnightOfTheAppTimeZone()
    {
        QTemporaryDir dir;
        RotatingLogFile file(dir.path(), QStringLiteral("autocoin.log"), 7, QTimeZone("Asia/Seoul"));
        QVERIFY(file.write(kst(1, 23), QStringLiteral("first day")));
        // 00:30 KST on the 2nd is still the 1st in UTC: the file must rotate by KST.
        QVERIFY(file.write(kst(2, 0).addSecs(1800), QStringLiteral("second day")));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("autocoin.log.2026-03-01"))), QStringLiteral("first day\n"));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("autocoin.log"))), QStringLiteral("second day\n"));
    }

    void keepsOnlyBackupCountFiles()
    {
        QTemporaryDir dir;
        RotatingLogFile file(dir.path(), QStringLiteral("autocoin.log"), 3, QTimeZone("Asia/Seoul"));
        for (int day = 1; day <= 10; ++day)
            QVERIFY(file.write(kst(day, 12), QStringLiteral("day %1").arg(day)));
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("autocoin.log.*")}, QDir::Files, QDir::Name);
        QCOMPARE(backups,
                 QStringList({QStringLiteral("autocoin.log.2026-03-07"), QStringLiteral("autocoin.log.2026-03-08"),
                              QStringLiteral("autocoin.log.2026-03-09")}));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("autocoin.log"))), QStringLiteral("day 10\n"));
    }

    void unwritableDirectoryIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        RotatingLogFile file(blocker + QStringLiteral("/logs"), QStringLiteral("autocoin.log"), 3, QTimeZone::utc());
        QVERIFY(!file.write(kst(1, 1), QStringLiteral("x")));
        QVERIFY(!file.lastError().isEmpty());
    }

    void loggerRedactsSecretsEverywhere()
    {
        QTemporaryDir dir;
        test::ManualClock clock;
        Logger &logger = Logger::instance();
        logger.setClock(&clock);
        Logger::Options options;
        options.directory = dir.path();
        options.level = LogLevel::Debug;
        logger.configure(options);
        logger.addSecret(QStringLiteral("made-up-secret-0123456789"));

        QSignalSpy spy(&logger, &Logger::entryLogged);
        Logger::warning(QStringLiteral("exchange"),
                        QStringLiteral("signing with made-up-secret-0123456789 failed for made-up-secret-0123456789"));
        QCOMPARE(spy.count(), 1);
        const auto entry = spy.first().first().value<LogEntry>();
        QCOMPARE(entry.message, QStringLiteral("signing with *** failed for ***"));
        const QString onDisk = readAll(logger.filePath());
        QVERIFY(onDisk.contains(QStringLiteral("signing with *** failed")));
        QVERIFY(!onDisk.contains(QStringLiteral("made-up-secret")));
        logger.configure({});
        logger.setClock(nullptr);
    }

    void levelThresholdFilters()
    {
        Logger &logger = Logger::instance();
        Logger::Options options;
        options.level = LogLevel::Warning;
        logger.configure(options);
        QSignalSpy spy(&logger, &Logger::entryLogged);
        Logger::info(QStringLiteral("engine"), QStringLiteral("quiet"));
        Logger::debug(QStringLiteral("engine"), QStringLiteral("quieter"));
        Logger::error(QStringLiteral("engine"), QStringLiteral("loud"));
        QCOMPARE(spy.count(), 1);
        logger.configure({});
    }

    void levelNames()
    {
        QCOMPARE(logLevelFromName(u"warn"), std::optional(LogLevel::Warning));
        QCOMPARE(logLevelFromName(u" Critical "), std::optional(LogLevel::Critical));
        QVERIFY(!logLevelFromName(u"LOUD").has_value());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
