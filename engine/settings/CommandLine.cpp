#include "settings/CommandLine.h"

#include "settings/AppSettings.h"
#include "strategy/StrategyParameters.h"

#include <QCommandLineParser>

namespace autocoin {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "autocoin trades the KRW markets of Upbit automatically. Without options it opens the desktop app."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run the engine without a window; JSON-lines events on stdout."));
    const QCommandLineOption start(
        QStringLiteral("start"), QStringLiteral("Start the engine at once (in the window, live trading still asks)."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the database, logs, backups, settings and lock file."), QStringLiteral("DIR"));
    const QCommandLineOption liveConfirmed(
        QStringLiteral("i-understand-live-trading"),
        QStringLiteral("Headless with PAPER_MODE=false: place real orders with real money (capped by MAX_ORDER_KRW)."));
    parser.addOptions({help, version, headless, start, dataDir, liveConfirmed});

    QList<QPair<QString, QCommandLineOption>> settingOptions;
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.option.isEmpty())
            continue;
        QCommandLineOption option(spec.option, spec.description, QStringLiteral("VALUE"));
        parser.addOption(option);
        settingOptions.append({spec.key, option});
    }
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("signals: the candle file. backtest, optimize: the candle file, or "
                                                 "MARKET=FILE for each market of a portfolio (repeat it, or "
                                                 "separate with commas)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("signals: the CSV to write."),
                                     QStringLiteral("FILE"));
    parser.addOptions({data, outFile});
    // backtest / optimize
    QList<QCommandLineOption> backtestOptions = {
        {QStringLiteral("from"), QStringLiteral("backtest: first day (YYYY-MM-DD, APP_TIMEZONE)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("backtest: last day, inclusive (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("fee"), QStringLiteral("backtest: fee rate, e.g. 0.0005 (default: the exchange's)."),
         QStringLiteral("RATE")},
        {QStringLiteral("slippage"), QStringLiteral("backtest: slippage as a fraction of the price (default 0.001)."),
         QStringLiteral("FRACTION")},
        {QStringLiteral("balance"), QStringLiteral("backtest: starting KRW (default 1000000)."), QStringLiteral("KRW")},
        {QStringLiteral("report"), QStringLiteral("backtest: write a self-contained HTML report."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("backtest: write the result as JSON."), QStringLiteral("FILE")},
        {QStringLiteral("trades"), QStringLiteral("backtest: write every fill as CSV."), QStringLiteral("FILE")},
        {QStringLiteral("windows"), QStringLiteral("optimize: walk-forward folds (default 4)."), QStringLiteral("N")},
        {QStringLiteral("metric"),
         QStringLiteral("optimize: rank by sharpe, sortino, calmar, return or profit-factor."), QStringLiteral("NAME")},
        {QStringLiteral("threads"), QStringLiteral("optimize: worker threads (default: every core)."),
         QStringLiteral("N")},
    };
    parser.addOptions(backtestOptions);
    const QCommandLineOption range(QStringLiteral("range"),
                                   QStringLiteral("optimize: a parameter range NAME=FROM:TO:STEP (repeatable)."),
                                   QStringLiteral("RANGE"));
    parser.addOption(range);
    QList<QPair<QString, QCommandLineOption>> strategyOptions;
    for (const StrategyParameters::Field &field : StrategyParameters::fields()) {
        QCommandLineOption option(field.name, QStringLiteral("Strategy: ") + field.description + u'.',
                                  QStringLiteral("VALUE"));
        parser.addOption(option);
        strategyOptions.append({field.name, option});
    }
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "check-connection | backup [--retention-days N] | restore FILE | signals --data FILE --out FILE | "
            "reset-paper [--paper-balance KRW] | backtest --data FILE [--from D --to D] [--report F --json F "
            "--trades F] | optimize --data FILE --range NAME=A:B:STEP … [--windows N --metric M --out F]. "
            "Without a command: the app."));

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.mode = Mode::Invalid;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const int expected = command == u"restore" ? 2 : positional.isEmpty() ? 0 : 1;
    if (command == u"restore" && positional.size() < 2) {
        result.mode = Mode::Invalid;
        result.error = QStringLiteral("restore needs the backup file: autocoin restore FILE");
        return result;
    }
    const QStringList known = {QStringLiteral("check-connection"), QStringLiteral("backup"),
                               QStringLiteral("restore"),          QStringLiteral("signals"),
                               QStringLiteral("reset-paper"),      QStringLiteral("backtest"),
                               QStringLiteral("optimize")};
    if (positional.size() > expected || (!command.isEmpty() && !known.contains(command))) {
        result.mode = Mode::Invalid;
        result.error = QStringLiteral("unknown command: %1").arg(positional.join(u' '));
        return result;
    }
    if (command == u"check-connection")
        result.mode = Mode::CheckConnection;
    else if (command == u"backup")
        result.mode = Mode::Backup;
    else if (command == u"restore")
        result.mode = Mode::Restore;
    else if (command == u"signals")
        result.mode = Mode::Signals;
    else if (command == u"reset-paper")
        result.mode = Mode::ResetPaper;
    else if (command == u"backtest")
        result.mode = Mode::Backtest;
    else if (command == u"optimize")
        result.mode = Mode::Optimize;
    else
        result.mode = parser.isSet(headless) ? Mode::Headless : Mode::Gui;
    result.restoreFile = positional.value(1);
    result.dataFile = parser.value(data);
    result.dataFiles = parser.values(data);
    result.outFile = parser.value(outFile);
    for (const auto &[name, option] : strategyOptions) {
        if (parser.isSet(option))
            result.strategy.insert(name, parser.value(option));
    }
    result.startEngine = parser.isSet(start);
    result.liveConfirmed = parser.isSet(liveConfirmed);
    for (const QCommandLineOption &option : backtestOptions) {
        if (parser.isSet(option))
            result.backtest.insert(option.names().first(), parser.value(option));
    }
    result.ranges = parser.values(range);
    result.dataDir = parser.value(dataDir);
    if (parser.isSet(dataDir) && result.dataDir.trimmed().isEmpty()) {
        result.mode = Mode::Invalid;
        result.error = QStringLiteral("--data-dir needs a directory");
        return result;
    }
    for (const auto &[key, option] : settingOptions) {
        if (parser.isSet(option))
            result.settings.insert(key, parser.value(option));
    }
    return result;
}

} // namespace autocoin
