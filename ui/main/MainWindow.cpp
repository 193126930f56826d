#include "main/MainWindow.h"

#include "core/EngineController.h"
#include "log/LogModel.h"
#include "log/LogView.h"
#include "logging/Logger.h"
#include "platform/DesktopIntegration.h"
#include "status/Format.h"
#include "status/StatusPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace autocoin {

MainWindow::MainWindow(EngineController *controller, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_desktop(new DesktopIntegration(this))
    , m_statusPanel(new StatusPanel(this))
    , m_logModel(new LogModel(5000, this))
    , m_logView(new LogView(m_logModel, this))
    , m_stateLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("autocoin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/autocoin.svg")));

    m_statusPanel->setObjectName(QStringLiteral("engineStatusPanel"));
    m_logView->setObjectName(QStringLiteral("logView"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 10, 10, 6);
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(m_statusPanel);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    setCentralWidget(central);

    createActions();
    createToolBar();
    createMenus();

    m_stateLabel->setObjectName(QStringLiteral("stateStatusLabel"));
    statusBar()->addPermanentWidget(m_stateLabel);

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
    connect(controller, &EngineController::errorRaised, this, &MainWindow::onError);
    connect(controller, &EngineController::paperAccountReset, this, [this](const QString &error) {
        statusBar()->showMessage(
            error.isEmpty() ? tr("Paper account reset") : tr("Paper account not reset: %1").arg(error), 8000);
    });
    connect(controller, &EngineController::executionNotice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    connect(controller, &EngineController::commandRefused, this,
            [this](const QString &, const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_desktop, &DesktopIntegration::fallbackAlert, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(title + QStringLiteral(": ") + message);
        Logger::error(QStringLiteral("alert"), title + QStringLiteral(": ") + message);
    });
    connect(m_desktop, &DesktopIntegration::activated, this, &MainWindow::bringToFront);

    setCloseToTray(settings->value(QStringLiteral("ui/closeToTray"), false).toBool());
    resize(1000, 680);
    restoreGeometry(settings->value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("MainWindow/state")).toByteArray());

    m_pendingStatus = controller->status();
    applyStatus(m_pendingStatus);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_startAction = new QAction(QIcon(QStringLiteral(":/icons/start.svg")), tr("&Start"), this);
    m_startAction->setObjectName(QStringLiteral("startEngineAction"));
    m_startAction->setToolTip(tr("Start the engine (IDLE → RUNNING)"));
    m_startAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::requestStart);

    m_stopAction = new QAction(QIcon(QStringLiteral(":/icons/stop.svg")), tr("S&top"), this);
    m_stopAction->setObjectName(QStringLiteral("stopEngineAction"));
    m_stopAction->setToolTip(tr("Stop the engine after the current iteration (RUNNING → STOPPING → IDLE)"));
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_stopAction, &QAction::triggered, m_controller, &EngineController::stop);

    m_resetAction = new QAction(QIcon(QStringLiteral(":/icons/reset.svg")), tr("R&eset"), this);
    m_resetAction->setObjectName(QStringLiteral("resetEngineAction"));
    m_resetAction->setToolTip(tr("Clear the error and the failure count (ERROR → IDLE)"));
    connect(m_resetAction, &QAction::triggered, m_controller, &EngineController::reset);

    m_resetPaperAction = new QAction(tr("Reset &paper account…"), this);
    m_resetPaperAction->setObjectName(QStringLiteral("resetPaperAction"));
    m_resetPaperAction->setToolTip(tr("Start the paper account again with its starting balance"));
    connect(m_resetPaperAction, &QAction::triggered, this, &MainWindow::requestPaperReset);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Engine"));
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
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);
    QMenu *engine = menuBar()->addMenu(tr("&Engine"));
    engine->addAction(m_startAction);
    engine->addAction(m_stopAction);
    engine->addAction(m_resetAction);
    engine->addSeparator();
    engine->addAction(m_resetPaperAction);

    if (QMenu *tray = m_desktop->menu()) {
        QAction *show = tray->addAction(tr("Show autocoin"));
        connect(show, &QAction::triggered, this, &MainWindow::bringToFront);
        tray->addSeparator();
        tray->addAction(m_startAction);
        tray->addAction(m_stopAction);
        tray->addAction(m_resetAction);
        tray->addSeparator();
        tray->addAction(m_quitAction);
    }
}

void MainWindow::applyStatus(const EngineStatus &status)
{
    m_statusPanel->setStatus(status);
    m_startAction->setEnabled(commandTarget(EngineCommand::Start, status.state).has_value());
    m_stopAction->setEnabled(commandTarget(EngineCommand::Stop, status.state).has_value());
    m_resetAction->setEnabled(commandTarget(EngineCommand::Reset, status.state).has_value());
    m_resetPaperAction->setEnabled(status.state == EngineState::Idle || status.state == EngineState::Error);
    m_stateLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2 · %3")
                              .arg(stateColor(status.state), stateName(status.state), status.market));
    m_desktop->setState(status.state, status.market);
    setWindowTitle(QStringLiteral("autocoin — %1 — %2").arg(status.market, stateName(status.state)));
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
                             .arg(config.exchange, config.market, formatAmount(config.maxOrderKrw))
                             .arg(config.orderTimeout.count());
    if (!m_confirm(tr("Live trading"), text)) {
        statusBar()->showMessage(tr("Live trading not started"), 8000);
        return;
    }
    config.liveConfirmed = true;
    m_controller->applyConfig(config);
    m_controller->start();
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
    m_desktop->showAlert(tr("autocoin engine stopped with an error"), cause);
}

void MainWindow::setCloseToTray(bool enabled)
{
    m_closeToTray = enabled;
}

void MainWindow::setTimeZone(const QTimeZone &zone)
{
    m_logModel->setTimeZone(zone);
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
    if (m_closeToTray && m_desktop->hasTray()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace autocoin
