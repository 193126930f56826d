#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace autocoin::test {

/// The largest number of `times` (milliseconds, ascending) inside any sliding one-second window.
int peakPerSecond(const QList<qint64> &times);

/// One HTTP request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QString decodedQuery;                  ///< the query string percent-decoded, as the exchange hashes it
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    qint64 receivedMs = 0; ///< when it was read, on a monotonic clock (ms): for spacing checks
};

/// What a route answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; ///< answer this much later (a long poll with nothing to report)
};

/// A fault to inject into the next request(s): whatever route they hit, or only one route (`on`).
struct Fault
{
    enum class Kind
    {
        Status,        ///< answer `status` with `body` instead of the route's answer
        Delay,         ///< answer normally after `delayMs`
        Hang,          ///< never answer (the client's timeout must fire)
        Close,         ///< close the connection without answering
        Malformed,     ///< 200 with a body that is not the JSON the API documents
        Truncated,     ///< the route's answer cut in half
        LoseResponse,  ///< the route runs (an order is placed!) but the connection drops before the answer
        AcceptAndHang, ///< the route runs (an order is placed!) and the answer never comes (a client killed meanwhile)
        AcceptGarbled, ///< the route runs (an order is placed!) and answers its own status with `body` (may be empty)
        WithoutTrades, ///< the route's answer with its order's `trades` left out (as Upbit's creation answer has none)
    };
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;
    int delayMs = 0;
    /// Empty: any request. Otherwise "METHOD /path" (exact), or "METHOD /prefix/" (every path under it).
    QByteArray route;

    /// This fault, for requests of `route` only ("POST /v1/orders", "GET /v1/order", "GET /v1/candles/").
    Fault on(const QByteArray &route) const;
    bool matches(const QByteArray &key) const;

    static Fault httpStatus(int status, QByteArray body = {});
    static Fault delay(int ms);
    static Fault hang();
    static Fault close();
    static Fault malformed(QByteArray body = "{\"not\": \"what you expect\"");
    static Fault truncated();
    static Fault loseResponse();
    static Fault acceptAndHang();
    static Fault acceptGarbled(QByteArray body = {});
    static Fault withoutTrades();
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
    /// A route for every path that starts with `prefix` (exact routes win).
    void setPrefixRoute(const QByteArray &method, const QString &prefix, Handler handler);
    /// The next `count` requests (of the fault's route, if it has one) get `fault`, in order after
    /// any already queued for them.
    void injectFault(const Fault &fault, int count = 1);
    void clearFaults();
    /// Asked for every request no queued fault applies to (random faults for the soak): a fault or
    /// nothing.
    using FaultPicker = std::function<std::optional<Fault>(const FakeRequest &)>;
    void setFaultPicker(FaultPicker picker) { m_picker = std::move(picker); }

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
    QList<QPair<QByteArray, Handler>> m_prefixRoutes;
    std::deque<Fault> m_faults;
    FaultPicker m_picker;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
    int m_requestCount = 0;
};

} // namespace autocoin::test

Q_DECLARE_METATYPE(autocoin::test::Fault)
