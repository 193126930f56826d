#include "FakeWebSocketServer.h"

#include "FakeExchange.h"
#include "auth/Signing.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdlib>

namespace autocoin::test {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

/// How many of `times` fall into the last second, after adding now.
int countLastSecond(std::deque<qint64> &times)
{
    const qint64 now = monotonicMs();
    times.push_back(now);
    while (!times.empty() && times.front() <= now - 1000)
        times.pop_front();
    return static_cast<int>(times.size());
}

/// A JSON string literal.
QByteArray str(const QString &value)
{
    return auth::jsonString(value);
}

/// A JSON object from key → already-encoded value pairs, in order: numbers are written exactly
/// as the text given (no double in between).
QByteArray object(const QList<QPair<const char *, QByteArray>> &fields)
{
    QByteArray out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray(key) + "\":" + value;
    }
    return out + '}';
}

QByteArray num(const QString &text)
{
    return text.isEmpty() ? QByteArrayLiteral("0") : text.toUtf8();
}

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

FakeWebSocketServer::FakeWebSocketServer(Dialect dialect, QObject *parent)
    : QObject(parent)
    , m_dialect(dialect)
    , m_server(new QWebSocketServer(QStringLiteral("fake"), QWebSocketServer::NonSecureMode, this))
    , m_privatePaths({dialect == Dialect::Upbit ? QStringLiteral("/websocket/v1/private")
                                                : QStringLiteral("/websocket/v2/private")})
    , m_accessKey(QString::fromLatin1(FakeExchange::kAccessKey))
    , m_secretKey(QString::fromLatin1(FakeExchange::kSecretKey))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeWebSocketServer::onNewConnection);
}

FakeWebSocketServer::~FakeWebSocketServer()
{
    for (Client *client : std::as_const(m_clients)) {
        client->socket->disconnect(this);
        client->socket->abort();
        delete client->socket;
        delete client;
    }
}

bool FakeWebSocketServer::start(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

quint16 FakeWebSocketServer::port() const
{
    return m_port;
}

QUrl FakeWebSocketServer::baseUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/websocket").arg(m_port));
}

QUrl FakeWebSocketServer::publicUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(m_publicPaths.value(0)));
}

QUrl FakeWebSocketServer::privateUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(m_privatePaths.value(0)));
}

void FakeWebSocketServer::setCredentials(const QString &accessKey, const QString &secretKey)
{
    m_accessKey = accessKey;
    m_secretKey = secretKey;
}

int FakeWebSocketServer::openConnections() const
{
    return static_cast<int>(m_clients.size());
}

void FakeWebSocketServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this); // nextPendingConnection hands it over without a parent
        ++m_connections;
        if (countLastSecond(m_connectTimes) > 5)
            ++m_limitViolations;
        auto *client = new Client;
        client->socket = socket;
        m_clients.append(client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, client](const QString &message) { onMessage(client, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, client](const QByteArray &message) { onMessage(client, QString::fromUtf8(message)); });
        connect(socket, &QWebSocket::disconnected, this, [this, client] {
            client->socket->disconnect(this);
            m_clients.removeOne(client);
            client->socket->deleteLater();
            delete client;
        });
        // Upbit limits a request with an Origin header to one per 10 s: a client must not send one.
        if (!socket->origin().isEmpty() || socket->request().hasRawHeader("Origin"))
            ++m_originViolations;
        const QString path = socket->requestUrl().path();
        if (m_privatePaths.contains(path)) {
            client->isPrivate = true;
            QString why;
            if (!authorized(socket->request().rawHeader("Authorization"), &why)) {
                m_authFailures.append(why);
                sendTo(client, object({{"error", object({{"name", str(QStringLiteral("INVALID_AUTH"))},
                                                         {"message", str(why)}})}}));
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("INVALID_AUTH"));
            }
        } else if (!m_publicPaths.contains(path)) {
            m_rejections.append(QStringLiteral("unknown path %1").arg(path));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
        }
    }
}

