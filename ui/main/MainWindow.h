#pragma once

#include "core/EngineConfig.h"
#include "core/EngineStatus.h"
#include "settings/SettingsDialog.h"

#include <QMainWindow>
#include <QTimeZone>

#include <functional>

class QAction;
class QBoxLayout;
class QComboBox;
class QMenu;
class QScrollArea;
class QTabWidget;
class QToolBar;
class QLabel;
class QSettings;
class QTimer;

namespace autocoin {

class BacktestView;
class ChartFeed;
class Database;
class DesktopIntegration;
class EngineController;
class EquityChart;
class HistoryPanel;
class PriceChart;
class LogModel;
class LogView;
class RoundTripView;
class StatusPanel;
class AccountBand;
class WatchlistView;
class WindowModel;
class WhyPanel;

/// The window a trader keeps open: toolbar (Start / Stop / Reset, each enabled only where its
/// transition is legal), the status panel, the live log and a status bar with the state. Talks
/// to the engine only through EngineController.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `settings` holds the window geometry and UI options; it must outlive the window.
    MainWindow(EngineController *controller, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DesktopIntegration *desktopIntegration() const { return m_desktop; }
    LogModel *logModel() const { return m_logModel; }
    /// Close hides to the tray instead of quitting (only where a tray exists).
    void setCloseToTray(bool enabled);
    /// The zone times are shown in (APP_TIMEZONE).
    void setTimeZone(const QTimeZone &zone);
    /// The database the tables and charts show: only its URL is used — the window model's
    /// StorageReader reads it through a connection of its own, on a worker thread.
    void setDatabase(Database *database);
    /// What the window shows of the engine, throttled for the views (the account band, the watchlist).
    WindowModel *windowModel() const { return m_model; }
    WatchlistView *watchlist() const { return m_watchlist; }
    PriceChart *priceChart() const { return m_priceChart; }
    EquityChart *equityChart() const { return m_equityChart; }
    HistoryPanel *historyPanel() const { return m_history; }
    /// The market the chart, its panes and the status panel's price/signal/stop rows show.
    QString selectedMarket() const { return m_selectedMarket; }
    BacktestView *backtestView() const { return m_backtest; }
    WhyPanel *whyPanel() const { return m_why; }
    RoundTripView *roundTripView() const { return m_roundTrips; }
    /// What the settings dialog needs; without it the Settings action is disabled.
    void setSettingsContext(const SettingsDialog::Context &context, SecretStore *secrets);

    /// How the window asks the operator to confirm something dangerous (live trading, a paper
    /// reset, the kill switch): a modal question by default; tests replace it.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    void bringToFront();
    /// Start; with PAPER_MODE=false only after the operator confirmed live trading and its cap.
    void requestStart();
    /// Asks, then starts the paper account again with its configured starting balance.
    void requestPaperReset();
    /// Asks, then pulls the kill switch (cancel open orders, sell positions, ERROR).
    void requestKillSwitch();
    /// Opens the settings dialog (window-modal) and returns it.
    SettingsDialog *openSettings();
    /// Quits; while RUNNING only after the operator confirmed that trading stops.
    void requestQuit();
    /// Quits without a question (SIGTERM, a session logout): the window closes instead of going to
    /// the tray or asking, since Qt closes every window before it quits.
    void quitNow();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void applyStatus(const EngineStatus &status);
    /// The selector's markets: the traded ones (the list or the universe's choice), then any
    /// other market still held; the selection kept while it is there, else the first market.
    void updateMarketSelector(const EngineStatus &status);
    void selectMarket(const QString &market);
    /// Korean names of `exchange`'s markets from the market table, for the selector.
    void loadMarketNames(Exchange exchange);
    void applySettings(const AppSettings &settings, const QHash<QString, QString> &strategy);
    /// Every visible string again, in the language now installed.
    void retranslateUi();
    void onError(const QString &cause);
    void saveGeometryNow();

    EngineController *m_controller;
    QSettings *m_settings;
    DesktopIntegration *m_desktop;
    StatusPanel *m_statusPanel;
    LogModel *m_logModel;
    LogView *m_logView;
    QLabel *m_stateLabel;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetPaperAction = nullptr;
    QAction *m_killAction = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_settingsAction = nullptr;
    std::optional<SettingsDialog::Context> m_settingsContext;
    SecretStore *m_secrets = nullptr;
    std::optional<EngineConfig> m_pendingConfig; ///< saved while running: applied at the next IDLE
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_engineMenu = nullptr;
    PriceChart *m_priceChart;
    QTabWidget *m_charts = nullptr;
    BacktestView *m_backtest = nullptr;
    QScrollArea *m_backtestScroll = nullptr;
    EquityChart *m_equityChart;
    HistoryPanel *m_history;
    ChartFeed *m_chartFeed;
    QComboBox *m_marketSelector;
    QString m_selectedMarket;
    QStringList m_selectorTexts; ///< what the selector lists now, to rebuild it only on a change
    Database *m_database = nullptr;
    QHash<QString, QString> m_marketNames;   ///< market code → Korean name
    std::optional<Exchange> m_namesExchange; ///< whose names m_marketNames holds
    Confirmation m_confirm;
    bool m_closeToTray = false;
    EngineStatus m_pendingStatus;
    QTimer *m_statusTimer;
    // Safe when unattended (issue 18): the close and quit questions, the first-launch hint.
    /// The engine is RUNNING: closing or quitting would stop trading.
    bool isTrading() const;
    /// Asks whether to stop trading by closing (`quitting` false) or quitting.
    bool confirmStopTrading(bool quitting);
    void updateFirstLaunchHint(const EngineStatus &status);
    QLabel *m_firstLaunchHint = nullptr; ///< the paper balance and "press Start", until the first Start
    bool m_quitting = false;             ///< a quit was decided: closing neither hides nor asks
    // The window model (issue 18): the account band above the tabs, the watchlist tab.
    WindowModel *m_model = nullptr;
    AccountBand *m_accountBand = nullptr;
    WatchlistView *m_watchlist = nullptr;
    WhyPanel *m_why = nullptr;
    QBoxLayout *m_statusRow = nullptr; ///< the engine panel and "why": beside each other, or stacked when narrow
    RoundTripView *m_roundTrips = nullptr;
};

} // namespace autocoin
