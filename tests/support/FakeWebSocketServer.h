#pragma once

#include "core/Account.h"
#include "core/Order.h"
#include "stream/Stream.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <deque>

class QWebSocket;
class QWebSocketServer;

namespace autocoin::test {

/// A fake Upbit or Bithumb WebSocket server on 127.0.0.1 (ws://, no TLS) that checks what the
/// real one checks and can misbehave. Public endpoint (`/websocket/v1`): the subscription must be
/// one JSON array with a ticket, known types and upper-case codes of known markets, and a valid
/// format, or it is answered with the exchange's error message and counted as a rejection.
/// Private endpoint (Upbit `/websocket/v1/private`, Bithumb `/websocket/v2/private`): the upgrade
/// request must carry a JWT signed with the account's made-up secret (FakeExchange's keys),
/// otherwise the server answers INVALID_AUTH and closes. Any Origin header is recorded as a
/// violation, as are more than 5 connects in a second or 5 client messages per connection in a
/// second. The text `PING` is answered `{"status":"UP"}` (Qt answers ping frames by itself, so
/// liveness rests on the text PING and the messages).
class FakeWebSocketServer final : public QObject
{
    Q_OBJECT

public:
    enum class Dialect
    {
        Upbit,
        Bithumb
    };

    explicit FakeWebSocketServer(Dialect dialect, QObject *parent = nullptr);
    ~FakeWebSocketServer() override;

    /// Listens on 127.0.0.1 (`port` 0: an ephemeral one); false if that failed.
    bool start(quint16 port = 0);
    quint16 port() const;
    /// ws://127.0.0.1:PORT/websocket — what UPBIT_WEBSOCKET_URL / BITHUMB_WEBSOCKET_URL take.
    QUrl baseUrl() const;
    QUrl publicUrl() const;  ///< baseUrl() + "/v1" (the first public path, see setPublicPath)
    QUrl privateUrl() const; ///< baseUrl() + "/v1/private" (Upbit) or "/v2/private" (Bithumb)
    void setPublicPath(const QString &path) { m_publicPaths = {path}; }
    void setPrivatePath(const QString &path) { m_privatePaths = {path}; }
    /// One more path the endpoint answers on (fake_exchange serves both `/v1` and `/websocket/v1`).
    void addPublicPath(const QString &path) { m_publicPaths.append(path); }
    void addPrivatePath(const QString &path) { m_privatePaths.append(path); }
    /// Markets a subscription may name (default KRW-BTC, KRW-ETH, KRW-XRP).
    void setKnownMarkets(const QStringList &markets) { m_markets = markets; }
    /// The account whose JWTs the private endpoint accepts (default: FakeExchange's made-up keys).
    void setCredentials(const QString &accessKey, const QString &secretKey);

    /// A trade (price, volume as exact text) to every public connection subscribed to `market`'s
    /// trades, in the format that connection asked for. The numbers are written as JSON numbers
    /// with exactly the digits given.
    void publishTrade(const QString &market, const QString &price, const QString &volume, OrderSide side,
                      const QDateTime &time, qint64 sequentialId = 0);
    void publishTicker(const QString &market, const QString &tradePrice, const QString &accTradePrice24h,
                       const QDateTime &time);
    /// A myOrder message in the dialect's schema (Upbit v1 / Bithumb v2) to every private
    /// connection subscribed to myOrder. For state "trade", price and volume are the trade's.
    void publishOrder(const StreamOrder &order);
    /// A myAsset message to every private connection subscribed to myAsset.
    void publishAssets(const QList<Balance> &balances);
    /// Bytes as they are, as a binary frame, to every subscribed connection of both endpoints.
    void publishRaw(const QByteArray &bytes);

    int connections() const { return m_connections; } ///< accepted upgrades, ever
    int openConnections() const;
    int subscriptions() const { return m_subscriptionCount; } ///< accepted subscription frames
    int rejections() const { return m_rejections.size(); }
    QStringList rejectionReasons() const { return m_rejections; }
    int pings() const { return m_pings; }
    int originViolations() const { return m_originViolations; }
    int limitViolations() const { return m_limitViolations; }
    QStringList authFailures() const { return m_authFailures; }
    /// Every subscription frame received (accepted or not), in order.
    QList<QByteArray> subscriptionFrames() const { return m_frames; }

    /// Closes every connection (a network drop as the client sees it).
    void dropAll();
    /// Silent: sends nothing (no messages, no answer to PING) until switched back.
    void setSilent(bool silent) { m_silent = silent; }
    bool silent() const { return m_silent; }
    /// To every subscribed public connection: invalid JSON, truncated JSON, a trade with a
    /// 40-digit price, and a trade whose fields have the wrong types.
    void sendGarbage();
    /// Text frames instead of binary ones (both exchanges mostly send binary; both carry JSON).
    void setTextFrames(bool text) { m_textFrames = text; }
    /// Refusing: the port stops listening, so every connection attempt fails at once.
    void refuseConnections(bool refuse);

Q_SIGNALS:
    void subscribed();

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        bool isPrivate = false;
        bool simple = false;
        QSet<QString> types;
        QHash<QString, QSet<QString>> codes; ///< type → codes (private types without codes: all)
        std::deque<qint64> messageTimes;
    };

    void onNewConnection();
    void onMessage(Client *client, const QString &message);
    void subscribe(Client *client, const QString &message);
    void reject(Client *client, const QString &name, const QString &message);
    bool authorized(const QByteArray &authorization, QString *why);
    void sendTo(Client *client, const QByteArray &json);
    QList<Client *> subscribers(bool isPrivate, const QString &type, const QString &market) const;

    Dialect m_dialect;
    QWebSocketServer *m_server;
    quint16 m_port = 0;
    QStringList m_publicPaths = {QStringLiteral("/websocket/v1")};
    QStringList m_privatePaths;
    QStringList m_markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
    QString m_accessKey;
    QString m_secretKey;
    QList<Client *> m_clients;
    QSet<QString> m_nonces;
    std::deque<qint64> m_connectTimes;
    bool m_silent = false;
    bool m_textFrames = false;
    int m_connections = 0;
    int m_subscriptionCount = 0;
    int m_pings = 0;
    int m_originViolations = 0;
    int m_limitViolations = 0;
    QStringList m_rejections;
    QStringList m_authFailures;
    QList<QByteArray> m_frames;
};

} // namespace autocoin::test
