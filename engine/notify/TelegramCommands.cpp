#include "notify/TelegramCommands.h"

#include "core/EngineController.h"
#include "logging/Logger.h"
#include "notify/Notifier.h"

namespace autocoin {

namespace {

constexpr qint64 kKillConfirmSecs = 60;
constexpr qint64 kRefusalWindowSecs = 30; ///< a refusal this soon after a command answers that command

} // namespace

TelegramCommands::TelegramCommands(Notifier *notifier, EngineController *controller, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_controller(controller)
{
    connect(notifier, &Notifier::commandReceived, this, &TelegramCommands::handle);
    connect(controller, &EngineController::commandRefused, this, [this](const QString &command, const QString &reason) {
        // Refusals of the window's commands are the window's to show.
        if (m_lastCommandChat.isEmpty() || m_lastCommandAt.secsTo(now()) > kRefusalWindowSecs || !m_notifier)
            return;
        m_notifier->reply(m_lastCommandChat, m_notifier->text().refused(command, reason, m_controller->state(),
                                                                        m_controller->status().killed));
        m_lastCommandChat.clear();
    });
}

void TelegramCommands::handle(const QString &chatId, const QString &text)
{
    if (!m_notifier || !m_controller)
        return;
    // "/status@autocoin_bot" in a group; "/kill confirm".
    QStringList words = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    QString command = words.value(0).toLower();
    if (const qsizetype at = command.indexOf(u'@'); at > 0)
        command.truncate(at);
    const QString argument = words.value(1).toLower();
    Logger::info(QStringLiteral("notify"),
                 QStringLiteral("Telegram command from chat %1: %2").arg(chatId, command.left(40)));
    const NotifyText &t = m_notifier->text();
    const auto engineCommand = [&](EngineCommand c) {
        m_lastCommandChat = chatId;
        m_lastCommandAt = now();
        m_notifier->reply(chatId, t.commandSent(c));
        m_controller->command(c);
    };
    if (command == u"/status")
        m_notifier->reply(chatId, t.status(m_controller->status()));
    else if (command == u"/balance")
        m_notifier->reply(chatId, t.balance(m_notifier->lastEquity()));
    else if (command == u"/positions")
        m_notifier->reply(chatId, t.positions(m_notifier->lastEquity()));
    else if (command == u"/pnl")
        m_notifier->reply(chatId, t.pnl(m_notifier->lastEquity()));
    else if (command == u"/start")
        engineCommand(EngineCommand::Start);
    else if (command == u"/stop")
        engineCommand(EngineCommand::Stop);
    else if (command == u"/reset")
        engineCommand(EngineCommand::Reset);
    else if (command == u"/kill" && argument == u"confirm") {
        const auto asked = m_killAsked.constFind(chatId);
        if (asked == m_killAsked.constEnd() || asked->secsTo(now()) > kKillConfirmSecs) {
            m_notifier->reply(chatId, t.killNothingToConfirm());
        } else {
            m_killAsked.remove(chatId);
            Logger::warning(QStringLiteral("notify"),
                            QStringLiteral("kill switch pressed from Telegram chat %1").arg(chatId));
            m_controller->killSwitch();
            m_notifier->reply(chatId, t.killDone());
        }
    } else if (command == u"/kill") {
        m_killAsked.insert(chatId, now());
        m_notifier->reply(chatId, t.killAsk());
    } else if (command == u"/help")
        m_notifier->reply(chatId, t.help());
    else
        m_notifier->reply(chatId, t.unknownCommand());
}

} // namespace autocoin
