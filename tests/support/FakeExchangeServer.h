#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace autocoin::test {

/// One HTTP request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// What a route answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// A fault to inject into the next request(s), whatever route they hit.
struct Fault
{
    enum class Kind
    {
        Status,    ///< answer `status` with `body` instead of the route's answer
        Delay,     ///< answer normally after `delayMs`
        Hang,      ///< never answer (the client's timeout must fire)
        Close,     ///< close the connection without answering
        Malformed, ///< 200 with a body that is not the JSON the API documents
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;
    int delayMs = 0;

    static Fault httpStatus(int status, QByteArray body = {});
    static Fault delay(int ms);
    static Fault hang();
    static Fault close();
    static Fault malformed(QByteArray body = "{\"not\": \"what you expect\"");
};

/// A real HTTP/1.1 server on 127.0.0.1 with routes by path and injectable faults. Tests start it
/// themselves and point a client at url(). Connections are closed after each answer.
class FakeExchangeServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeExchangeServer(QObject *parent = nullptr);
    ~FakeExchangeServer() override;

    /// Listens on an ephemeral loopback port; false if that failed.
    bool start();
    QUrl url() const;

    void setRoute(const QByteArray &method, const QString &path, Handler handler);
    /// The next `count` requests get `fault` (in order after any already queued).
    void injectFault(const Fault &fault, int count = 1);
    void clearFaults();

    int requestCount() const { return m_requestCount; }
    QList<FakeRequest> requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const autocoin::test::FakeRequest &request);

private:
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const FakeRequest &request);
    static void send(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer *m_server;
    QHash<QByteArray, Handler> m_routes; ///< "GET /v1/ticker"
    std::deque<Fault> m_faults;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
    int m_requestCount = 0;
};

/// A fake Upbit: serves the quotation endpoints from recorded payloads, with a settable price.
class FakeUpbitServer final : public FakeExchangeServer
{
    Q_OBJECT

public:
    explicit FakeUpbitServer(QObject *parent = nullptr);

    /// The trade_price the ticker reports for `market` (a JSON number, as Upbit sends it).
    void setTickerPrice(const QString &market, const QByteArray &price);

private:
    QHash<QString, QByteArray> m_prices;
};

} // namespace autocoin::test
