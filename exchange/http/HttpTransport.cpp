#include "http/HttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <exception>
#include <limits>

namespace autocoin {

namespace {

const char *const kTimedOutProperty = "autocoinTimedOut";
const char *const kCancelledProperty = "autocoinCancelled";
constexpr qint64 kDefaultBanMs = 60000;

/// Upbit's `Remaining-Req: group=default; min=1800; sec=29`: the group and `sec`.
std::optional<QPair<QString, int>> parseRemainingReq(const QByteArray &header)
{
    if (header.isEmpty())
        return std::nullopt;
    QString group;
    int sec = -1;
    for (const QByteArray &part : header.split(';')) {
        const QList<QByteArray> kv = part.trimmed().split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0].trimmed() == "group")
            group = QString::fromLatin1(kv[1].trimmed());
        else if (kv[0].trimmed() == "sec")
            sec = kv[1].trimmed().toInt();
    }
    if (group.isEmpty() || sec < 0)
        return std::nullopt;
    return QPair<QString, int>(group, sec);
}

/// The ban length a 418 body states ("… 60 seconds", "… 60초"), or a minute.
qint64 banDurationMs(const QByteArray &body)
{
    static const QRegularExpression seconds(QStringLiteral("(\\d+)\\s*(s|sec|seconds?|초)"));
    const auto match = seconds.match(QString::fromUtf8(body));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1000 : kDefaultBanMs;
}

HttpResponse cancelledResponse()
{
    HttpResponse response;
    response.cancelled = true;
    return response;
}

} // namespace

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_wake(new QTimer(this))
{
    m_clock.start();
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &HttpTransport::pump);
    // No redirects to other hosts; Qt adds no Origin header (which would put Upbit's
    // 1-per-10-s limit on us). TLS errors abort the request: sslErrors is never ignored.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

// ~QObject drops this object's connections before it deletes the replies, so no callback runs
// during destruction.
HttpTransport::~HttpTransport() = default;

void HttpTransport::send(HttpRequest request, Callback done)
{
    if (static_cast<int>(m_queue.size()) >= m_maxQueued) {
        HttpResponse response;
        response.status = 429;
        response.body = R"({"error":{"name":"too_many_requests","message":"local request queue is full"}})";
        deliver(done, response, request.url);
        return;
    }
    m_queue.push_back({std::move(request), std::move(done)});
    pump();
}

void HttpTransport::pump()
{
    const qint64 t = now();
    if (const qint64 ban = m_limiter.banRemaining(t); ban > 0) {
        // Refuse everything queued: waiting out a ban silently would hide it from the operator.
        auto queue = std::move(m_queue);
        m_queue.clear();
        for (Pending &pending : queue) {
            HttpResponse response;
            response.bannedLocally = true;
            response.retryAfterMs = static_cast<int>(ban);
            deliver(pending.done, response, pending.request.url);
        }
        return;
    }
    qint64 nextWake = std::numeric_limits<qint64>::max();
    QSet<QString> blockedGroups; // keeps each group first-in, first-out
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const QString &group = it->request.group;
        if (blockedGroups.contains(group)) {
            ++it;
            continue;
        }
        const qint64 delay = m_limiter.delayFor(group, t);
        if (delay > 0) {
            blockedGroups.insert(group);
            nextWake = std::min(nextWake, delay);
            ++it;
            continue;
        }
        m_limiter.recordSend(group, t);
        Pending pending = std::move(*it);
        it = m_queue.erase(it);
        dispatch(std::move(pending));
    }
    if (!m_queue.empty() && nextWake != std::numeric_limits<qint64>::max())
        m_wake->start(static_cast<int>(std::max<qint64>(1, nextWake)));
}

void HttpTransport::dispatch(Pending pending)
{
    QNetworkRequest request(pending.request.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("autocoin/" AUTOCOIN_VERSION));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (pending.request.authorize) {
        const HttpRequest::Headers headers = pending.request.authorize();
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = nullptr;
    if (pending.request.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending.request.contentType);
        reply = m_network->post(request, pending.request.body);
    } else if (pending.request.method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->get(request);
    }
    m_live.insert(reply);

    // A hard deadline for the whole exchange, not only for idle periods between bytes.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    deadline->start(m_timeout);

    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, group = pending.request.group, done = std::move(pending.done)] { finish(reply, group, done); });
}

void HttpTransport::finish(QNetworkReply *reply, const QString &group, const Callback &done)
{
    m_live.remove(reply);
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.timedOut = reply->property(kTimedOutProperty).toBool();
    response.cancelled = reply->property(kCancelledProperty).toBool();
    if (response.timedOut || response.cancelled)
        response.status = 0;
    reply->deleteLater();

    const qint64 t = now();
    if (const auto remaining = parseRemainingReq(response.header("Remaining-Req")))
        m_limiter.recordRemaining(remaining->first, remaining->second, t);
    if (response.status == 429) {
        const qint64 backoff = m_limiter.recordTooManyRequests(group, t);
        response.retryAfterMs = static_cast<int>(backoff);
        Q_EMIT rateLimited(group, backoff);
    } else if (response.status == 418) {
        const qint64 duration = banDurationMs(response.body);
        m_limiter.recordBan(t, duration);
        response.retryAfterMs = static_cast<int>(duration);
        Q_EMIT banned(duration);
    } else if (response.status >= 200 && response.status < 300) {
        m_limiter.recordSuccess(group);
    }
    deliver(done, response, reply->url());
    if (!m_queue.empty())
        pump();
}

void HttpTransport::deliver(const Callback &done, const HttpResponse &response, const QUrl &url)
{
    // The parsers and the paper broker turn their own failures into typed errors; this is the
    // last line for any other code in a callback: an exception that reached Qt's event loop
    // would end the process (std::terminate), and with it every follow-up of a live order.
    try {
        done(response);
    } catch (const std::exception &e) {
        qCritical("an answer from %s could not be handled: %s",
                  qUtf8Printable(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)), e.what());
    }
}

void HttpTransport::abortAll()
{
    m_wake->stop();
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (Pending &pending : queue)
        deliver(pending.done, cancelledResponse(), pending.request.url);
    const auto live = m_live; // abort() emits finished synchronously, which edits m_live
    for (QNetworkReply *reply : live) {
        reply->setProperty(kCancelledProperty, true);
        reply->abort();
    }
}

} // namespace autocoin
