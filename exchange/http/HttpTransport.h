#pragma once

#include "http/HttpResponse.h"
#include "http/RateLimiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace autocoin {

/// One request to send. `authorize` runs at the moment the request leaves (not when it is
/// queued), so nonces and Bithumb's timestamp are always fresh.
struct HttpRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = "GET"; ///< GET, POST, DELETE
    QUrl url;
    QByteArray body; ///< POST only
    QByteArray contentType = "application/json; charset=utf-8";
    QString group = QStringLiteral("default"); ///< rate-limit group
    std::function<Headers()> authorize;
};

/// Moves bytes: one QNetworkAccessManager, per-group rate limits applied before sending, a hard
/// per-request timeout, back-off on 429, a full stop on 418, and abort of everything queued or in
/// flight. Lives in (and must be created in) the thread that uses it. TLS errors are never
/// ignored.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    RateLimiter &rateLimiter() { return m_limiter; }
    /// Requests waiting beyond this many are refused at once (bounded queue).
    void setMaxQueued(int max) { m_maxQueued = max; }

    /// Queues the request; `done` is called exactly once, also on timeout, ban or abort.
    void send(HttpRequest request, Callback done);
    /// Abandons every request queued or in flight; their callbacks see `cancelled`.
    void abortAll();
    int inFlight() const { return static_cast<int>(m_live.size() + m_queue.size()); }

Q_SIGNALS:
    /// The exchange answered 429; the group now waits `backoffMs`.
    void rateLimited(const QString &group, qint64 backoffMs);
    /// The exchange answered 418; nothing is sent for `durationMs`.
    void banned(qint64 durationMs);

private:
    struct Pending
    {
        HttpRequest request;
        Callback done;
    };
    void pump();
    void dispatch(Pending pending);
    void finish(QNetworkReply *reply, const QString &group, const Callback &done);
    /// Calls `done`; an exception it lets out is logged here instead of reaching Qt's event loop.
    static void deliver(const Callback &done, const HttpResponse &response, const QUrl &url);
    qint64 now() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_network;
    QTimer *m_wake;
    QElapsedTimer m_clock;
    RateLimiter m_limiter;
    std::chrono::milliseconds m_timeout{10000};
    int m_maxQueued = 1000;
    std::deque<Pending> m_queue;
    QSet<QNetworkReply *> m_live;
};

} // namespace autocoin
