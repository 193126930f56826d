#pragma once

#include "FakeExchangeServer.h"

#include <QList>
#include <QString>

namespace autocoin::test {

/// A fake Telegram Bot API and Discord webhook on one loopback server: sendMessage and the
/// webhook record what they accept; getUpdates hands out the updates a test pushes (a long poll:
/// with nothing to report it answers after a short wait). A request with another bot token gets
/// Telegram's 401. Faults through server().injectFault (routes: "POST /bot<token>/sendMessage",
/// "GET /bot<token>/getUpdates", "POST /api/webhooks/").
class FakeTelegram
{
public:
    /// A message as a destination accepted it.
    struct Message
    {
        QString chatId; ///< empty for Discord
        QString text;
        qint64 atMs = 0; ///< when it arrived (ms since epoch)
    };

    explicit FakeTelegram(const QString &token);
    bool start() { return m_server.start(); }
    QUrl url() const { return m_server.url(); }
    /// The Discord webhook URL served here.
    QString webhookUrl() const;
    FakeExchangeServer &server() { return m_server; }
    QByteArray sendRoute() const;

    /// A message from `chatId` for the next getUpdates; `date` 0: now.
    void pushUpdate(const QString &chatId, const QString &text, qint64 date = 0);
    QList<Message> telegram() const { return m_telegram; }
    QStringList textsTo(const QString &chatId) const;
    QList<Message> discord() const { return m_discord; }
    /// The offsets getUpdates was called with (-1: none).
    QList<qint64> pollOffsets() const { return m_offsets; }

private:
    QString m_token;
    FakeExchangeServer m_server;
    QList<Message> m_telegram;
    QList<Message> m_discord;
    QList<QPair<qint64, QString>> m_updates; ///< update_id, JSON of the update
    qint64 m_nextUpdateId = 500;
    QList<qint64> m_offsets;
};

} // namespace autocoin::test
