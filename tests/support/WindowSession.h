#pragma once

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Storage.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace autocoin::test {

/// EMA 2/3 without filters: trades often, so a short replay buys and sells and fills every table.
inline QHash<QString, QString> busyParameters()
{
    return {{QStringLiteral("ema-fast"), QStringLiteral("2")},
            {QStringLiteral("ema-slow"), QStringLiteral("3")},
            {QStringLiteral("rsi-overbought"), QStringLiteral("100")},
            {QStringLiteral("rsi-floor"), QStringLiteral("0")},
            {QStringLiteral("volume-multiple"), QStringLiteral("0")},
            {QStringLiteral("max-positions"), QStringLiteral("3")},
            {QStringLiteral("max-exposure"), QStringLiteral("0.3")}};
}

/// The app's session: the GUI thread's connection opened and migrated before the engine starts.
inline std::unique_ptr<Database> openUi(const QTemporaryDir &dir)
{
    StorageError error;
    auto db =
        Storage::open(DatabaseUrl::defaultFor(dir.path()), QStringLiteral("ui"), dir.path(), QTimeZone::utc(), &error);
    if (!db)
        qWarning("%s", qPrintable(error.describe()));
    return db;
}

} // namespace autocoin::test
