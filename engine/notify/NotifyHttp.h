#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

namespace autocoin {

struct NotifyConfig;

/// The HTTP side of a message, shared by the outbox's sender and the settings' test button so
/// both talk to Telegram and Discord the same way.
namespace notifyhttp {

/// "telegram:<chat id>" or "discord" (NotifyConfig::destinations()).
bool isTelegram(const QString &destination);
/// "Telegram chat 123" / "Discord": for log lines (never the token or the webhook).
QString where(const QString &destination);
/// `<api>/bot<token>/<method>`.
QUrl telegramUrl(const NotifyConfig &config, const QString &method);
/// The POST that delivers `text` to `destination`; its JSON body goes to `body`.
QNetworkRequest messageRequest(const NotifyConfig &config, const QString &destination, const QString &text,
                               QByteArray *body);
/// The HTTP status of a finished reply (0 when none came).
int httpStatus(QNetworkReply *reply);
/// Telegram: 200 and `"ok": true`; Discord: 204 (or 200 with `?wait=true`).
bool accepted(const QString &destination, int status, const QJsonObject &answer);
/// What the destination said when it refused (Telegram's `description`, Discord's `message`),
/// with the token and the webhook taken out; at most 200 characters.
QString refusal(const NotifyConfig &config, const QJsonObject &answer);
/// `text` with the bot token and any Discord webhook path replaced (Qt's error strings carry the URL).
QString redacted(const NotifyConfig &config, QString text);

} // namespace notifyhttp

} // namespace autocoin