bool FakeWebSocketServer::authorized(const QByteArray &authorization, QString *why)
{
    if (!authorization.startsWith("Bearer ")) {
        *why = QStringLiteral("no bearer token");
        return false;
    }
    const QList<QByteArray> parts = authorization.mid(7).split('.');
    if (parts.size() != 3) {
        *why = QStringLiteral("malformed token");
        return false;
    }
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    const QString alg = decode(parts[0]).value(QLatin1StringView("alg")).toString();
    if (alg != u"HS256" && !(alg == u"HS512" && m_dialect == Dialect::Upbit)) {
        *why = QStringLiteral("unsupported algorithm %1").arg(alg);
        return false;
    }
    const QJsonObject payload = decode(parts[1]);
    if (payload.value(QLatin1StringView("access_key")).toString() != m_accessKey) {
        *why = QStringLiteral("unknown access key");
        return false;
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secretKey.toUtf8(),
                                         alg == u"HS512" ? QCryptographicHash::Sha512 : QCryptographicHash::Sha256);
    if (auth::base64Url(mac) != parts[2]) {
        *why = QStringLiteral("signature does not verify");
        return false;
    }
    const QString nonce = payload.value(QLatin1StringView("nonce")).toString();
    if (nonce.isEmpty() || m_nonces.contains(nonce)) {
        *why = QStringLiteral("nonce reused");
        return false;
    }
    m_nonces.insert(nonce);
    if (m_dialect == Dialect::Bithumb) {
        const QJsonValue ts = payload.value(QLatin1StringView("timestamp"));
        if (!ts.isDouble() ||
            std::llabs(QDateTime::currentMSecsSinceEpoch() - static_cast<qint64>(ts.toDouble())) > 30000) {
            *why = QStringLiteral("timestamp missing or expired");
            return false;
        }
    }
    return true;
}

void FakeWebSocketServer::onMessage(Client *client, const QString &message)
{
    if (countLastSecond(client->messageTimes) > 5)
        ++m_limitViolations;
    if (message == u"PING") {
        ++m_pings;
        if (!m_silent)
            sendTo(client, QByteArrayLiteral("{\"status\":\"UP\"}"));
        return;
    }
    subscribe(client, message);
}

void FakeWebSocketServer::reject(Client *client, const QString &name, const QString &message)
{
    m_rejections.append(QStringLiteral("%1: %2").arg(name, message));
    sendTo(client, object({{"error", object({{"name", str(name)}, {"message", str(message)}})}}));
}

void FakeWebSocketServer::subscribe(Client *client, const QString &message)
{
    m_frames.append(message.toUtf8());
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8());
    if (!document.isArray())
        return reject(client, QStringLiteral("WRONG_FORMAT"), QStringLiteral("the request is not a JSON array"));
    const QJsonArray items = document.array();
    bool ticket = false;
    bool simple = false;
    QSet<QString> types;
    QHash<QString, QSet<QString>> codes;
    const QStringList known =
        client->isPrivate ? QStringList{QStringLiteral("myOrder"), QStringLiteral("myAsset")}
                          : QStringList{QStringLiteral("ticker"), QStringLiteral("trade"), QStringLiteral("orderbook")};
    for (const QJsonValue item : items) {
        const QJsonObject o = item.toObject();
        if (o.contains(QLatin1StringView("ticket"))) {
            ticket = !o.value(QLatin1StringView("ticket")).toString().isEmpty();
        } else if (o.contains(QLatin1StringView("type"))) {
            const QString type = o.value(QLatin1StringView("type")).toString();
            if (!known.contains(type))
                return reject(client, QStringLiteral("NO_TYPE"), QStringLiteral("unknown type %1").arg(type));
            const QJsonValue list = o.value(QLatin1StringView("codes"));
            if (!client->isPrivate && (!list.isArray() || list.toArray().isEmpty()))
                return reject(client, QStringLiteral("NO_CODES"), QStringLiteral("%1 without codes").arg(type));
            for (const QJsonValue code : list.toArray()) {
                const QString c = code.toString().section(u'.', 0, 0); // orderbook's "KRW-BTC.5"
                if (c != c.toUpper() || !m_markets.contains(c))
                    return reject(client, QStringLiteral("INVALID_PARAM"),
                                  QStringLiteral("code %1 is not an upper-case known market").arg(code.toString()));
                codes[type].insert(c);
            }
            types.insert(type);
        } else if (o.contains(QLatin1StringView("format"))) {
            const QString format = o.value(QLatin1StringView("format")).toString();
            if (format != u"DEFAULT" && format != u"SIMPLE")
                return reject(client, QStringLiteral("WRONG_FORMAT"), QStringLiteral("format %1").arg(format));
            simple = format == u"SIMPLE";
        } else {
            return reject(client, QStringLiteral("WRONG_FORMAT"), QStringLiteral("unknown field"));
        }
    }
    if (!ticket)
        return reject(client, QStringLiteral("NO_TICKET"), QStringLiteral("no ticket"));
    if (types.isEmpty())
        return reject(client, QStringLiteral("NO_TYPE"), QStringLiteral("no type"));
    // A new subscription replaces the connection's whole set.
    client->types = types;
    client->codes = codes;
    client->simple = simple;
    ++m_subscriptionCount;
    Q_EMIT subscribed();
}

