#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace autocoin {

/// What the user asked for on the command line (docs/INTERFACE.md). Parsing is pure: it needs
/// no QCoreApplication, so main() can decide between a widget and a headless application first.
struct CommandLine
{
    enum class Mode
    {
        Gui,
        Headless,
        CheckConnection,
        Backup,
        Restore,
        Signals,
        ResetPaper,
        Backtest,
        Optimize,
        Help,
        Version,
        Invalid
    };

    Mode mode = Mode::Gui;
    bool startEngine = false;         ///< --start
    bool liveConfirmed = false;       ///< --i-understand-live-trading (headless live orders)
    QString dataDir;                  ///< --data-dir, empty for the platform default
    QString restoreFile;              ///< `restore FILE`
    QString dataFile;                 ///< `signals --data FILE`
    QStringList dataFiles;            ///< `backtest --data [MARKET=]FILE[,…]`, every occurrence
    QString outFile;                  ///< `signals --out FILE`
    QHash<QString, QString> strategy; ///< strategy parameters given as --ema-fast N …
    QHash<QString, QString> settings; ///< setting key -> value, for resolveSettings()
    QHash<QString, QString> backtest; ///< backtest/optimize options by name ("from", "fee", "report", …)
    QStringList ranges;               ///< optimize: NAME=FROM:TO:STEP
    QString error;                    ///< for Mode::Invalid: one line naming the problem
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace autocoin
