#include "core/EngineState.h"

namespace autocoin {

QString stateName(EngineState state)
{
    switch (state) {
    case EngineState::Idle:
        return QStringLiteral("IDLE");
    case EngineState::Running:
        return QStringLiteral("RUNNING");
    case EngineState::Stopping:
        return QStringLiteral("STOPPING");
    case EngineState::Error:
        return QStringLiteral("ERROR");
    }
    return QStringLiteral("UNKNOWN");
}

QString commandName(EngineCommand command)
{
    switch (command) {
    case EngineCommand::Start:
        return QStringLiteral("Start");
    case EngineCommand::Stop:
        return QStringLiteral("Stop");
    case EngineCommand::Reset:
        return QStringLiteral("Reset");
    }
    return QStringLiteral("Unknown");
}

bool isLegalTransition(EngineState from, EngineState to)
{
    using S = EngineState;
    return (from == S::Idle && to == S::Running) || (from == S::Running && to == S::Stopping) ||
           (from == S::Stopping && to == S::Idle) || (from == S::Running && to == S::Error) ||
           (from == S::Error && to == S::Idle);
}

std::optional<EngineState> commandTarget(EngineCommand command, EngineState from, bool killed)
{
    switch (command) {
    case EngineCommand::Start:
        return from == EngineState::Idle && !killed ? std::optional(EngineState::Running) : std::nullopt;
    case EngineCommand::Stop:
        return from == EngineState::Running ? std::optional(EngineState::Stopping) : std::nullopt;
    case EngineCommand::Reset:
        return from == EngineState::Error || (from == EngineState::Idle && killed) ? std::optional(EngineState::Idle)
                                                                                   : std::nullopt;
    }
    return std::nullopt;
}

} // namespace autocoin
