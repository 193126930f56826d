#include "core/ExchangeError.h"

namespace autocoin {

QString ExchangeError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
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

} // namespace autocoin
