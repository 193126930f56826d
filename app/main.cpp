// autocoin: the thin executable. Decides between the desktop and the headless application,
// opens the session (data directory, lock, settings, log) and wires the engine to its face.

#include "ExchangeClient.h"
#include "commands/BacktestCommand.h"
#include "commands/CheckConnection.h"
#include "commands/Output.h"
#include "commands/SignalsCommand.h"
#include "commands/StorageCommands.h"
#include "core/EngineController.h"
#include "headless/EventWriter.h"
#include "headless/HeadlessRunner.h"
#include "logging/Logger.h"
#include "main/MainWindow.h"
#include "notify/Notifier.h"
#include "notify/TelegramCommands.h"
#include "platform/CrashReport.h"
#include "platform/DesktopIntegration.h"
#include "platform/Language.h"
#include "platform/SingleInstance.h"
#include "platform/TerminationSignals.h"
#include "remote/ControlApiServer.h"
#include "session/AppSession.h"
#include "settings/CommandLine.h"
#include "settings/SecretStore.h"

#include "replay/CandleFile.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace autocoin;

namespace {

/// Notifications and Telegram commands, when configured (off otherwise: nothing is made).
struct Notifications
{
    std::unique_ptr<Notifier> notifier;
    std::unique_ptr<TelegramCommands> commands;

