#include "notify/NotifyHttp.h"

#include "notify/NotifyConfig.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

namespace autocoin::notifyhttp {

namespace {

constexpr int kTelegramLimit = 4096;
constexpr int kDiscordLimit = 2000;

QString clipped(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QStringLiteral("…");
}

} // namespace

bool isTelegram(const QString &destination)
{
    return destination.startsWith(u"telegram:");
}

QString where(const QString &destination)
{
    return isTelegram(destination) ? QStringLiteral("Telegram chat ") + destination.mid(9) : QStringLiteral("Discord");
}

QUrl telegramUrl(const NotifyConfig &config, const QString &method)
{
    QUrl url = config.telegramApiUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + config.telegramToken + u'/' + method);
    return url;
}

QNetworkRequest messageRequest(const NotifyConfig &config, const QString &destination, const QString &text,
                               QByteArray *body)
{
    QNetworkRequest request;
    QJsonObject json;
    if (isTelegram(destination)) {
        request.setUrl(telegramUrl(config, QStringLiteral("sendMessage")));
        json.insert(QStringLiteral("chat_id"), destination.mid(9));
        json.insert(QStringLiteral("text"), clipped(text, kTelegramLimit));
    } else {
        request.setUrl(QUrl(config.discordWebhookUrl));
        json.insert(QStringLiteral("content"), clipped(text, kDiscordLimit));
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(config.requestTimeout.count()));
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return request;
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool accepted(const QString &destination, int status, const QJsonObject &answer)
{
    return isTelegram(destination) ? status == 200 && answer.value(QStringLiteral("ok")).toBool()
                                   : (status == 204 || status == 200);
}

QString refusal(const NotifyConfig &config, const QJsonObject &answer)
{
    QString text = answer.value(QStringLiteral("description")).toString();
    if (text.isEmpty())
        text = answer.value(QStringLiteral("message")).toString();
    return redacted(config, text.left(200));
}

QString redacted(const NotifyConfig &config, QString text)
{
    if (!config.telegramToken.isEmpty())
        text.replace(config.telegramToken, QStringLiteral("<token>"));
    if (!config.discordWebhookUrl.isEmpty())
        text.replace(config.discordWebhookUrl, QStringLiteral("<webhook>"));
    // Qt's error strings carry the URL; the webhook's path holds its token even when the string
    // differs from the setting in a detail (encoding): drop the path of any Discord URL.
    static const QRegularExpression webhook(QStringLiteral("/api/webhooks/[^\\s\"']+"));
    text.replace(webhook, QStringLiteral("/api/webhooks/<redacted>"));
    return text;
}

} // namespace autocoin::notifyhttp
