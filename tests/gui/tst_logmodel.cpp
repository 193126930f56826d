#include "log/LogModel.h"
#include "log/LogView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTest>

using namespace autocoin;

namespace {

LogEntry entry(LogLevel level, const QString &message)
{
    return {QDateTime(QDate(2026, 11, 22), QTime(1, 2, 3), QTimeZone::utc()),
            level,
            QStringLiteral("engine"),
            message,
            nullptr,
            {}};
}

} // namespace

class TestLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isABoundedRingKeepingTheNewest()
    {
        LogModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 250; ++i) {
            model.append(entry(LogLevel::Info, QString::number(i)));
            if (i % 7 == 0)
                model.flush();
        }
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("150"));
        QCOMPARE(model.index(99, LogModel::MessageColumn).data().toString(), QStringLiteral("249"));
    }

    void burstsAreCoalesced()
    {
        LogModel model(1000);
        int inserts = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&inserts] { ++inserts; });
        for (int i = 0; i < 500; ++i)
            model.append(entry(LogLevel::Info, QString::number(i)));
        QTRY_COMPARE(model.rowCount(), 500);
        QCOMPARE(inserts, 1);
    }

    void showsTimesInTheAppTimeZone()
    {
        LogModel model(10);
        model.setTimeZone(QTimeZone("Asia/Seoul"));
        model.append(entry(LogLevel::Warning, QStringLiteral("x")));
        model.flush();
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), QStringLiteral("2026-11-22 10:02:03"));
        QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("WARNING"));
    }

    void levelFilterInTheView()
    {
        LogModel model(100);
        LogView view(&model);
        model.append(entry(LogLevel::Debug, QStringLiteral("d")));
        model.append(entry(LogLevel::Info, QStringLiteral("i")));
        model.append(entry(LogLevel::Warning, QStringLiteral("w")));
        model.append(entry(LogLevel::Error, QStringLiteral("e")));
        model.flush();
        QAbstractItemModel *shown = view.table()->model();
        QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown->rowCount(), 3); // INFO and above by default
        auto *combo = view.findChild<QComboBox *>(QStringLiteral("logLevelFilterCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("ERROR")));
        QCOMPARE(shown->rowCount(), 1);
        combo->setCurrentIndex(combo->findText(QStringLiteral("DEBUG")));
        QCOMPARE(shown->rowCount(), 4);
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
