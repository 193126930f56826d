#include "notify/NotifyWorker.h"

#include "logging/Logger.h"
#include "notify/NotifyHttp.h"
#include "notify/NotifyText.h"
#include "notify/Outbox.h"
#include "storage/DatabaseUrl.h"
#include "storage/Storage.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("notify");

} // namespace

NotifyWorker::NotifyWorker(const NotifyConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

NotifyWorker::~NotifyWorker() = default;

QString NotifyWorker::redacted(QString text) const
{
    return notifyhttp::redacted(m_config, std::move(text));
}

QUrl NotifyWorker::telegramUrl(const QString &method) const
{
    return notifyhttp::telegramUrl(m_config, method);
}

void NotifyWorker::initialize()
{
    m_clock.start();
    m_network = new QNetworkAccessManager(this);
    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &NotifyWorker::pump);

    QString parseError;
    const auto url = DatabaseUrl::parse(m_config.databaseUrl, m_config.dataDir, &parseError);
    StorageError error;
    if (url)
        m_db = Storage::open(*url, QStringLiteral("notify"), m_config.dataDir, QTimeZone(m_config.timeZone.toUtf8()),
                             &error);
    if (!m_db) {
        Logger::error(kCategory, QStringLiteral("notifications are off: the outbox database is unavailable: ") +
                                     (url ? error.describe() : parseError));
        return;
    }
    Outbox outbox(*m_db);
    if (const int pending = outbox.pendingCount(&error); pending > 0)
        Logger::info(kCategory, QStringLiteral("%1 message(s) from before the last exit are sent now (a message "
                                               "whose send was cut by a crash may arrive twice)")
                                    .arg(pending));
    if (m_config.telegramEnabled()) {
        m_offset = outbox.telegramOffset(&error);
        poll();
    }
    pump();
}

void NotifyWorker::enqueue(const QStringList &destinations, const QString &text)
{
    if (!m_db || destinations.isEmpty() || text.isEmpty())
        return;
    StorageError error;
    if (!Outbox(*m_db).add(destinations, text, now(), &error)) {
        Logger::error(kCategory,
                      QStringLiteral("a notification could not be written to the outbox: ") + error.describe());
        return;
    }
    pump();
}

void NotifyWorker::sendDailySummary(const QDate &date, const QDateTime &until, bool hasEquity,
                                    const EquityPoint &equity)
{
    if (!m_db)
        return;
    StorageError error;
    Outbox outbox(*m_db);
    DailySummary summary;
    summary.date = date;
    summary.realizedPnl = outbox.realizedOn(date, &error);
    const QDateTime from = date.startOfDay(QTimeZone(m_config.timeZone.toUtf8()));
    summary.trades = outbox.tradesBetween(from, std::min(until, from.addDays(1)), &error);
    if (hasEquity)
        summary.equity = equity;
    if (!error.message.isEmpty())
        Logger::warning(kCategory, QStringLiteral("daily summary: ") + error.describe());
    enqueue(m_config.destinations(), NotifyText(m_config.language).dailySummary(summary));
}

void NotifyWorker::pump()
{
    if (!m_db || m_closed)
        return;
    const qint64 t = m_clock.elapsed();
    qint64 wake = -1;
    for (const QString &destination : m_config.destinations()) {
        if (destination.startsWith(u"telegram:") ? m_telegramDisabled : m_discordDisabled)
            continue;
        Lane &lane = m_lanes[destination];
        if (lane.busy)
            continue;
        if (lane.notBefore > t) {
            wake = wake < 0 ? lane.notBefore : std::min(wake, lane.notBefore);
            continue;
        }
        StorageError error;
        Outbox outbox(*m_db);
        std::optional<OutboxMessage> message = outbox.head(destination, &error);
        // Messages too old to matter (the destination was down or refused for a day) are dropped
        // in order, so the phone is not flooded with yesterday's alerts.
        while (message && message->createdAt.secsTo(now()) > m_config.maxAge.count()) {
            Logger::warning(kCategory, QStringLiteral("message %1 to %2 not sent within %3 h: dropped")
                                           .arg(message->id)
                                           .arg(notifyhttp::where(destination))
                                           .arg(m_config.maxAge.count() / 3600));
            outbox.markDropped(message->id, QStringLiteral("expired"), QStringLiteral("too old"), &error);
            message = outbox.head(destination, &error);
        }
        if (!error.message.isEmpty())
            Logger::error(kCategory, QStringLiteral("outbox unreadable: ") + error.describe());
        if (message)
            send(destination, message->id, message->text);
    }
    if (wake >= 0)
        m_wake->start(static_cast<int>(std::max<qint64>(0, wake - t)));
}

