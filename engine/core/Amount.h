#pragma once

#include "core/Decimal.h"

#include <QString>

#include <optional>

namespace autocoin {

/// How amounts read wherever a person reads them (the window, the logs, the reports): exact digits,
/// thousands separators in the integer part. Machine formats (JSON, CSV, the database) keep
/// Decimal::toString.

/// "63,570,000" / "0.00123456" / "-1,234.5": exact digits with thousands separators.
QString formatAmount(const Decimal &value);
/// A price with sensible decimals: whole won from 1,000 up, else enough places for four
/// significant digits (at most 8): "63,570,000", "512.3", "0.001234".
QString formatPrice(const Decimal &price);
/// `text` without its thousands separators, for parsing: "1,234,567.5" → "1234567.5"; text without
/// commas as it is (trimmed); nullopt when the commas are not thousands separators ("12,34").
std::optional<QString> withoutGrouping(const QString &text);

} // namespace autocoin
