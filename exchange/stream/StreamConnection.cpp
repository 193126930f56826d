#include "stream/StreamConnection.h"

#include "stream/StreamParsers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <deque>

Q_LOGGING_CATEGORY(lcStream, "autocoin.stream")

namespace autocoin {

using namespace std::chrono_literals;

namespace {

/// Both exchanges allow 5 connection requests per second (Upbit per IP or pocket, Bithumb 10 per
/// IP): every stream of the process to one host shares this window.
constexpr int kConnectsPerSecond = 5;
/// Messages a client may send per connection (Upbit: 5 per second and 100 per minute).
constexpr int kMessagesPerSecond = 5;
constexpr int kMessagesPerMinute = 100;
/// The keep-alive is sent at least this often (Bithumb documents 10 s; both close idle ones at ~120 s).
constexpr std::chrono::milliseconds kMaxPingInterval = 10s;

QElapsedTimer &monotonic()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

/// How long until a new event is allowed when at most `perWindow` may fall into any `window`
/// (0: now). `times` ascending, pruned here.
qint64 waitFor(std::deque<qint64> &times, int perWindow, qint64 window, qint64 now)
{
    while (!times.empty() && times.front() <= now - 60000)
        times.pop_front();
    const auto inWindow = std::count_if(times.begin(), times.end(), [&](qint64 t) { return t > now - window; });
    if (inWindow < perWindow)
        return 0;
    // The oldest of the last `perWindow` events leaves the window first.
    const qint64 oldest = times[times.size() - static_cast<size_t>(perWindow)];
    return std::max<qint64>(1, oldest + window - now);
}

} // namespace

struct StreamConnection::Private
{
    StreamConfig config;
    QWebSocket *socket = nullptr;
    QTimer pingTimer;
    QTimer staleTimer;
    QTimer reconnectTimer;
    QTimer sendTimer;
    QTimer connectTimer; ///< the upgrade must finish within staleAfter too
    FeedState state = FeedState::Disconnected;
    bool running = false;
    bool delivered = false; ///< the current connection delivered a message
    int attempt = 0;        ///< failed connections since the last one that delivered
    int connections = 0;
    int skipped = 0;
    QString reason; ///< of the last reported state
    QString skipReason;
    qint64 lastSkipLog = -1; ///< monotonic ms of the last skipped-message log line
    int unloggedSkips = 0;
    QString closeReason; ///< what the server said before closing (an error message), or the socket error
    std::deque<qint64> sent;
    QList<QByteArray> outbox; ///< waiting for the message limit; a subscription at most once
    std::chrono::milliseconds firstBackoff{1000};
    std::function<double()> jitter = [] { return QRandomGenerator::global()->generateDouble() * 2 - 1; };

    /// Connection attempts per host, shared by every stream of the process (whatever its thread).
    static QHash<QString, std::deque<qint64>> &connectTimes()
    {
        static QHash<QString, std::deque<qint64>> times;
        return times;
    }
    static QMutex &connectMutex()
    {
        static QMutex mutex;
        return mutex;
    }
};

StreamConnection::StreamConnection(StreamConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
    const auto ping = std::min(kMaxPingInterval, std::max(std::chrono::milliseconds(250), d->config.staleAfter / 3));
    d->pingTimer.setInterval(ping);
    d->staleTimer.setSingleShot(true);
    d->reconnectTimer.setSingleShot(true);
    d->sendTimer.setSingleShot(true);
    d->connectTimer.setSingleShot(true);
    connect(&d->pingTimer, &QTimer::timeout, this, [this] {
        // A text PING, not a ping frame: the server's {"status":"UP"} is a message, so a server
        // that stops answering goes stale (Qt answers ping frames by itself on either side).
        send(QByteArrayLiteral("PING"), false);
    });
    connect(&d->staleTimer, &QTimer::timeout, this, [this] {
        const QString reason =
            QStringLiteral("no message for %1 ms; replacing the connection").arg(d->config.staleAfter.count());
        setState(FeedState::Stale, reason);
        dropSocket();
        scheduleReconnect();
    });
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { connectNow(); });
    connect(&d->connectTimer, &QTimer::timeout, this, [this] {
        // A connect or handshake that hangs (a lost SYN, a proxy that never answers) would
        // otherwise wait for the system's TCP timeout, minutes, with no watchdog running.
        if (!d->socket)
            return;
        d->closeReason = QStringLiteral("no connection within %1 ms").arg(d->config.staleAfter.count());
        lost(d->socket);
    });
    connect(&d->sendTimer, &QTimer::timeout, this, [this] { flush(); });
}

