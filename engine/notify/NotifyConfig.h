#pragma once

#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

#include <chrono>
#include <optional>

namespace autocoin {

struct AppSettings;

/// The language of the messages sent to the phone.
enum class NotifyLanguage
{
    English,
    Korean
};

/// "ko" → Korean, "en" → English, "system" → the system locale's (Korean on a Korean system).
NotifyLanguage notifyLanguage(const QString &setting);

/// What the notifier needs, resolved from the settings. Off when neither Telegram (a token and at
/// least one chat id) nor Discord (a webhook URL) is configured.
struct NotifyConfig
{
    QString telegramToken;
    QStringList telegramChatIds;
    QUrl telegramApiUrl{QStringLiteral("https://api.telegram.org")};
    QString discordWebhookUrl;
    bool paperFills = true;
    std::optional<QTime> dailySummaryAt = QTime(0, 0); ///< nullopt: no summary
    NotifyLanguage language = NotifyLanguage::English;
    QString timeZone = QStringLiteral("Asia/Seoul");
    QString databaseUrl; ///< the outbox lives in the app's database
    QString dataDir;

    // Timings: the defaults are the real ones; tests shorten them.
    std::chrono::milliseconds minGap{1000};          ///< at most one message a second per destination
    std::chrono::milliseconds retryBase{2000};       ///< first back-off after a network error, doubled each time
    std::chrono::milliseconds retryMax{300000};      ///< the longest back-off
    std::chrono::milliseconds requestTimeout{15000}; ///< one send
    int pollTimeoutSec = 25;                         ///< getUpdates long-poll timeout
    std::chrono::milliseconds pollRetry{5000};       ///< after a failed getUpdates
    std::chrono::seconds maxAge{24 * 3600};          ///< a message not sent by then is dropped (expired)
    std::chrono::seconds commandMaxAge{120};         ///< an older command (by its date) is not executed
    std::chrono::milliseconds drainTimeout{5000};    ///< at exit: the longest wait for the last messages

    bool telegramEnabled() const { return !telegramToken.isEmpty() && !telegramChatIds.isEmpty(); }
    bool discordEnabled() const { return !discordWebhookUrl.isEmpty(); }
    bool enabled() const { return telegramEnabled() || discordEnabled(); }
    /// Every destination of an alert: "telegram:<chat id>" per chat, then "discord".
    QStringList destinations() const;

    static NotifyConfig fromSettings(const AppSettings &settings);
};

} // namespace autocoin
