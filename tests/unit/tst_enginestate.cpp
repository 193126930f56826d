#include "core/EngineState.h"

#include <QTest>

using namespace autocoin;

class TestEngineState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactlyTheDocumentedTransitions()
    {
        const QList<EngineState> all = {EngineState::Idle, EngineState::Running, EngineState::Stopping,
                                        EngineState::Error};
        const QList<QPair<EngineState, EngineState>> legal = {
            {EngineState::Idle, EngineState::Running},  {EngineState::Running, EngineState::Stopping},
            {EngineState::Stopping, EngineState::Idle}, {EngineState::Running, EngineState::Error},
            {EngineState::Error, EngineState::Idle},
        };
        int legalCount = 0;
        for (EngineState from : all) {
            for (EngineState to : all) {
                const bool expected = legal.contains({from, to});
                QVERIFY2(isLegalTransition(from, to) == expected,
                         qPrintable(stateName(from) + QStringLiteral(" -> ") + stateName(to)));
                legalCount += expected ? 1 : 0;
            }
        }
        QCOMPARE(legalCount, 5);
    }

    void commands_data()
    {
        QTest::addColumn<EngineCommand>("command");
        QTest::addColumn<EngineState>("from");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<EngineState>("to");
        const auto add = [](const char *name, EngineCommand c, EngineState from, bool ok, EngineState to) {
            QTest::newRow(name) << c << from << ok << to;
        };
        add("start idle", EngineCommand::Start, EngineState::Idle, true, EngineState::Running);
        add("start running", EngineCommand::Start, EngineState::Running, false, EngineState::Running);
        add("start stopping", EngineCommand::Start, EngineState::Stopping, false, EngineState::Stopping);
        add("start error", EngineCommand::Start, EngineState::Error, false, EngineState::Error);
        add("stop idle", EngineCommand::Stop, EngineState::Idle, false, EngineState::Idle);
        add("stop running", EngineCommand::Stop, EngineState::Running, true, EngineState::Stopping);
        add("stop stopping", EngineCommand::Stop, EngineState::Stopping, false, EngineState::Stopping);
        add("stop error", EngineCommand::Stop, EngineState::Error, false, EngineState::Error);
        add("reset idle", EngineCommand::Reset, EngineState::Idle, false, EngineState::Idle);
        add("reset running", EngineCommand::Reset, EngineState::Running, false, EngineState::Running);
        add("reset stopping", EngineCommand::Reset, EngineState::Stopping, false, EngineState::Stopping);
        add("reset error", EngineCommand::Reset, EngineState::Error, true, EngineState::Idle);
    }
    void commands()
    {
        QFETCH(EngineCommand, command);
        QFETCH(EngineState, from);
        QFETCH(bool, allowed);
        QFETCH(EngineState, to);
        const auto target = commandTarget(command, from);
        QCOMPARE(target.has_value(), allowed);
        if (allowed) {
            QCOMPARE(*target, to);
            QVERIFY(isLegalTransition(from, *target));
        }
    }

    void theKillSwitchIsLeftByReset()
    {
        // Engaged, the kill switch refuses Start everywhere; Reset leaves it from ERROR as before
        // and from IDLE too, where it stays IDLE (no transition: the state machine is unchanged).
        for (EngineState from : {EngineState::Idle, EngineState::Running, EngineState::Stopping, EngineState::Error})
            QVERIFY(!commandTarget(EngineCommand::Start, from, true).has_value());
        QCOMPARE(commandTarget(EngineCommand::Reset, EngineState::Idle, true), std::optional(EngineState::Idle));
        QCOMPARE(commandTarget(EngineCommand::Reset, EngineState::Error, true), std::optional(EngineState::Idle));
        QVERIFY(!commandTarget(EngineCommand::Reset, EngineState::Stopping, true).has_value());
        QVERIFY(!commandTarget(EngineCommand::Reset, EngineState::Running, true).has_value());
        QVERIFY(!commandTarget(EngineCommand::Reset, EngineState::Idle, false).has_value());
        QCOMPARE(commandTarget(EngineCommand::Stop, EngineState::Running, true), std::optional(EngineState::Stopping));
    }

    void names()
    {
        QCOMPARE(stateName(EngineState::Idle), QStringLiteral("IDLE"));
        QCOMPARE(stateName(EngineState::Running), QStringLiteral("RUNNING"));
        QCOMPARE(stateName(EngineState::Stopping), QStringLiteral("STOPPING"));
        QCOMPARE(stateName(EngineState::Error), QStringLiteral("ERROR"));
    }
};

QTEST_GUILESS_MAIN(TestEngineState)
#include "tst_enginestate.moc"