StreamConnection::~StreamConnection()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
}

FeedState StreamConnection::state() const
{
    return d->state;
}

int StreamConnection::connections() const
{
    return d->connections;
}

int StreamConnection::skippedMessages() const
{
    return d->skipped;
}

void StreamConnection::setBackoffBase(std::chrono::milliseconds first)
{
    d->firstBackoff = first;
}

void StreamConnection::setJitterSource(std::function<double()> source)
{
    d->jitter = std::move(source);
}

const StreamConfig &StreamConnection::config() const
{
    return d->config;
}

void StreamConnection::start()
{
    if (d->running)
        return;
    d->running = true;
    d->attempt = 0;
    d->connections = 0;
    connectNow();
}

void StreamConnection::stop()
{
    d->running = false;
    d->reconnectTimer.stop();
    dropSocket();
    setState(FeedState::Disconnected, QStringLiteral("stopped"));
}

void StreamConnection::resubscribe()
{
    if (!d->socket || d->socket->state() != QAbstractSocket::ConnectedState)
        return; // the next connection subscribes with the new set
    const QByteArray frame = subscription();
    if (!frame.isEmpty())
        send(frame, true);
}

void StreamConnection::noteSkipReason(const QString &reason)
{
    d->skipReason = reason;
}

void StreamConnection::setState(FeedState state, const QString &reason)
{
    // A failed attempt while disconnected is reported when it fails for a new reason (the first
    // refusal of a bad key must reach the user), not at every retry.
    if (state == d->state && (state != FeedState::Disconnected || reason == d->reason))
        return;
    d->state = state;
    d->reason = reason;
    qCInfo(lcStream).noquote() << d->config.url.toString() << feedStateName(state) << reason;
    Q_EMIT stateChanged(state, reason);
}

void StreamConnection::connectNow()
{
    if (!d->running || d->socket)
        return;
    const QString host = d->config.url.host() + u':' + QString::number(d->config.url.port());
    {
        const QMutexLocker lock(&Private::connectMutex());
        std::deque<qint64> &times = Private::connectTimes()[host];
        const qint64 now = monotonic().elapsed();
        if (const qint64 wait = waitFor(times, kConnectsPerSecond, 1000, now); wait > 0) {
            d->reconnectTimer.start(static_cast<int>(wait));
            return;
        }
        times.push_back(now);
    }

    // No origin: a request with an Origin header is limited to one per 10 s on Upbit.
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    d->socket = socket;
    d->delivered = false;
    d->closeReason.clear();
    d->sent.clear();
    d->outbox.clear();
    ++d->connections;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != d->socket)
            return;
        d->connectTimer.stop();
        // Connected only once a message arrives (the subscription's snapshot or the answer to
        // PING): an upgrade that then stays silent or refuses us is no working feed.
        d->staleTimer.start(d->config.staleAfter);
        d->pingTimer.start();
        const QByteArray frame = subscription();
        send(frame.isEmpty() ? QByteArrayLiteral("PING") : frame, !frame.isEmpty());
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { lost(socket); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket != d->socket)
                    return;
                if (d->closeReason.isEmpty())
                    d->closeReason = socket->errorString();
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    lost(socket);
            });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { received(socket, message.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &message) { received(socket, message); });

    QNetworkRequest request(d->config.url);
    for (const auto &[name, value] : headers())
        request.setRawHeader(name, value);
    d->connectTimer.start(d->config.staleAfter);
    socket->open(request);
}

void StreamConnection::lost(QWebSocket *socket)
{
    if (socket != d->socket)
        return; // replaced or stopped already
    QString reason = d->closeReason;
    if (reason.isEmpty()) {
        reason = socket->closeReason().isEmpty()
                     ? QStringLiteral("connection closed (code %1)").arg(static_cast<int>(socket->closeCode()))
                     : QStringLiteral("connection closed: %1").arg(socket->closeReason());
    }
    // A refused upgrade of the private stream is an authentication failure: say so.
    static const QRegularExpression refusal(QStringLiteral("\\b(401|403|INVALID_AUTH)\\b"));
    if (refusal.match(reason).hasMatch())
        reason = QStringLiteral("authentication refused: %1").arg(reason);
    dropSocket();
    setState(FeedState::Disconnected, reason);
    scheduleReconnect();
}

