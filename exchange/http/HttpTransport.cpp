#include "http/HttpTransport.h"

#include "core/ExchangeError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace autocoin {

namespace {

const char *const kTimedOutProperty = "autocoinTimedOut";
const char *const kCancelledProperty = "autocoinCancelled";

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

std::optional<ExchangeError> classifyResponse(const HttpResponse &response)
{
    ExchangeError error;
    error.httpStatus = response.status;
    if (response.cancelled) {
        error.kind = ExchangeError::Kind::Cancelled;
        error.message = QStringLiteral("request abandoned");
        return error;
    }
    if (response.timedOut) {
        error.kind = ExchangeError::Kind::Timeout;
        error.message = QStringLiteral("no answer in time");
        return error;
    }
    if (response.status == 0) {
        error.kind = ExchangeError::Kind::Network;
        error.message = response.errorString.isEmpty() ? QStringLiteral("no HTTP answer") : response.errorString;
        return error;
    }
    if (response.status >= 200 && response.status < 300)
        return std::nullopt;

    // Both exchanges describe errors as {"error":{"name":…,"message":…}}; name may be a number.
    const QJsonObject body = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    const QJsonValue name = body.value(QStringLiteral("name"));
    error.code = name.isDouble() ? QString::number(name.toInt()) : name.toString();
    error.message = body.value(QStringLiteral("message")).toString();
    if (error.message.isEmpty())
        error.message = response.status >= 500 ? QStringLiteral("server error") : QStringLiteral("request refused");

    if (response.status == 429 || response.status == 418)
        error.kind = ExchangeError::Kind::RateLimited;
    else if (response.status == 401 || response.status == 403)
        error.kind = ExchangeError::Kind::Authentication;
    else if (response.status >= 400 && response.status < 500 && !error.code.isEmpty())
        error.kind = ExchangeError::Kind::Rejected;
    else
        error.kind = ExchangeError::Kind::Http;
    return error;
}

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Never let Qt cache, follow redirects to other hosts, or add headers (an Origin header
    // would put Upbit's 1-per-10-s limit on us).
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

// ~QObject drops this object's connections before it deletes the replies, so no callback runs
// during destruction.
HttpTransport::~HttpTransport() = default;

void HttpTransport::get(const QUrl &url, const Headers &headers, Callback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("autocoin/" AUTOCOIN_VERSION));
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    track(m_network->get(request), std::move(done));
}

void HttpTransport::track(QNetworkReply *reply, Callback done)
{
    m_live.insert(reply);

    // A hard deadline for the whole exchange, not only for idle periods between bytes.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    deadline->start(m_timeout);

    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_live.remove(reply);
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.networkError = reply->error();
        response.errorString = reply->errorString();
        response.timedOut = reply->property(kTimedOutProperty).toBool();
        response.cancelled = reply->property(kCancelledProperty).toBool();
        if (response.timedOut || response.cancelled)
            response.status = 0;
        reply->deleteLater();
        done(response);
    });
}

void HttpTransport::abortAll()
{
    const auto live = m_live; // abort() emits finished synchronously, which edits m_live
    for (QNetworkReply *reply : live) {
        reply->setProperty(kCancelledProperty, true);
        reply->abort();
    }
}

} // namespace autocoin
