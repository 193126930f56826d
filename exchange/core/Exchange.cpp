#include "core/Exchange.h"

namespace autocoin {

QString exchangeName(Exchange exchange)
{
    switch (exchange) {
    case Exchange::Upbit:
        return QStringLiteral("upbit");
    case Exchange::Bithumb:
        return QStringLiteral("bithumb");
    case Exchange::Replay:
        return QStringLiteral("replay");
    }
    return {};
}

std::optional<Exchange> parseExchange(QStringView text)
{
    for (Exchange exchange : {Exchange::Upbit, Exchange::Bithumb, Exchange::Replay}) {
        if (text == exchangeName(exchange))
            return exchange;
    }
    return std::nullopt;
}

} // namespace autocoin
