#include "http/ResponseClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace autocoin {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

ExchangeError::Kind kindForErrorName(int httpStatus, const QString &name)
{
    using Kind = ExchangeError::Kind;
    if (httpStatus == 429 || name == u"too_many_requests")
        return Kind::RateLimited;
    if (httpStatus == 418)
        return Kind::Banned;
    if (name.startsWith(u"insufficient_funds") || name == u"withdraw_insufficient_balance")
        return Kind::InsufficientFunds;
    static const QRegularExpression invalidOrder(QStringLiteral(
        "^(under_min_total|invalid_price|under_price_limit|create_(ask|bid)_error|volume_too_large|invalid_funds|"
        "invalid_parameter|validation_error|invalid_volume|cross_trading)"));
    if (invalidOrder.match(name).hasMatch())
        return Kind::InvalidOrder;
    if (name == u"order_not_found" || httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 401 || httpStatus == 403 || name == u"jwt_verification" || name == u"invalid_query_payload" ||
        name == u"expired_access_key" || name == u"invalid_access_key" || name == u"nonce_used" ||
        name == u"no_authorization_i_p" || name == u"out_of_scope" || name == u"expired_jwt" || name == u"NotAllowIP")
        return Kind::Authentication;
    if (httpStatus >= 500)
        return Kind::Server;
    return Kind::Rejected;
}

ExchangeError::Kind kindForLegacyStatus(const QString &status, const QString &message)
{
    using Kind = ExchangeError::Kind;
    if (status == u"5100" || status == u"5200" || status == u"5300" || status == u"5302")
        return Kind::Authentication;
    if (status == u"5400" || status == u"5900")
        return Kind::Server;
    if (status == u"5600" && message.contains(QStringLiteral("too many"), Qt::CaseInsensitive))
        return Kind::RateLimited;
    if (status == u"5500")
        return Kind::InvalidOrder;
    return Kind::Rejected;
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
    if (response.bannedLocally) {
        error.kind = ExchangeError::Kind::Banned;
        error.retryAfterMs = response.retryAfterMs;
        error.message = QStringLiteral("the exchange banned this client for ignoring rate limits; %1 s left")
                            .arg((response.retryAfterMs + 999) / 1000);
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

    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject root = document.object();
    const QJsonObject errorObject = root.value(QLatin1StringView("error")).toObject();
    if (!errorObject.isEmpty()) {
        const QJsonValue name = errorObject.value(QLatin1StringView("name"));
        error.code = name.isDouble() ? QString::number(name.toInt()) : name.toString();
        error.message = errorObject.value(QLatin1StringView("message")).toString();
        error.kind = kindForErrorName(response.status, error.code);
        error.retryAfterMs = response.retryAfterMs;
        return error;
    }
    const QJsonValue legacyStatus = root.value(QLatin1StringView("status"));
    if (legacyStatus.isString() && legacyStatus.toString() != u"0000" && legacyStatus.toString().size() == 4) {
        error.code = legacyStatus.toString();
        error.message = root.value(QLatin1StringView("message")).toString();
        error.kind = kindForLegacyStatus(error.code, error.message);
        return error;
    }
    if (response.status >= 200 && response.status < 300)
        return std::nullopt;

    error.kind = kindForErrorName(response.status, {});
    error.retryAfterMs = response.retryAfterMs;
    error.message = response.status >= 500 ? QStringLiteral("server error") : QStringLiteral("request refused");
    return error;
}

} // namespace autocoin
