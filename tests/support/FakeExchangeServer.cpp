#include "FakeExchangeServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace autocoin::test {

int peakPerSecond(const QList<qint64> &times)
{
    int peak = 0;
    for (qsizetype i = 0, j = 0; i < times.size(); ++i) {
        while (times[i] - times[j] >= 1000)
            ++j;
        peak = std::max(peak, static_cast<int>(i - j + 1));
    }
    return peak;
}

Fault Fault::httpStatus(int status, QByteArray body)
{
    Fault f;
    f.kind = Kind::Status;
    f.status = status;
    f.body = std::move(body);
    return f;
}

Fault Fault::delay(int ms)
{
    Fault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
    return f;
}

Fault Fault::hang()
{
    Fault f;
    f.kind = Kind::Hang;
    return f;
}

Fault Fault::close()
{
    Fault f;
    f.kind = Kind::Close;
    return f;
}

Fault Fault::truncated()
{
    Fault f;
    f.kind = Kind::Truncated;
    return f;
}

Fault Fault::loseResponse()
{
    Fault f;
    f.kind = Kind::LoseResponse;
    return f;
}

Fault Fault::acceptAndHang()
{
    Fault f;
    f.kind = Kind::AcceptAndHang;
    return f;
}

Fault Fault::acceptGarbled(QByteArray body)
{
    Fault f;
    f.kind = Kind::AcceptGarbled;
    f.body = std::move(body);
    return f;
}

Fault Fault::withoutTrades()
{
    Fault f;
    f.kind = Kind::WithoutTrades;
    return f;
}

Fault Fault::on(const QByteArray &target) const
{
    Fault f = *this;
    f.route = target;
    return f;
}

bool Fault::matches(const QByteArray &key) const
{
    return route.isEmpty() || key == route || (route.endsWith('/') && key.startsWith(route));
}

Fault Fault::malformed(QByteArray body)
{
    Fault f;
    f.kind = Kind::Malformed;
    f.body = std::move(body);
    return f;
}

FakeExchangeServer::FakeExchangeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeExchangeServer::~FakeExchangeServer() = default;

bool FakeExchangeServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeExchangeServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FakeExchangeServer::setRoute(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes[method + ' ' + path.toUtf8()] = std::move(handler); // insert() would copy it
}

void FakeExchangeServer::setPrefixRoute(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_prefixRoutes.append({method + ' ' + prefix.toUtf8(), std::move(handler)});
}

void FakeExchangeServer::injectFault(const Fault &fault, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults.push_back(fault);
}

void FakeExchangeServer::clearFaults()
{
    m_faults.clear();
}

void FakeExchangeServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    request.decodedQuery = QUrl::fromPercentEncoding(target.query(QUrl::FullyEncoded).toUtf8());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // body still arriving
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    request.receivedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    ++m_requestCount;
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    handle(socket, request);
}

void FakeExchangeServer::handle(QTcpSocket *socket, const FakeRequest &request)
{
    const auto routeAnswer = [this, request]() -> FakeResponse {
        const QByteArray key = request.method + ' ' + request.path.toUtf8();
        Handler handler = m_routes.value(key);
        for (qsizetype i = 0; !handler && i < m_prefixRoutes.size(); ++i) {
            if (key.startsWith(m_prefixRoutes[i].first))
                handler = m_prefixRoutes[i].second;
        }
        if (!handler)
            return {404, R"({"error":{"name":"not_found","message":"no such route"}})", {}};
        return handler(request);
    };

    const QByteArray key = request.method + ' ' + request.path.toUtf8();
    const auto queued =
        std::find_if(m_faults.begin(), m_faults.end(), [&key](const Fault &f) { return f.matches(key); });
    std::optional<Fault> picked;
    if (queued != m_faults.end()) {
        picked = *queued;
        m_faults.erase(queued);
    } else if (m_picker) {
        picked = m_picker(request);
    }
    if (!picked) {
        const FakeResponse response = routeAnswer();
        if (response.delayMs <= 0)
            return send(socket, response);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [guard, response] {
            if (guard)
                send(guard, response);
        });
        return;
    }
    const Fault fault = *picked;
    switch (fault.kind) {
    case Fault::Kind::Status:
        return send(socket, {fault.status, fault.body, {}});
    case Fault::Kind::Malformed:
        return send(socket, {200, fault.body, {}});
    case Fault::Kind::Close:
        socket->abort();
        return;
    case Fault::Kind::Truncated: {
        FakeResponse response = routeAnswer();
        response.body.truncate(response.body.size() / 2);
        return send(socket, response);
    }
    case Fault::Kind::LoseResponse:
        routeAnswer();   // the exchange does the work …
        socket->abort(); // … and the answer never arrives
        return;
    case Fault::Kind::AcceptAndHang:
        routeAnswer();
        return;
    case Fault::Kind::AcceptGarbled: {
        FakeResponse response = routeAnswer();
        response.body = fault.body;
        return send(socket, response);
    }
    case Fault::Kind::WithoutTrades: {
        FakeResponse response = routeAnswer();
        QJsonObject order = QJsonDocument::fromJson(response.body).object();
        order.remove(QStringLiteral("trades"));
        response.body = QJsonDocument(order).toJson(QJsonDocument::Compact);
        return send(socket, response);
    }
    case Fault::Kind::Hang:
        return;
    case Fault::Kind::Delay: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.delayMs, this, [guard, routeAnswer] {
            if (guard)
                send(guard, routeAnswer());
        });
        return;
    }
    }
}

void FakeExchangeServer::send(QTcpSocket *socket, const FakeResponse &response)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace autocoin::test
