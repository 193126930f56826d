#pragma once

#include "stream/Stream.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>
#include <memory>

class QWebSocket;

namespace autocoin {

class Clock;

/// One WebSocket connection that stays up: connects (without an `Origin` header), sends its
/// subscription, keeps the connection alive with pings, declares the feed stale when no message
/// arrives for `staleAfter` and then replaces the connection, and reconnects after a drop with a
/// jittered backoff (1, 2, 4 … `maxBackoff` s, back to 1 s once a connection delivers). Every
/// change of state is reported once with its reason. A malformed message is skipped (and
/// reported in the log), never fatal. Subclasses say what to subscribe and read the messages.
class StreamConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConnection)

public:
    ~StreamConnection() override;

    FeedState state() const;
    /// Connects, and keeps reconnecting until stop().
    void start();
    /// Closes the connection; no reconnect. State: disconnected.
    void stop();
    /// Connection attempts since start() (the first included).
    int connections() const;
    /// Messages that could not be read and were skipped, since construction.
    int skippedMessages() const;

    /// Tests: the first delay of the backoff (1 s otherwise; doubles up to maxBackoff) and the
    /// jitter, a number in [-1, 1] scaled to ±20 % of the delay (uniformly random otherwise).
    void setBackoffBase(std::chrono::milliseconds first);
    void setJitterSource(std::function<double()> source);

Q_SIGNALS:
    /// Connected: the first message of a connection arrived. Stale: none for staleAfter (the
    /// connection is being replaced). Disconnected: the connection dropped or an attempt failed
    /// (emitted again while disconnected only when the reason changes, e.g. "authentication
    /// refused: …" after "connection refused").
    void stateChanged(autocoin::FeedState state, const QString &reason);
    /// The next connection attempt is due in `delayMs` (the backoff, jitter included).
    void reconnectScheduled(qint64 delayMs);
    /// A message was skipped: `reason` says why (also logged under autocoin.stream).
    void messageSkipped(const QString &reason);

protected:
    StreamConnection(StreamConfig config, QObject *parent);
    const StreamConfig &config() const;
    /// The subscription frame (one JSON array) to send on every connection; empty: none yet.
    virtual QByteArray subscription() const = 0;
    /// Reads one message; false when it cannot be read (skipped).
    virtual bool handleMessage(const QByteArray &json) = 0;
    /// Extra upgrade-request headers (the private stream's Authorization).
    virtual QList<QPair<QByteArray, QByteArray>> headers() const { return {}; }
    /// Sends the subscription again on the open connection (the set changed).
    void resubscribe();
    /// Why the message handleMessage() is about to refuse cannot be read (for the log).
    void noteSkipReason(const QString &reason);

private:
    void setState(FeedState state, const QString &reason);
    void connectNow();
    void lost(QWebSocket *socket);
    void dropSocket();
    void scheduleReconnect();
    void received(QWebSocket *socket, const QByteArray &message);
    void send(const QByteArray &frame, bool isSubscription);
    void flush();

    struct Private;
    std::unique_ptr<Private> d;
};

/// The public stream of one exchange: `ticker` and `trade` of every market given. Upbit is asked
/// for the SIMPLE format (abbreviated keys), Bithumb for DEFAULT (its documentation shows no
/// SIMPLE); both are read either way.
class MarketStream final : public StreamConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketStream)

public:
    explicit MarketStream(StreamConfig config, QObject *parent = nullptr);
    ~MarketStream() override;
    /// The markets to stream (upper-case codes); resubscribes at once when connected.
    void setMarkets(const QStringList &markets);

Q_SIGNALS:
    void tradeReceived(const autocoin::StreamTrade &trade);
    void tickerReceived(const autocoin::StreamTicker &ticker);

protected:
    QByteArray subscription() const override;
    bool handleMessage(const QByteArray &json) override;

private:
    QStringList m_markets;
};

/// The private stream of one account: `myOrder` and `myAsset`, authenticated with the exchange's
/// JWT in the upgrade request's Authorization header (a fresh one on every connection).
class OrderStream final : public StreamConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderStream)

public:
    explicit OrderStream(StreamConfig config, QObject *parent = nullptr);
    ~OrderStream() override;

Q_SIGNALS:
    void orderReceived(const autocoin::StreamOrder &order);
    void balancesReceived(const QList<autocoin::Balance> &balances);

protected:
    QByteArray subscription() const override;
    bool handleMessage(const QByteArray &json) override;
    QList<QPair<QByteArray, QByteArray>> headers() const override;
};

} // namespace autocoin
