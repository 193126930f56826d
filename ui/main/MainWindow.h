#pragma once

#include "core/EngineStatus.h"

#include <QMainWindow>
#include <QTimeZone>

class QAction;
class QLabel;
class QSettings;
class QTimer;

namespace autocoin {

class DesktopIntegration;
class EngineController;
class LogModel;
class LogView;
class StatusPanel;

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

public Q_SLOTS:
    void bringToFront();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void applyStatus(const EngineStatus &status);
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
    bool m_closeToTray = false;
    EngineStatus m_pendingStatus;
    QTimer *m_statusTimer;
};

} // namespace autocoin
