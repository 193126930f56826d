#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// The engine's life cycle, as the seed dashboard named it.
enum class EngineState
{
    Idle,     ///< stopped; Start is allowed
    Running,  ///< polling and trading
    Stopping, ///< Stop requested; the current iteration finishes, nothing is left half-written
    Error,    ///< too many consecutive failures or a fatal error; only Reset leaves it
};

/// What the operator can ask for.
enum class EngineCommand
{
    Start,
    Stop,
    Reset
};

/// "IDLE", "RUNNING", "STOPPING", "ERROR".
QString stateName(EngineState state);
QString commandName(EngineCommand command);

/// The only transitions the engine ever makes:
/// IDLE→RUNNING, RUNNING→STOPPING, STOPPING→IDLE, RUNNING→ERROR, ERROR→IDLE.
bool isLegalTransition(EngineState from, EngineState to);

/// The state a command leads to from `from`, or nullopt when the command is not legal there.
/// The kill switch (`killed`) is a flag beside the state, not a state: while it is engaged Start
/// is refused, and Reset is allowed in IDLE too — it leads to IDLE (no transition), only clearing
/// the switch. So a switch pulled outside RUNNING is left by the same deliberate step as an ERROR.
std::optional<EngineState> commandTarget(EngineCommand command, EngineState from, bool killed = false);

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::EngineState)
Q_DECLARE_METATYPE(autocoin::EngineCommand)
