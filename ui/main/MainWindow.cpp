#include "main/MainWindow.h"

#include "model/WindowModel.h"
#include "portfolio/AccountBand.h"
#include "portfolio/WatchlistModel.h"
#include "portfolio/WatchlistView.h"

#include "backtest/BacktestView.h"
#include "chart/ChartFeed.h"
#include "chart/EquityChart.h"
#include "chart/PriceChart.h"
#include "core/EngineController.h"
#include "history/HistoryPanel.h"
#include "history/RoundTripView.h"
#include "log/LogModel.h"
#include "log/LogView.h"
#include "logging/Logger.h"
#include "platform/DesktopIntegration.h"
#include "platform/Language.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "status/StateBadge.h"
#include "status/StatusPanel.h"
#include "storage/Repositories.h"
#include "strategy/ParameterStore.h"
#include "why/WhyPanel.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace autocoin {

namespace {

/// "KRW-BTC" or "KRW-BTC +2" for the title bar and the tray.
QString marketsText(const QStringList &markets)
{
    if (markets.isEmpty())
        return QStringLiteral("—");
    return markets.size() == 1 ? markets.constFirst()
                               : QStringLiteral("%1 +%2").arg(markets.constFirst()).arg(markets.size() - 1);
}

} // namespace

MainWindow::MainWindow(EngineController *controller, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_desktop(new DesktopIntegration(this))
    , m_statusPanel(new StatusPanel(this))
    , m_logModel(new LogModel(5000, this))
    , m_logView(new LogView(m_logModel, this))
    , m_stateLabel(new QLabel(this))
    , m_priceChart(new PriceChart(this))
    , m_equityChart(new EquityChart(this))
    , m_history(new HistoryPanel(controller, this))
    , m_chartFeed(new ChartFeed(controller, m_priceChart, m_equityChart, this))
    , m_marketSelector(new QComboBox(this))
    , m_statusTimer(new QTimer(this))
    , m_model(new WindowModel(controller, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("autocoin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/autocoin.svg")));

    m_statusPanel->setObjectName(QStringLiteral("engineStatusPanel"));
    m_logView->setObjectName(QStringLiteral("logView"));
    // The status band on top, the charts below it; the log and the money tables at the bottom.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    m_charts = new QTabWidget(central);
    m_charts->setObjectName(QStringLiteral("chartTabs"));
    m_charts->setDocumentMode(true);
    // The market selector sits in the bar above the price chart, left of its title.
    m_marketSelector->setObjectName(QStringLiteral("marketSelector"));
    m_marketSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_marketSelector->setMinimumContentsLength(12);
    m_priceChart->addBarWidget(m_marketSelector);
    connect(m_marketSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            selectMarket(m_marketSelector->itemData(index).toString());
    });
    m_charts->addTab(m_priceChart, QString());
    m_charts->addTab(m_equityChart, QString());
    // The backtest form scrolls rather than making the whole window taller than a laptop screen.
    m_backtest = new BacktestView(controller);
    m_backtest->setMinimumHeight(560);
    m_backtestScroll = new QScrollArea(m_charts);
    m_backtestScroll->setWidget(m_backtest);
    m_backtestScroll->setWidgetResizable(true);
    m_backtestScroll->setFrameShape(QFrame::NoFrame);
    m_charts->addTab(m_backtestScroll, QString());
    m_history->insertTab(0, m_logView, QString());
    m_history->setCurrentIndex(0);
    // The engine's state and, beside it, "why no trade?" for the selected market, above its chart:
    // side by side, so the price pane keeps its height on a 1024x600 screen. The why panel wraps
    // to any width and asks for none: where the engine panel leaves it too little room, it goes
    // under the engine panel (resizeEvent) rather than widening the window.
    m_statusRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_statusRow->addWidget(m_statusPanel, 3);
    m_why = new WhyPanel(controller, central);
    m_why->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusRow->addWidget(m_why, 2);
    layout->addLayout(m_statusRow);
    // The round trips next to the history tables (their tab text: retranslateUi).
    m_roundTrips = new RoundTripView(controller, m_history);
    m_history->addTab(m_roundTrips, QString());
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_charts);
    splitter->addWidget(m_history);
    // The price pane gets the space; the tables below scroll.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    setCentralWidget(central);
    // The money up front: the account band on top; the watchlist the bottom tabs open on, a click
    // on a market showing it on the chart.
    m_accountBand = new AccountBand(m_model, central);
    layout->insertWidget(0, m_accountBand);
    m_watchlist = new WatchlistView(m_model, m_history);
    m_history->addTab(m_watchlist, QString());
    m_history->setCurrentWidget(m_watchlist);
    connect(m_why, &WhyPanel::explained, m_watchlist->model(), &WatchlistModel::setWhy);
    connect(m_watchlist, &WatchlistView::marketSelected, this, [this](const QString &market) {
        if (const int index = m_marketSelector->findData(market); index >= 0)
            m_marketSelector->setCurrentIndex(index);
        else
            selectMarket(market);
    });
    // The hint's paper balance is the model's (the stored account once read).
    connect(m_model, &WindowModel::changed, this, [this] { updateFirstLaunchHint(m_pendingStatus); });
    connect(m_model, &WindowModel::marketNamesChanged, this, [this] {
        m_namesExchange.reset();
        updateMarketSelector(m_pendingStatus);
    });

    createActions();
    createToolBar();
    createMenus();

    m_stateLabel->setObjectName(QStringLiteral("stateStatusLabel"));
    statusBar()->addPermanentWidget(m_stateLabel);
    m_firstLaunchHint = new QLabel(this);
    m_firstLaunchHint->setObjectName(QStringLiteral("firstLaunchHint"));
    m_firstLaunchHint->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; }"));
    statusBar()->addWidget(m_firstLaunchHint, 1);

    for (const LogEntry &entry : Logger::instance().recentEntries())
        m_logModel->append(entry);
    connect(&Logger::instance(), &Logger::entryLogged, m_logModel, &LogModel::append, Qt::QueuedConnection);
    // A fast feed (a replay at full speed) sends hundreds of snapshots a second: show the
    // newest at most every 50 ms, but a change of state at once.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(50);
    connect(m_statusTimer, &QTimer::timeout, this, [this] { applyStatus(m_pendingStatus); });
    connect(controller, &EngineController::statusChanged, this, [this](const EngineStatus &status) {
        const bool stateChanged = status.state != m_pendingStatus.state;
        m_pendingStatus = status;
        if (stateChanged) {
            m_statusTimer->stop();
            applyStatus(status);
        } else if (!m_statusTimer->isActive()) {
            m_statusTimer->start();
        }
    });
    // The feed's change shows at once; the status waiting in the batch is brought up to date so
    // it does not show the state before.
    connect(controller, &EngineController::feedChanged, this,
            [this](FeedSource source, FeedState state, const QString &reason) {
                m_pendingStatus.feedSource = source;
                m_pendingStatus.feedState = state;
                m_pendingStatus.feedReason = reason;
                m_statusPanel->setFeed(source, state, reason);
            });
    // The price follows the ticks (the stream's pace, at most four a second per market), through
    // the same 50 ms batch as the status.
    connect(controller, &EngineController::tickReceived, this,
            [this](const QString &market, const Decimal &price, qint64) {
                for (MarketStatus &m : m_pendingStatus.perMarket) {
                    if (m.market == market)
                        m.lastPrice = price;
                }
                if (!m_statusTimer->isActive())
                    m_statusTimer->start();
            });
    connect(controller, &EngineController::errorRaised, this, &MainWindow::onError);
    connect(controller, &EngineController::marketsSynced, this, [this] {
        m_namesExchange.reset(); // new names or warnings in the market table
        updateMarketSelector(m_pendingStatus);
    });
    connect(controller, &EngineController::paperAccountReset, this, [this](const QString &error) {
        statusBar()->showMessage(
            error.isEmpty() ? tr("Paper account reset") : tr("Paper account not reset: %1").arg(error), 8000);
    });
    // Alerts: ERROR (onError, a kill switch pulled while running too), every live fill, the daily
    // loss limit stopping new entries, and a kill switch pulled while IDLE (from Telegram or the
    // control API as well as here): no state changes then, but Start is refused until Reset.
    connect(controller, &EngineController::killSwitchChanged, this, [this](bool engaged, bool withStateChange) {
        if (engaged && !withStateChange)
            m_desktop->showAlert(tr("Kill switch pulled"), tr("Start is refused until you press Reset."));
    });
    connect(controller, &EngineController::tradeRecorded, this, [this](const TradeRecord &trade) {
        if (!trade.paper)
            m_desktop->showAlert(tr("Live fill"), tr("%1 %2 %3 at %4 KRW (fee %5)")
                                                      .arg(trade.side == OrderSide::Buy ? tr("Bought") : tr("Sold"),
                                                           trade.quantity.toString(), trade.symbol,
                                                           formatAmount(trade.price), trade.fee.toString()));
    });
    connect(controller, &EngineController::dailyLossLimitReached, this, [this](const QString &reason) {
        // The engine's wording in the window's language (it names the zone's midnight); another
        // text as it is.
        const Reason known = Reason::fromEnglish(reason);
        m_desktop->showAlert(tr("Daily loss limit reached"), known.isEmpty()
                                                                 ? tr("No new entries until tomorrow: %1").arg(reason)
                                                                 : uiWords().render(known));
    });
    // The engine's notices in the window's language (the log and the events keep its English).
    connect(controller, &EngineController::executionNotice, this,
            [this](const Reason &notice) { statusBar()->showMessage(executionNoticeText(notice), 15000); });
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    // The backtest's "apply a result that lost to buy-and-hold?" asks the way the window does.
    m_backtest->setConfirmation([this](const QString &title, const QString &text) { return m_confirm(title, text); });
    connect(controller, &EngineController::commandRefused, this, [this](const QString &, const QString &reason) {
        statusBar()->showMessage(commandRefusalText(reason), 8000);
    });
    connect(m_desktop, &DesktopIntegration::fallbackAlert, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(title + QStringLiteral(": ") + message);
        Logger::error(QStringLiteral("alert"), title + QStringLiteral(": ") + message);
    });
    connect(m_desktop, &DesktopIntegration::activated, this, &MainWindow::bringToFront);

    setCloseToTray(settings->value(QStringLiteral("ui/closeToTray"), true).toBool()); // the tray by default
    resize(1280, 800);
    restoreGeometry(settings->value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("MainWindow/state")).toByteArray());

    m_pendingStatus = controller->status();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_startAction = new QAction(QIcon(QStringLiteral(":/icons/start.svg")), QString(), this);
    m_startAction->setObjectName(QStringLiteral("startEngineAction"));
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::requestStart);

    m_stopAction = new QAction(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this);
    m_stopAction->setObjectName(QStringLiteral("stopEngineAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_stopAction, &QAction::triggered, m_controller, &EngineController::stop);

    m_resetAction = new QAction(QIcon(QStringLiteral(":/icons/reset.svg")), QString(), this);
    m_resetAction->setObjectName(QStringLiteral("resetEngineAction"));
    connect(m_resetAction, &QAction::triggered, m_controller, &EngineController::reset);

    m_resetPaperAction = new QAction(this);
    m_resetPaperAction->setObjectName(QStringLiteral("resetPaperAction"));
    connect(m_resetPaperAction, &QAction::triggered, this, &MainWindow::requestPaperReset);

    m_killAction = new QAction(QIcon(QStringLiteral(":/icons/kill.svg")), QString(), this);
    m_killAction->setObjectName(QStringLiteral("killSwitchAction"));
    connect(m_killAction, &QAction::triggered, this, &MainWindow::requestKillSwitch);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(false);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::requestQuit);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(QString());
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("engineToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_startAction);
    toolBar->addAction(m_stopAction);
    toolBar->addAction(m_resetAction);
    toolBar->widgetForAction(m_startAction)->setObjectName(QStringLiteral("startEngineButton"));
    toolBar->widgetForAction(m_stopAction)->setObjectName(QStringLiteral("stopEngineButton"));
    toolBar->widgetForAction(m_resetAction)->setObjectName(QStringLiteral("resetEngineButton"));
    // The kill switch stands apart, at the far end, so it is never clicked for Stop.
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addSeparator();
    toolBar->addAction(m_killAction);
    toolBar->widgetForAction(m_killAction)->setObjectName(QStringLiteral("killSwitchButton"));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu *file = m_fileMenu;
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    m_engineMenu = menuBar()->addMenu(QString());
    QMenu *engine = m_engineMenu;
    engine->addAction(m_startAction);
    engine->addAction(m_stopAction);
    engine->addAction(m_resetAction);
    engine->addSeparator();
    engine->addAction(m_killAction);
    engine->addAction(m_resetPaperAction);

    if (QMenu *tray = m_desktop->menu()) {
        m_showAction = tray->addAction(QString());
        connect(m_showAction, &QAction::triggered, this, &MainWindow::bringToFront);
        tray->addSeparator();
        tray->addAction(m_startAction);
        tray->addAction(m_stopAction);
        tray->addAction(m_resetAction);
        tray->addSeparator();
        tray->addAction(m_quitAction);
    }
}

void MainWindow::retranslateUi()
{
    m_startAction->setText(tr("&Start"));
    m_startAction->setToolTip(tr("Start the engine (IDLE → RUNNING)"));
    m_stopAction->setText(tr("S&top"));
    m_stopAction->setToolTip(tr("Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)"));
    m_resetAction->setText(tr("R&eset"));
    m_resetAction->setToolTip(tr("Clear the error and the failure count (ERROR → IDLE), or release the kill switch"));
    m_resetPaperAction->setText(tr("Reset &paper account…"));
    m_resetPaperAction->setToolTip(tr("Start the paper account again with its starting balance"));
    m_killAction->setText(tr("&Kill switch"));
    m_killAction->setToolTip(tr("Emergency stop: cancel open orders, sell the position, block new entries"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_toolBar->setWindowTitle(tr("Engine"));
    m_fileMenu->setTitle(tr("&File"));
    m_engineMenu->setTitle(tr("&Engine"));
    if (m_showAction)
        m_showAction->setText(tr("Show autocoin"));
    m_charts->setTabText(m_charts->indexOf(m_priceChart), tr("Chart"));
    m_charts->setTabText(m_charts->indexOf(m_equityChart), tr("Equity"));
    m_charts->setTabText(m_charts->indexOf(m_backtestScroll), tr("Backtest"));
    m_history->setTabText(m_history->indexOf(m_logView), tr("Log"));
    m_history->setTabText(m_history->indexOf(m_watchlist), tr("Watchlist"));
    m_accountBand->retranslate();
    m_watchlist->retranslate();
    m_history->setTabText(m_history->indexOf(m_roundTrips), tr("Round trips"));
    m_statusPanel->retranslate();
    m_logView->retranslate();
    m_history->retranslate();
    m_priceChart->retranslate();
    m_chartFeed->retranslate();
    m_equityChart->retranslate();
    applyStatus(m_pendingStatus);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    constexpr int kWhyRoom = 250; // narrower, its lines wrap into a tall column
    const bool beside = centralWidget()->width() >= m_statusPanel->minimumSizeHint().width() + kWhyRoom;
    m_statusRow->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyStatus(const EngineStatus &status)
{
    if (m_pendingConfig && status.state == EngineState::Idle) {
        m_controller->applyConfig(*m_pendingConfig);
        m_pendingConfig.reset();
        m_chartFeed->reload();
    }
    updateMarketSelector(status);
    m_statusPanel->setPollInterval(m_controller->config().interval);
    m_statusPanel->setStatus(status);
    m_startAction->setEnabled(commandTarget(EngineCommand::Start, status.state, status.killed).has_value());
    m_stopAction->setEnabled(commandTarget(EngineCommand::Stop, status.state, status.killed).has_value());
    m_resetAction->setEnabled(commandTarget(EngineCommand::Reset, status.state, status.killed).has_value());
    m_resetPaperAction->setEnabled(status.state == EngineState::Idle || status.state == EngineState::Error);
    m_stateLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2 · %3")
                              .arg(stateBadgeColor(status), stateBadgeText(status), marketsText(status.markets)));
    m_desktop->setState(status.state, marketsText(status.markets));
    setWindowTitle(QStringLiteral("autocoin — %1 — %2").arg(marketsText(status.markets), stateBadgeText(status)));
    updateFirstLaunchHint(status);
}

void MainWindow::loadMarketNames(Exchange exchange)
{
    // Read by the window model off the GUI thread; marketNamesChanged brings them here.
    m_namesExchange = exchange;
    m_marketNames = m_model->koreanNames(exchange);
}

void MainWindow::updateMarketSelector(const EngineStatus &status)
{
    if (m_namesExchange != status.exchange)
        loadMarketNames(status.exchange);
    QStringList markets = status.markets;
    for (const MarketStatus &m : status.perMarket) {
        if (!markets.contains(m.market))
            markets.append(m.market);
    }
    QStringList texts;
    QStringList tips;
    for (const QString &market : std::as_const(markets)) {
        const MarketStatus *m = status.find(market);
        QString text = market;
        if (const QString name = m_marketNames.value(market); !name.isEmpty())
            text += QStringLiteral("  ") + name;
        QStringList tip;
        if (m && !m->warning.isEmpty()) {
            text += QStringLiteral("  ⚠");
            tip.append(marketWarningText(m->warning));
        }
        if (m && m->held) {
            text += QStringLiteral("  · ") + tr("held");
            if (!status.markets.contains(market))
                tip.append(tr("no longer traded: managed until the position is closed"));
        }
        texts.append(text);
        tips.append(tip.join(u'\n'));
    }
    if (texts != m_selectorTexts) {
        m_selectorTexts = texts;
        const QSignalBlocker blocker(m_marketSelector);
        m_marketSelector->clear();
        for (qsizetype i = 0; i < markets.size(); ++i) {
            m_marketSelector->addItem(texts[i], markets[i]);
            const int index = m_marketSelector->count() - 1;
            if (!tips[i].isEmpty()) {
                m_marketSelector->setItemData(index, tips[i], Qt::ToolTipRole);
                m_marketSelector->setItemData(index, QColor(0xd9, 0x77, 0x06), Qt::ForegroundRole);
            }
        }
        m_marketSelector->setCurrentIndex(std::max(0, m_marketSelector->findData(m_selectedMarket)));
    }
    m_marketSelector->setEnabled(!markets.isEmpty());
    const QString shown = m_marketSelector->currentData().toString();
    if (!shown.isEmpty() && shown != m_selectedMarket)
        selectMarket(shown);
    const QString tip = m_marketSelector->currentData(Qt::ToolTipRole).toString();
    m_marketSelector->setToolTip(tip.isEmpty() ? tr("The market the chart and the price, signal and stop show") : tip);
}

void MainWindow::selectMarket(const QString &market)
{
    m_selectedMarket = market;
    m_chartFeed->setMarket(market);
    m_statusPanel->setSelectedMarket(market);
    m_why->setMarket(market);
}

void MainWindow::requestStart()
{
    EngineConfig config = m_controller->config();
    if (config.paperMode) {
        m_controller->start();
        return;
    }
    const QString text = tr("PAPER_MODE is off: autocoin will place REAL orders with REAL money on %1 (%2).\n\n"
                            "Each buy order spends at most %3 KRW. Open orders are cancelled after %4 seconds.\n\n"
                            "Start live trading?")
                             .arg(exchangeText(config.exchange), config.markets.join(QStringLiteral(", ")),
                                  formatAmount(config.maxOrderKrw))
                             .arg(config.orderTimeout.count());
    if (!m_confirm(tr("Live trading"), text)) {
        statusBar()->showMessage(tr("Live trading not started"), 8000);
        return;
    }
    config.liveConfirmed = true;
    m_controller->applyConfig(config);
    m_controller->start();
}

void MainWindow::requestKillSwitch()
{
    // No new entry while the question is open: the operator is about to stop everything.
    m_controller->holdEntries(true);
    const bool pull = m_confirm(tr("Kill switch"), tr("Cancel every open order, sell the position at market and "
                                                      "block new entries until Reset?"));
    if (pull)
        m_controller->killSwitch(); // queued before the release: entries stay blocked by the switch
    m_controller->holdEntries(false);
}

void MainWindow::setDatabase(Database *database)
{
    m_database = database;
    m_model->setDatabase(database);
    m_history->setReader(m_model->reader());
    m_chartFeed->setReader(m_model->reader());
    m_roundTrips->setReader(m_model->reader());
    m_namesExchange.reset();
    updateMarketSelector(m_pendingStatus);
}

void MainWindow::setSettingsContext(const SettingsDialog::Context &context, SecretStore *secrets)
{
    m_settingsContext = context;
    m_secrets = secrets;
    m_settingsAction->setEnabled(true);
}

SettingsDialog *MainWindow::openSettings()
{
    if (!m_settingsContext)
        return nullptr;
    SettingsDialog::Context context = *m_settingsContext;
    if (m_model->reader()) {
        // Read off the GUI thread by the window model: the parameters in force (stored ones with
        // the command line's on top) and the market table for the picker.
        context.parameters = m_model->parameters();
        context.markets = m_model->marketRecords();
        context.database = nullptr;
    } else {
        QStringList problems;
        context.parameters =
            ParameterStore::load(context.database, m_controller->config().strategyOverrides, &problems);
    }
    auto *dialog = new SettingsDialog(context, m_settings, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfirmation(m_confirm);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::keysNotStored, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60000); });
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(const AppSettings &settings, const QHash<QString, QString> &strategy)
{
    for (const QString &secret : settings.secrets())
        Logger::instance().addSecret(secret);
    m_controller->applyStrategyParameters(strategy);
    EngineConfig config = settings.engineConfig();
    config.strategyOverrides = m_controller->config().strategyOverrides;
    setCloseToTray(settings.closeToTray);
    applyLanguage(settings.language);
    const EngineState state = m_controller->state();
    if (state == EngineState::Idle || state == EngineState::Error) {
        m_controller->applyConfig(config);
        m_chartFeed->reload();
        statusBar()->showMessage(tr("Settings saved"), 8000);
    } else {
        m_pendingConfig = config;
        statusBar()->showMessage(tr("Settings saved; exchange, market and timing apply after Stop"), 10000);
    }
}

void MainWindow::requestPaperReset()
{
    const EngineConfig config = m_controller->config();
    const QString text = tr("Start the paper account again with %1 KRW? Earlier paper trades stay in the history "
                            "but no longer count; open paper positions are closed.")
                             .arg(formatAmount(config.paperBalance));
    if (m_confirm(tr("Reset paper account"), text))
        m_controller->resetPaperAccount(config.paperBalance);
}

void MainWindow::onError(const QString &cause)
{
    if (cause == u"kill switch") // the operator's own stop, not a failure
        m_desktop->showAlert(tr("Kill switch pulled: trading stopped"),
                             tr("Press Reset, then Start, when you want to trade again."));
    else
        m_desktop->showAlert(tr("autocoin engine stopped with an error"), errorCauseText(cause));
}

void MainWindow::setCloseToTray(bool enabled)
{
    m_closeToTray = enabled;
}

void MainWindow::setTimeZone(const QTimeZone &zone)
{
    m_logModel->setTimeZone(zone);
    m_priceChart->setTimeZone(zone);
    m_equityChart->setTimeZone(zone);
    m_history->setTimeZone(zone);
    m_why->setTimeZone(zone);
    m_roundTrips->setTimeZone(zone);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::saveGeometryNow()
{
    m_settings->setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("MainWindow/state"), saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveGeometryNow();
    if (m_quitting) { // Qt closes every window on quit: the decision was taken already
        event->accept();
        return;
    }
    if (m_closeToTray && m_desktop->hasTray()) {
        hide();
        event->ignore();
        // Once: a window that disappears must not leave the user thinking the bot stopped.
        const QString shown = QStringLiteral("ui/trayNoticeShown");
        if (!m_settings->value(shown, false).toBool()) {
            m_desktop->showNotice(tr("autocoin keeps running"),
                                  tr("The window is closed, but autocoin keeps trading in the tray while the engine "
                                     "runs. Quit from the tray menu to stop it."));
            m_settings->setValue(shown, true);
            m_settings->sync();
        }
        return;
    }
    // No tray (or the user turned it off): closing quits, which stops trading.
    if (isTrading() && !confirmStopTrading(false)) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::isTrading() const
{
    return m_controller->state() == EngineState::Running;
}

bool MainWindow::confirmStopTrading(bool quitting)
{
    // Stops are watched by autocoin itself: once it quits, nothing sells a position that falls.
    if (quitting)
        return m_confirm(tr("Quit while trading?"),
                         tr("autocoin is trading (RUNNING). Quitting stops the engine: open orders and positions stay "
                            "as they are, and no stop watches them until autocoin runs again.\n\nQuit anyway?"));
    return m_confirm(tr("Close while trading?"),
                     tr("autocoin is trading (RUNNING). Closing the window quits it and stops the engine: open orders "
                        "and positions stay as they are, and no stop watches them until autocoin runs again.\n\n"
                        "Close and stop trading?"));
}

void MainWindow::requestQuit()
{
    if (isTrading() && !confirmStopTrading(true)) {
        statusBar()->showMessage(tr("Still trading"), 5000);
        return;
    }
    quitNow();
}

void MainWindow::quitNow()
{
    m_quitting = true;
    QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void MainWindow::updateFirstLaunchHint(const EngineStatus &status)
{
    // Until the engine first runs on this computer: where the money is and what to press.
    const QString started = QStringLiteral("ui/hasStarted");
    if (status.state == EngineState::Running && !m_settings->value(started, false).toBool()) {
        m_settings->setValue(started, true);
        m_settings->sync();
    }
    // Not while the kill switch is on: Start is refused then, Reset comes first.
    const bool first =
        status.state == EngineState::Idle && !status.killed && !m_settings->value(started, false).toBool();
    m_firstLaunchHint->setVisible(first);
    if (!first)
        return;
    const EngineConfig config = m_controller->config();
    const std::optional<Decimal> balance = m_model->paperBalance(); // the band's, too
    if (!config.paperMode)
        m_firstLaunchHint->setText(tr("Live account. Press Start to begin trading."));
    else if (balance)
        m_firstLaunchHint->setText(tr("Paper account: %1 KRW, no real money. Press Start to begin paper trading.")
                                       .arg(formatAmount(balance->rounded(0, Decimal::Rounding::HalfUp))));
    else
        m_firstLaunchHint->setText(tr("Paper account, no real money. Press Start to begin paper trading."));
}

} // namespace autocoin
