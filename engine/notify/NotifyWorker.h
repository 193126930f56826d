#pragma once

#include "execution/Execution.h"
#include "notify/NotifyConfig.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace autocoin {

class Database;

/// The notifier's worker, on its own thread with its own database connection: writes messages to
/// the outbox, sends them (Telegram sendMessage, Discord webhook) one at a time per destination,
/// in order, at most one per `minGap`, retrying network errors with back-off and 429s after
/// their retry_after; long-polls Telegram's getUpdates for commands. Nothing here runs on the
/// engine's or the GUI's thread, and every request is asynchronous.
///
/// The bot token is part of every Telegram URL: no log line, error or signal of this class ever
/// carries a URL or an unredacted network error text.
class NotifyWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyWorker)

public:
    explicit NotifyWorker(const NotifyConfig &config, QObject *parent = nullptr);
    ~NotifyWorker() override;

public Q_SLOTS:
    /// Opens the database and the network, then starts sending what is pending and polling.
    void initialize();
    /// Writes `text` for each destination to the outbox, then sends it.
    void enqueue(const QStringList &destinations, const QString &text);
    /// Composes the summary of `date` (figures from the database, `equity` from the engine) and
    /// sends it to every destination.
    void sendDailySummary(const QDate &date, const QDateTime &until, bool hasEquity,
                          const autocoin::EquityPoint &equity);
    /// Stops polling, sends what is pending and lets the sends in flight be answered (for at most
    /// drainTimeout, so a clean exit neither loses nor repeats a message), then closes the
    /// connection.
    void shutdown();

Q_SIGNALS:
    /// A message from an allowed chat (commands are executed on the main thread).
    void commandReceived(const QString &chatId, const QString &text);
    /// A message was accepted by its destination.
    void delivered(const QString &destination, qint64 id);

private:
    struct Lane
    {
        bool busy = false;
        qint64 notBefore = 0; ///< m_clock ms
        int attempts = 0;     ///< consecutive failures of the head message
    };

    void pump();
    void send(const QString &destination, qint64 id, const QString &text);
    void onSent(QNetworkReply *reply, const QString &destination, qint64 id);
    void retryLater(const QString &destination, qint64 id, qint64 delayMs, const QString &why);
    void disableTelegram(int status, const QString &description);
    void disableDiscord(int status);
    /// Nothing in flight and nothing pending for a working destination.
    bool drained();
    void poll();
    void onPoll(QNetworkReply *reply);
    QUrl telegramUrl(const QString &method) const;
    /// `text` without the bot token or the webhook URL.
    QString redacted(QString text) const;
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    NotifyConfig m_config;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_wake = nullptr;
    QElapsedTimer m_clock;
    QHash<QString, Lane> m_lanes;
    QSet<QNetworkReply *> m_inFlight;
    QNetworkReply *m_pollReply = nullptr;
    std::optional<qint64> m_offset;
    QSet<QString> m_foreignChatsLogged;
    bool m_telegramDisabled = false;
    bool m_discordDisabled = false;
    bool m_stopping = false; ///< shutting down: no more polling
    bool m_closed = false;   ///< shut down: nothing more is sent
    bool m_pollConflictLogged = false;
};

} // namespace autocoin