    void start(const AppSettings &settings, EngineController *controller)
    {
        const NotifyConfig config = NotifyConfig::fromSettings(settings);
        if (!config.enabled())
            return;
        notifier = std::make_unique<Notifier>(config);
        notifier->attach(controller);
        if (config.telegramEnabled())
            commands = std::make_unique<TelegramCommands>(notifier.get(), controller);
    }
    /// After the engine's shutdown, so its last state change is sent too.
    void shutdown()
    {
        commands.reset();
        if (notifier)
            notifier->shutdown();
    }
};

/// A core file holds the process's memory: the API keys from the environment or the keychain,
/// and the JWTs signed with them. No core file then, whatever `ulimit -c` says — set before
/// anything reads a key. (Not dumpable also keeps other processes of the user from ptrace.)
void disableCoreDumps()
{
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("autocoin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTOCOIN_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("autocoin.app"));
}

int runCheckConnection(int argc, char **argv, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    int exitCode = ExitOk;
    QString message;
    // The check needs the settings and log, but never competes for the data directory's lock
    // with a running engine: it only reads balances.
    const auto session = AppSession::open(commandLine, {true, AppSession::Lock::Shared, false}, &exitCode, &message);
    if (!session) {
        printLine(stderr, QStringLiteral("autocoin: ") + message);
        return exitCode;
    }
    CheckConnection check(session->settings(), stdout, stderr);
    QObject::connect(&check, &CheckConnection::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    check.run();
    return app.exec();
}

int runStorageCommand(int argc, char **argv, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const bool restore = commandLine.mode == CommandLine::Mode::Restore;
    const bool resetPaper = commandLine.mode == CommandLine::Mode::ResetPaper;
    int exitCode = ExitOk;
    QString message;
    // A backup runs beside an engine (VACUUM INTO is safe while it writes); a restore or a paper
    // reset must not.
    const bool exclusive = restore || resetPaper;
    AppSession::Options options{true, exclusive ? AppSession::Lock::Exclusive : AppSession::Lock::Shared, !restore};
    const auto session = AppSession::open(commandLine, options, &exitCode, &message);
    if (!session) {
        if (exclusive && exitCode == ExitRefused)
            message += QStringLiteral(" This command refuses while an engine runs: stop autocoin first.");
        printLine(stderr, QStringLiteral("autocoin: ") + message);
        return exitCode;
    }
    if (resetPaper)
        return runResetPaperCommand(*session, stdout, stderr);
    return restore ? runRestoreCommand(*session, commandLine.restoreFile, stdout, stderr)
                   : runBackupCommand(*session, stdout, stderr);
}

/// Candles of `market` from the database's cache for the configured exchange and timeframe; what
/// the cache lacks is downloaded through the exchange layer and cached. Empty with `error` on
/// failure.
QList<Candle> cachedOrDownloaded(AppSession &session, const CommandLine &commandLine, const QString &market,
                                 QString *error)
{
    const AppSettings &settings = session.settings();
    Database *db = session.database();
    const QString timeframe = settings.timeframe.toString();
    const QTimeZone zone(settings.timeZone.toUtf8());
    const QDate fromDate = QDate::fromString(commandLine.backtest.value(QStringLiteral("from")), Qt::ISODate);
    const QDate toDate = QDate::fromString(commandLine.backtest.value(QStringLiteral("to")), Qt::ISODate);
    const QDateTime to = toDate.isValid() ? toDate.addDays(1).startOfDay(zone) : QDateTime::currentDateTimeUtc();
    const QDateTime from =
        fromDate.isValid() ? fromDate.startOfDay(zone) : to.addSecs(-2000 * settings.timeframe.seconds());
    const int needed = static_cast<int>(std::min<qint64>(200000, from.secsTo(to) / settings.timeframe.seconds()));
    StorageError storageError;
    QList<Candle> cached =
        db ? CandleRepository(*db).since(settings.exchange, market, timeframe, from, needed, &storageError)
           : QList<Candle>();
    if (cached.size() >= needed * 9 / 10)
        return cached;
    std::unique_ptr<ExchangeClient> client(createExchangeClient(settings.engineConfig().exchangeConfig(), nullptr));
    if (!client) {
        *error = QStringLiteral("no candles for %1 %2 in the cache and no exchange to download them from")
                     .arg(exchangeName(settings.exchange), market);
        return {};
    }
    CandleQuery query;
    query.market = market;
    query.timeframe = settings.timeframe;
    query.count = needed;
    query.to = to;
    printLine(stderr, QStringLiteral("autocoin: downloading %1 %2 candles of %3 from %4…")
                          .arg(needed)
                          .arg(timeframe, market, exchangeName(settings.exchange)));
    std::optional<Result<CandleSeries>> answer;
    QEventLoop loop;
    client->fetchCandles(query, [&](const Result<CandleSeries> &series) {
        answer = series;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok()) {
        *error = QStringLiteral("downloading candles failed: ") + answer->error().describe();
        return {};
    }
    if (db)
        CandleRepository(*db).upsert(settings.exchange, market, timeframe, answer->value().candles, &storageError);
    return answer->value().candles;
}

int runBacktestOrOptimize(int argc, char **argv, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QList<MarketSeries> markets;
    std::optional<Timeframe> timeframe;
    if (!commandLine.dataFiles.isEmpty()) {
        Timeframe common;
        const QString why =
            loadDataFiles(commandLine.dataFiles,
                          commandLine.settings.value(QStringLiteral("market")).trimmed().toUpper(), &markets, &common);
        if (!why.isEmpty()) {
            printLine(stderr, QStringLiteral("autocoin: ") + why);
            return ExitBadInput;
        }
        timeframe = common;
    } else {
        int exitCode = ExitOk;
        QString message;
        const auto session = AppSession::open(commandLine, {true, AppSession::Lock::Shared, true}, &exitCode, &message);
        if (!session) {
            printLine(stderr, QStringLiteral("autocoin: ") + message);
            return exitCode;
        }
        // Every market of the list (the portfolio), each from the cache or the exchange.
        for (const QString &market : session->settings().markets) {
            const QList<Candle> candles = cachedOrDownloaded(*session, commandLine, market, &message);
            if (candles.isEmpty()) {
                printLine(stderr, QStringLiteral("autocoin: ") + message);
                return ExitNetwork;
            }
            markets.append({market, CandleColumns::fromList(candles)});
        }
        timeframe = session->settings().timeframe;
    }
    BacktestRequest request;
    const QString why = prepareBacktest(commandLine, markets, &request);
    if (!why.isEmpty()) {
        printLine(stderr, QStringLiteral("autocoin: ") + why);
        return ExitBadInput;
    }
    if (timeframe)
        request.config.timeframe = *timeframe;
    if (commandLine.mode == CommandLine::Mode::Backtest) {
        markets.clear(); // the request shares the candles: it lets them go after the backtest
        return runBacktestCommand(std::move(request), stdout, stderr);
    }
    return runOptimizeCommand(commandLine, request, stdout, stderr);
}

/// The local control API when API_PORT (--api-port) is set, listening; nullptr when it is not
/// set (`error` empty) or cannot run (`error` says why: no token, port in use, …).
std::unique_ptr<ControlApiServer> startControlApi(EngineController &controller, Database *database,
                                                  const AppSettings &settings, QString *error)
{
    error->clear();
    if (settings.apiPort <= 0)
        return nullptr;
    if (settings.apiToken.isEmpty()) {
        *error = QStringLiteral("API_PORT is set but API_TOKEN is not: the control API never runs without a token "
                                "(set API_TOKEN, or store it in the keychain from the settings)");
        return nullptr;
    }
    ControlApiServer::Options options;
    options.host = QHostAddress(settings.apiHost);
    options.port = static_cast<quint16>(settings.apiPort);
    options.token = settings.apiToken.toUtf8();
    auto server = std::make_unique<ControlApiServer>(&controller, database, options);
    if (!server->listen(error))
        return nullptr;
    return server;
}

int runHeadless(int argc, char **argv, const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    int exitCode = ExitOk;
    QString message;
    const auto session = AppSession::open(commandLine, {true, AppSession::Lock::Exclusive, true}, &exitCode, &message);
    if (!session) {
        printLine(stderr, QStringLiteral("autocoin: ") + message);
        return exitCode;
    }

    EventWriter events(stdout);
    EngineConfig config = session->settings().engineConfig();
    config.liveConfirmed = commandLine.liveConfirmed;
    EngineController controller(config);
    HeadlessRunner runner(&controller, &events);
    Notifications notifications;
    notifications.start(session->settings(), &controller);
    QString apiError;
    const auto api = startControlApi(controller, session->database(), session->settings(), &apiError);
    if (!apiError.isEmpty()) {
        // Asked for and impossible: refuse to run rather than run uncontrollable.
        Logger::error(QStringLiteral("api"), apiError);
        printLine(stderr, QStringLiteral("autocoin: control API: ") + apiError);
        controller.shutdown();
        return ExitBadInput;
    }
    if (api)
        events.write(
            QStringLiteral("notice"),
            {{QStringLiteral("message"),
              QStringLiteral("control API listening on %1:%2").arg(api->address().toString()).arg(api->port())}});
    TerminationSignals signals;
    QObject::connect(&signals, &TerminationSignals::terminationRequested, &runner, &HeadlessRunner::requestExit);
    QObject::connect(&runner, &HeadlessRunner::exitRequested, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    if (commandLine.startEngine)
        controller.start();

    const int code = app.exec();
    controller.shutdown();
    notifications.shutdown();
    Logger::info(QStringLiteral("app"), QStringLiteral("exited cleanly"));
    return code;
}

/// Fills the keys the environment did not give from the keychain (never logged: registered as
/// secrets first). The exchange keys only for live trading (`exchangeKeys`); the notification
/// secrets always.
void loadKeysFromKeychain(SecretStore &store, AppSettings &settings, bool exchangeKeys)
{
    QStringList errors;
    const QHash<QString, QString> keys = store.readAll(5000, &errors);
    for (const QString &error : errors)
        Logger::warning(QStringLiteral("keychain"), error);
    const auto fill = [&](QString &target, const QString &key) {
        if (target.isEmpty() && keys.contains(key)) {
            Logger::instance().addSecret(keys.value(key));
            target = keys.value(key);
        }
    };
    if (exchangeKeys) {
        fill(settings.upbitAccessKey, QStringLiteral("upbitAccessKey"));
        fill(settings.upbitSecretKey, QStringLiteral("upbitSecretKey"));
        fill(settings.bithumbApiKey, QStringLiteral("bithumbApiKey"));
        fill(settings.bithumbApiSecret, QStringLiteral("bithumbApiSecret"));
    }
    fill(settings.telegramBotToken, QStringLiteral("telegramBotToken"));
    fill(settings.discordWebhookUrl, QStringLiteral("discordWebhookUrl"));
    fill(settings.apiToken, QStringLiteral("apiToken"));
}

int runDesktop(int argc, char **argv, const CommandLine &commandLine)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/autocoin.svg")));
    QApplication::setDesktopFileName(QStringLiteral("app.autocoin.autocoin"));
    applyLanguage(QStringLiteral("system")); // for a start-up error; the setting applies below

    int exitCode = ExitOk;
    QString message;
    const auto session = AppSession::open(commandLine, {false, AppSession::Lock::Exclusive, true}, &exitCode, &message);
    if (!session) {
        printLine(stderr, QStringLiteral("autocoin: ") + message);
        if (exitCode != ExitRefused) // a second start just brought the first window forward
            QMessageBox::critical(nullptr, QStringLiteral("autocoin"), message);
        return exitCode;
    }

    applyLanguage(session->settings().language);
    AppSettings settings = session->settings();
    // Keys live in the keychain. Paper trading needs none, so the keychain is asked at start only
    // for live trading (where it may prompt); the settings dialog reads it when opened.
    // Notifications need their secrets in paper trading too: asked for when a Telegram chat is
    // configured or the settings stored a Discord webhook; and the control API's token, when the
    // API is asked for and the environment lacks it.
    KeychainSecretStore keychain;
    if (!settings.paperMode || !settings.telegramChatIds.isEmpty() ||
        session->savedSettings().value(QStringLiteral("notify/discordInKeychain")).toBool() ||
        (settings.apiPort > 0 && settings.apiToken.isEmpty()))
        loadKeysFromKeychain(keychain, settings, !settings.paperMode);
    EngineController controller(settings.engineConfig());
    Notifications notifications;
    notifications.start(settings, &controller);
    MainWindow window(&controller, &session->savedSettings());
    QString apiError;
    const auto api = startControlApi(controller, session->database(), settings, &apiError);
    SettingsDialog::Context context;
    context.sources.commandLine = commandLine.settings;
    context.sources.environment = processEnvironment();
    context.dataDir = session->dataDir();
    context.database = session->database();
    window.setSettingsContext(context, &keychain);
    window.setCloseToTray(session->settings().closeToTray);
    window.setTimeZone(QTimeZone(session->settings().timeZone.toUtf8()));
    window.setDatabase(session->database());
    QObject::connect(&session->instance(), &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    // A session logout or `kill` ends the app through the same clean shutdown as Quit.
    TerminationSignals signals;
    QObject::connect(&signals, &TerminationSignals::terminationRequested, &window, &MainWindow::quitNow);
    window.show();
    if (!apiError.isEmpty()) {
        // The window runs without it; the operator learns why at once, not from a silent port.
        Logger::error(QStringLiteral("api"), apiError);
        QMessageBox::warning(&window, QStringLiteral("autocoin"),
                             QObject::tr("The control API was not started: %1").arg(apiError));
    }
    if (commandLine.startEngine)
        QTimer::singleShot(0, &window, &MainWindow::requestStart);

    const int code = app.exec();
    // Shutdown sequence: stop the engine and join its thread, then the window and tray go.
    controller.shutdown();
    notifications.shutdown();
    window.desktopIntegration()->hide();
    Logger::info(QStringLiteral("app"), QStringLiteral("exited cleanly"));
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    disableCoreDumps();
    installCrashReport(); // to standard error; a session adds its log file
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);

    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        printLine(stdout, commandLine.helpText);
        return ExitOk;
    case CommandLine::Mode::Version:
        printLine(stdout, QStringLiteral("autocoin " AUTOCOIN_VERSION));
        return ExitOk;
    case CommandLine::Mode::Invalid:
        printLine(stderr, QStringLiteral("autocoin: ") + commandLine.error + QStringLiteral(" (see autocoin --help)"));
        return ExitBadInput;
    case CommandLine::Mode::Headless:
        return runHeadless(argc, argv, commandLine);
    case CommandLine::Mode::CheckConnection:
        return runCheckConnection(argc, argv, commandLine);
    case CommandLine::Mode::Signals:
        return runSignalsCommand(commandLine.dataFile, commandLine.outFile, commandLine.strategy, stdout, stderr);
    case CommandLine::Mode::Backtest:
    case CommandLine::Mode::Optimize:
        return runBacktestOrOptimize(argc, argv, commandLine);
    case CommandLine::Mode::Backup:
    case CommandLine::Mode::Restore:
    case CommandLine::Mode::ResetPaper:
        return runStorageCommand(argc, argv, commandLine);
    case CommandLine::Mode::Gui:
        break;
    }
    return runDesktop(argc, argv, commandLine);
}
