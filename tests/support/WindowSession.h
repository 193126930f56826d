#pragma once

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Storage.h"

#include <QColor>
#include <QHash>
#include <QPalette>
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

/// The dark palette the window's tests and screenshots use for the whole application (as a
/// desktop's dark theme sets it).
inline QPalette darkPalette()
{
    QPalette dark;
    for (const auto role : {QPalette::Window, QPalette::Button})
        dark.setColor(role, QColor(0x1e, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    dark.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(role, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xa8));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    // Disabled actions and fields greyed, as a desktop's dark theme does.
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x70, 0x70, 0x70));
    return dark;
}

} // namespace autocoin::test
