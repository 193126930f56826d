#pragma once

#include "strategy/StrategyParameters.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace autocoin {

class Database;
struct StorageError;

/// Strategy parameters in the `configs` table, one row per parameter ("strategy.ema-fast").
class ParameterStore
{
public:
    /// Defaults, then the stored values, then `overrides` (the command line). Problems (unknown
    /// names, unparsable or invalid values) are listed in `problems`; when the result is invalid
    /// the defaults are returned instead, so an invalid set is never applied.
    static StrategyParameters load(Database *database, const QHash<QString, QString> &overrides, QStringList *problems);
    /// Saves a valid set; an invalid one is refused with its messages in `problems`.
    static bool save(Database &database, const StrategyParameters &parameters, const QDateTime &now,
                     QStringList *problems);
};

} // namespace autocoin