void StreamConnection::dropSocket()
{
    d->pingTimer.stop();
    d->staleTimer.stop();
    d->sendTimer.stop();
    d->connectTimer.stop();
    d->outbox.clear();
    if (QWebSocket *socket = std::exchange(d->socket, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void StreamConnection::scheduleReconnect()
{
    if (!d->running)
        return;
    const int exponent = std::min(d->attempt, 20);
    const auto base = std::min<qint64>(d->firstBackoff.count() << exponent, d->config.maxBackoff.count());
    const double jitter = std::clamp(d->jitter(), -1.0, 1.0);
    const auto delay = std::max<qint64>(1, static_cast<qint64>(static_cast<double>(base) * (1.0 + 0.2 * jitter)));
    ++d->attempt;
    Q_EMIT reconnectScheduled(delay);
    d->reconnectTimer.start(static_cast<int>(delay));
}

void StreamConnection::received(QWebSocket *socket, const QByteArray &message)
{
    if (socket != d->socket)
        return;
    // Any message is life for the watchdog: the answer to PING, an error, an unreadable one.
    d->staleTimer.start(d->config.staleAfter);
    if (message.contains("\"error\"")) {
        const auto parsed = stream::parseStreamMessage(message);
        if (parsed.ok() && parsed.value().kind == stream::StreamMessage::Kind::Error) {
            // Not a delivery: a server that refuses us and closes must not reset the backoff.
            d->closeReason = QStringLiteral("the server answered %1").arg(parsed.value().error);
            qCWarning(lcStream).noquote() << d->config.url.toString() << d->closeReason;
            return;
        }
    }
    if (!d->delivered) {
        d->delivered = true;
        d->attempt = 0; // this connection works: the next drop starts the backoff again at 1 s
        setState(FeedState::Connected, QStringLiteral("streaming from %1").arg(d->config.url.toString()));
    }
    if (message.size() < 64 && message.contains("\"status\"")) {
        const auto parsed = stream::parseStreamMessage(message);
        if (parsed.ok() && parsed.value().kind == stream::StreamMessage::Kind::Status)
            return;
    }
    d->skipReason.clear();
    if (handleMessage(message))
        return;
    ++d->skipped;
    const QString reason = d->skipReason.isEmpty() ? QStringLiteral("unreadable message") : d->skipReason;
    Q_EMIT messageSkipped(reason);
    // One log line per 10 s at most: an exchange that changed its format would otherwise write
    // one per message.
    const qint64 now = monotonic().elapsed();
    if (d->lastSkipLog >= 0 && now - d->lastSkipLog < 10000) {
        ++d->unloggedSkips;
        return;
    }
    qCWarning(lcStream).noquote()
        << d->config.url.toString() << "message skipped:" << reason << QString::fromUtf8(message.left(120))
        << (d->unloggedSkips > 0 ? QStringLiteral("(%1 more skipped since the last report)").arg(d->unloggedSkips)
                                 : QString());
    d->lastSkipLog = now;
    d->unloggedSkips = 0;
}

void StreamConnection::send(const QByteArray &frame, bool isSubscription)
{
    if (isSubscription) {
        // A newer subscription replaces one still waiting: it says everything the old one did.
        d->outbox.removeIf([](const QByteArray &queued) { return queued.startsWith('['); });
    }
    d->outbox.append(frame);
    flush();
}

void StreamConnection::flush()
{
    while (!d->outbox.isEmpty() && d->socket && d->socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 now = monotonic().elapsed();
        const qint64 wait =
            std::max(waitFor(d->sent, kMessagesPerSecond, 1000, now), waitFor(d->sent, kMessagesPerMinute, 60000, now));
        if (wait > 0) {
            d->sendTimer.start(static_cast<int>(wait));
            return;
        }
        d->sent.push_back(now);
        d->socket->sendTextMessage(QString::fromUtf8(d->outbox.takeFirst()));
    }
}

} // namespace autocoin
