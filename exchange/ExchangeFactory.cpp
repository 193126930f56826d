#include "ExchangeClient.h"
#include "replay/ReplayClient.h"
#include "rest/RestExchangeClient.h"

namespace autocoin {

QUrl defaultBaseUrl(Exchange exchange)
{
    switch (exchange) {
    case Exchange::Upbit:
        return QUrl(QStringLiteral("https://api.upbit.com"));
    case Exchange::Bithumb:
        return QUrl(QStringLiteral("https://api.bithumb.com"));
    case Exchange::Replay:
        break;
    }
    return {};
}

ExchangeClient *createExchangeClient(const ExchangeConfig &config, QObject *parent)
{
    ExchangeConfig resolved = config;
    if (resolved.baseUrl.isEmpty())
        resolved.baseUrl = defaultBaseUrl(config.exchange);
    switch (config.exchange) {
    case Exchange::Upbit:
        return new UpbitClient(resolved, parent);
    case Exchange::Bithumb:
        return new BithumbClient(resolved, parent);
    case Exchange::Replay:
        return new ReplayClient(resolved, parent);
    }
    return nullptr;
}

} // namespace autocoin
