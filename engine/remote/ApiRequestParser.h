#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace autocoin {

/// One HTTP/1.1 request of the control API, as parsed.
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded, e.g. "/api/engine/status"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased; a repeated header keeps the first
    QByteArray body;
};

/// A strict, bounded, incremental parser of one HTTP/1.1 request (RFC 9112), for a server that
/// answers one request per connection. It accepts only what a script or a monitoring tool sends:
/// an origin-form target, CRLF line ends, a Host header, Content-Length bodies. Anything else is
/// refused with a status, never guessed at; every size is capped, so a hostile client costs at
/// most the limits below. Pure: no sockets, no Qt event loop.
class ApiRequestParser
{
public:
    struct Limits
    {
        int maxHeaderBytes = 8192; ///< request line and headers together
        int maxHeaders = 50;
        int maxBodyBytes = 16384; ///< the API's bodies are empty or tiny
    };

    enum class State
    {
        Incomplete, ///< more bytes are needed
        Complete,   ///< request() holds the request
        Failed      ///< errorStatus()/errorMessage() say why; the connection is answered and closed
    };

    ApiRequestParser() = default;
    explicit ApiRequestParser(const Limits &limits)
        : m_limits(limits)
    {}

    /// Appends `bytes` and parses as far as possible. After Complete or Failed, further bytes are
    /// ignored and the state stays.
    State feed(const QByteArray &bytes);

    State state() const { return m_state; }
    const ApiRequest &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString &message);
    State parseHead(const QByteArray &head);

    Limits m_limits;
    State m_state = State::Incomplete;
    QByteArray m_buffer;
    bool m_headDone = false;
    qsizetype m_contentLength = 0;
    ApiRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace autocoin
