#include "notify/NotifyConfig.h"

#include "settings/AppSettings.h"

#include <QLocale>

namespace autocoin {

NotifyLanguage notifyLanguage(const QString &setting)
{
    if (setting == u"ko")
        return NotifyLanguage::Korean;
    if (setting == u"en")
        return NotifyLanguage::English;
    return QLocale::system().language() == QLocale::Korean ? NotifyLanguage::Korean : NotifyLanguage::English;
}

QStringList NotifyConfig::destinations() const
{
    QStringList out;
    if (telegramEnabled()) {
        for (const QString &chat : telegramChatIds)
            out.append(QStringLiteral("telegram:") + chat);
    }
    if (discordEnabled())
        out.append(QStringLiteral("discord"));
    return out;
}

NotifyConfig NotifyConfig::fromSettings(const AppSettings &settings)
{
    NotifyConfig config;
    config.telegramToken = settings.telegramBotToken;
    config.telegramChatIds = settings.telegramChatIds;
    if (!settings.telegramApiUrl.isEmpty())
        config.telegramApiUrl = settings.telegramApiUrl;
    config.discordWebhookUrl = settings.discordWebhookUrl;
    config.paperFills = settings.notifyPaperFills;
    config.dailySummaryAt =
        settings.dailySummaryAt == u"off"
            ? std::nullopt
            : std::optional<QTime>(QTime::fromString(settings.dailySummaryAt, QStringLiteral("HH:mm")));
    config.language = notifyLanguage(settings.language);
    config.timeZone = settings.timeZone;
    config.databaseUrl = settings.databaseUrl;
    config.dataDir = settings.dataDir;
    return config;
}

} // namespace autocoin
