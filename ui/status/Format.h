#pragma once

#include "core/Decimal.h"

#include <QString>

namespace autocoin {

/// "63,570,000" / "0.00123456": exact digits with thousands separators in the integer part.
QString formatAmount(const Decimal &value);

} // namespace autocoin