void FakeWebSocketServer::sendTo(Client *client, const QByteArray &json)
{
    // Binary frames, as both exchanges send them, unless a test asks for text.
    if (m_textFrames)
        client->socket->sendTextMessage(QString::fromUtf8(json));
    else
        client->socket->sendBinaryMessage(json);
}

QList<FakeWebSocketServer::Client *> FakeWebSocketServer::subscribers(bool isPrivate, const QString &type,
                                                                      const QString &market) const
{
    QList<Client *> list;
    for (Client *client : m_clients) {
        if (client->isPrivate != isPrivate || !client->types.contains(type))
            continue;
        const QSet<QString> codes = client->codes.value(type);
        if (market.isEmpty() || (isPrivate && codes.isEmpty()) || codes.contains(market))
            list.append(client);
    }
    return list;
}

void FakeWebSocketServer::publishTrade(const QString &market, const QString &price, const QString &volume,
                                       OrderSide side, const QDateTime &time, qint64 sequentialId)
{
    if (m_silent)
        return;
    const qint64 ms = time.toMSecsSinceEpoch();
    const QByteArray askBid = str(side == OrderSide::Buy ? QStringLiteral("BID") : QStringLiteral("ASK"));
    const QDateTime utc = time.toUTC();
    for (Client *client : subscribers(false, QStringLiteral("trade"), market)) {
        const bool s = client->simple;
        sendTo(client, object({{s ? "ty" : "type", str(QStringLiteral("trade"))},
                               {s ? "cd" : "code", str(market)},
                               {s ? "tms" : "timestamp", num(ms)},
                               {s ? "td" : "trade_date", str(utc.toString(QStringLiteral("yyyy-MM-dd")))},
                               {s ? "ttm" : "trade_time", str(utc.toString(QStringLiteral("HH:mm:ss")))},
                               {s ? "ttms" : "trade_timestamp", num(ms)},
                               {s ? "tp" : "trade_price", num(price)},
                               {s ? "tv" : "trade_volume", num(volume)},
                               {s ? "ab" : "ask_bid", askBid},
                               {s ? "sid" : "sequential_id", num(sequentialId)},
                               {s ? "st" : "stream_type", str(QStringLiteral("REALTIME"))}}));
    }
}

void FakeWebSocketServer::publishTicker(const QString &market, const QString &tradePrice,
                                        const QString &accTradePrice24h, const QDateTime &time)
{
    if (m_silent)
        return;
    const qint64 ms = time.toMSecsSinceEpoch();
    for (Client *client : subscribers(false, QStringLiteral("ticker"), market)) {
        const bool s = client->simple;
        sendTo(client, object({{s ? "ty" : "type", str(QStringLiteral("ticker"))},
                               {s ? "cd" : "code", str(market)},
                               {s ? "tp" : "trade_price", num(tradePrice)},
                               {s ? "atp24h" : "acc_trade_price_24h", num(accTradePrice24h)},
                               {s ? "ttms" : "trade_timestamp", num(ms)},
                               {s ? "tms" : "timestamp", num(ms)},
                               {s ? "st" : "stream_type", str(QStringLiteral("REALTIME"))}}));
    }
}

