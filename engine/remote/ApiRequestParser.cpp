#include "remote/ApiRequestParser.h"

#include <QUrl>

namespace autocoin {

namespace {

/// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

/// Visible ASCII, space and tab: a header value without control characters (no NUL, no bare CR).
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

constexpr qsizetype kMaxTarget = 2048;

} // namespace

ApiRequestParser::State ApiRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state;
}

ApiRequestParser::State ApiRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(bytes);
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            // A bare-LF request never ends its head in CRLF CRLF: say so rather than wait for it.
            if (m_buffer.contains("\n\n"))
                return fail(400, QStringLiteral("lines must end with CRLF"));
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("request header larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return m_state;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("request header larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_headDone = true;
        if (parseHead(head) == State::Failed)
            return m_state;
    }
    if (m_buffer.size() >= m_contentLength) {
        // Bytes after the body would be a second (pipelined) request: this server answers one
        // request per connection and closes, so they are never read.
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        m_state = State::Complete;
    }
    return m_state;
}

ApiRequestParser::State ApiRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        // Every line but the last ended in CRLF; the last had its CRLF cut with the blank line.
        if (&line != &lines.constLast() && !line.endsWith('\r'))
            return fail(400, QStringLiteral("lines must end with CRLF"));
    }
    const auto stripCr = [](const QByteArray &line) { return line.endsWith('\r') ? line.chopped(1) : line; };

    // Request line: METHOD SP request-target SP HTTP/1.x
    const QByteArray requestLine = stripCr(lines.constFirst());
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]))
        return fail(400, QStringLiteral("malformed request line"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(505, QStringLiteral("only HTTP/1.1 is supported"));
    const QByteArray &target = parts[1];
    if (target.isEmpty() || target.front() != '/' || target.size() > kMaxTarget || !isFieldValue(target) ||
        target.contains(' ') || target.contains('\t') || target.contains('#'))
        return fail(400, QStringLiteral("the request target must be a path such as /api/engine/status"));
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative())
        return fail(400, QStringLiteral("the request target is not a valid path"));
    m_request.method = parts[0];
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));

    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaders));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines[i]);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, QStringLiteral("malformed header field"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return fail(400, QStringLiteral("control characters in a header field"));
        if (m_request.headers.contains(name)) {
            // Two lengths or two hosts are the stuff of request smuggling: refuse, never choose.
            if (name == "content-length" || name == "host" || name == "authorization")
                return fail(400, QStringLiteral("the %1 header is repeated").arg(QString::fromLatin1(name)));
            continue;
        }
        m_request.headers.insert(name, value);
    }
    if (parts[2] == "HTTP/1.1" && !m_request.headers.contains("host"))
        return fail(400, QStringLiteral("an HTTP/1.1 request needs a Host header"));
    if (m_request.headers.contains("transfer-encoding"))
        return fail(501, QStringLiteral("Transfer-Encoding is not supported: send a Content-Length"));
    if (m_request.headers.contains("content-length")) {
        const QByteArray text = m_request.headers.value("content-length");
        bool ok = text.size() <= 12 && !text.isEmpty();
        for (const char c : text)
            ok = ok && c >= '0' && c <= '9';
        const qint64 length = ok ? text.toLongLong(&ok) : -1;
        if (!ok || length < 0)
            return fail(400, QStringLiteral("malformed Content-Length"));
        if (length > m_limits.maxBodyBytes)
            return fail(413, QStringLiteral("request body larger than %1 bytes").arg(m_limits.maxBodyBytes));
        m_contentLength = static_cast<qsizetype>(length);
    }
    return m_state;
}

} // namespace autocoin
