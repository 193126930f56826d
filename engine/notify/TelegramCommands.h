#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace autocoin {

class EngineController;
class Notifier;

/// The Telegram commands (/status, /balance, /positions, /pnl, /start, /stop, /reset, /kill,
/// /help), answered through the notifier. They reach the engine only through EngineController,
/// as the window's buttons do; a refusal is answered in words to the chat that asked. Only
/// messages from TELEGRAM_CHAT_ID reach this class (the worker drops the others).
class TelegramCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelegramCommands)

public:
    TelegramCommands(Notifier *notifier, EngineController *controller, QObject *parent = nullptr);

public Q_SLOTS:
    void handle(const QString &chatId, const QString &text);

private:
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    QPointer<Notifier> m_notifier;
    QPointer<EngineController> m_controller;
    QHash<QString, QDateTime> m_killAsked; ///< chat → when it sent /kill
    QString m_lastCommandChat;             ///< who gets the next refusal
    QDateTime m_lastCommandAt;
};

} // namespace autocoin
