#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace autocoin {

struct ExchangeError;

/// What came back for one HTTP request, before any exchange-specific interpretation.
struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool cancelled = false;

    QByteArray header(const QByteArray &name) const;
};

/// Turns a response into the error it stands for, or nullopt when it is a 2xx with a body.
/// Understands the `{"error":{"name":…,"message":…}}` body both exchanges send.
std::optional<ExchangeError> classifyResponse(const HttpResponse &response);

/// Moves bytes: one QNetworkAccessManager, a hard per-request timeout, abort of everything in
/// flight. Lives in (and must be created in) the thread that uses it.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Sends a GET; `done` is called exactly once, also on timeout or abort.
    void get(const QUrl &url, const Headers &headers, Callback done);
    /// Abandons every request in flight; their callbacks see `cancelled`.
    void abortAll();
    int inFlight() const { return static_cast<int>(m_live.size()); }

private:
    void track(QNetworkReply *reply, Callback done);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{10000};
    QSet<QNetworkReply *> m_live;
};

} // namespace autocoin
