#include "platform/DesktopIntegration.h"

#include "status/EngineText.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace autocoin {

QString stateIconPath(EngineState state)
{
    switch (state) {
    case EngineState::Idle:
        return QStringLiteral(":/icons/state-idle.svg");
    case EngineState::Running:
        return QStringLiteral(":/icons/state-running.svg");
    case EngineState::Stopping:
        return QStringLiteral(":/icons/state-stopping.svg");
    case EngineState::Error:
        return QStringLiteral(":/icons/state-error.svg");
    }
    return QStringLiteral(":/icons/autocoin.svg");
}

DesktopIntegration::DesktopIntegration(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_tray = new QSystemTrayIcon(QIcon(stateIconPath(EngineState::Idle)), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration()
{
    hide();
    delete m_menu;
}

void DesktopIntegration::setState(EngineState state, const QString &market)
{
    m_iconPath = stateIconPath(state);
    if (!m_tray)
        return;
    m_tray->setIcon(QIcon(m_iconPath));
    m_tray->setToolTip(QStringLiteral("autocoin — %1 (%2)").arg(stateText(state), market));
}

void DesktopIntegration::showAlert(const QString &title, const QString &message)
{
    const bool viaTray = m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
    if (viaTray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Critical, 15000);
    else
        Q_EMIT fallbackAlert(title, message);
    Q_EMIT alertShown(title, message, viaTray);
}

void DesktopIntegration::showNotice(const QString &title, const QString &message)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    Q_EMIT noticeShown(title, message);
}

void DesktopIntegration::hide()
{
    if (m_tray)
        m_tray->hide();
}

} // namespace autocoin
