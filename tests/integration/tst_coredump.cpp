// The running executable writes no core file: a core holds the process's memory, and with it
// the API keys read from the environment or the keychain.

#include "FakeExchange.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using autocoin::test::FakeUpbitServer;

class TestCoreDump final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRunningHeadlessEngineHasNoCoreFileLimit()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/<pid>/limits");
#else
        FakeUpbitServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("UPBIT_API_URL"), server.url().toString());
        env.insert(QStringLiteral("MARKET_DATA"), QStringLiteral("rest")); // never the real stream
        env.insert(QStringLiteral("UPBIT_ACCESS_KEY"), QStringLiteral("made-up-access-key-for-tests"));
        env.insert(QStringLiteral("UPBIT_SECRET_KEY"), QStringLiteral("made-up-secret-key-for-tests-0000"));
        for (const char *sanitizer : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) {
            if (qEnvironmentVariableIsSet(sanitizer))
                env.insert(QLatin1StringView(sanitizer), qEnvironmentVariable(sanitizer));
        }
        QProcess process;
        process.setProcessEnvironment(env);
        // Core files allowed for the child as far as the parent can say so: `ulimit -c unlimited`
        // is what wrote the keys to disk.
        process.setProgram(QStringLiteral("/bin/sh"));
        process.setArguments({QStringLiteral("-c"),
                              QStringLiteral("ulimit -c unlimited 2>/dev/null || ulimit -c "
                                             "$(ulimit -H -c); exec \"$0\" \"$@\""),
                              QStringLiteral(AUTOCOIN_EXE), QStringLiteral("--headless"), QStringLiteral("--data-dir"),
                              dir.path(), QStringLiteral("--interval"), QStringLiteral("1")});
        process.start();
        QVERIFY(process.waitForStarted());
        const auto coreLimit = [&process] {
            QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
            if (!limits.open(QIODevice::ReadOnly))
                return QByteArray();
            for (const QByteArray &line : limits.readAll().split('\n')) {
                if (line.startsWith("Max core file size"))
                    return line.simplified();
            }
            return QByteArray();
        };
        // The shell raised the limit, then became autocoin (exec keeps the pid); main() lowers it
        // first thing. (cmdline, unlike exe, stays readable once the process is not dumpable.)
        const auto program = [&process] {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
            return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().split('\0').value(0) : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(program(), QByteArray(AUTOCOIN_EXE), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(coreLimit(), QByteArray("Max core file size 0 0 bytes"), 20000);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished(20000));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCoreDump)
#include "tst_coredump.moc"