void FakeWebSocketServer::publishOrder(const StreamOrder &order)
{
    if (m_silent)
        return;
    const bool fill = order.state == u"trade";
    const qint64 ms =
        (fill && order.tradeTime.isValid() ? order.tradeTime : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    QByteArray json;
    if (m_dialect == Dialect::Upbit) {
        json = object({{"type", str(QStringLiteral("myOrder"))},
                       {"code", str(order.market)},
                       {"uuid", str(order.orderId)},
                       {"ask_bid", str(order.side == OrderSide::Buy ? QStringLiteral("BID") : QStringLiteral("ASK"))},
                       {"order_type", str(QStringLiteral("limit"))},
                       {"state", str(order.state)},
                       {"trade_uuid", fill ? str(order.tradeId) : QByteArrayLiteral("null")},
                       {"price", num(order.tradePrice.toString())},
                       {"avg_price", num(order.tradePrice.toString())},
                       {"volume", num(order.tradeVolume.toString())},
                       {"remaining_volume", num(order.remainingVolume.toString())},
                       {"executed_volume", num(order.executedVolume.toString())},
                       {"trade_fee", fill ? num(order.tradeFee.toString()) : QByteArrayLiteral("null")},
                       {"identifier", str(order.clientOrderId)},
                       {"trade_timestamp", fill ? num(ms) : QByteArrayLiteral("null")},
                       {"order_timestamp", num(ms)},
                       {"timestamp", num(ms)},
                       {"stream_type", str(QStringLiteral("REALTIME"))}});
    } else {
        json = object({{"type", str(QStringLiteral("myOrder"))},
                       {"code", str(order.market)},
                       {"order_id", str(order.orderId)},
                       {"side", str(order.side == OrderSide::Buy ? QStringLiteral("buy") : QStringLiteral("sell"))},
                       {"order_type", str(QStringLiteral("limit"))},
                       {"state", str(order.state)},
                       {"trade_id", fill ? str(order.tradeId) : QByteArrayLiteral("null")},
                       {"order_price", num(order.tradePrice.toString())},
                       {"trade_price", fill ? num(order.tradePrice.toString()) : QByteArrayLiteral("null")},
                       {"trade_quantity", fill ? num(order.tradeVolume.toString()) : QByteArrayLiteral("null")},
                       {"remaining_quantity", num(order.remainingVolume.toString())},
                       {"executed_quantity", num(order.executedVolume.toString())},
                       {"trade_fee", fill ? num(order.tradeFee.toString()) : QByteArrayLiteral("null")},
                       {"client_order_id", str(order.clientOrderId)},
                       {"trade_timestamp", fill ? num(ms) : QByteArrayLiteral("null")},
                       {"timestamp", num(ms)},
                       {"stream_type", str(QStringLiteral("REALTIME"))}});
    }
    for (Client *client : subscribers(true, QStringLiteral("myOrder"), order.market))
        sendTo(client, json);
}

void FakeWebSocketServer::publishAssets(const QList<Balance> &balances)
{
    if (m_silent)
        return;
    QByteArray assets = "[";
    for (const Balance &balance : balances) {
        if (assets.size() > 1)
            assets += ',';
        assets += object({{"currency", str(balance.currency)},
                          {"balance", num(balance.balance.toString())},
                          {"locked", num(balance.locked.toString())}});
    }
    assets += ']';
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const QByteArray json = object({{"type", str(QStringLiteral("myAsset"))},
                                    {"asset_uuid", str(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                                    {"assets", assets},
                                    {"asset_timestamp", num(ms)},
                                    {"timestamp", num(ms)},
                                    {"stream_type", str(QStringLiteral("REALTIME"))}});
    for (Client *client : subscribers(true, QStringLiteral("myAsset"), QString()))
        sendTo(client, json);
}

void FakeWebSocketServer::publishRaw(const QByteArray &bytes)
{
    for (Client *client : std::as_const(m_clients)) {
        if (!client->types.isEmpty())
            sendTo(client, bytes);
    }
}

void FakeWebSocketServer::dropAll()
{
    const QList<Client *> clients = m_clients;
    for (Client *client : clients)
        client->socket->abort();
}

void FakeWebSocketServer::sendGarbage()
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->isPrivate || client->types.isEmpty())
            continue;
        const QString market = client->codes.value(QStringLiteral("trade")).values().value(0, m_markets.value(0));
        const bool s = client->simple;
        sendTo(client, QByteArrayLiteral("this is not JSON"));
        sendTo(client, QByteArrayLiteral("{\"type\":\"trade\",\"code\":\"KRW-"));
        sendTo(client, object({{s ? "ty" : "type", str(QStringLiteral("trade"))},
                               {s ? "cd" : "code", str(market)},
                               {s ? "tp" : "trade_price", "1234567890123456789012345678901234567890"},
                               {s ? "tv" : "trade_volume", "1"},
                               {s ? "ab" : "ask_bid", str(QStringLiteral("BID"))},
                               {s ? "ttms" : "trade_timestamp", num(QDateTime::currentMSecsSinceEpoch())}}));
        sendTo(client, object({{s ? "ty" : "type", str(QStringLiteral("trade"))},
                               {s ? "cd" : "code", "12"},
                               {s ? "tp" : "trade_price", "true"},
                               {s ? "tv" : "trade_volume", "[1]"},
                               {s ? "ab" : "ask_bid", "7"},
                               {s ? "ttms" : "trade_timestamp", str(QStringLiteral("yesterday"))}}));
    }
}

void FakeWebSocketServer::refuseConnections(bool refuse)
{
    if (refuse)
        m_server->close();
    else if (!m_server->isListening())
        m_server->listen(QHostAddress::LocalHost, m_port);
}

} // namespace autocoin::test
