#include "ManualClock.h"
#include "headless/EventWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace autocoin;

class TestEventWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCompactObjectWithEventAndTimestamp()
    {
        test::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(13, 31, 5, 120), QTimeZone::utc()));
        EventWriter writer(stdout, &clock);
        const QByteArray line =
            writer.line(QStringLiteral("tick"), {{QStringLiteral("market"), QStringLiteral("KRW-BTC")},
                                                 {QStringLiteral("price"), QStringLiteral("63570000")},
                                                 {QStringLiteral("iteration"), 3}});
        QVERIFY(!line.contains('\n'));
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("event")).toString(), QStringLiteral("tick"));
        QCOMPARE(object.value(QStringLiteral("ts")).toString(), QStringLiteral("2026-11-22T13:31:05.120Z"));
        QCOMPARE(object.value(QStringLiteral("price")).toString(), QStringLiteral("63570000"));
        QCOMPARE(object.value(QStringLiteral("iteration")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"