void NotifyWorker::send(const QString &destination, qint64 id, const QString &text)
{
    QByteArray body;
    const QNetworkRequest request = notifyhttp::messageRequest(m_config, destination, text, &body);
    m_lanes[destination].busy = true;
    QNetworkReply *reply = m_network->post(request, body);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, destination, id] {
        m_inFlight.remove(reply);
        reply->deleteLater();
        onSent(reply, destination, id);
    });
}

void NotifyWorker::onSent(QNetworkReply *reply, const QString &destination, qint64 id)
{
    Lane &lane = m_lanes[destination];
    lane.busy = false;
    if (!m_db || (m_closed && reply->error() == QNetworkReply::OperationCanceledError))
        return; // aborted at exit: still pending, sent at the next start
    const qint64 t = m_clock.elapsed();
    const int status = notifyhttp::httpStatus(reply);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const bool telegram = destination.startsWith(u"telegram:");
    StorageError error;
    Outbox outbox(*m_db);

    if (notifyhttp::accepted(destination, status, json)) {
        if (!outbox.markSent(id, now(), &error))
            Logger::error(kCategory, QStringLiteral("message %1 was sent but could not be marked sent (it may be sent "
                                                    "again after a restart): %2")
                                         .arg(id)
                                         .arg(error.describe()));
        lane.attempts = 0;
        lane.notBefore = t + m_config.minGap.count();
        Q_EMIT delivered(destination, id);
    } else if (status == 429) {
        // Telegram: {"parameters":{"retry_after":N}}; Discord: {"retry_after": seconds} and Retry-After.
        double seconds =
            json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after")).toDouble();
        if (seconds <= 0)
            seconds = json.value(QStringLiteral("retry_after")).toDouble();
        if (seconds <= 0)
            seconds = QString::fromLatin1(reply->rawHeader("Retry-After")).toDouble();
        const qint64 delay = std::max<qint64>(m_config.minGap.count(), static_cast<qint64>(std::ceil(seconds * 1000)));
        Logger::warning(kCategory, QStringLiteral("%1 asks to slow down (429): message %2 again in %3 s")
                                       .arg(notifyhttp::where(destination))
                                       .arg(id)
                                       .arg(delay / 1000.0));
        outbox.markAttempt(id, QStringLiteral("429 retry after %1 s").arg(seconds), &error);
        lane.notBefore = t + delay;
    } else if (status == 401 || status == 404 || (status == 403 && !telegram)) {
        // The token or the webhook is wrong: every message would fail the same way. Said once;
        // the messages stay in the outbox for a restart with a working one (or expire).
        outbox.markAttempt(id, QStringLiteral("HTTP %1").arg(status), &error);
        if (telegram)
            disableTelegram(status, json.value(QStringLiteral("description")).toString());
        else
            disableDiscord(status);
    } else if (status >= 400 && status < 500) {
        // Refused for this message only (Telegram 400 "chat not found", 403 "bot was blocked"):
        // retrying would not help, and it must not hold back the messages after it.
        const QString why = redacted(json.value(QStringLiteral("description")).toString().left(200));
        Logger::error(kCategory, QStringLiteral("%1 refused message %2 (HTTP %3%4); it is not sent")
                                     .arg(notifyhttp::where(destination))
                                     .arg(id)
                                     .arg(status)
                                     .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        outbox.markDropped(id, QStringLiteral("failed"), QStringLiteral("HTTP %1 %2").arg(status).arg(why), &error);
        lane.attempts = 0;
        lane.notBefore = t + m_config.minGap.count();
    } else {
        // No answer, a cut connection, a timeout or a server error: the same message again, later.
        const QString why = status > 0 ? QStringLiteral("HTTP %1").arg(status) : redacted(reply->errorString());
        const qint64 delay =
            std::min<qint64>(m_config.retryMax.count(), m_config.retryBase.count() << std::min(lane.attempts, 20));
        ++lane.attempts;
        retryLater(destination, id, delay, why);
    }
    if (!error.message.isEmpty())
        Logger::error(kCategory, QStringLiteral("outbox: ") + error.describe());
    pump();
}

void NotifyWorker::retryLater(const QString &destination, qint64 id, qint64 delayMs, const QString &why)
{
    Lane &lane = m_lanes[destination];
    StorageError error;
    Outbox(*m_db).markAttempt(id, why, &error);
    Logger::warning(kCategory, QStringLiteral("message %1 to %2 not sent (%3): again in %4 s")
                                   .arg(id)
                                   .arg(notifyhttp::where(destination), why)
                                   .arg(delayMs / 1000.0));
    lane.notBefore = m_clock.elapsed() + delayMs;
}

void NotifyWorker::disableTelegram(int status, const QString &description)
{
    if (m_telegramDisabled)
        return;
    m_telegramDisabled = true;
    Logger::error(kCategory,
                  QStringLiteral("Telegram refused the bot token (HTTP %1%2): check TELEGRAM_BOT_TOKEN. No Telegram "
                                 "message is sent and no command read until autocoin restarts with a working token; "
                                 "the messages stay in the outbox.")
                      .arg(status)
                      .arg(description.isEmpty() ? QString() : QStringLiteral(" ") + redacted(description.left(100))));
    if (m_pollReply)
        m_pollReply->abort();
}

void NotifyWorker::disableDiscord(int status)
{
    if (m_discordDisabled)
        return;
    m_discordDisabled = true;
    Logger::error(kCategory, QStringLiteral("Discord refused the webhook (HTTP %1): check DISCORD_WEBHOOK_URL. No "
                                            "Discord message is sent until autocoin restarts with a working one; the "
                                            "messages stay in the outbox.")
                                 .arg(status));
}

void NotifyWorker::poll()
{
    if (m_stopping || m_telegramDisabled || !m_config.telegramEnabled())
        return;
    QUrl url = telegramUrl(QStringLiteral("getUpdates"));
    QUrlQuery query;
    if (m_offset)
        query.addQueryItem(QStringLiteral("offset"), QString::number(*m_offset));
    query.addQueryItem(QStringLiteral("timeout"), QString::number(m_config.pollTimeoutSec));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout((m_config.pollTimeoutSec + 15) * 1000);
    m_pollReply = m_network->get(request);
    QNetworkReply *reply = m_pollReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (m_pollReply == reply)
            m_pollReply = nullptr;
        reply->deleteLater();
        onPoll(reply);
    });
}

