#pragma once

// formatAmount moved to the engine (engine/core/Amount.h): the engine's log lines group amounts
// the same way the window does.
#include "core/Amount.h"
