#include "FakeTelegram.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace autocoin::test {

namespace {

FakeResponse unauthorized()
{
    return {401, R"({"ok":false,"error_code":401,"description":"Unauthorized"})", {}};
}

} // namespace

FakeTelegram::FakeTelegram(const QString &token)
    : m_token(token)
{
    m_server.setPrefixRoute("POST", QStringLiteral("/bot"), [this](const FakeRequest &request) -> FakeResponse {
        if (request.path != QStringLiteral("/bot%1/sendMessage").arg(m_token))
            return unauthorized();
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonValue chat = body.value(QStringLiteral("chat_id"));
        const QString chatId = chat.isString() ? chat.toString() : QString::number(chat.toInteger());
        const QString text = body.value(QStringLiteral("text")).toString();
        if (chatId.isEmpty() || text.isEmpty())
            return {400, R"({"ok":false,"error_code":400,"description":"Bad Request: message text is empty"})", {}};
        m_telegram.append({chatId, text, QDateTime::currentMSecsSinceEpoch()});
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                          {QStringLiteral("result"),
                                           QJsonObject{{QStringLiteral("message_id"), m_telegram.size()}}}})
                    .toJson(QJsonDocument::Compact),
                {}};
    });
    m_server.setPrefixRoute("GET", QStringLiteral("/bot"), [this](const FakeRequest &request) -> FakeResponse {
        if (request.path != QStringLiteral("/bot%1/getUpdates").arg(m_token))
            return unauthorized();
        bool hasOffset = false;
        const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&hasOffset);
        m_offsets.append(hasOffset ? offset : -1);
        // Telegram forgets the updates before the offset: they were confirmed.
        if (hasOffset)
            m_updates.removeIf([offset](const QPair<qint64, QString> &u) { return u.first < offset; });
        QJsonArray result;
        for (const auto &[id, json] : std::as_const(m_updates))
            result.append(QJsonDocument::fromJson(json.toUtf8()).object());
        FakeResponse response{
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}})
                .toJson(QJsonDocument::Compact),
            {}};
        if (result.isEmpty())
            response.delayMs = 100; // a long poll with nothing new
        return response;
    });
    m_server.setPrefixRoute(
        "POST", QStringLiteral("/api/webhooks/"), [this](const FakeRequest &request) -> FakeResponse {
            if (request.path != QStringLiteral("/api/webhooks/1234/made-up-webhook-token"))
                return {401, R"({"message": "Invalid Webhook Token", "code": 50027})", {}};
            const QString text =
                QJsonDocument::fromJson(request.body).object().value(QStringLiteral("content")).toString();
            m_discord.append({QString(), text, QDateTime::currentMSecsSinceEpoch()});
            return {204, {}, {}};
        });
}

QString FakeTelegram::webhookUrl() const
{
    return url().toString() + QStringLiteral("/api/webhooks/1234/made-up-webhook-token");
}

QByteArray FakeTelegram::sendRoute() const
{
    return "POST /bot" + m_token.toUtf8() + "/sendMessage";
}

void FakeTelegram::pushUpdate(const QString &chatId, const QString &text, qint64 date)
{
    const qint64 id = m_nextUpdateId++;
    const QJsonObject update{
        {QStringLiteral("update_id"), id},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("message_id"), id},
                     {QStringLiteral("date"), date > 0 ? date : QDateTime::currentSecsSinceEpoch()},
                     {QStringLiteral("chat"), QJsonObject{{QStringLiteral("id"), chatId.toLongLong()},
                                                          {QStringLiteral("type"), QStringLiteral("private")}}},
                     {QStringLiteral("text"), text}}}};
    m_updates.append({id, QString::fromUtf8(QJsonDocument(update).toJson(QJsonDocument::Compact))});
}

QStringList FakeTelegram::textsTo(const QString &chatId) const
{
    QStringList out;
    for (const Message &m : m_telegram) {
        if (m.chatId == chatId)
            out.append(m.text);
    }
    return out;
}

} // namespace autocoin::test
