#pragma once

#include "core/EngineState.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace autocoin {

/// The one class behind the tray and desktop notifications. Where the desktop has no system
/// tray, alerts fall back to `fallbackAlert` (the main window shows them in its status bar and
/// the log). Every alert is also announced through `alertShown`, the seam tests observe.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    explicit DesktopIntegration(QObject *parent = nullptr);
    ~DesktopIntegration() override;

    bool hasTray() const { return m_tray != nullptr; }
    /// The tray's context menu (nullptr without a tray); the main window fills it.
    QMenu *menu() const { return m_menu; }

    void setState(EngineState state, const QString &market);
    /// The icon the tray shows for the current state (kept without a tray too, for tests).
    QString iconPath() const { return m_iconPath; }
    /// A critical alert: a tray balloon where there is a tray, the fallback otherwise.
    void showAlert(const QString &title, const QString &message);
    /// Information, not an alarm (e.g. "still running in the tray"): a tray balloon; nothing
    /// without a tray. Announced through `noticeShown`.
    void showNotice(const QString &title, const QString &message);
    void hide();

Q_SIGNALS:
    void alertShown(const QString &title, const QString &message, bool viaTray);
    void fallbackAlert(const QString &title, const QString &message);
    void noticeShown(const QString &title, const QString &message);
    void activated(); ///< the tray icon was clicked

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_iconPath;
};

/// The icon for a state: the app icon with a coloured badge.
QString stateIconPath(EngineState state);

} // namespace autocoin