void NotifyWorker::onPoll(QNetworkReply *reply)
{
    if (m_stopping || m_telegramDisabled)
        return;
    const int status = notifyhttp::httpStatus(reply);
    const QJsonObject json = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray()).object();
    if (status == 401 || status == 404) {
        disableTelegram(status, json.value(QStringLiteral("description")).toString());
        return;
    }
    if (status != 200 || !json.value(QStringLiteral("ok")).toBool()) {
        qint64 delay = m_config.pollRetry.count();
        if (status == 429)
            delay = std::max<qint64>(delay, static_cast<qint64>(json.value(QStringLiteral("parameters"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("retry_after"))
                                                                    .toDouble() *
                                                                1000));
        if (status == 409 && !m_pollConflictLogged) {
            m_pollConflictLogged = true;
            Logger::error(kCategory,
                          QStringLiteral("Telegram: another program reads this bot's updates (or a webhook "
                                         "is set), so commands cannot be received: %1")
                              .arg(redacted(json.value(QStringLiteral("description")).toString().left(200))));
        } else if (status != 409) {
            Logger::debug(kCategory,
                          QStringLiteral("getUpdates failed (%1): again in %2 s")
                              .arg(status > 0 ? QStringLiteral("HTTP %1").arg(status) : redacted(reply->errorString()))
                              .arg(delay / 1000.0));
        }
        QTimer::singleShot(delay, this, &NotifyWorker::poll);
        return;
    }
    struct Command
    {
        QString chat;
        QString text;
    };
    QList<Command> commands;
    std::optional<qint64> next = m_offset;
    const qint64 nowSecs = now().toSecsSinceEpoch();
    const QJsonArray updates = json.value(QStringLiteral("result")).toArray();
    for (const QJsonValue value : updates) {
        const QJsonObject update = value.toObject();
        const qint64 updateId = static_cast<qint64>(update.value(QStringLiteral("update_id")).toDouble());
        next = std::max(next.value_or(0), updateId + 1);
        const QJsonObject message = update.value(QStringLiteral("message")).toObject();
        if (message.isEmpty())
            continue;
        const QJsonValue chatId = message.value(QStringLiteral("chat")).toObject().value(QStringLiteral("id"));
        const QString chat =
            chatId.isString() ? chatId.toString() : QString::number(static_cast<qint64>(chatId.toDouble()));
        if (!m_config.telegramChatIds.contains(chat)) {
            // No answer and no data; said once per chat so a stranger cannot fill the log.
            if (!m_foreignChatsLogged.contains(chat)) {
                m_foreignChatsLogged.insert(chat);
                Logger::warning(kCategory, QStringLiteral("Telegram: a message from chat %1, which is not in "
                                                          "TELEGRAM_CHAT_ID, was ignored (said once per chat)")
                                               .arg(chat));
            }
            continue;
        }
        const qint64 date = static_cast<qint64>(message.value(QStringLiteral("date")).toDouble());
        const QString text = message.value(QStringLiteral("text")).toString();
        if (date > 0 && nowSecs - date > m_config.commandMaxAge.count()) {
            Logger::warning(kCategory, QStringLiteral("Telegram: %1 from chat %2 was sent %3 s ago: too old, not "
                                                      "executed")
                                           .arg(text.left(40), chat)
                                           .arg(nowSecs - date));
            continue;
        }
        commands.append({chat, text});
    }
    // The offset is stored before any command runs: a crash now loses a command rather than
    // executing it twice (a repeated /start or /kill is worse than one the operator resends).
    if (next && next != m_offset) {
        m_offset = next;
        StorageError error;
        if (!Outbox(*m_db).setTelegramOffset(*next, now(), &error))
            Logger::error(kCategory, QStringLiteral("the Telegram offset could not be stored: ") + error.describe());
    }
    for (const Command &command : std::as_const(commands))
        Q_EMIT commandReceived(command.chat, command.text);
    poll();
}

bool NotifyWorker::drained()
{
    if (!m_inFlight.isEmpty())
        return false;
    StorageError error;
    Outbox outbox(*m_db);
    for (const QString &destination : m_config.destinations()) {
        if (destination.startsWith(u"telegram:") ? m_telegramDisabled : m_discordDisabled)
            continue;
        if (outbox.head(destination, &error))
            return false;
    }
    return true;
}

void NotifyWorker::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_pollReply)
        m_pollReply->abort(); // nothing read is lost: the offset moves only after an answer is handled
    if (m_db && !drained()) {
        // The last messages (the engine's "stopped") go out now, within a bound; the sends in
        // flight are answered, so each is marked sent or stays pending, never both.
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(static_cast<int>(m_config.drainTimeout.count()));
        QTimer check;
        connect(&check, &QTimer::timeout, &loop, [this, &loop] {
            if (drained())
                loop.quit();
        });
        check.start(20);
        loop.exec();
    }
    m_closed = true;
    m_wake->stop();
    for (QNetworkReply *reply : QSet<QNetworkReply *>(m_inFlight))
        reply->abort(); // still unanswered: stays pending, sent at the next start
    m_db.reset();       // closed in the thread that opened it
}

} // namespace autocoin
