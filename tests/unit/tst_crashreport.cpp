// A crash reports itself: the signal, the file whose mapping it touched and the call stack, on
// standard error and in the log, and the process still ends as a crash. The test runs itself
// again as the crashing child: a page of a mapped file cut off under it (SIGBUS), and a write
// through a null pointer (SIGSEGV).

#include "platform/CrashReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdint>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AUTOCOIN_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define AUTOCOIN_TEST_SANITIZED 1
#endif

namespace {

/// The child: installs the report with `logFile`, then crashes as `how` says. Never returns.
[[noreturn]] void crash(const QString &how, const QString &logFile, const QString &mappedFile)
{
    autocoin::installCrashReport(logFile);
    if (how == u"bus") {
        QFile file(mappedFile);
        if (!file.open(QIODevice::ReadWrite) || !file.resize(2 * 4096))
            std::_Exit(90);
        volatile const uchar *bytes = file.map(0, 2 * 4096);
        if (!bytes)
            std::_Exit(91);
        file.resize(0); // the mapping's pages no longer have a file behind them
        [[maybe_unused]] const uchar byte = bytes[4096 + 1];
    } else {
        volatile std::uintptr_t nowhere = 16; // the first page, never mapped
        // NOLINTNEXTLINE(performance-no-int-to-ptr): a pointer to nowhere is the point
        *reinterpret_cast<volatile int *>(nowhere) = 1;
    }
    std::_Exit(92); // not reached: the signal ends the process
}

} // namespace

class TestCrashReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCrashIsReportedAndStaysACrash_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("SIGBUS") << QStringLiteral("bus") << int(SIGBUS) << QByteArray("SIGBUS");
        QTest::newRow("SIGSEGV") << QStringLiteral("segv") << int(SIGSEGV) << QByteArray("SIGSEGV");
    }

    void aCrashIsReportedAndStaysACrash()
    {
#if !defined(Q_OS_UNIX) || defined(AUTOCOIN_TEST_SANITIZED)
        QSKIP("the report is written on Unix, and not under AddressSanitizer (which reports itself)");
#else
        QFETCH(QString, how);
        QFETCH(int, signal);
        QFETCH(QByteArray, name);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("autocoin.log"));
        const QString mapped = dir.filePath(QStringLiteral("mapped.bin"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash"), how, log, mapped});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray err = child.readAllStandardError();
        const QByteArray headline = "autocoin crashed: " + name;
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(child.exitCode(), signal);
        QVERIFY2(err.contains(headline), err.constData());
        QVERIFY2(err.contains("the call stack"), err.constData());
        QVERIFY2(err.contains("tst_crashreport"), err.constData()); // a frame of the program itself
        if (how == u"bus")
            QVERIFY2(err.contains("in the mapping: ") && err.contains("mapped.bin"), err.constData());
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray logged = file.readAll();
        QVERIFY2(logged.contains(headline), logged.constData());
        QVERIFY(logged.contains("the call stack"));
#endif
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--crash") == 0)
        crash(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    QCoreApplication app(argc, argv);
    TestCrashReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashreport.moc"
