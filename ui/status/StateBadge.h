#pragma once

#include "core/EngineStatus.h"

#include <QString>

namespace autocoin {

/// The state as the window names it: the engine's state, except that the kill switch reads as
/// what it is — a stop the operator asked for, with its own label and colour — never as a crash.
QString stateBadgeText(const EngineStatus &status);
/// The colour of that state (#rrggbb).
QString stateBadgeColor(const EngineStatus &status);

} // namespace autocoin
