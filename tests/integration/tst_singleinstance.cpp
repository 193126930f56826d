#include "platform/SingleInstance.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondOwnerOfADataDirectoryIsRefused()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QString why;
        QVERIFY(first.tryAcquire(&why));

        SingleInstance second(dir.path());
        bool held = false;
        QVERIFY(!second.tryAcquire(&why, &held));
        QVERIFY(held);
        QVERIFY2(why.contains(QStringLiteral("already running")), qPrintable(why));
        QVERIFY(why.contains(QString::number(QCoreApplication::applicationPid())));
    }

    void secondStartBringsTheFirstForward()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QString why;
        QVERIFY(first.tryAcquire(&why));
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        SingleInstance second(dir.path());
        QVERIFY(!second.tryAcquire(&why));
        QVERIFY(second.activateRunningInstance());
        QTRY_COMPARE(activation.count(), 1);
    }

    void otherDataDirectoriesAreIndependent()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        SingleInstance first(a.path());
        SingleInstance second(b.path());
        QString why;
        QVERIFY(first.tryAcquire(&why));
        QVERIFY(second.tryAcquire(&why));
    }

    void aLockFileThatCannotBeMadeIsNotAnotherInstance()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("autocoin.lock"))); // in the lock file's place
        SingleInstance instance(dir.path());
        QString why;
        bool held = true;
        QVERIFY(!instance.tryAcquire(&why, &held));
        QVERIFY(!held);
        QVERIFY2(why.contains(QStringLiteral("cannot create the lock file")), qPrintable(why));
    }

    void releasedOnDestruction()
    {
        QTemporaryDir dir;
        QString why;
        {
            SingleInstance first(dir.path());
            QVERIFY(first.tryAcquire(&why));
        }
        SingleInstance again(dir.path());
        QVERIFY(again.tryAcquire(&why));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
