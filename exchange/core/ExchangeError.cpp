#include "core/ExchangeError.h"

#include <QRegularExpression>

namespace autocoin {

QString ExchangeError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Banned:
        return QStringLiteral("banned");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::InsufficientFunds:
        return QStringLiteral("insufficient_funds");
    case Kind::InvalidOrder:
        return QStringLiteral("invalid_order");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::EndOfData:
        return QStringLiteral("end_of_data");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool ExchangeError::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    case Kind::Rejected:
        return code == u"order_not_ready";
    default:
        return false;
    }
}

QString ExchangeError::describe() const
{
    QString text = kindName(kind);
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" [%1]").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

std::optional<ExchangeError> ExchangeError::fromDescription(const QString &line)
{
    // "kind (HTTP n) [code]: message", each part after the kind optional (describe()).
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z_]+)(?: \\(HTTP (\\d+)\\))?(?: \\[([^\\]]*)\\])?(?:: (.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    for (int k = static_cast<int>(Kind::Network); k <= static_cast<int>(Kind::Cancelled); ++k) {
        if (kindName(static_cast<Kind>(k)) != match.captured(1))
            continue;
        ExchangeError error;
        error.kind = static_cast<Kind>(k);
        error.httpStatus = match.captured(2).toInt();
        error.code = match.captured(3);
        error.message = match.captured(4);
        return error;
    }
    return std::nullopt;
}

} // namespace autocoin
